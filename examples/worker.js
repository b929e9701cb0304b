// A module worker that analyses texts off the main thread. Offsets in the result are UTF-16,
// so text.slice(start, end) works on the main thread's copy of the text.
import init, { analyze } from "../pkg/nutshell.js";

const ready = init();
self.onmessage = async ({ data: { id, text, options } }) => {
  await ready;
  try {
    self.postMessage({ id, result: analyze(text, options) });
  } catch (e) {
    self.postMessage({ id, error: e.message }); // only invalid options throw
  }
};
