/// <reference types="vitest/config" />
import { defineConfig } from "vite";

// Vite root is ui/; the Fluent files live in ../locales and are bundled at
// build time through import.meta.glob (see src/locales.ts).
export default defineConfig({
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    fs: { allow: [".."] },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Tauri 2 webviews: WebView2 (Chromium) on Windows, WebKit on macOS/Linux.
    target: ["es2021", "chrome105", "safari15"],
    // No inline polyfill script: the CSP forbids inline scripts anyway.
    modulePreload: { polyfill: false },
    // Never inline assets as data: URIs into CSS/JS in ways the CSP would refuse.
    assetsInlineLimit: 0,
  },
  test: {
    environment: "jsdom",
    include: ["src/**/*.test.ts"],
    // Process CSS so static.test.ts can read the stylesheet text (?raw) instead of an empty stub.
    css: true,
  },
});
