//! No import cycles between the modules of a crate.
//!
//! A cycle between two modules means neither can be read, tested or moved on its own; it is how a
//! "small module with one reason to change" quietly becomes one big one. This test reads every
//! crate's sources with `syn`, draws an edge from a top-level module to each other top-level
//! module it names through `crate::…` (or `super::…` from a first-level child), and fails with the
//! cycle it finds. Submodules count as part of their top-level module.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Every crate root under the workspace: the shell, each core crate, and this test crate.
fn crate_source_dirs() -> Vec<PathBuf> {
    let root = repo_root();
    let mut dirs = vec![root.join("src-tauri/src"), root.join("tests/src")];
    let crates = std::fs::read_dir(root.join("src-tauri/crates")).expect("crates folder");
    let mut crates: Vec<PathBuf> = crates
        .map(|entry| entry.expect("crate entry").path().join("src"))
        .filter(|src| src.is_dir())
        .collect();
    crates.sort();
    dirs.extend(crates);
    dirs
}

/// The top-level module a source file belongs to: `src/a.rs` and `src/a/b.rs` are both `a`;
/// the crate roots (`lib.rs`, `main.rs`) and binaries under `src/bin` belong to none.
fn top_module(src: &Path, file: &Path) -> Option<String> {
    let relative = file.strip_prefix(src).ok()?;
    let first = relative.components().next()?.as_os_str().to_str()?;
    if relative.components().count() == 1 {
        let stem = first.strip_suffix(".rs")?;
        return (!matches!(stem, "lib" | "main")).then(|| stem.to_owned());
    }
    (first != "bin").then(|| first.to_owned())
}

fn rust_files(dir: &Path, into: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("source folder") {
        let path = entry.expect("source entry").path();
        if path.is_dir() {
            rust_files(&path, into);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            into.push(path);
        }
    }
}

/// Collects the first segment after `crate::` (and after `super::` when `super` is the crate).
struct NamedModules {
    super_is_crate: bool,
    names: BTreeSet<String>,
}

/// What the crate root re-exports (`pub use orgs::{Organisation, OrgInput}`), by the module that
/// defines it: `crate::Organisation` names `orgs` as surely as `crate::orgs::Organisation` does.
fn re_exports(root: &syn::File) -> BTreeMap<String, String> {
    fn walk(tree: &syn::UseTree, module: Option<&str>, into: &mut BTreeMap<String, String>) {
        match tree {
            syn::UseTree::Path(path) => {
                let first = path.ident.to_string();
                walk(&path.tree, Some(module.unwrap_or(&first)), into)
            }
            syn::UseTree::Group(group) => {
                group.items.iter().for_each(|item| walk(item, module, into))
            }
            syn::UseTree::Name(name) => {
                if let Some(module) = module {
                    into.insert(name.ident.to_string(), module.to_owned());
                }
            }
            syn::UseTree::Rename(rename) => {
                if let Some(module) = module {
                    into.insert(rename.rename.to_string(), module.to_owned());
                }
            }
            syn::UseTree::Glob(_) => {}
        }
    }
    let mut into = BTreeMap::new();
    for item in &root.items {
        if let syn::Item::Use(item) = item {
            walk(&item.tree, None, &mut into);
        }
    }
    into
}

impl NamedModules {
    fn note_tree(&mut self, tree: &syn::UseTree) {
        match tree {
            syn::UseTree::Path(path) => self.names.insert(path.ident.to_string()),
            syn::UseTree::Name(name) => self.names.insert(name.ident.to_string()),
            syn::UseTree::Rename(rename) => self.names.insert(rename.ident.to_string()),
            syn::UseTree::Group(group) => {
                group.items.iter().for_each(|item| self.note_tree(item));
                true
            }
            syn::UseTree::Glob(_) => false,
        };
    }

    fn names_the_crate(&self, ident: &syn::Ident) -> bool {
        ident == "crate" || (self.super_is_crate && ident == "super")
    }
}

impl<'ast> Visit<'ast> for NamedModules {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let mut roots = vec![&item.tree];
        while let Some(tree) = roots.pop() {
            match tree {
                syn::UseTree::Path(path) if self.names_the_crate(&path.ident) => {
                    self.note_tree(&path.tree)
                }
                syn::UseTree::Group(group) => roots.extend(group.items.iter()),
                _ => {}
            }
        }
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let mut segments = path.segments.iter();
        if let (Some(first), Some(second)) = (segments.next(), segments.next()) {
            if self.names_the_crate(&first.ident) {
                self.names.insert(second.ident.to_string());
            }
        }
        syn::visit::visit_path(self, path);
    }
}

type Graph = BTreeMap<String, BTreeSet<String>>;

