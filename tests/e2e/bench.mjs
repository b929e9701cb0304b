// Browser benchmark (not a test: it prints figures, asserts nothing about time).
// Builds nothing: run after `trunk build --release`. Usage: node tests/e2e/bench.mjs [DATA_DIR]
//  1. `analyze` on the seed in the page's WASM module: median of 200 runs after 20 warm-ups,
//     timed with performance.now() inside the page.
//  2. Responsiveness: a ~1 MB text typed into the page; the longest main-thread task seen
//     (PerformanceObserver "longtask") while it is analysed in the worker and rendered.
import { readFileSync, existsSync } from "node:fs";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";

const root = new URL("../../dist/", import.meta.url).pathname;
const seed = readFileSync(new URL("../../assets/example.txt", import.meta.url), "utf8");
const data = process.argv[2] || "../shared/data";
const book = `${data}/long/war_and_peace_pg2600.txt`;
const big = existsSync(book) ? readFileSync(book, "utf8").slice(0, 1_000_000) : seed.repeat(170);

const server = await serve(root);
const browser = await launch();
const page = await browser.newPage();
await page.goto(server.url + "/");
await page.waitForSelector("html[data-ready=true]");

const seedMs = await page.evaluate(async (text) => {
  const m = await import("/nutshell-web.js");
  for (let i = 0; i < 20; i++) m.analyze(text);
  const times = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    m.analyze(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { median: times[100], p90: times[180] };
}, seed);
console.log(`seed (${seed.length} chars): median ${seedMs.median.toFixed(2)} ms, p90 ${seedMs.p90.toFixed(2)} ms`);

const bigMs = await page.evaluate(async (text) => {
  const m = await import("/nutshell-web.js");
  const t0 = performance.now();
  m.analyze(text);
  return performance.now() - t0;
}, big);
console.log(`${(big.length / 1e6).toFixed(2)} M chars in one call: ${bigMs.toFixed(0)} ms`);

await page.evaluate(() => {
  window.__long = [];
  new PerformanceObserver((l) => l.getEntries().forEach((e) => window.__long.push(e.duration)))
    .observe({ type: "longtask" });
});
await page.$eval("#input", (el, t) => {
  el.value = t;
  el.dispatchEvent(new Event("input"));
}, big);
await page.waitForFunction(() => {
  const m = (document.querySelector("#stats")?.textContent || "").match(/^(\d+) words/);
  return m && Number(m[1]) > 50000;
}, null, { timeout: 60000 });
await page.waitForTimeout(500);
const longTasks = await page.evaluate(() => window.__long);
const stats = await page.textContent("#stats");
console.log(`1 MB pasted: ${stats}`);
console.log(`longest main-thread task: ${Math.max(0, ...longTasks).toFixed(0)} ms (${longTasks.length} tasks over 50 ms)`);
await browser.close();
server.close();
