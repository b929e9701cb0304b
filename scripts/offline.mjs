// Writes the service worker of a built page: sw.js from web/sw.js with BUILD (a hash of
// every file of the build) and FILES (their names). Run by trunk after each build (a
// post_build hook in Trunk.toml, on its staging folder) or by hand: node scripts/offline.mjs DIR
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR;
if (!dir) {
  console.error("usage: node scripts/offline.mjs DIR (or run as a trunk hook)");
  process.exit(2);
}
const template = readFileSync(fileURLToPath(new URL("../web/sw.js", import.meta.url)), "utf8");

function files(d) {
  return readdirSync(d).flatMap((name) => {
    const p = join(d, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

const names = files(dir)
  .map((p) => relative(dir, p).split("\\").join("/"))
  .filter((n) => n !== "sw.js")
  .sort();
const hash = createHash("sha256");
for (const n of names) {
  hash.update(n + "\0");
  hash.update(readFileSync(join(dir, n)));
}
const build = hash.digest("hex").slice(0, 16);
const sw = template
  .replace('"__BUILD__"', JSON.stringify(build))
  .replace('["__FILES__"]', JSON.stringify(names));
if (sw === template) {
  console.error("scripts/offline.mjs: web/sw.js has no __BUILD__/__FILES__ placeholders");
  process.exit(1);
}
writeFileSync(join(dir, "sw.js"), sw);
console.log(`sw.js: build ${build}, ${names.length} files cached for offline use`);
