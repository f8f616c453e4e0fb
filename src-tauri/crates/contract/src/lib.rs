//! The contract between the engine and the window, read from the one place it is declared: the
//! `#[tauri::command]` functions in `src-tauri/src/commands/*.rs`. From that one declaration come
//! the shell's handler list and command list (`build.rs`), the main window's capability (one
//! `allow-<command>` per command, nothing else) and the TypeScript `Api` with its `invoke` calls
//! (`ui/src/bindings/commands.ts`). Adding a command is writing its function; nothing else is
//! listed by hand, so nothing can drift.

mod harness;
mod typescript;

use std::path::Path;

pub use harness::{
    harness_source, harness_source_of, HarnessSource, ADAPTED_BY_THE_HARNESS,
    LEFT_TO_THE_TEST_BACK_END,
};
pub(crate) use typescript::camel_case as camel;
pub use typescript::typescript;

/// One IPC command as the window sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Command {
    /// The file under `commands/` it lives in (`orgs` for `commands/orgs.rs`).
    pub module: String,
    /// The Rust and IPC name (`create_org`).
    pub name: String,
    /// Its `///` comment, line by line, for the TypeScript declaration.
    pub doc: Vec<String>,
    /// The arguments the window passes, in order (Tauri's injected ones left out).
    pub args: Vec<Arg>,
    /// What a successful call resolves to (`T` of `Result<T, Error>`).
    pub returns: syn::Type,
    /// Whether it returns a `Result` (most do) rather than a plain value.
    pub fallible: bool,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// snake_case as in Rust; the window sends it camelCase (Tauri 2's convention).
    pub name: String,
    pub ty: syn::Type,
    /// A `Channel<T>`: the window passes a callback for each `T`.
    pub channel: bool,
}

/// Arguments Tauri fills in itself; the window never sends them.
const INJECTED: &[&str] = &["State", "AppHandle", "WebviewWindow", "Window", "Webview"];

/// Every command in the `commands` folder: files in name order, functions in file order.
pub fn read_commands(dir: &Path) -> Result<Vec<Command>, String> {
    let mut commands = Vec::new();
    for (module, source) in command_files(dir)? {
        commands.extend(parse_commands(&module, &source).map_err(|e| format!("{module}.rs: {e}"))?);
    }
    let mut names: Vec<&str> = commands.iter().map(|c| c.name.as_str()).collect();
    names.sort_unstable();
    if let Some(pair) = names.windows(2).find(|w| w[0] == w[1]) {
        return Err(format!("command `{}` is declared twice", pair[0]));
    }
    Ok(commands)
}

/// The source of each module in the `commands` folder (`mod.rs` aside), by module name, in name
/// order.
pub(crate) fn command_files(dir: &Path) -> Result<Vec<(String, String)>, String> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "rs"))
        .filter(|p| p.file_stem().is_some_and(|s| s != "mod"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let module = file
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            let source =
                std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
            Ok((module, source))
        })
        .collect()
}

/// The commands declared in one module's source.
pub fn parse_commands(module: &str, source: &str) -> Result<Vec<Command>, String> {
    let file = syn::parse_file(source).map_err(|e| e.to_string())?;
    let mut commands = Vec::new();
    for item in file.items {
        let syn::Item::Fn(function) = item else {
            continue;
        };
        if !function.attrs.iter().any(is_tauri_command) {
            continue;
        }
        commands.push(read_command(module, &function)?);
    }
    Ok(commands)
}

/// One `#[tauri::command]` function as the window sees it.
pub(crate) fn read_command(module: &str, function: &syn::ItemFn) -> Result<Command, String> {
    let name = function.sig.ident.to_string();
    let mut args = Vec::new();
    for input in &function.sig.inputs {
        let syn::FnArg::Typed(typed) = input else {
            return Err(format!("`{name}` takes self"));
        };
        let syn::Pat::Ident(ident) = typed.pat.as_ref() else {
            return Err(format!("`{name}` has an argument that is not a plain name"));
        };
        let ty = typed.ty.as_ref().clone();
        let last = last_segment(&ty);
        if last
            .as_ref()
            .is_some_and(|(s, _)| INJECTED.contains(&s.as_str()))
        {
            continue;
        }
        let channel = last.as_ref().is_some_and(|(s, _)| s == "Channel");
        args.push(Arg {
            name: ident.ident.to_string(),
            ty,
            channel,
        });
    }
    let (returns, fallible) = match &function.sig.output {
        syn::ReturnType::Default => (syn::parse_quote!(()), false),
        syn::ReturnType::Type(_, ty) => match last_segment(ty) {
            Some((s, generics)) if s == "Result" => (
                generics
                    .into_iter()
                    .next()
                    .ok_or_else(|| format!("`{name}` returns a Result without a value type"))?,
                true,
            ),
            _ => (ty.as_ref().clone(), false),
        },
    };
    Ok(Command {
        module: module.to_owned(),
        name,
        doc: doc_lines(&function.attrs),
        args,
        returns,
        fallible,
    })
}

pub(crate) fn is_tauri_command(attr: &syn::Attribute) -> bool {
    let path = attr.path();
    path.segments.len() == 2
        && path.segments[0].ident == "tauri"
        && path.segments[1].ident == "command"
}

fn doc_lines(attrs: &[syn::Attribute]) -> Vec<String> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("doc"))
        .filter_map(|a| match &a.meta {
            syn::Meta::NameValue(syn::MetaNameValue {
                value:
                    syn::Expr::Lit(syn::ExprLit {
                        lit: syn::Lit::Str(s),
                        ..
                    }),
                ..
            }) => Some(s.value().trim().to_owned()),
            _ => None,
        })
        .collect()
}

/// The last path segment of a type and its generic type arguments (`Option<T>` → `Option`, [T]).
pub(crate) fn last_segment(ty: &syn::Type) -> Option<(String, Vec<syn::Type>)> {
    let syn::Type::Path(path) = ty else {
        return None;
    };
    let segment = path.path.segments.last()?;
    let generics = match &segment.arguments {
        syn::PathArguments::AngleBracketed(args) => args
            .args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    Some((segment.ident.to_string(), generics))
}

/// Writes a build script's generated file only when its text changed, so an unchanged contract
/// does not rebuild what includes it.
pub fn write_if_changed(path: &Path, text: &str) {
    if std::fs::read_to_string(path).ok().as_deref() != Some(text) {
        std::fs::write(path, text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }
}

/// The names `build.rs` gives tauri-build, which makes an `allow-<name>` permission of each.
pub fn command_names(commands: &[Command]) -> Vec<String> {
    commands.iter().map(|c| c.name.clone()).collect()
}

/// The argument of `.invoke_handler(...)`: every command by its path in the shell.
pub fn handler_list(commands: &[Command]) -> String {
    let paths: Vec<String> = commands
        .iter()
        .map(|c| format!("crate::commands::{}::{}", c.module, c.name))
        .collect();
    format!("tauri::generate_handler![{}]", paths.join(", "))
}

/// The main window's capability: exactly the app's own commands, nothing from Tauri's core or
/// plugins (the UI uses none of them directly).
pub fn capability_json(commands: &[Command]) -> String {
    let permissions: Vec<String> = commands
        .iter()
        .map(|c| format!("allow-{}", c.name.replace('_', "-")))
        .collect();
    let capability = serde_json::json!({
        "identifier": "main-window",
        "description": "What the main window may do: exactly CoverReady's own commands (generated from src-tauri/src/commands by build.rs).",
        "windows": ["main"],
        "permissions": permissions,
    });
    serde_json::to_string_pretty(&capability).unwrap_or_default()
}
