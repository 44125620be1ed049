// A WebDriver session on the Skyfolio app through tauri-driver (classic WebDriver:
// WebKitWebDriver has no BiDi), shared by the window test and the gallery benchmark.

import { remote } from "webdriverio";

/** Starts `application` (the app, or a launcher of it) and answers the session. */
export function startApp(port, application) {
  return remote({
    hostname: "127.0.0.1",
    port,
    logLevel: "warn",
    connectionRetryCount: 0,
    connectionRetryTimeout: 60_000,
    capabilities: {
      browserName: "wry",
      "wdio:enforceWebDriverClassic": true,
      "tauri:options": { application, args: [] },
    },
  });
}
