// End-to-end: the built page (dist/) served on localhost, in headless Chromium, used as a
// person would. Run by scripts/test.sh after `trunk build --release`.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { serve } from "./serve.mjs";
import { launch, recordOffOrigin } from "./browser.mjs";

const root = fileURLToPath(new URL("../../dist/", import.meta.url));
const SEED = readFileSync(new URL("../../assets/example.txt", import.meta.url), "utf8");
let server, browser, context, page;
const offOrigin = [];

before(async () => {
  server = await serve(root);
  browser = await launch();
  context = await browser.newContext();
  recordOffOrigin(context, server.url, offOrigin);
  page = await context.newPage();
  page.on("pageerror", (e) => console.error("page error:", e.message));
  await page.goto(server.url + "/");
  await page.waitForSelector("html[data-ready=true]");
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("the example article shows summary, themes and directives", async () => {
  await page.click("#example");
  await page.waitForFunction(() => document.querySelectorAll("#directives .directive").length >= 21);
  assert.equal(await page.inputValue("#input"), SEED);
  assert.equal(await page.locator("#summary li").count(), 5);
  // Each summary sentence says why it was chosen; the first opens the text.
  assert.equal(await page.locator("#summary li .why").count(), 5);
  assert.match(await page.locator("#summary li .why").first().textContent(), /^opens the text/);
  assert.ok((await page.locator("#themes .chip").count()) >= 3);
  const firstTheme = await page.locator("#themes .chip .label").first().textContent();
  assert.equal(firstTheme.toLowerCase(), "trade unions");
  const cards = await page.locator("#directives .directive").allTextContents();
  assert.ok(cards.some((c) => c.includes("Xi Jinping") && c.includes("trade unions") &&
    c.includes("organize labor and skills competitions")), cards.join("\n"));
  const stats = await page.textContent("#stats");
  assert.match(stats, /sentences in .* analysed in [0-9.]+ ms/);
  // The marked text: every sentence span is exactly its sentence.
  assert.equal(await page.locator("#document .s.in-summary").count(), 5);
  assert.equal((await page.textContent("#document")), SEED);
});

test("choosing a theme marks its sentences; a directive shows in context", async () => {
  await page.locator("#themes .chip").first().click();
  assert.equal(await page.locator("#themes .chip").first().getAttribute("aria-pressed"), "true");
  assert.ok((await page.locator("#document .theme-hit").count()) >= 10);
  await page.locator("#directives .directive .link").nth(5).click();
  assert.equal(await page.locator("#document .focused").count(), 1);
});

test("the directives can be filtered by kind and by speaker", async () => {
  // The example: 21 directives, 20 reported and 1 obligation.
  await page.click("#example");
  await page.waitForFunction(() => document.querySelectorAll("#directives .filter").length >= 3);
  const cards = () => page.locator("#directives .directive:not([hidden])").count();
  assert.equal(await cards(), 21);
  const kinds = await page.locator('#directives .filter[data-filter="kind"]').allTextContents();
  assert.deepEqual(kinds, ["All21", "reported20", "obligation1"]);
  await page.click('#directives .filter[data-value="obligation"]');
  assert.equal(await cards(), 1);
  assert.equal(await page.locator('#directives .filter[data-value="obligation"]').getAttribute("aria-pressed"), "true");
  // The chosen filter again shows every card.
  await page.click('#directives .filter[data-value="obligation"]');
  assert.equal(await cards(), 21);
  // One speaker: no speaker filters. Two speakers: one filter each, most directives first.
  assert.equal(await page.locator('#directives .filter[data-filter="speaker"]').count(), 0);
  await page.fill("#input", "Mayor Ann Lee urged residents to conserve water. Governor Tom Diaz " +
    "called on farmers to cut their use. Lee also urged businesses to fix their leaks.");
  await page.waitForFunction(() =>
    document.querySelectorAll('#directives .filter[data-filter="speaker"]').length === 2);
  const speakers = await page.locator('#directives .filter[data-filter="speaker"]').allTextContents();
  assert.deepEqual(speakers, ["Ann Lee2", "Tom Diaz1"]);
  await page.click('#directives .filter[data-value="Tom Diaz"]');
  assert.deepEqual(
    await page.locator("#directives .directive:not([hidden]) .speaker").allTextContents(), ["Tom Diaz"]);
  await page.click('#directives .filter[data-value=""]');
  assert.equal(await cards(), 3);
  // The tests after this one read the example.
  await page.click("#example");
  await page.waitForFunction(() => document.querySelectorAll("#directives .directive").length >= 21);
});

test("the summary length control changes the summary", async () => {
  await page.selectOption("#length-mode", "sentences");
  await page.fill("#length-value", "2");
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 2);
  await page.selectOption("#length-mode", "words");
  await page.fill("#length-value", "40");
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 1);
  await page.fill("#length-value", "0");
  await page.waitForSelector("#message:not([hidden])");
  assert.match(await page.textContent("#message"), /words/);
  await page.selectOption("#length-mode", "sentences");
  await page.fill("#length-value", "5");
  await page.waitForSelector("#message", { state: "hidden" });
});

