// Launches the system Chromium (Debian's /usr/bin/chromium) through playwright-core.
import { chromium } from "playwright-core";

export const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

export function launch() {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
      "--no-first-run", "--disable-background-networking", "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** Records in `list` every request of `context` that leaves `origin` (data: and blob: URLs
 * stay on the page), so a test can assert that none did. */
export function recordOffOrigin(context, origin, list) {
  context.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) list.push(u);
  });
}
