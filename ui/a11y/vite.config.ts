// Builds the test-only IPC stub (a11y/stub.ts → dist-a11y/stub.js) that the
// accessibility test injects with Playwright's addInitScript. It is never part
// of the production bundle (dist/). Run from ui/.
import { defineConfig } from "vite";

export default defineConfig({
  logLevel: "warn",
  publicDir: false,
  build: {
    outDir: "dist-a11y",
    emptyOutDir: true,
    minify: false,
    target: "chrome105",
    lib: { entry: "a11y/stub.ts", formats: ["iife"], name: "CoverReadyA11yStub", fileName: () => "stub.js" },
  },
});