test("the longest-phrase control, and phraseWords/maxThemes in the URL, shape the themes", async () => {
  const labels = () => page.locator("#themes .chip .label").allTextContents();
  assert.ok((await labels()).some((l) => l.includes(" ")), "the default themes hold phrases");
  await page.selectOption("#phrase-words", "1");
  await page.waitForFunction(() => [...document.querySelectorAll("#themes .chip .label")]
    .every((l) => !l.textContent.includes(" ")));
  assert.ok((await labels()).length >= 3);
  await page.selectOption("#phrase-words", "4");
  await page.waitForFunction(() => [...document.querySelectorAll("#themes .chip .label")]
    .some((l) => l.textContent.includes(" ")));
  await page.goto(server.url + "/?phraseWords=1&maxThemes=3");
  await page.waitForSelector("html[data-ready=true]");
  await page.waitForSelector("#themes .chip");
  assert.equal(await page.inputValue("#phrase-words"), "1");
  const fromUrl = await labels();
  assert.equal(fromUrl.length, 3, fromUrl.join(" | "));
  assert.ok(fromUrl.every((l) => !l.includes(" ")), fromUrl.join(" | "));
  await page.goto(server.url + "/");
  await page.waitForSelector("html[data-ready=true]");
  await page.selectOption("#phrase-words", "4");
  await page.waitForFunction(() => [...document.querySelectorAll("#themes .chip .label")]
    .some((l) => l.textContent.includes(" ")));
});

test("markup in the text stays inert text", async () => {
  const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script> ' +
    "Officials urged residents to stay calm. <b>Bold</b> claims followed.";
  await page.fill("#input", payload);
  await page.waitForFunction(() => document.querySelector("#document")?.textContent.includes("Bold</b>"));
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(await page.locator("#document img, #summary img, #directives img, #document b").count(), 0);
  const card = await page.locator("#directives .directive").first().textContent();
  assert.match(card, /urged/);
});

test("a negated report is shown, marked as no ask", async () => {
  await page.fill("#input", "The senator did not urge voters to stay home. Officials urged residents to leave.");
  await page.waitForFunction(() => document.querySelectorAll("#directives .directive").length === 2);
  const negated = page.locator("#directives .directive.negated");
  assert.equal(await negated.count(), 1);
  assert.match(await negated.textContent(), /senator did not urge voters.*stay home.*negated: no ask/);
  assert.doesNotMatch(await page.locator("#directives .directive").nth(1).textContent(), /negated/);
});

