// dist/cors.lua in a real HAProxy, called by the three browser engines, headless: Chromium, Firefox and
// WebKit (support/engine.ts). The calling page is served from another port of 127.0.0.1 (cross-origin but
// same-site: CORS is enforced and cookies flow), from http://localhost:<port>, and from *.example.test
// names each engine resolves to 127.0.0.1. Each test asserts what the page's JavaScript can read AND what
// reached HAProxy and the backend, in every engine.

import { dropIn, extended, PolicyLine } from "../cases/behaviour";
import { useHaproxy } from "../support/fixture";
import { RunningHaproxy } from "../support/haproxy";
import { BrowserTestApi, SESSION_COOKIE, startApi, startPageServer, TOTAL_COUNT } from "./support/api";
import { chromiumEngine, chromiumVersion } from "./support/chromium";
import { CorsError, Engine, EngineName, EnginePage, expectBlocked as expectBlockedIn, expectReadable as expectReadableIn, FetchOutcome, Readable } from "./support/engine";
import { firefoxEngine, firefoxVersion } from "./support/firefox";
import { browserHaproxyConfig, haproxyMessages, NamedFrontend, waitForLog } from "./support/haproxyLog";
import { webkitEngine, webkitVersion } from "./support/webkit";

/** Each engine, its version (in the suite's title, which the README's browsers table is written from) and how to start it. */
const ENGINES: Array<{ name: EngineName; version: string; start: () => Promise<Engine> }> = [
  { name: "Chromium", version: chromiumVersion(), start: chromiumEngine },
  { name: "Firefox", version: firefoxVersion(), start: firefoxEngine },
  { name: "WebKit", version: webkitVersion(), start: webkitEngine },
];

type FrontendName =
  | "allowed"
  | "other-origin"
  | "credentials"
  | "public"
  | "expose"
  | "max-age-600"
  | "max-age-0"
  | "localhost"
  | "subdomains"
  | "drop-in"
  | "errors"
  | "errors-backend-only";

function policies(pageOrigin: string, pagePort: number): Record<FrontendName, PolicyLine> {
  const rest = "methods=GET,PUT headers=X-Custom-Header";
  return {
    allowed: extended(`origins=${pageOrigin} ${rest}`),
    "other-origin": extended(`origins=https://app.example.com ${rest}`),
    credentials: extended(`origins=${pageOrigin} ${rest} credentials expose=X-Total-Count`),
    public: extended(`origins=* ${rest} expose=X-Total-Count`),
    expose: extended(`origins=${pageOrigin} ${rest} expose=X-Total-Count`),
    "max-age-600": extended(`origins=${pageOrigin} ${rest} max-age=600`),
    "max-age-0": extended(`origins=${pageOrigin} ${rest} max-age=0`),
    localhost: extended(`origins=http://localhost:* ${rest}`),
    subdomains: extended(`origins=http://*.example.test:* ${rest}`),
    // The predecessor's spelling: a host and port without a scheme (http or https).
    "drop-in": dropIn("GET,PUT", `127.0.0.1:${pagePort}`, "X-Custom-Header"),
    errors: extended(`origins=${pageOrigin} ${rest} expose=Retry-After`),
    "errors-backend-only": extended(`origins=${pageOrigin} ${rest} expose=Retry-After`),
  };
}

/**
 * HAProxy's own answers: a 429 from a rate-limiting rule and a 503 without a server. "errors" has the native
 * response rules of the local HAProxy's version (README, "Every response"), "errors-backend-only" the
 * response action in http-response alone, which never sees them.
 */
const ERROR_LINES = ["http-request deny deny_status 429 hdr retry-after 120 if { path_beg /errors/429 }", "use_backend no-server if { path_beg /errors/503 }"];
const FRONTEND_SETUP: Partial<Record<FrontendName, Pick<NamedFrontend, "configuration" | "lines">>> = {
  errors: { configuration: "native", lines: ERROR_LINES },
  "errors-backend-only": { configuration: "actions", lines: ERROR_LINES },
};

