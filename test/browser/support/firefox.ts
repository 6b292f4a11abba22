// Firefox ESR (Debian's `firefox-esr` package), driven by puppeteer-core over WebDriver BiDi; no browser
// is ever downloaded. Every page is in a new browser context. Firefox reports a CORS failure as a page
// error ("Cross-Origin Request Blocked: ... (Reason: ...)"), not on the console.

import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import puppeteer, { Browser, BrowserContext, Page } from "puppeteer-core";
import { CorsError, Engine, EnginePage, FETCH_IN_PAGE, FetchInit, FetchOutcome, HEADER_GET_IN_PAGE, requireInstalled, waitUntil } from "./engine";

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr";

/** Firefox's reason for each CORS failure, as it words it in "Cross-Origin Request Blocked". */
const REASON: Record<CorsError, string> = {
  MissingAllowOriginHeader: "CORS header ‘Access-Control-Allow-Origin’ missing",
  // The preflight's 403 has no Access-Control-Allow-Origin either.
  PreflightMissingAllowOriginHeader: "CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 403",
  WildcardOriginNotAllowed: "Credential is not supported if the CORS header ‘Access-Control-Allow-Origin’ is ‘*’",
  InvalidAllowCredentials: "expected ‘true’ in CORS header ‘Access-Control-Allow-Credentials’",
};

/** "153.8.0esr", or "not installed". */
export function firefoxVersion(): string {
  if (!fs.existsSync(FIREFOX_PATH)) return "not installed";
  return /Firefox ([\w.]+)/.exec(execFileSync(FIREFOX_PATH, ["--version"], { encoding: "utf8" }))?.[1] ?? "unknown";
}

class FirefoxPage implements EnginePage {
  readonly errors: string[] = [];
  readonly console: string[] = [];

  constructor(
    private readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on("pageerror", (error) => this.errors.push(error instanceof Error ? error.message : String(error)));
    page.on("console", (message) => this.console.push(`${message.type()}: ${message.text()}`));
  }

  async fetch(url: string, init: FetchInit = {}): Promise<FetchOutcome> {
    const outcome = (await this.page.evaluate(`(${FETCH_IN_PAGE})(${JSON.stringify(url)}, ${JSON.stringify(init)})`)) as FetchOutcome;
    // The page error comes a moment after fetch() rejects.
    if (!outcome.readable) await waitUntil(() => this.blockedAbout(url).length > 0, 5000);
    return outcome;
  }

  origin(): Promise<string> {
    return this.page.evaluate(() => location.origin);
  }

  async headerGet(url: string, name: string): Promise<string | null> {
    return (await this.page.evaluate(`(${HEADER_GET_IN_PAGE})(${JSON.stringify(url)}, ${JSON.stringify(name)})`)) as string | null;
  }

  async cookies(): Promise<string[]> {
    return (await this.page.cookies()).map((c) => `${c.name}=${c.value} ${c.domain}`);
  }

  async addCookie(name: string, value: string): Promise<void> {
    await this.page.setCookie({ name, value, domain: new URL(this.page.url()).hostname, path: "/", sameSite: "Lax" });
  }

  async preflightsSent(): Promise<undefined> {
    return undefined;
  }

  blockedAbout(url: string): string[] {
    return this.errors.filter((e) => e.startsWith("Cross-Origin Request Blocked") && (e.includes(`resource at ${url}.`) || e.includes(`resource at ‘${url}’.`)));
  }

  async blockedProblems(url: string, corsError: CorsError): Promise<string[]> {
    const said = this.blockedAbout(url);
    return said.some((e) => e.includes(`(Reason: ${REASON[corsError]}`)) ? [] : [`Firefox did not report "Cross-Origin Request Blocked" with the reason "${REASON[corsError]}"`];
  }

  diagnostics(): string {
    const list = (lines: string[]): string => (lines.length > 0 ? lines.map((l) => `    ${l}`).join("\n") : "    (nothing)");
    return `  Firefox page errors (its CORS messages):\n${list(this.errors)}\n  Firefox console:\n${list(this.console)}`;
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}

export async function firefoxEngine(): Promise<Engine> {
  requireInstalled("Firefox", [FIREFOX_PATH], "apt-get install -y firefox-esr");
  const browser: Browser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX_PATH,
    headless: true,
    // *.example.test (and every other name) resolves to loopback, so a page can have a real subdomain origin.
    extraPrefsFirefox: { "network.dns.forceResolve": "127.0.0.1" },
  });
  const version = (await browser.version()).replace(/^firefox\//, "");
  return {
    name: "Firefox",
    version,
    fetchError: "TypeError: NetworkError when attempting to fetch resource.",
    assertsPreflightCache: false,
    async open(pageUrl) {
      const context = await browser.createBrowserContext();
      const page = new FirefoxPage(context, await context.newPage());
      await page.page.goto(pageUrl);
      return page;
    },
    close: () => browser.close(),
  };
}
