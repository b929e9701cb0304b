// Loads the WebAssembly module and starts the page (the page's behaviour is in src/ui.rs),
// and registers the offline service worker (sw.js). A separate file, not an inline script,
// so the Content-Security-Policy can forbid inline code.
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

// Offline use: sw.js caches this build on the first visit. When a new build is deployed,
// its service worker installs beside the old one and waits; the page offers "Reload", and
// only then does the new build take over (the text and settings are kept in localStorage),
// so one page never runs files of two builds. Without service workers (private windows of
// some browsers, file://) the page works as before, online.
function offline() {
  if (!("serviceWorker" in navigator)) return;
  let asked = false;
  const offer = (waiting) => {
    const note = document.getElementById("update");
    document.getElementById("update-reload").onclick = () => {
      asked = true;
      waiting.postMessage("activate");
    };
    note.hidden = false;
  };
  navigator.serviceWorker.addEventListener("controllerchange", () => {
    if (asked) location.reload();
  });
  navigator.serviceWorker
    .register("./sw.js")
    .then((reg) => {
      if (reg.waiting && navigator.serviceWorker.controller) offer(reg.waiting);
      reg.addEventListener("updatefound", () => {
        const w = reg.installing;
        if (!w) return;
        w.addEventListener("statechange", () => {
          if (w.state === "installed" && navigator.serviceWorker.controller) offer(w);
        });
      });
    })
    .catch(() => {});
}

offline();
