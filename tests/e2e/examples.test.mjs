// The examples/ pages work as written, against the built npm package (pkg/).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch } from "./browser.mjs";

const root = fileURLToPath(new URL("../../", import.meta.url));
let server, browser;

before(async () => {
  server = await serve(root);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  server?.close();
});

test("examples/page.html: the package in a plain page", async () => {
  const page = await browser.newPage();
  await page.goto(server.url + "/examples/page.html");
  await page.click("#go");
  await page.waitForFunction(() => document.querySelector("#out").textContent.includes("Directives:"));
  const out = await page.textContent("#out");
  assert.match(out, /Ann Lee urged residents: conserve water/);
  assert.match(out, /Ann Lee must the city: fix its leaking pipes/);
});

test("examples/worker.html: the package in a module worker", async () => {
  const page = await browser.newPage();
  await page.goto(server.url + "/examples/worker.html");
  await page.waitForFunction(() => !document.querySelector("#out").textContent.includes("analysing"));
  const out = await page.textContent("#out");
  assert.equal(out, "called on: lower fees\nmust: report by May");
});
