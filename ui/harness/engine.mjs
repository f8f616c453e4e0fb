// The UI tests' link to the real engine: starts the coverready-ui-harness binary (built by
// `cargo test` or `cargo build -p coverready-ui-harness`) and sends it one JSON line per IPC
// call. Used by the unit tests (test-support.ts) and, through Playwright, by the accessibility
// test's page. A missing binary is an error that says how to build it, never a silent skip.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const repo = resolve(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** Where the harness binary is: $COVERREADY_UI_HARNESS, else target/debug of the workspace. */
export function harnessPath() {
  if (process.env.COVERREADY_UI_HARNESS) return process.env.COVERREADY_UI_HARNESS;
  const target = process.env.CARGO_TARGET_DIR ? resolve(repo, process.env.CARGO_TARGET_DIR) : join(repo, "target");
  const exe = process.platform === "win32" ? "coverready-ui-harness.exe" : "coverready-ui-harness";
  return join(target, "debug", exe);
}

export class Engine {
  constructor(path = harnessPath()) {
    if (!existsSync(path)) {
      throw new Error(`the UI tests need the real engine: ${path} is missing. Build it with \`cargo build -p coverready-ui-harness\` (or run \`cargo test\` at the repository root).`);
    }
    this.child = spawn(path, [], { stdio: ["pipe", "pipe", "inherit"] });
    this.waiting = new Map();
    this.nextId = 1;
    this.idleWaiters = [];
    this.exited = null;
    this.child.on("exit", (code, signal) => {
      this.exited = `the engine harness exited (${signal ?? code})`;
      for (const { reject } of this.waiting.values()) reject(new Error(this.exited));
      this.waiting.clear();
      this.settle();
    });
    createInterface({ input: this.child.stdout }).on("line", (line) => {
      const reply = JSON.parse(line);
      const w = this.waiting.get(reply.id);
      if (!w) return;
      this.waiting.delete(reply.id);
      if ("ok" in reply) w.resolve(reply.ok); else w.reject(reply.err);
      this.settle();
    });
    // The harness ends when its stdin closes; it must not keep the test process alive.
    this.child.unref();
    this.child.stdout.unref?.();
    this.child.stdin.unref?.();
  }

  /** One call as the window makes it; rejects with the engine's `{code, message, details}`. */
  call(session, cmd, args = {}) {
    if (this.exited) return Promise.reject(new Error(this.exited));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.child.stdin.write(`${JSON.stringify({ id, session, cmd, args })}\n`);
    });
  }

  /** How many calls are waiting for the engine. */
  get pending() { return this.waiting.size; }

  /** Resolves once no call is waiting. */
  idle() {
    if (this.waiting.size === 0) return Promise.resolve();
    return new Promise((r) => this.idleWaiters.push(r));
  }

  settle() {
    if (this.waiting.size > 0) return;
    for (const r of this.idleWaiters.splice(0)) r();
  }

  close() { this.child.stdin.end(); }
}

let shared = null;
/** One harness per test process. */
export function sharedEngine() {
  shared ??= new Engine();
  return shared;
}
