//! A throwaway PostgreSQL cluster for scripts (`tests/protocol/check-openapi.sh`, the bench):
//! prints `postgres://…` on one line once it accepts connections, then holds it until SIGTERM or
//! Ctrl-C, and deletes it. `cargo run -p coverready-intake --example pg_cluster`

use coverready_intake::test_support::TestPostgres;
use tokio::signal::unix::{signal, SignalKind};

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let cluster = TestPostgres::start();
    println!("{}", cluster.url());
    let mut term = signal(SignalKind::terminate()).expect("a SIGTERM handler");
    tokio::select! {
        _ = term.recv() => {}
        _ = tokio::signal::ctrl_c() => {}
    }
    drop(cluster);
    eprintln!("coverready-intake: test cluster stopped and deleted");
}
