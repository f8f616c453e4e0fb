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

/// The reference intake server on 127.0.0.1 over TLS from a throw-away test CA, with its store in
/// a temporary folder; `ca` is the CA certificate the CLI is told to trust (`--ca-cert`).
pub struct LoopbackIntake {
    pub runtime: tokio::runtime::Runtime,
    pub server: coverready_intake::RunningServer,
    pub store_dir: tempfile::TempDir,
    pub ca: std::path::PathBuf,
}

impl LoopbackIntake {
    pub fn start() -> Self {
        Self::start_with(|_| {})
    }

    /// Started with `configure` applied to its configuration (a content pack to publish…).
    pub fn start_with(configure: impl FnOnce(&mut coverready_intake::IntakeConfig)) -> Self {
        let runtime = tokio::runtime::Runtime::new().unwrap();
        let store_dir = tempfile::tempdir().unwrap();
        let pki = coverready_intake::test_support::TestPki::new();
        let mut config = coverready_intake::IntakeConfig::new(store_dir.path());
        config.tls = Some(pki.tls());
        configure(&mut config);
        let server = runtime
            .block_on(coverready_intake::spawn_for_test(config))
            .unwrap();
        let ca = store_dir.path().join("ca.pem");
        std::fs::write(&ca, &pki.ca_cert_pem).unwrap();
        LoopbackIntake {
            runtime,
            server,
            store_dir,
            ca,
        }
    }

    pub fn url(&self) -> &str {
        &self.server.url
    }

    pub fn ca_arg(&self) -> &str {
        self.ca.to_str().unwrap()
    }

    pub fn store(&self) -> coverready_intake::Store {
        coverready_intake::Store::open(self.store_dir.path()).unwrap()
    }

    pub fn stop(self) {
        self.runtime.block_on(self.server.stop());
    }
}
