// End-to-end: the page works offline (service worker), and a new build replaces the cached
// one whole. The built page (dist/) is copied to a temporary folder, so the test can deploy
// a "new build" there without touching dist/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, appendFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch, recordOffOrigin } from "./browser.mjs";

const dist = fileURLToPath(new URL("../../dist/", import.meta.url));
const offlineScript = fileURLToPath(new URL("../../scripts/offline.mjs", import.meta.url));
let root, server, browser, context, page;
const offOrigin = [];

const build = () => readFileSync(join(root, "sw.js"), "utf8").match(/const BUILD = "(\w+)"/)[1];

before(async () => {
  root = mkdtempSync(join(tmpdir(), "nutshell-offline-"));
  cpSync(dist, root, { recursive: true });
  server = await serve(root);
  browser = await launch();
  context = await browser.newContext();
  recordOffOrigin(context, server.url, offOrigin);
  page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(server.url + "/");
  await page.waitForSelector("html[data-ready=true]");
  // The first visit installs the worker, which caches the build and takes the page over.
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 20000 });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

test("the page can be installed: manifest, icon and theme colour", async () => {
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector("link[rel=manifest]");
    return (await fetch(link.href)).json();
  });
  assert.equal(manifest.short_name, "Nutshell");
  assert.equal(manifest.display, "standalone");
  assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/);
  const icon = await page.evaluate(async (src) => {
    const r = await fetch(src);
    return { type: r.headers.get("content-type"), text: await r.text() };
  }, manifest.icons[0].src);
  assert.match(icon.type, /svg/);
  assert.match(icon.text, /<svg/);
});

test("one cache holds every file of the build", async () => {
  const cached = await page.evaluate(async () => {
    const names = await caches.keys();
    const cache = await caches.open(names[0]);
    return { names, urls: (await cache.keys()).map((r) => new URL(r.url).pathname) };
  });
  assert.deepEqual(cached.names, ["nutshell-" + build()]);
  for (const f of ["/index.html", "/boot.js", "/worker.js", "/nutshell-web.js", "/nutshell-web_bg.wasm", "/style.css"]) {
    assert.ok(cached.urls.includes(f), `${f} cached: ${cached.urls}`);
  }
});

test("offline, a reload still analyses a pasted text, in any language", async () => {
  await context.setOffline(true);
  const asked = server.requests.length;
  try {
    await page.reload();
    await page.waitForSelector("html[data-ready=true]");
    await page.fill("#input", "");
    await page.fill("#input", "The mayor announced a new water plan on Monday. Ann Lee urged residents to conserve water. The plan will cost five million dollars.");
    await page.waitForFunction(() => document.querySelectorAll("#directives .directive").length === 1);
    assert.ok((await page.locator("#summary li").count()) >= 1);
    // Another address of the page, with settings in the URL, comes from the cache too.
    await page.goto(server.url + "/?language=de&sentences=1");
    await page.waitForSelector("html[data-ready=true]");
    await page.fill("#input", "Der Minister sprach am Montag über die Wirtschaft. Die Regierung plant neue Gesetze für die Schulen im ganzen Land.");
    await page.waitForFunction(() => /German/.test(document.querySelector("#stats").textContent));
    assert.equal(await page.locator("#summary li").count(), 1);
  } finally {
    await context.setOffline(false);
  }
  // Nothing reached the server while offline, not even from the service worker.
  assert.deepEqual(server.requests.slice(asked), []);
});

test("a new build replaces the cached one whole, when the reader reloads", async () => {
  const old = build();
  // Deploy a new build: a changed file, and sw.js written again for it.
  appendFileSync(join(root, "style.css"), "\n/* build two */\n");
  execFileSync("node", [offlineScript, root]);
  assert.notEqual(build(), old);
  // The browser looks for a new sw.js on navigation or when asked; the new build installs
  // beside the old one, which keeps serving this page until the reader chooses.
  await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await page.waitForSelector("#update:not([hidden])", { timeout: 20000 });
  const before = await page.evaluate(() => fetch("style.css").then((r) => r.text()));
  assert.ok(!before.includes("build two"), "the old build still serves until Reload");
  await Promise.all([page.waitForEvent("load"), page.click("#update-reload")]);
  await page.waitForSelector("html[data-ready=true]");
  const now = await page.evaluate(async () => ({
    css: await fetch("style.css").then((r) => r.text()),
    caches: await caches.keys(),
  }));
  assert.ok(now.css.includes("build two"));
  assert.deepEqual(now.caches, ["nutshell-" + build()]);
  assert.ok(await page.locator("#update").isHidden());
});

test("no request ever left the page's origin", () => {
  assert.deepEqual(offOrigin, []);
});
