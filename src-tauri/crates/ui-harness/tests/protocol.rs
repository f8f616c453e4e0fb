//! The harness as the UI's tests use it: JSON lines in, the engine's answers out.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

use serde_json::{json, Value};

fn run(requests: &[Value]) -> Vec<Value> {
    let mut child = Command::new(env!("CARGO_BIN_EXE_coverready-ui-harness"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("harness starts");
    let mut stdin = child.stdin.take().unwrap();
    for r in requests {
        writeln!(stdin, "{r}").unwrap();
    }
    writeln!(stdin, "this is not json").unwrap();
    drop(stdin);
    let replies = BufReader::new(child.stdout.take().unwrap())
        .lines()
        .map(|l| serde_json::from_str(&l.unwrap()).unwrap())
        .collect();
    assert!(
        child.wait().unwrap().success(),
        "ends cleanly at end of input"
    );
    replies
}

#[test]
fn answers_with_the_engine_and_its_errors() {
    let replies = run(&[
        json!({"id": 1, "cmd": "__open", "args": {"language": "en-US"}}),
        json!({"id": 2, "session": 1, "cmd": "create_org", "args": {"input": {"name": "Fictional Shop", "profile": {}}}}),
        json!({"id": 3, "session": 1, "cmd": "create_org", "args": {"input": {"name": "", "profile": {}}}}),
        json!({"id": 4, "session": 1, "cmd": "readiness", "args": {"orgId": 1}}),
        json!({"id": 5, "session": 1, "cmd": "run_scan", "args": {"orgId": 1}}),
        json!({"id": 6, "session": 1, "cmd": "checklist", "args": {"orgId": "one", "mode": "full"}}),
        json!({"id": 7, "session": 1, "cmd": "open_report", "args": {"path": "x"}}),
        json!({"id": 8, "session": 9, "cmd": "list_orgs"}),
        json!({"id": 9, "cmd": "__open", "args": {"store": "corrupt"}}),
        json!({"id": 10, "session": 2, "cmd": "list_orgs"}),
    ]);
    assert_eq!(replies[0]["ok"], 1);
    assert_eq!(replies[1]["ok"]["name"], "Fictional Shop");
    assert_eq!(replies[2]["err"]["code"], "invalid_name");
    assert_eq!(replies[3]["ok"]["next_step"]["step"], "answer");
    assert!(replies[4]["ok"]["reconciliation"]["items"]
        .as_array()
        .is_some_and(|rows| !rows.is_empty()));
    assert_eq!(replies[5]["err"]["details"]["field"], "orgId");
    assert_eq!(replies[6]["err"]["details"]["command"], "open_report");
    assert_eq!(replies[7]["err"]["code"], "invalid_argument");
    assert_eq!(replies[9]["err"]["code"], "store_corrupt");
    assert_eq!(
        replies[10]["id"],
        Value::Null,
        "a line that is not JSON is refused"
    );
}
