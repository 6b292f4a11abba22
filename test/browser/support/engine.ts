// What the browser suite needs from a browser engine, whichever drives it: Chromium over CDP
// (chromium.ts), Firefox over WebDriver BiDi (firefox.ts), WebKit over classic WebDriver (webkit.ts). Each
// page is loaded from the page server in a fresh profile (no cookies, no preflight cache shared with another
// test), runs fetch() in the page, and reports what the page could read and what the engine said about CORS.

import * as fs from "node:fs";

export type EngineName = "Chromium" | "Firefox" | "WebKit";

export interface FetchInit {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  readonly credentials?: "omit" | "same-origin" | "include";
}

export type FetchOutcome =
  | { readonly url: string; readonly readable: true; readonly status: number; readonly headers: Record<string, string>; readonly body: string }
  | { readonly url: string; readonly readable: false; readonly error: string };

export type Readable = Extract<FetchOutcome, { readable: true }>;

/**
 * The CORS failures the suite provokes, by Chromium's CDP corsError name; each engine says which signal it
 * gives for each (Chromium: that name and a console text; Firefox: a "Cross-Origin Request Blocked" reason).
 */
export type CorsError = "MissingAllowOriginHeader" | "PreflightMissingAllowOriginHeader" | "WildcardOriginNotAllowed" | "InvalidAllowCredentials";

export interface EnginePage {
  /** fetch(url, init) in the page: what its JavaScript can read, or the error fetch rejected with. */
  fetch(url: string, init?: FetchInit): Promise<FetchOutcome>;
  origin(): Promise<string>;
  /** `(await fetch(url)).headers.get(name)` in the page. */
  headerGet(url: string, name: string): Promise<string | null>;
  /** The profile's cookies, as "name=value domain". */
  cookies(): Promise<string[]>;
  /** Sets a cookie (path /, SameSite=Lax) for the page's host. */
  addCookie(name: string, value: string): Promise<void>;
  /**
   * Preflights the engine itself reports having sent for `url` (waiting for `expected` of them), where it
   * reports them (Chromium over CDP); undefined elsewhere, where HAProxy's log is the only count.
   */
  preflightsSent(url: string, expected: number): Promise<number | undefined>;
  /**
   * Checks the engine's own signal that `url` was blocked for `corsError`: a list of problems, empty when
   * the engine said what it should (or gives no signal beyond fetch's rejection).
   */
  blockedProblems(url: string, corsError: CorsError): Promise<string[]>;
  /** Everything the engine said (console, CORS messages, requests), for assertion messages. */
  diagnostics(): string;
  close(): Promise<void>;
}

export interface Engine {
  readonly name: EngineName;
  /** The engine's version, e.g. "156.0.8078.129". */
  readonly version: string;
  /** The TypeError message a CORS failure gives fetch() in this engine. */
  readonly fetchError: string;
  /** Whether a preflight cache hit can be asserted (Firefox's cache is unreliable in a fresh profile). */
  readonly assertsPreflightCache: boolean;
  /** A page in a fresh profile (no cookies, no preflight cache), loaded from `pageUrl`. */
  open(pageUrl: string): Promise<EnginePage>;
  close(): Promise<void>;
}

/** Fails, naming the command that installs it, when a browser's file is missing: never a skip. */
export function requireInstalled(engine: EngineName, files: readonly string[], install: string): void {
  const missing = files.filter((f) => !fs.existsSync(f));
  if (missing.length > 0) {
    throw new Error(`${engine} is not installed (no ${missing.join(", ")}): the browser tests need it. Run \`${install}\`.`);
  }
}

/** The script that runs in the page for fetch(): its result is the FetchOutcome (a plain object). */
export const FETCH_IN_PAGE = `async (url, init) => {
  try {
    const response = await fetch(url, init);
    const headers = {};
    response.headers.forEach((value, name) => (headers[name] = value));
    return { url, readable: true, status: response.status, headers, body: await response.text() };
  } catch (error) {
    return { url, readable: false, error: String(error) };
  }
}`;

export const HEADER_GET_IN_PAGE = "async (url, name) => (await fetch(url)).headers.get(name)";

export async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
}

/** The page's JavaScript could read the response; otherwise fails with the engine's own CORS message. */
export function expectReadable(engine: Engine, page: EnginePage, outcome: FetchOutcome, status = 200): asserts outcome is Readable {
  if (!outcome.readable) {
    throw new Error(`${engine.name}: expected the page to read ${outcome.url}, but fetch rejected with ${outcome.error}.\n${page.diagnostics()}`);
  }
  if (outcome.status !== status) {
    throw new Error(`${engine.name}: expected status ${status} from ${outcome.url}, the page read ${outcome.status}: ${outcome.body}\n${page.diagnostics()}`);
  }
}

/**
 * fetch() rejected with the engine's CORS TypeError, and the engine's own signal names `corsError`
 * (Chromium: the CDP corsError and its console text; Firefox: its "Cross-Origin Request Blocked" reason).
 */
export async function expectBlocked(engine: Engine, page: EnginePage, outcome: FetchOutcome, corsError: CorsError): Promise<void> {
  const problems: string[] = [];
  if (outcome.readable) problems.push(`the page read status ${outcome.status} and headers ${JSON.stringify(outcome.headers)}`);
  else if (outcome.error !== engine.fetchError) problems.push(`fetch rejected with ${outcome.error}, not ${engine.fetchError}`);
  problems.push(...(await page.blockedProblems(outcome.url, corsError)));
  if (problems.length > 0) {
    throw new Error(`${engine.name}: expected the browser to block ${outcome.url} (${corsError}), but ${problems.join("; ")}.\n${page.diagnostics()}`);
  }
}
