// One calling page in its own fresh browser context (no cookies, no preflight cache shared with another
// test). It runs fetch() in the page and records what the browser itself says: console messages (the
// "blocked by CORS policy" text) and, over CDP, every request it sends (preflights included, which
// Playwright's page.on('request') does not report) and the corsErrorStatus of each failed load.

import { Browser, BrowserContext, CDPSession, Page } from "playwright-core";
import { CorsError, EnginePage, FetchInit, FetchOutcome, waitUntil } from "./engine";

/** Chromium's console text for each CORS failure (after "has been blocked by CORS policy"). */
const CONSOLE_TEXT: Record<CorsError, string> = {
  MissingAllowOriginHeader: "No 'Access-Control-Allow-Origin' header is present",
  PreflightMissingAllowOriginHeader: "Response to preflight request doesn't pass access control check",
  WildcardOriginNotAllowed: "must not be the wildcard '*' when the request's credentials mode is 'include'",
  InvalidAllowCredentials: "'Access-Control-Allow-Credentials' header in the response is ''",
};

interface SentRequest {
  readonly requestId: string;
  readonly method: string;
  readonly url: string;
  readonly preflight: boolean;
}

interface FailedLoad {
  readonly url: string;
  readonly errorText: string;
  readonly corsError: string | undefined;
  readonly failedParameter: string | undefined;
}

interface RequestWillBeSent {
  requestId: string;
  type?: string;
  request: { url: string; method: string };
  initiator?: { type?: string };
}

interface LoadingFailed {
  requestId: string;
  errorText: string;
  corsErrorStatus?: { corsError: string; failedParameter: string };
}

export class BrowserPage implements EnginePage {
  readonly console: string[] = [];
  readonly sent: SentRequest[] = [];
  readonly failed: FailedLoad[] = [];

  private constructor(
    readonly context: BrowserContext,
    readonly page: Page,
    private readonly cdp: CDPSession,
  ) {}

  /** A new context and page, loaded from `pageUrl` (the origin every fetch is made from). */
  static async open(browser: Browser, pageUrl: string): Promise<BrowserPage> {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const session = new BrowserPage(context, page, cdp);
    page.on("console", (message) => session.console.push(`${message.type()}: ${message.text()}`));
    const urlOf = new Map<string, string>();
    cdp.on("Network.requestWillBeSent", (event: RequestWillBeSent) => {
      urlOf.set(event.requestId, event.request.url);
      session.sent.push({
        requestId: event.requestId,
        method: event.request.method,
        url: event.request.url,
        preflight: event.initiator?.type === "preflight",
      });
    });
    cdp.on("Network.loadingFailed", (event: LoadingFailed) => {
      session.failed.push({
        url: urlOf.get(event.requestId) ?? "",
        errorText: event.errorText,
        corsError: event.corsErrorStatus?.corsError,
        failedParameter: event.corsErrorStatus?.failedParameter,
      });
    });
    await cdp.send("Network.enable");
    await page.goto(pageUrl);
    return session;
  }

  origin(): Promise<string> {
    return this.page.evaluate<string>("location.origin");
  }

  /** fetch(url, init) in the page: what its JavaScript can read, or the error fetch rejected with. */
  async fetch(url: string, init: FetchInit = {}): Promise<FetchOutcome> {
    const outcome = await this.page.evaluate(async ({ url, init }): Promise<FetchOutcome> => {
      try {
        const response = await fetch(url, init);
        const headers: Record<string, string> = {};
        response.headers.forEach((value, name) => (headers[name] = value));
        return { url, readable: true, status: response.status, headers, body: await response.text() };
      } catch (error) {
        return { url, readable: false, error: String(error) };
      }
    }, { url, init });
    if (!outcome.readable) {
      // The console line and the CDP event come a moment after fetch() rejects.
      await waitUntil(() => this.corsErrorOf(url) !== undefined && this.consoleAbout(url).length > 0, 10000);
    }
    return outcome;
  }

  headerGet(url: string, name: string): Promise<string | null> {
    return this.page.evaluate(async ({ url, name }) => (await fetch(url)).headers.get(name), { url, name });
  }

  async cookies(): Promise<string[]> {
    return (await this.context.cookies()).map((c) => `${c.name}=${c.value} ${c.domain}`);
  }

  async addCookie(name: string, value: string): Promise<void> {
    const domain = new URL(this.page.url()).hostname;
    await this.context.addCookies([{ name, value, domain, path: "/", sameSite: "Lax" }]);
  }

  /** The CDP corsError of the load and Chromium's console message "... has been blocked by CORS policy: ...". */
  async blockedProblems(url: string, corsError: CorsError): Promise<string[]> {
    const problems: string[] = [];
    const actual = this.corsErrorOf(url);
    if (actual !== corsError) problems.push(`CDP corsError is ${actual ?? "absent"}, expected ${corsError}`);
    const said = this.consoleAbout(url).join("\n");
    if (!said.includes("has been blocked by CORS policy") || !said.includes(CONSOLE_TEXT[corsError])) {
      problems.push(`the console does not say the request was blocked by CORS policy with "${CONSOLE_TEXT[corsError]}"`);
    }
    return problems;
  }

  /**
   * Preflights the browser sent for `url`, as its network stack reports them over CDP. These events
   * are not ordered with fetch()'s result (they come from another process), so this waits (up to ten
   * seconds) for `expected` of them before it counts; a count above `expected` is returned as is.
   */
  async preflightsSent(url: string, expected: number): Promise<number> {
    const count = (): number => this.sent.filter((r) => r.preflight && r.url === url).length;
    await waitUntil(() => count() >= expected, 10000);
    return count();
  }

  /** The CDP corsErrorStatus.corsError of the last failed load of `url` (the request, not its preflight). */
  corsErrorOf(url: string): string | undefined {
    const loads = this.failed.filter((f) => f.url === url && f.corsError !== undefined);
    return loads.length > 0 ? loads[loads.length - 1].corsError : undefined;
  }

  consoleAbout(url: string): string[] {
    return this.console.filter((line) => line.includes(`'${url}'`));
  }

  /** Everything the browser said, for assertion messages. */
  diagnostics(): string {
    const consoleText = this.console.length > 0 ? this.console.map((l) => `    ${l}`).join("\n") : "    (nothing)";
    const failures = this.failed.length > 0 ? this.failed.map((f) => `    ${f.url}: ${f.errorText} ${f.corsError ?? ""} ${f.failedParameter ?? ""}`).join("\n") : "    (none)";
    const sent = this.sent.map((r) => `    ${r.preflight ? "preflight " : ""}${r.method} ${r.url}`).join("\n");
    return `  browser console:\n${consoleText}\n  failed loads (CDP corsErrorStatus):\n${failures}\n  requests the browser sent:\n${sent}`;
  }

  async close(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
    await this.context.close();
  }
}