describe.each(ENGINES)("$name $version calling an API behind HAProxy with dist/cors.lua", ({ name, start }) => {
  let engine: Engine;
  let api: BrowserTestApi;
  let pages: { port: number; close(): Promise<void> };
  let haproxy: RunningHaproxy;
  let pageOrigin: string;
  const apiUrl = {} as Record<FrontendName, string>;
  const opened: EnginePage[] = [];
  /** Preflight cache hits are asserted in Chromium and WebKit; Firefox's cache is unreliable in a fresh profile. */
  const cachesPreflights = name !== "Firefox";

  /** A fresh profile with a page loaded from http://<host>:<page server port>/ (its origin). */
  async function openPage(host = "127.0.0.1"): Promise<EnginePage> {
    const session = await engine.open(`http://${host}:${pages.port}/`);
    opened.push(session);
    return session;
  }

  function expectReadable(page: EnginePage, outcome: FetchOutcome, status = 200): asserts outcome is Readable {
    expectReadableIn(engine, page, outcome, status);
  }

  const expectBlocked = (page: EnginePage, outcome: FetchOutcome, corsError: CorsError): Promise<void> => expectBlockedIn(engine, page, outcome, corsError);

  /**
   * The preflights HAProxy logged for `url` (it answers them itself: the backend never sees one), waiting
   * for `expected` of them; in Chromium the count it reports over CDP must be the same.
   */
  async function preflights(page: EnginePage, url: string, expected: number): Promise<number> {
    const path = new URL(url).pathname;
    const logged = (await waitForLog(haproxy, path, (lines) => lines.filter((l) => l.method === "OPTIONS").length >= expected, expected === 0 ? 300 : 15000)).filter((l) => l.method === "OPTIONS").length;
    const reported = await page.preflightsSent(url, logged);
    if (reported !== undefined && reported !== logged) throw new Error(`${name} reports ${reported} preflights for ${url} over CDP, HAProxy logged ${logged}.\n${page.diagnostics()}`);
    return logged;
  }

  /** What the backend received under a test's own path prefix, as "METHOD path". */
  const reached = (prefix: string): string[] => api.receivedUnder(prefix).map((r) => `${r.method} ${r.path}`);

  beforeAll(async () => {
    engine = await start();
    pages = await startPageServer();
    pageOrigin = `http://127.0.0.1:${pages.port}`;
  });

  // One frontend per policy; the policies name the page server's origin, started above.
  const running = useHaproxy({
    backend: startApi,
    ports: Object.keys(policies("", 0)).length,
    config: ({ target, ports, backend }) => {
      const frontends = (Object.entries(policies(pageOrigin, pages.port)) as Array<[FrontendName, PolicyLine]>).map(([name, policy], i): NamedFrontend => {
        apiUrl[name] = `http://127.0.0.1:${ports[i]}`;
        return { name, port: ports[i], policy, ...FRONTEND_SETUP[name] };
      });
      return browserHaproxyConfig(target.luaPath, frontends, `127.0.0.1:${backend.port}`);
    },
  });
  beforeAll(() => {
    api = running.backend;
    haproxy = running.haproxy;
  });

  afterEach(async () => {
    await Promise.all(opened.splice(0).map((session) => session.close()));
  });

  afterAll(async () => {
    await engine?.close();
    await pages?.close();
  });

  describe("simple requests", () => {
    test("A GET from an allowed origin is readable and reached the backend with the page's Origin.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl.allowed}/simple/allowed`);
      expectReadable(page, outcome);
      expect(JSON.parse(outcome.body)).toEqual({ ok: true, method: "GET", path: "/simple/allowed" });
      expect(api.receivedUnder("/simple/allowed").map((r) => [r.method, r.headers.origin])).toEqual([["GET", pageOrigin]]);
      expect(await preflights(page, outcome.url, 0)).toBe(0);
    });

    test("A GET from an origin the policy does not list is blocked by the browser, although the backend answered it.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl["other-origin"]}/simple/denied`);
      await expectBlocked(page, outcome, "MissingAllowOriginHeader");
      // A simple request is not stopped before it is sent: CORS only hides the answer from the page.
      expect(reached("/simple/denied")).toEqual(["GET /simple/denied"]);
      const log = await waitForLog(haproxy, "/simple/denied", (lines) => lines.length > 0);
      expect(log.map((l) => `${l.status} ${l.decision}`)).toEqual(["200 denied"]);
    });
  });

  describe("HAProxy's own responses", () => {
    test("A page on another origin reads the status of HAProxy's 429 and its Retry-After, which the policy exposes.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl.errors}/errors/429`);
      expectReadable(page, outcome, 429);
      expect(outcome.headers["retry-after"]).toBe("120");
      expect(reached("/errors/429")).toEqual([]);
    });

    test("A page on another origin reads the status of HAProxy's 503 when no server is up.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl.errors}/errors/503`);
      expectReadable(page, outcome, 503);
      expect(reached("/errors/503")).toEqual([]);
    });

    test("With the response action in http-response alone, the same 429 reaches the page as a CORS error.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl["errors-backend-only"]}/errors/429`);
      await expectBlocked(page, outcome, "MissingAllowOriginHeader");
    });
  });

  describe("preflighted requests", () => {
    test("A PUT with X-Custom-Header is readable after a preflight that HAProxy answered without the backend.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl.allowed}/preflight/put`, { method: "PUT", headers: { "X-Custom-Header": "1" } });
      expectReadable(page, outcome);
      expect(await preflights(page, outcome.url, 1)).toBe(1);
      expect(reached("/preflight/put")).toEqual(["PUT /preflight/put"]);
      expect(api.receivedUnder("/preflight/put")[0].headers["x-custom-header"]).toBe("1");
      const log = await waitForLog(haproxy, "/preflight/put", (lines) => lines.length >= 2);
      expect(log.map((l) => `${l.method} ${l.status} ${l.decision}`)).toEqual(["OPTIONS 204 preflight-allowed", "PUT 200 allowed"]);
    });

    test("A DELETE outside the policy's methods is stopped at the preflight: the backend sees neither the OPTIONS nor the DELETE.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl.allowed}/preflight/delete`, { method: "DELETE" });
      await expectBlocked(page, outcome, "PreflightMissingAllowOriginHeader");
      expect(await preflights(page, outcome.url, 1)).toBe(1);
      expect(reached("/preflight/delete")).toEqual([]);
      const log = await waitForLog(haproxy, "/preflight/delete", (lines) => lines.length > 0);
      expect(log.map((l) => `${l.method} ${l.status} ${l.decision}`)).toEqual(["OPTIONS 403 preflight-denied"]);
    });

    test("A PUT with a header outside the policy is stopped at the preflight: the backend sees neither the OPTIONS nor the PUT.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl.allowed}/preflight/other-header`, { method: "PUT", headers: { "X-Custom-Header": "1", "X-Other-Header": "2" } });
      await expectBlocked(page, outcome, "PreflightMissingAllowOriginHeader");
      expect(reached("/preflight/other-header")).toEqual([]);
      const log = await waitForLog(haproxy, "/preflight/other-header", (lines) => lines.length > 0);
      expect(log.map((l) => `${l.method} ${l.status} ${l.decision}`)).toEqual(["OPTIONS 403 preflight-denied"]);
    });
  });

  describe("credentials", () => {
    test("Under a credentials policy a cookie set by /login is sent back, reaches the backend, and the answer is readable.", async () => {
      const page = await openPage();
      const login = await page.fetch(`${apiUrl.credentials}/credentials/login`, { credentials: "include" });
      expectReadable(page, login);
      expect(await page.cookies()).toEqual([`${SESSION_COOKIE} 127.0.0.1`]);

      const me = await page.fetch(`${apiUrl.credentials}/credentials/me`, { method: "PUT", headers: { "X-Custom-Header": "1" }, credentials: "include" });
      expectReadable(page, me);
      expect(me.headers["x-total-count"]).toBe(TOTAL_COUNT);
      expect(api.receivedUnder("/credentials/me").map((r) => `${r.method} ${r.headers.cookie}`)).toEqual([`PUT ${SESSION_COOKIE}`]);
    });

    test("Under an origins=* policy a credentialed call is blocked, although the cookie reached the backend; without credentials it is readable.", async () => {
      const page = await openPage();
      await page.addCookie("session", "abc");
      const withCookie = await page.fetch(`${apiUrl.public}/public/with-credentials`, { credentials: "include" });
      await expectBlocked(page, withCookie, "WildcardOriginNotAllowed");
      expect(api.receivedUnder("/public/with-credentials").map((r) => r.headers.cookie)).toEqual([SESSION_COOKIE]);

      const withoutCookie = await page.fetch(`${apiUrl.public}/public/without-credentials`);
      expectReadable(page, withoutCookie);
      expect(api.receivedUnder("/public/without-credentials").map((r) => r.headers.cookie)).toEqual([undefined]);
    });

    test("A credentialed call to a policy without credentials is blocked: Access-Control-Allow-Credentials is missing.", async () => {
      const page = await openPage();
      await page.addCookie("session", "abc");
      const outcome = await page.fetch(`${apiUrl.allowed}/credentials/not-allowed`, { credentials: "include" });
      await expectBlocked(page, outcome, "InvalidAllowCredentials");
      expect(api.receivedUnder("/credentials/not-allowed").map((r) => r.headers.cookie)).toEqual([SESSION_COOKIE]);
    });
  });

  describe("exposed headers", () => {
    test("X-Total-Count is readable through response.headers.get only when the policy exposes it.", async () => {
      const page = await openPage();
      const exposed = await page.fetch(`${apiUrl.expose}/expose/yes`);
      expectReadable(page, exposed);
      expect(exposed.headers["x-total-count"]).toBe(TOTAL_COUNT);

      const hidden = await page.fetch(`${apiUrl.allowed}/expose/no`);
      expectReadable(page, hidden);
      expect(hidden.headers["x-total-count"]).toBeUndefined();
      expect(await page.headerGet(`${apiUrl.allowed}/expose/no-get`, "X-Total-Count")).toBeNull();
      expect(await page.headerGet(`${apiUrl.expose}/expose/yes-get`, "X-Total-Count")).toBe(TOTAL_COUNT);
      // The backend sent it every time: only the page's view differs.
      expect(api.receivedUnder("/expose/").length).toBe(4);
    });
  });

  describe("preflight caching (counted in HAProxy's log, and in Chromium over CDP too; the backend never sees a preflight)", () => {
    async function twoPuts(frontend: FrontendName, path: string): Promise<{ preflights: number; haproxy: string[]; backend: string[] }> {
      const page = await openPage();
      const url = `${apiUrl[frontend]}${path}`;
      for (let i = 0; i < 2; i++) {
        expectReadable(page, await page.fetch(url, { method: "PUT", headers: { "X-Custom-Header": String(i) } }));
      }
      const log = await waitForLog(haproxy, path, (lines) => lines.filter((l) => l.method === "PUT").length >= 2);
      const logged = log.filter((l) => l.method === "OPTIONS").length;
      return { preflights: await preflights(page, url, logged), haproxy: log.map((l) => `${l.method} ${l.status}`), backend: reached(path) };
    }

    /** Where the cache is not asserted (Firefox): both PUTs were readable and reached the backend, every preflight was answered. */
    function expectTwoReadablePuts(result: { preflights: number; haproxy: string[]; backend: string[] }, path: string): void {
      expect(result.backend).toEqual([`PUT ${path}`, `PUT ${path}`]);
      expect(result.haproxy.filter((l) => l.startsWith("PUT"))).toEqual(["PUT 200", "PUT 200"]);
      expect(result.haproxy.filter((l) => l.startsWith("OPTIONS"))).toEqual(result.preflights === 1 ? ["OPTIONS 204"] : ["OPTIONS 204", "OPTIONS 204"]);
    }

    if (cachesPreflights) {
      test("With max-age=600 a second identical PUT sends no new preflight.", async () => {
        expect(await twoPuts("max-age-600", "/cache/600")).toEqual({ preflights: 1, haproxy: ["OPTIONS 204", "PUT 200", "PUT 200"], backend: ["PUT /cache/600", "PUT /cache/600"] });
      });

      test(`Without max-age ${name} still caches a preflight for its default 5 seconds, so a PUT right after the first sends none.`, async () => {
        expect(await twoPuts("allowed", "/cache/none")).toEqual({ preflights: 1, haproxy: ["OPTIONS 204", "PUT 200", "PUT 200"], backend: ["PUT /cache/none", "PUT /cache/none"] });
      });
    } else {
      test(`With max-age=600 a second identical PUT is readable (${name}'s preflight cache is not asserted: unreliable in a fresh profile).`, async () => {
        expectTwoReadablePuts(await twoPuts("max-age-600", "/cache/600"), "/cache/600");
      });

      test(`Without max-age a second identical PUT is readable (${name}'s preflight cache is not asserted: unreliable in a fresh profile).`, async () => {
        expectTwoReadablePuts(await twoPuts("allowed", "/cache/none"), "/cache/none");
      });
    }

    test("With max-age=0 a second identical PUT sends a new preflight.", async () => {
      expect(await twoPuts("max-age-0", "/cache/0")).toEqual({
        preflights: 2,
        haproxy: ["OPTIONS 204", "PUT 200", "OPTIONS 204", "PUT 200"],
        backend: ["PUT /cache/0", "PUT /cache/0"],
      });
    });
  });

  describe("origin patterns with the Origin values the engine really sends", () => {
    test("A page on http://localhost:<port> is allowed by origins=http://localhost:*, for a GET and a preflighted PUT.", async () => {
      const page = await openPage("localhost");
      expect(await page.origin()).toBe(`http://localhost:${pages.port}`);
      expectReadable(page, await page.fetch(`${apiUrl.localhost}/localhost/get`));
      expectReadable(page, await page.fetch(`${apiUrl.localhost}/localhost/put`, { method: "PUT", headers: { "X-Custom-Header": "1" } }));
      expect(api.receivedUnder("/localhost/").map((r) => `${r.method} ${r.headers.origin}`)).toEqual([`GET http://localhost:${pages.port}`, `PUT http://localhost:${pages.port}`]);
    });

    test("A page on 127.0.0.1 is not allowed by origins=http://localhost:*.", async () => {
      const page = await openPage();
      await expectBlocked(page, await page.fetch(`${apiUrl.localhost}/localhost/from-ip`), "MissingAllowOriginHeader");
    });

    test("Pages on app.example.test and a.b.example.test are allowed by origins=http://*.example.test:*.", async () => {
      for (const host of ["app.example.test", "a.b.example.test"]) {
        const page = await openPage(host);
        expect(await page.origin()).toBe(`http://${host}:${pages.port}`);
        expectReadable(page, await page.fetch(`${apiUrl.subdomains}/subdomains/${host}`, { method: "PUT", headers: { "X-Custom-Header": "1" } }));
        expect(await preflights(page, `${apiUrl.subdomains}/subdomains/${host}`, 1)).toBe(1);
        expect(api.receivedUnder(`/subdomains/${host}`).map((r) => `${r.method} ${r.headers.origin}`)).toEqual([`PUT http://${host}:${pages.port}`]);
      }
    });

    test("A page on the bare domain example.test is not allowed by origins=http://*.example.test:*.", async () => {
      const page = await openPage("example.test");
      const get = await page.fetch(`${apiUrl.subdomains}/subdomains/bare-get`);
      await expectBlocked(page, get, "MissingAllowOriginHeader");
      const put = await page.fetch(`${apiUrl.subdomains}/subdomains/bare-put`, { method: "PUT", headers: { "X-Custom-Header": "1" } });
      await expectBlocked(page, put, "PreflightMissingAllowOriginHeader");
      expect(api.receivedUnder("/subdomains/bare-").map((r) => `${r.method} ${r.headers.origin}`)).toEqual([`GET http://example.test:${pages.port}`]);
    });
  });

  describe("the drop-in form: http-request lua.cors \"GET,PUT\" \"127.0.0.1:<page port>\" \"X-Custom-Header\"", () => {
    const dropInTitle = cachesPreflights
      ? "A GET and a preflighted PUT from the page are readable; HAProxy answers the preflight with max-age 600, so the same PUT again sends none."
      : `A GET and a preflighted PUT from the page are readable, and the same PUT again (${name}'s preflight cache is not asserted: unreliable in a fresh profile).`;
    test(dropInTitle, async () => {
      const page = await openPage();
      const get = await page.fetch(`${apiUrl["drop-in"]}/drop-in/get`);
      expectReadable(page, get);
      const put = await page.fetch(`${apiUrl["drop-in"]}/drop-in/put`, { method: "PUT", headers: { "X-Custom-Header": "1" } });
      expectReadable(page, put);
      expect(reached("/drop-in/")).toEqual(["GET /drop-in/get", "PUT /drop-in/put"]);
      const log = await waitForLog(haproxy, "/drop-in/put", (lines) => lines.length >= 2);
      expect(log.map((l) => `${l.method} ${l.status} ${l.decision}`)).toEqual(["OPTIONS 204 preflight-allowed", "PUT 200 allowed"]);
      // The drop-in form's Access-Control-Max-Age: 600 lets the same PUT go without a new preflight.
      expectReadable(page, await page.fetch(put.url, { method: "PUT", headers: { "X-Custom-Header": "2" } }));
      expect(reached("/drop-in/put")).toEqual(["PUT /drop-in/put", "PUT /drop-in/put"]);
      if (cachesPreflights) expect(await preflights(page, put.url, 1)).toBe(1);
    });

    test("A DELETE is stopped at the preflight and reaches nothing behind HAProxy.", async () => {
      const page = await openPage();
      const outcome = await page.fetch(`${apiUrl["drop-in"]}/drop-in/delete`, { method: "DELETE" });
      await expectBlocked(page, outcome, "PreflightMissingAllowOriginHeader");
      expect(reached("/drop-in/delete")).toEqual([]);
    });
  });

  test("HAProxy logged no alert, warning or Lua error.", () => {
    expect(haproxyMessages(haproxy)).not.toMatch(/ALERT|WARNING|lua|cors:/i);
  });
});
