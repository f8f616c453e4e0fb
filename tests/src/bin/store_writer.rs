//! Helper for the crash test: creates organisations, each with many profile rows in one
//! transaction, as fast as it can, forever. The test kills it with SIGKILL at a random moment.

use coverready_store::{ProfileMap, ProfileWrite, Store};
use coverready_tests::WRITER_FIELDS_PER_ORG;

fn main() {
    let path = std::env::args().nth(1).expect("usage: store-writer DB");
    let mut store = Store::open(std::path::Path::new(&path)).expect("open store");
    let mut n: u64 = 0;
    loop {
        let profile: ProfileMap = (0..WRITER_FIELDS_PER_ORG)
            .map(|i| {
                (
                    format!("field_{i:02}"),
                    serde_json::json!(format!("value {n} {i}")),
                )
            })
            .collect();
        store
            .insert_org(&format!("org {n}"), &profile)
            .expect("insert");
        if n.is_multiple_of(7) {
            // Updates rewrite every row too, so a kill can also land in the middle of one.
            let id = store.orgs().map(|o| o[0].id).unwrap_or(1);
            let update: ProfileMap = (0..WRITER_FIELDS_PER_ORG)
                .map(|i| {
                    (
                        format!("field_{i:02}"),
                        serde_json::json!(format!("updated {n} {i}")),
                    )
                })
                .collect();
            let _ = store.update_org(id, None, &update, ProfileWrite::Replace);
        }
        n += 1;
    }
}
