//! Running the real `coverready` binary from the integration tests.
#![allow(dead_code)] // each test file uses its own subset

use std::path::Path;
use std::process::{Command, Output};

/// Runs `coverready --data-dir DATA_DIR ARGS…` with a clean environment for the data folder.
pub fn coverready(data_dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_coverready"))
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .env_remove("COVERREADY_DATA_DIR")
        .env("LANG", "C")
        .output()
        .expect("run coverready")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The one JSON document a `--json` run prints on stdout.
pub fn json(o: &Output) -> serde_json::Value {
    serde_json::from_slice(&o.stdout)
        .unwrap_or_else(|e| panic!("{e}: {}\n{}", stdout(o), stderr(o)))
}

/// Adds an organisation (`org add --name … --industry … --headcount …`) and sets its profile
/// (`profile set --org ID FIELD=VALUE…`); answers its id.
pub fn org_with_profile(
    data_dir: &Path,
    name: &str,
    industry: &str,
    headcount: &str,
    profile: &[&str],
) -> String {
    let o = coverready(
        data_dir,
        &[
            "--json",
            "org",
            "add",
            "--name",
            name,
            "--industry",
            industry,
            "--headcount",
            headcount,
        ],
    );
    let id = json(&o)["id"].as_i64().unwrap().to_string();
    let mut args = vec!["profile", "set", "--org", id.as_str()];
    args.extend_from_slice(profile);
    let o = coverready(data_dir, &args);
    assert!(o.status.success(), "{}", stderr(&o));
    id
}