fn module_graph(src: &Path) -> Graph {
    let mut files = Vec::new();
    rust_files(src, &mut files);
    let modules: BTreeSet<String> = files.iter().filter_map(|f| top_module(src, f)).collect();
    let mut graph: Graph = modules
        .iter()
        .map(|m| (m.clone(), BTreeSet::new()))
        .collect();
    let root = ["lib.rs", "main.rs"]
        .iter()
        .map(|name| src.join(name))
        .find(|path| path.is_file());
    let re_exported = root
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable crate root");
            re_exports(&syn::parse_file(&text).expect("crate root parses"))
        })
        .unwrap_or_default();
    for file in &files {
        let Some(module) = top_module(src, file) else {
            continue;
        };
        let text = std::fs::read_to_string(file).expect("readable source");
        let parsed = syn::parse_file(&text)
            .unwrap_or_else(|e| panic!("{} does not parse: {e}", file.display()));
        // `super` is the crate from `src/a.rs` (whose inline `mod tests` says `super::` for `a`
        // itself — harmless, it is the same module) and from `src/a/b.rs` it is `a`.
        let depth = file
            .strip_prefix(src)
            .expect("under src")
            .components()
            .count();
        let mut named = NamedModules {
            super_is_crate: depth == 1,
            names: BTreeSet::new(),
        };
        named.visit_file(&parsed);
        let edges = graph.get_mut(&module).expect("known module");
        edges.extend(
            named
                .names
                .into_iter()
                .map(|name| re_exported.get(&name).cloned().unwrap_or(name))
                .filter(|name| name != &module && modules.contains(name)),
        );
    }
    graph
}

/// One cycle in the graph, as the modules along it, or `None`.
fn find_cycle(graph: &Graph) -> Option<Vec<String>> {
    #[derive(Clone, Copy, PartialEq)]
    enum Mark {
        Unseen,
        OnPath,
        Done,
    }
    fn walk(
        node: &str,
        graph: &Graph,
        marks: &mut BTreeMap<String, Mark>,
        path: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        marks.insert(node.to_owned(), Mark::OnPath);
        path.push(node.to_owned());
        for next in &graph[node] {
            match marks[next.as_str()] {
                Mark::OnPath => {
                    let start = path.iter().position(|m| m == next).expect("on the path");
                    let mut cycle = path[start..].to_vec();
                    cycle.push(next.clone());
                    return Some(cycle);
                }
                Mark::Unseen => {
                    if let Some(cycle) = walk(next, graph, marks, path) {
                        return Some(cycle);
                    }
                }
                Mark::Done => {}
            }
        }
        path.pop();
        marks.insert(node.to_owned(), Mark::Done);
        None
    }
    let mut marks: BTreeMap<String, Mark> =
        graph.keys().map(|k| (k.clone(), Mark::Unseen)).collect();
    for node in graph.keys() {
        if marks[node.as_str()] == Mark::Unseen {
            if let Some(cycle) = walk(node, graph, &mut marks, &mut Vec::new()) {
                return Some(cycle);
            }
        }
    }
    None
}

#[test]
fn no_crate_has_an_import_cycle_between_its_modules() {
    let mut cycles = Vec::new();
    for src in crate_source_dirs() {
        if let Some(cycle) = find_cycle(&module_graph(&src)) {
            let name = src
                .strip_prefix(repo_root())
                .unwrap_or(&src)
                .display()
                .to_string();
            cycles.push(format!("{name}: {}", cycle.join(" -> ")));
        }
    }
    assert!(cycles.is_empty(), "import cycles:\n{}", cycles.join("\n"));
}

/// The check itself can fail: a two-module cycle written to a temporary crate is found, and
/// breaking it makes it pass.
#[test]
fn the_check_finds_a_cycle_and_passes_without_one() {
    let dir = tempfile::tempdir().expect("temp dir");
    let src = dir.path();
    std::fs::write(
        src.join("lib.rs"),
        "mod a; mod b; mod c; pub use b::{Thing, inner::Other as O};",
    )
    .unwrap();
    std::fs::write(src.join("a.rs"), "use crate::{O, c};").unwrap();
    std::fs::create_dir(src.join("b")).unwrap();
    std::fs::write(src.join("b.rs"), "mod inner;").unwrap();
    std::fs::write(src.join("b/inner.rs"), "fn f() { crate::a::g(); }").unwrap();
    std::fs::write(src.join("c.rs"), "// crate::a in a comment is not an edge").unwrap();
    let cycle = find_cycle(&module_graph(src)).expect("a -> b -> a is a cycle");
    assert_eq!(cycle, ["a", "b", "a"]);

    std::fs::write(src.join("b/inner.rs"), "fn f() { super::helper(); }").unwrap();
    assert_eq!(find_cycle(&module_graph(src)), None);
}
