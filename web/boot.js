// Loads the WebAssembly module and starts the page (the page's behaviour is in src/ui.rs).
// A separate file, not an inline script, so the Content-Security-Policy can forbid inline code.
import init, { start } from "./nutshell-web.js";

function fail(reason) {
  const m = document.getElementById("message");
  m.textContent =
    "Nutshell could not start in this browser (" + reason + "). " +
    "It needs a browser with WebAssembly and JavaScript modules: a current Firefox, Chrome, Edge or Safari.";
  m.hidden = false;
}

if (typeof WebAssembly !== "object") {
  fail("no WebAssembly");
} else {
  init({ module_or_path: "./nutshell-web_bg.wasm" })
    .then(() => {
      start();
      document.documentElement.dataset.ready = "true";
    })
    .catch((e) => fail(String((e && e.message) || e)));
}
