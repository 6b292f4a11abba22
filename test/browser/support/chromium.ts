// Launching the system Chromium (Debian's `chromium` package) with playwright-core. No browser is ever
// downloaded: a missing binary is an error that names the package to install, never a skipped test.

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import { Browser, chromium } from "playwright-core";
import { BrowserPage } from "./browserPage";
import { Engine } from "./engine";

/** The Debian package's launcher; CHROMIUM_PATH points elsewhere (another distribution, a local build). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const BASE_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is not installed (no ${CHROMIUM_PATH}): the browser tests need a real Chromium. ` +
        "Run `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium binary. " +
        "Never `npx playwright install`: the tests use the system browser.",
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...BASE_ARGS, ...extraArgs] });
}

/** Chromium resolves these names to loopback, so a page can have a real subdomain origin. */
const HOST_RULES = "--host-resolver-rules=MAP *.example.test 127.0.0.1, MAP example.test 127.0.0.1";

/** "156.0.8078.129", or "not installed". */
export function chromiumVersion(): string {
  if (!fs.existsSync(CHROMIUM_PATH)) return "not installed";
  return /([\d.]+)/.exec(execFileSync(CHROMIUM_PATH, ["--version"], { encoding: "utf8" }))?.[1] ?? "unknown";
}

/** Chromium, driven over CDP: every page in a new browser context. */
export async function chromiumEngine(): Promise<Engine> {
  const browser = await launchChromium([HOST_RULES]);
  return {
    name: "Chromium",
    version: browser.version(),
    fetchError: "TypeError: Failed to fetch",
    assertsPreflightCache: true,
    open: (pageUrl) => BrowserPage.open(browser, pageUrl),
    close: () => browser.close(),
  };
}
