//! Copies the shell's runnable command bodies into the harness (see coverready-contract's
//! `harness` module), so the harness cannot answer differently from the app.

fn main() {
    let dir = std::path::Path::new("../../src/commands");
    println!("cargo:rerun-if-changed=../../src/commands");
    let generated = coverready_contract::harness_source(dir)
        .unwrap_or_else(|e| panic!("reading the shell's commands: {e}"));
    let out = std::path::PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    coverready_contract::write_if_changed(&out.join("commands.rs"), &generated.source);
    let names = |list: Vec<&str>| format!("{list:?}");
    let lists = format!(
        "pub const COPIED: &[&str] = &{};\npub const ADAPTED: &[&str] = &{};\npub const LEFT: &[&str] = &{};\n",
        names(generated.copied.iter().map(String::as_str).collect()),
        names(coverready_contract::ADAPTED_BY_THE_HARNESS.iter().map(|(n, _)| *n).collect()),
        names(coverready_contract::LEFT_TO_THE_TEST_BACK_END.iter().map(|(n, _)| *n).collect()),
    );
    coverready_contract::write_if_changed(&out.join("lists.rs"), &lists);
}
