import type { Sources } from "./i18n";

// Every .ftl of every language, bundled at build time (vite root is ui/).
const sources: Sources = import.meta.glob<string>("../../locales/*/*.ftl", {
  query: "?raw",
  import: "default",
  eager: true,
});

export default sources;
