// The back end as the screens see it. The interface is generated from the shell's Rust
// commands (bindings/commands.ts); the real implementation is in ipc.ts (Tauri invoke),
// and unit tests inject an in-memory fake.
export type { Api } from "./bindings/commands";
