//! The TypeScript side of the contract: the `Api` interface the screens program against and
//! `commandsOver`, which turns it into `invoke` calls. Types are named as ts-rs names them, so
//! `tsc` checks both against the generated type files.

use std::collections::BTreeSet;

use crate::{last_segment, Command};

/// `ui/src/bindings/commands.ts` for these commands.
pub fn typescript(commands: &[Command]) -> Result<String, String> {
    let mut imports = BTreeSet::new();
    let mut interface = String::new();
    let mut calls = String::new();
    for command in commands {
        let method = camel_case(&command.name);
        let mut params = Vec::new();
        let mut sent = Vec::new();
        for arg in &command.args {
            let name = camel_case(&arg.name);
            let ty = ts_type(&arg.ty, &mut imports)
                .map_err(|e| format!("`{}` argument `{}`: {e}", command.name, arg.name))?;
            if arg.channel {
                params.push(format!("{name}: (e: {ty}) => void"));
                sent.push(format!("{name}: channel({name})"));
            } else {
                params.push(format!("{name}: {ty}"));
                sent.push(name.clone());
            }
        }
        let returns = ts_type(&command.returns, &mut imports)
            .map_err(|e| format!("`{}` result: {e}", command.name))?;
        if !command.doc.is_empty() {
            interface.push_str("  /**\n");
            for line in &command.doc {
                // A `*/` inside the comment would end it early.
                interface.push_str(
                    &format!("   * {}\n", line.replace("*/", "*\\/")).replace("   * \n", "   *\n"),
                );
            }
            interface.push_str("   */\n");
        }
        interface.push_str(&format!(
            "  {method}({}): Promise<{returns}>;\n",
            params.join(", ")
        ));
        let names: Vec<String> = command.args.iter().map(|a| camel_case(&a.name)).collect();
        let args = if sent.is_empty() {
            String::new()
        } else {
            format!(", {{ {} }}", sent.join(", "))
        };
        calls.push_str(&format!(
            "    {method}: ({}) => call(\"{}\"{args}),\n",
            names.join(", "),
            command.name
        ));
    }
    let names: Vec<String> = commands
        .iter()
        .map(|c| format!("  \"{}\",", c.name))
        .collect();
    let imports: Vec<String> = imports.into_iter().collect();
    Ok(format!(
        "// Generated from the #[tauri::command] functions in src-tauri/src/commands/*.rs by\n\
         // `cargo test -p coverready-contract`. Do not edit: change the Rust function instead.\n\
         import type {{ {} }} from \"./index\";\n\n\
         /** The back end as the screens see it: every command of the shell, one method each. */\n\
         export interface Api {{\n{interface}}}\n\n\
         /** Sends one command (Tauri's `invoke`, with errors normalised). */\n\
         export type Call = <T>(command: string, args?: Record<string, unknown>) => Promise<T>;\n\
         /** Wraps a callback as a channel the command streams its events to. */\n\
         export type OpenChannel = <T>(onEvent: (e: T) => void) => unknown;\n\n\
         /** The `Api` over Tauri: command names snake_case, argument keys camelCase. */\n\
         export function commandsOver(call: Call, channel: OpenChannel): Api {{\n  return {{\n{calls}  }};\n}}\n\n\
         /** Every command name, in declaration order. */\n\
         export const COMMAND_NAMES = [\n{}\n] as const;\n",
        imports.join(", "),
        names.join("\n")
    ))
}

/// A Rust argument or result type as TypeScript, recording the named types to import.
fn ts_type(ty: &syn::Type, imports: &mut BTreeSet<String>) -> Result<String, String> {
    match ty {
        syn::Type::Tuple(t) if t.elems.is_empty() => return Ok("null".into()),
        syn::Type::Reference(r) => return ts_type(&r.elem, imports),
        syn::Type::Slice(s) => return Ok(format!("Array<{}>", ts_type(&s.elem, imports)?)),
        _ => {}
    }
    let Some((name, generics)) = last_segment(ty) else {
        return Err(format!("no TypeScript form for `{}`", quote::quote!(#ty)));
    };
    let generic = |i: usize, imports: &mut BTreeSet<String>| -> Result<String, String> {
        generics
            .get(i)
            .ok_or_else(|| format!("`{name}` without its type argument"))
            .and_then(|t| ts_type(t, imports))
    };
    Ok(match name.as_str() {
        "String" | "str" | "PathBuf" => "string".into(),
        "bool" => "boolean".into(),
        "i8" | "i16" | "i32" | "i64" | "u8" | "u16" | "u32" | "u64" | "usize" | "isize" | "f32"
        | "f64" => "number".into(),
        "Option" => format!("{} | null", generic(0, imports)?),
        "Vec" => format!("Array<{}>", generic(0, imports)?),
        // The channel's message type; the caller turns it into a callback.
        "Channel" => generic(0, imports)?,
        _ => {
            imports.insert(name.clone());
            if generics.is_empty() {
                name
            } else {
                let args: Result<Vec<String>, String> =
                    (0..generics.len()).map(|i| generic(i, imports)).collect();
                format!("{name}<{}>", args?.join(", "))
            }
        }
    })
}

/// `org_id` → `orgId`: Tauri 2 expects argument keys in camelCase.
pub(crate) fn camel_case(snake: &str) -> String {
    let mut out = String::with_capacity(snake.len());
    let mut upper = false;
    for c in snake.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