test("a German text is read as German: summary and themes, and a note on directives", async () => {
  await page.fill("#input", "Die Stadt liegt am Fluss und hat viele alte Häuser. Im Sommer kommen viele " +
    "Besucher aus dem ganzen Land. Der Bürgermeister möchte einen neuen Park bauen lassen. Die Bewohner " +
    "sind darüber geteilter Meinung, weil das Geld für den Park knapp ist. Viele Familien wünschen sich mehr " +
    "Spielplätze für ihre Kinder im Park. Die Entscheidung fällt im Herbst.");
  await page.waitForFunction(() => /German \(identified/.test(document.querySelector("#stats").textContent));
  assert.equal(await page.isHidden("#notice"), true);
  assert.ok((await page.locator("#summary li").count()) >= 1);
  assert.ok((await page.locator("#themes .chip").count()) >= 1);
  assert.match(await page.textContent("#directives"), /Key directives in German are read from a short list/);
  assert.equal(await page.getAttribute("#results", "lang"), "de");
  // The reader may override the identification.
  await page.selectOption("#language", "nl");
  await page.waitForFunction(() => /Dutch \(chosen\)/.test(document.querySelector("#stats").textContent));
  await page.selectOption("#language", "auto");
  await page.waitForFunction(() => /German \(identified/.test(document.querySelector("#stats").textContent));
});

test("Arabic is shown right to left", async () => {
  await page.fill("#input", "دعا الرئيس النقابات إلى القيام بدورها في تنمية البلاد. وقال إن العمال هم أساس الاقتصاد. " +
    "وأضاف أن الحكومة ستدعم النقابات في السنوات المقبلة.");
  await page.waitForFunction(() => document.querySelector("#results").getAttribute("dir") === "rtl");
  assert.match(await page.textContent("#stats"), /Arabic \(identified/);
  assert.ok((await page.locator("#summary li").count()) >= 1);
});

test("a text in no supported language gets a notice, and still a summary", async () => {
  await page.fill("#input", "Prezydent wezwał związki zawodowe do odegrania swojej roli w rozwoju kraju. " +
    "Rząd zapowiedział nowe przepisy dotyczące płacy minimalnej. Związkowcy przyjęli to z zadowoleniem, " +
    "ale chcą rozmów o warunkach pracy w przemyśle i w szkołach.");
  await page.waitForSelector("#notice:not([hidden])");
  assert.match(await page.textContent("#notice"), /none of the languages Nutshell reads/);
  assert.ok((await page.locator("#summary li").count()) >= 1);
  assert.equal(await page.locator("#themes .chip").count(), 0);
  assert.match(await page.textContent("#themes"), /Not shown/);
  // The Markdown download says the same and leaves themes and directives out.
  const [md] = await Promise.all([page.waitForEvent("download"), page.click("#download-md")]);
  const mdText = readFileSync(await md.path(), "utf8");
  assert.match(mdText, /^> This text is in none of the languages/);
  assert.match(mdText, /# Summary\n\n- \S/);
  assert.doesNotMatch(mdText, /## Key directives/);
  await page.fill("#input", SEED);
  await page.waitForSelector("#notice", { state: "hidden" });
});

test("the text and settings survive a reload", async () => {
  await page.fill("#input", SEED);
  await page.fill("#length-value", "3");
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 3);
  await page.reload();
  await page.waitForSelector("html[data-ready=true]");
  assert.equal(await page.inputValue("#input"), SEED);
  assert.equal(await page.inputValue("#length-value"), "3");
  await page.waitForFunction(() => document.querySelectorAll("#summary li").length === 3);
  await page.click("#clear");
  assert.equal(await page.inputValue("#input"), "");
  assert.equal(await page.evaluate(() => localStorage.getItem("nutshell.text")), null);
});

test("an opened .html file is reduced to its readable text", async () => {
  const html = "<html><head><title>T</title><script>window.__ran = 1</script><style>p{}</style></head>" +
    "<body><h1>Budget News</h1><p>The minister urged banks to cut fees.</p><p>Talks continue.</p></body></html>";
  await page.setInputFiles("#file", { name: "story.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.waitForFunction(() => document.querySelector("#input").value.includes("urged banks"));
  const value = await page.inputValue("#input");
  assert.equal(value, "Budget News\n\nThe minister urged banks to cut fees.\n\nTalks continue.");
  assert.equal(await page.evaluate(() => window.__ran), undefined);
  await page.waitForFunction(() => document.querySelectorAll("#directives .directive").length === 1);
});

test("the result downloads as Markdown and JSON", async () => {
  const [md] = await Promise.all([page.waitForEvent("download"), page.click("#download-md")]);
  assert.equal(md.suggestedFilename(), "nutshell.md");
  const mdText = readFileSync(await md.path(), "utf8");
  assert.match(mdText, /^# Summary/);
  assert.match(mdText, /## Key directives\n\n- \*\*minister\*\* urged \*banks\*: cut fees/);
  const [json] = await Promise.all([page.waitForEvent("download"), page.click("#download-json")]);
  const parsed = JSON.parse(readFileSync(await json.path(), "utf8"));
  assert.equal(parsed.directives[0].cue.text, "urged");
});

test("a 360 px phone gets one column and no sideways scrolling", async () => {
  const phone = await context.newPage();
  await phone.setViewportSize({ width: 360, height: 740 });
  await phone.goto(server.url + "/");
  await phone.waitForSelector("html[data-ready=true]");
  await phone.click("#example");
  await phone.waitForSelector("#directives .directive");
  const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await phone.close();
});

test("invalid options in the URL are said plainly", async () => {
  await page.goto(server.url + "/?ratio=5");
  await page.waitForSelector("html[data-ready=true]");
  await page.waitForSelector("#message:not([hidden])");
  assert.match(await page.textContent("#message"), /ratio/);
});

test("no request ever left the page's origin", async () => {
  assert.deepEqual(offOrigin, []);
});
