import { App } from "./app";
import { buildBundles, I18n } from "./i18n";
import { tauriApi } from "./ipc";
import sources from "./locales";

const root = document.getElementById("app");
const status = document.getElementById("status");
if (root && status) {
  const app = new App({ api: tauriApi, i18n: new I18n(buildBundles(sources)), root, status });
  void app.start();
}
