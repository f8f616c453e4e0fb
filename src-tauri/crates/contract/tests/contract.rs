//! The shell's commands as the contract reads them, and the TypeScript API they produce.

use std::path::PathBuf;

use coverready_contract::{
    capability_json, command_names, handler_list, harness_source, harness_source_of,
    parse_commands, read_commands, typescript, ADAPTED_BY_THE_HARNESS, LEFT_TO_THE_TEST_BACK_END,
};

fn shell_commands_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../src/commands")
}

/// Writes `ui/src/bindings/commands.ts` from the shell's real commands, as ts-rs writes the
/// types; CI fails when the committed copy differs (it is stale).
#[test]
fn writes_the_typescript_api_of_the_shell() {
    let commands = read_commands(&shell_commands_dir()).expect("commands parse");
    assert!(commands.iter().any(|c| c.name == "run_scan"));
    let ts = typescript(&commands).expect("every command has a TypeScript form");
    for command in &commands {
        assert!(
            ts.contains(&format!("call(\"{}\"", command.name)),
            "{}",
            command.name
        );
    }
    let out =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../ui/src/bindings/commands.ts");
    std::fs::write(out, ts).expect("write commands.ts");
}

/// What adding a command takes: its function, nothing else. From this one declaration come the
/// handler, the permission and the TypeScript method with its call.
#[test]
fn a_new_command_is_one_function() {
    let source = r#"
        use tauri::State;
        /// Adds a note to an answer.
        #[tauri::command]
        pub fn add_note(state: State<'_, AppState>, org_id: i64, question: String, text: Option<String>) -> Result<Assessment, Error> {
            state.workspace()?.add_note(org_id, &question, text.as_deref())
        }
        pub fn helper_not_a_command() {}
    "#;
    let commands = parse_commands("notes", source).expect("parses");
    assert_eq!(command_names(&commands), ["add_note"]);
    assert_eq!(
        handler_list(&commands),
        "tauri::generate_handler![crate::commands::notes::add_note]"
    );
    assert!(capability_json(&commands).contains("\"allow-add-note\""));
    let ts = typescript(&commands).unwrap();
    assert!(
        ts.contains("import type { Assessment } from \"./index\";"),
        "{ts}"
    );
    assert!(ts.contains("   * Adds a note to an answer.\n"), "{ts}");
    assert!(
        ts.contains(
            "addNote(orgId: number, question: string, text: string | null): Promise<Assessment>;"
        ),
        "{ts}"
    );
    assert!(
        ts.contains(
            "addNote: (orgId, question, text) => call(\"add_note\", { orgId, question, text }),"
        ),
        "{ts}"
    );
}

#[test]
fn channels_become_callbacks_and_unit_becomes_null() {
    let source = r#"
        #[tauri::command(async)]
        pub fn watch(app: AppHandle, window: WebviewWindow, org_id: i64, on_event: Channel<ScanEvent>) -> Result<ScanResult<ScanReport>, Error> { todo!() }
        #[tauri::command]
        pub fn forget(id: i64) -> Result<(), Error> { Ok(()) }
    "#;
    let ts = typescript(&parse_commands("x", source).unwrap()).unwrap();
    assert!(
        ts.contains("watch(orgId: number, onEvent: (e: ScanEvent) => void): Promise<ScanResult<ScanReport>>;"),
        "{ts}"
    );
    assert!(
        ts.contains("call(\"watch\", { orgId, onEvent: channel(onEvent) })"),
        "{ts}"
    );
    assert!(ts.contains("forget(id: number): Promise<null>;"), "{ts}");
    assert!(
        ts.contains("forget: (id) => call(\"forget\", { id }),"),
        "{ts}"
    );
}

#[test]
fn a_command_the_window_could_not_call_is_refused() {
    // A tuple argument has no TypeScript form here: the build says so instead of guessing.
    let source = "#[tauri::command] fn odd(pair: (i64, i64)) -> i64 { pair.0 }";
    let err = typescript(&parse_commands("x", source).unwrap()).unwrap_err();
    assert!(err.contains("`odd` argument `pair`"), "{err}");
    let twice = "#[tauri::command] fn a() {}\n#[tauri::command] fn a() {}";
    assert!(
        parse_commands("x", twice).is_ok(),
        "one file parses; the folder check finds twins"
    );
}

/// The UI's test harness runs every shell command the engine answers, copied from the shell:
/// each command is copied, adapted by the harness (needs a window or channel) or left to the
/// UI's test back end with a reason, and no list names a command that does not exist.
#[test]
fn the_ui_harness_runs_the_shells_own_commands() {
    let commands = read_commands(&shell_commands_dir()).expect("commands parse");
    let generated = harness_source(&shell_commands_dir()).expect("harness source");
    let mut handled: Vec<&str> = generated.copied.iter().map(String::as_str).collect();
    handled.extend(ADAPTED_BY_THE_HARNESS.iter().map(|(n, _)| *n));
    handled.extend(LEFT_TO_THE_TEST_BACK_END.iter().map(|(n, _)| *n));
    handled.sort_unstable();
    let mut names = command_names(&commands);
    names.sort();
    assert_eq!(handled, names);
    for (name, why) in ADAPTED_BY_THE_HARNESS
        .iter()
        .chain(LEFT_TO_THE_TEST_BACK_END)
    {
        assert!(!why.is_empty(), "{name} needs a reason");
    }
    for decided_by_the_engine in ["readiness", "save_answers", "checklist", "keep_answer"] {
        assert!(generated.copied.iter().any(|c| c == decided_by_the_engine));
    }
}

/// A new command reaches the UI's tests with no extra step: its body is copied into the harness.
#[test]
fn a_new_command_is_run_by_the_ui_harness_as_written() {
    let source = r#"
        use coverready_core::{Assessment, Error};
        use tauri::State;
        use crate::state::AppState;
        #[tauri::command]
        pub fn add_note(state: State<'_, AppState>, org_id: i64, question: String, text: Option<String>) -> Result<Assessment, Error> {
            state.workspace()?.add_note(org_id, &question, text.as_deref())
        }
        #[tauri::command]
        pub fn retitle(window: tauri::WebviewWindow, title: String) -> Result<(), Error> { Ok(()) }
    "#;
    let generated = harness_source_of(vec![("notes".into(), source.into())]).expect("generates");
    assert_eq!(generated.copied, ["add_note"]);
    let text = generated.source;
    assert!(
        text.contains("use coverready_core :: { Assessment , Error } ;"),
        "{text}"
    );
    assert!(!text.contains("use tauri"), "{text}");
    assert!(
        text.contains(
            "state . workspace () ? . add_note (org_id , & question , text . as_deref ())"
        ),
        "{text}"
    );
    assert!(
        text.contains(r#""add_note" => Some ((|| to_json (notes :: add_note (state , arg (args , "orgId") ? , arg (args , "question") ? , arg (args , "text") ?) ?)) ()),"#)
            || text.contains(r#""add_note" => Some((|| to_json(notes::add_note(state, arg(args, "orgId")?, arg(args, "question")?, arg(args, "text")?)?))()),"#),
        "{text}"
    );
    assert!(!text.contains("retitle"), "{text}");
}
