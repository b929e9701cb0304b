// Runs analyses off the page's thread so typing stays fluid on big texts. The analysis itself
// is the same WebAssembly `analyze` the page and the npm package export.
import init, { analyze } from "./nutshell-web.js";

const ready = init({ module_or_path: "./nutshell-web_bg.wasm" });

self.onmessage = async (event) => {
  const { id, text, options } = event.data;
  try {
    await ready;
    const t0 = performance.now();
    const result = analyze(text, options);
    self.postMessage({ id, result, ms: performance.now() - t0 });
  } catch (e) {
    self.postMessage({ id, error: String((e && e.message) || e) });
  }
};
