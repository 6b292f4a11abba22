// WebKit: Debian's WebKitGTK (`webkit2gtk-driver`: WebKitWebDriver and MiniBrowser) on an Xvfb display
// started here, driven over W3C WebDriver (classic) with Node's fetch. Every page is a new WebDriver session
// (a fresh, ephemeral profile). WebDriver gives no console: the page returns its results from an async
// script, and a CORS failure shows only as fetch()'s "TypeError: Load failed".

import { ChildProcess, execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import { freePort, waitForPort } from "../../support/http";
import { Engine, EnginePage, FETCH_IN_PAGE, FetchInit, FetchOutcome, HEADER_GET_IN_PAGE, requireInstalled } from "./engine";

const DRIVER = "/usr/bin/WebKitWebDriver";
const MINIBROWSER = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const XVFB = "/usr/bin/Xvfb";
const INSTALL = "apt-get install -y webkit2gtk-driver xvfb xauth";

/** "2.50.6", or "not installed". */
export function webkitVersion(): string {
  if (!fs.existsSync(DRIVER)) return "not installed";
  // WebKitWebDriver has no --version: the package's, without its Debian revision.
  return execFileSync("dpkg-query", ["-W", "-f=${Version}", "webkit2gtk-driver"], { encoding: "utf8" }).replace(/-[^-]*$/, "");
}

/** Starts Xvfb on a display it picks itself (-displayfd). */
function startXvfb(): Promise<{ display: string; process: ChildProcess }> {
  const xvfb = spawn(XVFB, ["-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp"], { stdio: ["ignore", "ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let stderr = "";
    xvfb.stderr?.on("data", (d) => (stderr += d));
    (xvfb.stdio[3] as NodeJS.ReadableStream).once("data", (d) => resolve({ display: `:${String(d).trim()}`, process: xvfb }));
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
}

/**
 * WebKitGTK has no host-resolver option: a forward proxy that sends every name to 127.0.0.1 gives pages a real
 * *.example.test origin (the page server and HAProxy ignore the name).
 */
function startLoopbackProxy(port: number): Promise<http.Server> {
  const proxy = http.createServer((req, res) => {
    const target = new URL(req.url ?? "/");
    const upstream = http.request({ host: "127.0.0.1", port: target.port || 80, method: req.method, path: target.pathname + target.search, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
      answer.pipe(res);
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  });
  return new Promise((resolve) => proxy.listen(port, "127.0.0.1", () => resolve(proxy)));
}

class WebDriver {
  constructor(readonly base: string) {}

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(20000),
    });
    const json = (await response.json()) as { value: T };
    // A WebDriver error is a 4xx or 5xx answer (a script's own result may have an "error" field).
    if (!response.ok) throw new Error(`WebDriver ${method} ${path}: ${JSON.stringify(json.value)}`);
    return json.value;
  }
}

class WebKitPage implements EnginePage {
  readonly results: string[] = [];

  constructor(
    private readonly driver: WebDriver,
    private readonly session: string,
  ) {}

  private execute<T>(fn: string, args: unknown[]): Promise<T> {
    const script = `const done = arguments[arguments.length - 1]; (${fn})(...Array.prototype.slice.call(arguments, 0, -1)).then(done, (e) => done({ scriptError: String(e) }));`;
    return this.driver.call<T>("POST", `/session/${this.session}/execute/async`, { script, args });
  }

  async fetch(url: string, init: FetchInit = {}): Promise<FetchOutcome> {
    const outcome = await this.execute<FetchOutcome>(FETCH_IN_PAGE, [url, init]);
    this.results.push(`${url}: ${outcome.readable ? `read ${outcome.status}` : outcome.error}`);
    return outcome;
  }

  origin(): Promise<string> {
    return this.execute<string>("async () => location.origin", []);
  }

  headerGet(url: string, name: string): Promise<string | null> {
    return this.execute<string | null>(HEADER_GET_IN_PAGE, [url, name]);
  }

  async cookies(): Promise<string[]> {
    const cookies = await this.driver.call<Array<{ name: string; value: string; domain: string }>>("GET", `/session/${this.session}/cookie`);
    return cookies.map((c) => `${c.name}=${c.value} ${c.domain}`);
  }

  async addCookie(name: string, value: string): Promise<void> {
    await this.driver.call("POST", `/session/${this.session}/cookie`, { cookie: { name, value, path: "/", sameSite: "Lax" } });
  }

  async preflightsSent(): Promise<undefined> {
    return undefined;
  }

  /** WebKit gives the page no reason, and WebDriver no console: fetch()'s TypeError is the only signal. */
  async blockedProblems(): Promise<string[]> {
    return [];
  }

  diagnostics(): string {
    return `  what the page's fetch() calls gave (WebKit reports no CORS reason over WebDriver):\n${this.results.map((l) => `    ${l}`).join("\n")}`;
  }

  private closed = false;

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.driver.call("DELETE", `/session/${this.session}`).catch(() => undefined);
  }
}

export async function webkitEngine(): Promise<Engine> {
  requireInstalled("WebKit", [DRIVER, MINIBROWSER, XVFB], INSTALL);
  const xvfb = await startXvfb();
  const [driverPort, proxyPort] = [await freePort(), await freePort()];
  const proxy = await startLoopbackProxy(proxyPort);
  const driverProcess = spawn(DRIVER, [`--port=${driverPort}`], { env: { ...process.env, DISPLAY: xvfb.display }, stdio: "ignore" });
  const stop = async (): Promise<void> => {
    driverProcess.kill();
    xvfb.process.kill();
    await new Promise((r) => proxy.close(r));
  };
  try {
    await waitForPort(driverPort, 10000);
  } catch (error) {
    await stop();
    throw error;
  }
  const driver = new WebDriver(`http://127.0.0.1:${driverPort}`);
  const capabilities = {
    browserName: "MiniBrowser",
    "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] },
    proxy: { proxyType: "manual", httpProxy: `127.0.0.1:${proxyPort}`, noProxy: ["127.0.0.1", "localhost"] },
  };
  let current: WebKitPage | undefined;
  return {
    name: "WebKit",
    version: webkitVersion(),
    fetchError: "TypeError: Load failed",
    assertsPreflightCache: true,
    async open(pageUrl) {
      // WebKitWebDriver runs one session at a time: a test's earlier page ends here.
      await current?.close();
      const created = await driver.call<{ sessionId: string }>("POST", "/session", { capabilities: { alwaysMatch: capabilities } });
      const page = new WebKitPage(driver, created.sessionId);
      current = page;
      await driver.call("POST", `/session/${created.sessionId}/url`, { url: pageUrl });
      return page;
    },
    close: stop,
  };
}
