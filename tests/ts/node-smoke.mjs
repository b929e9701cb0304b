// The npm package (pkg/) in Node 18+: load the .wasm from disk, analyse the seed.
import { readFileSync } from "node:fs";
import assert from "node:assert/strict";
import init, { analyze, version } from "../../pkg/nutshell.js";

const wasm = readFileSync(new URL("../../pkg/nutshell_bg.wasm", import.meta.url));
await init({ module_or_path: wasm });
const seed = readFileSync(new URL("../../assets/example.txt", import.meta.url), "utf8");
const result = analyze(seed, { sentences: 3 });
assert.equal(result.summary.length, 3);
assert.equal(result.directives.length, 21);
const d = result.directives.find((x) => x.addressee?.text === "the broad masses of workers");
assert.equal(seed.slice(d.action.start, d.action.end), d.action.text);
assert.throws(() => analyze("x", { ratio: 3 }), /ratio/);
console.log(`node: nutshell ${version()} ok, ${result.directives.length} directives`);
