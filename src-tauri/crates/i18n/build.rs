//! Embeds every `locales/<lang>/*.ftl` file, so the binary needs no files beside it and a new
//! .ftl file is picked up without touching Rust code.
use std::{env, fs, path::PathBuf};

fn main() {
    let root = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../../../locales");
    let root = root
        .canonicalize()
        .expect("locales/ directory next to src-tauri/");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut langs: Vec<_> = fs::read_dir(&root)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    for lang_dir in langs {
        println!("cargo:rerun-if-changed={}", lang_dir.display());
        let lang = lang_dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(&lang_dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            println!("cargo:rerun-if-changed={}", file.display());
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            entries.push(format!(
                "    ({lang:?}, {name:?}, include_str!({:?})),\n",
                file.display().to_string()
            ));
        }
    }
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("locale_files.rs");
    fs::write(
        out,
        format!(
            "/// (language, file name, contents) of every embedded .ftl file.\npub static LOCALE_FILES: &[(&str, &str, &str)] = &[\n{}];\n",
            entries.concat()
        ),
    )
    .unwrap();
}
