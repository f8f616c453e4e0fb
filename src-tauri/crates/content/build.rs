//! Builds the pack compiled into the app from `assets/` and `locales/`, with the same code as
//! `coverready-content build`, so the shipped content goes through the same checks at start as
//! an installed pack (hashes, manifest, validation). It carries no signature: it is part of
//! the signed binary itself.
use std::path::PathBuf;

#[path = "src/manifest.rs"]
#[allow(dead_code)]
mod manifest;
#[path = "src/write.rs"]
#[allow(dead_code)]
mod write;

fn main() {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap())
        .join("../../..")
        .canonicalize()
        .expect("repository root");
    println!("cargo:rerun-if-changed={}", root.join("assets").display());
    println!("cargo:rerun-if-changed={}", root.join("locales").display());
    let (definition, files) = write::collect(&root).unwrap_or_else(|e| panic!("{e}"));
    println!(
        "cargo:rerun-if-changed={}",
        root.join(write::DEFINITION_PATH).display()
    );
    for (path, _) in &files {
        println!("cargo:rerun-if-changed={}", root.join(path).display());
    }
    let manifest = write::manifest_for(&definition, &files, None);
    let json = serde_json::to_vec_pretty(&manifest).unwrap();
    let pack = write::archive(&json, None, None, &files).unwrap_or_else(|e| panic!("{e}"));
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("builtin.coverready-content");
    std::fs::write(out, pack).unwrap();
}
