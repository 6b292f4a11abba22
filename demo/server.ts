// The demo: a small JSON API (Node http), a real HAProxy running dist/cors.lua in front of it, and a
// page on another origin whose buttons call the API with fetch(). The page also shows what HAProxy and
// the API saw for each call (the page server collects HAProxy's request log, with each decision and the
// reason of each denial, and the API's requests), and the module's counters (lua.cors-metrics), live.
//
//   npx tsx demo/server.ts          (or: bash demo/start.sh, which installs what is missing first)
//
// Environment: DEMO_PAGE_PORT (8000), DEMO_API_PORT (8080; the partner-only frontend takes the next
// port, or DEMO_PARTNER_PORT; HAProxy's metrics frontend, on 127.0.0.1 only, the one after, or
// DEMO_METRICS_PORT), DEMO_BIND (127.0.0.1), DEMO_ORIGINS (more page origins to allow, comma
// separated, e.g. when DEMO_BIND=0.0.0.0 and the page is opened as http://my-vm:8000),
// DEMO_HAPROXY (auto | local | docker) and DEMO_HAPROXY_IMAGE (cors-haproxy:2.6) for the container.

import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import { EVERY_RESPONSE_RULES } from "../src/converters/rules";
import { DECISION_VAR, REASON_VAR } from "../src/haproxy/variables";
import { waitForPort } from "../test/support/http";

export const CORS_LUA = path.resolve(__dirname, "../dist/cors.lua");
const INDEX_HTML = path.join(__dirname, "index.html");
const CONTAINER_DIR = "/usr/local/etc/haproxy";
/** The only origin the second frontend allows: not this page, so the page's call there is blocked. */
export const PARTNER_ORIGIN = "https://partner.example.com";

export interface DemoOptions {
  /** Address the page and HAProxy listen on (the API behind HAProxy always listens on 127.0.0.1). */
  readonly bind?: string;
  /** 0 picks a free port. */
  readonly pagePort?: number;
  readonly apiPort?: number;
  readonly partnerPort?: number;
  /** HAProxy's metrics frontend, always on 127.0.0.1 (only the page server reads it); default: apiPort + 2. */
  readonly metricsPort?: number;
  /** Page origins to allow besides http://127.0.0.1:<pagePort> and http://localhost:<pagePort>. */
  readonly extraOrigins?: readonly string[];
  /** "auto": the haproxy binary when there is one, else the container image. */
  readonly haproxy?: "auto" | "local" | "docker";
  readonly image?: string;
  /** Where start-up notes and the request log go (default: stdout). */
  readonly log?: (line: string) => void;
}

export interface RunningDemo {
  readonly pageUrl: string;
  /** The frontend whose policy allows the page, with credentials, exposed headers and max-age. */
  readonly apiUrl: string;
  /** The frontend that allows only PARTNER_ORIGIN. */
  readonly partnerUrl: string;
  /** HAProxy's Prometheus text (lua.cors-metrics), which the page shows as a table. */
  readonly metricsUrl: string;
  readonly haproxyConfig: string;
  /** "local HAProxy 2.6.12" or "docker cors-haproxy:2.6". */
  readonly haproxyKind: string;
  stop(): Promise<void>;
}

/** What the page shows under each call: HAProxy's log lines and the API's requests, in order. */
interface DemoEvent {
  readonly seq: number;
  readonly source: "haproxy" | "api";
  readonly frontend?: string;
  readonly method: string;
  readonly path: string;
  readonly status?: number;
  readonly decision?: string;
  /** txn.cors_reason: why HAProxy denied the request (absent for the other decisions). */
  readonly reason?: string;
  readonly origin?: string;
  readonly cookie?: boolean;
}

class EventLog {
  private seq = 0;
  readonly events: DemoEvent[] = [];
  add(event: Omit<DemoEvent, "seq">): void {
    this.events.push({ ...event, seq: ++this.seq });
    if (this.events.length > 500) this.events.splice(0, this.events.length - 500);
  }
  get last(): number {
    return this.seq;
  }
}

// ---------------------------------------------------------------- the API behind HAProxy

const ITEMS = [
  { id: 1, name: "apples", stock: 12 },
  { id: 2, name: "pears", stock: 7 },
  { id: 3, name: "plums", stock: 0 },
];

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", ...headers });
  res.end(JSON.stringify(body));
}

function startApi(events: EventLog): Promise<{ server: http.Server; port: number }> {
  let requestId = 0;
  let logins = 0;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://api.invalid");
    const cookie = /(?:^|;\s*)demo_session=([^;]*)/.exec(req.headers.cookie ?? "");
    events.add({ source: "api", method: req.method ?? "", path: url.pathname, origin: req.headers.origin, cookie: cookie !== null });
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      // X-Request-Id is on every answer but never exposed: the page cannot read it.
      const common = { "x-request-id": String(++requestId) };
      if (req.method === "GET" && url.pathname === "/api/items") {
        return sendJson(res, 200, { items: ITEMS }, { ...common, "x-total-count": String(ITEMS.length) });
      }
      const item = /^\/api\/items\/(\d+)$/.exec(url.pathname);
      if (req.method === "PUT" && item !== null) {
        let body: unknown = null;
        try {
          body = JSON.parse(Buffer.concat(chunks).toString("utf8"));
        } catch {
          body = Buffer.concat(chunks).toString("utf8");
        }
        return sendJson(res, 200, { updated: Number(item[1]), "x-custom-header": req.headers["x-custom-header"] ?? null, body }, common);
      }
      if (req.method === "POST" && url.pathname === "/api/login") {
        // A readable, predictable value: this is a demo, not a session store.
        const token = `demo-${++logins}`;
        return sendJson(res, 200, { loggedIn: true }, { ...common, "set-cookie": `demo_session=${token}; Path=/; HttpOnly; SameSite=Lax` });
      }
      if (req.method === "GET" && url.pathname === "/api/me") {
        if (cookie === null) return sendJson(res, 401, { error: "no demo_session cookie" }, common);
        return sendJson(res, 200, { user: "demo", cookieReceived: `demo_session=${cookie[1]}` }, common);
      }
      sendJson(res, 404, { error: `no route ${req.method} ${url.pathname}` }, common);
    });
  });
  return listen(server, "127.0.0.1", 0).then((port) => ({ server, port }));
}

// ---------------------------------------------------------------- HAProxy

function cfgQuote(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}

export interface DemoPolicies {
  readonly api: string;
  readonly partner: string;
}

export function demoPolicies(pageOrigins: readonly string[]): DemoPolicies {
  return {
    api: `origins=${pageOrigins.join(",")} methods=GET,PUT,POST headers=X-Custom-Header,Content-Type credentials expose=X-Total-Count max-age=600`,
    partner: `origins=${PARTNER_ORIGIN} methods=GET expose=X-Total-Count`,
  };
}

/** The response rules of the README's install lines, on the version at hand (src/converters/rules.ts). */
const EVERY_RESPONSE = EVERY_RESPONSE_RULES.map((line) => `  ${line}`);

/** Where HAProxy listens (the API and partner frontends on the demo's bind address) and where the API is. */
interface HaproxyPorts {
  readonly api: number;
  readonly partner: number;
  readonly metrics: number;
  readonly backend: number;
}

/** The log line the page server reads (an unset variable is logged as "-"): see parseLogLine. */
const LOG_FORMAT = `DEMO %f %HM %HU %ST %[var(${DECISION_VAR})] %[var(${REASON_VAR})]`;

function haproxyConfig(luaPath: string, bind: string, ports: HaproxyPorts, policies: DemoPolicies): string {
  return [
    "global",
    "  nbthread 1",
    "  log stdout format raw local0",
    // HAProxy 3.1+ warns unless this is set before lua-load; older versions do not know the keyword.
    "  .if version_atleast(3.1)",
    "    tune.lua.bool-sample-conversion normal",
    "  .endif",
    `  lua-load ${luaPath}`,
    "",
    "defaults",
    "  mode http",
    "  log global",
    "  option dontlognull",
    `  log-format "${LOG_FORMAT}"`,
    "  timeout connect 5s",
    "  timeout client 30s",
    "  timeout server 30s",
    "",
    "# Allows the demo page: credentials, an exposed header, preflights cached 10 minutes.",
    "frontend api",
    `  bind ${bind}:${ports.api}`,
    `  http-request lua.cors-policy ${cfgQuote(policies.api)}`,
    ...EVERY_RESPONSE,
    "  default_backend app",
    "",
    "# Allows only a partner's site: the demo page's calls here are blocked by the browser.",
    "frontend partner-api",
    `  bind ${bind}:${ports.partner}`,
    `  http-request lua.cors-policy ${cfgQuote(policies.partner)}`,
    ...EVERY_RESPONSE,
    "  default_backend app",
    "",
    "# The counters of the two frontends above, read by the page server. A frontend of its own rather than a",
    "# path on the API's: a scrape then never meets a lua.cors-policy rule, so it is no CORS decision of the",
    "# API (and needs no rule ordering to stay out of the counts), and loopback keeps it off the demo's bind",
    "# address. Not logged: the page polls it every second, which would drown the request log.",
    "frontend metrics",
    `  bind 127.0.0.1:${ports.metrics}`,
    // (`no log` would do too, but HAProxy then warns that the inherited log-format is ignored.)
    "  http-request set-log-level silent",
    "  http-request use-service lua.cors-metrics",
    "",
    "backend app",
    `  server api 127.0.0.1:${ports.backend}`,
    "",
  ].join("\n");
}

function localHaproxy(): string | undefined {
  const found = spawnSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" });
  const binary = found.stdout.trim();
  if (found.status === 0 && binary !== "") return binary;
  // Debian installs it in /usr/sbin, which a non-root user's PATH may lack.
  return ["/usr/local/sbin/haproxy", "/usr/sbin/haproxy"].find((candidate) => fs.existsSync(candidate));
}

function dockerImageExists(image: string): boolean {
  return spawnSync("docker", ["image", "inspect", image], { stdio: "ignore" }).status === 0;
}

interface StartedHaproxy {
  readonly kind: string;
  readonly config: string;
  stop(): Promise<void>;
}

async function startHaproxy(
  options: { mode: "auto" | "local" | "docker"; image: string; listening: ReadonlyArray<{ host: string; port: number }> },
  configFor: (luaPath: string) => string,
  onLine: (line: string) => void,
): Promise<StartedHaproxy> {
  if (!fs.existsSync(CORS_LUA)) throw new Error(`${CORS_LUA} is missing: run \`npm run build\` first`);
  const binary = options.mode === "docker" ? undefined : localHaproxy();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cors-demo-"));
  let child: ChildProcess;
  let kind: string;
  let config: string;
  let containerName: string | undefined;
  if (binary !== undefined) {
    config = configFor(CORS_LUA);
    fs.writeFileSync(path.join(dir, "haproxy.cfg"), config);
    const version = /version (\S+)/.exec(spawnSync(binary, ["-v"], { encoding: "utf8" }).stdout);
    kind = `local HAProxy ${version ? version[1] : ""}`.trim();
    child = spawn(binary, ["-W", "-db", "-f", path.join(dir, "haproxy.cfg")], { stdio: ["ignore", "pipe", "pipe"] });
  } else if (options.mode !== "local" && dockerImageExists(options.image)) {
    // The image runs `haproxy -W -db -f /usr/local/etc/haproxy/haproxy.cfg`; host networking lets it
    // bind the same addresses as a local HAProxy and reach the API on 127.0.0.1.
    config = configFor(`${CONTAINER_DIR}/cors.lua`);
    fs.writeFileSync(path.join(dir, "haproxy.cfg"), config);
    fs.copyFileSync(CORS_LUA, path.join(dir, "cors.lua"));
    fs.chmodSync(dir, 0o755);
    containerName = `cors-demo-${process.pid}-${crypto.randomBytes(3).toString("hex")}`;
    kind = `docker ${options.image}`;
    child = spawn("docker", ["run", "--rm", "--name", containerName, "--network", "host", "-v", `${dir}:${CONTAINER_DIR}:ro`, options.image], {
      stdio: ["ignore", "pipe", "pipe"],
    });
  } else {
    throw new Error(
      options.mode === "local"
        ? "haproxy is not installed: run `apt-get install -y haproxy`"
        : `haproxy is not installed and the docker image ${options.image} is not available: run \`apt-get install -y haproxy\` (or \`bash demo/start.sh\`, which does)`,
    );
  }

  let output = "";
  let pending = "";
  const onData = (data: Buffer): void => {
    output += data.toString();
    pending += data.toString();
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) onLine(line);
  };
  child.stdout?.on("data", onData);
  child.stderr?.on("data", onData);
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async (): Promise<void> => {
    if (containerName !== undefined) spawnSync("docker", ["rm", "-f", containerName], { stdio: "ignore" });
    if (running) {
      child.kill("SIGTERM");
      // HAProxy sometimes ignores a SIGTERM sent right after start-up.
      const timer = setTimeout(() => child.kill("SIGKILL"), 1500);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    await Promise.race([
      Promise.all(options.listening.map(({ host, port }) => waitForPort(port, 15000, host))),
      exited.then(() => {
        throw new Error(`HAProxy (${kind}) exited during start-up:\n${output}`);
      }),
    ]);
  } catch (error) {
    await stop();
    throw error;
  }
  return { kind, config, stop };
}

type HaproxyEvent = Omit<DemoEvent, "seq"> & Required<Pick<DemoEvent, "frontend" | "status" | "decision">>;

/** The event of one line of HAProxy's log in LOG_FORMAT, or undefined for any other line. */
function parseLogLine(line: string): HaproxyEvent | undefined {
  const words = line.trim().split(" ");
  if (words[0] !== "DEMO" || words.length < 7) return undefined;
  const [, frontend, method, path, status, decision, reason] = words;
  return { source: "haproxy", frontend, method, path, status: Number(status), decision, reason: reason === "-" ? undefined : reason };
}

// ---------------------------------------------------------------- the counters

/** The counters of lua.cors-metrics as the page shows them: by frontend, in the order the service lists them. */
interface DemoCounters {
  readonly frontends: string[];
  /** The values of txn.cors_decision. */
  readonly decisions: string[];
  /** The values of txn.cors_reason. */
  readonly reasons: string[];
  /** counts[frontend][decision or reason] (the two sets of words are disjoint). */
  readonly counts: Record<string, Record<string, number>>;
}

const COUNTER_LINE = /^haproxy_cors_(decisions|denials)_total\{frontend="([^"]*)",(?:decision|reason)="([^"]*)"\} (\d+)$/;

/** Reads the two counters of the Prometheus text; other lines (HELP, TYPE) are skipped. */
function parseCounters(text: string): DemoCounters {
  const counters: DemoCounters = { frontends: [], decisions: [], reasons: [], counts: {} };
  for (const line of text.split("\n")) {
    const match = COUNTER_LINE.exec(line);
    if (match === null) continue;
    const [, metric, frontend, name, value] = match;
    const names = metric === "decisions" ? counters.decisions : counters.reasons;
    if (!names.includes(name)) names.push(name);
    if (!counters.frontends.includes(frontend)) counters.frontends.push(frontend);
    (counters.counts[frontend] ??= {})[name] = Number(value);
  }
  return counters;
}

/** The body of a GET, on a connection of its own (no keep-alive socket outlives the demo). */
function getText(url: string, timeoutMs: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const request = http.get(url, { agent: false, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const body = Buffer.concat(chunks).toString("utf8");
        if (response.statusCode === 200) resolve(body);
        else reject(new Error(`${url} answered ${response.statusCode}: ${body.trim()}`));
      });
      response.on("error", reject);
    });
    request.on("timeout", () => request.destroy(new Error(`${url} did not answer within ${timeoutMs} ms`)));
    request.on("error", reject);
  });
}

// ---------------------------------------------------------------- the page

function startPageServer(
  events: EventLog,
  pageConfig: () => object,
  metricsUrl: string,
  bind: string,
  port: number,
): Promise<{ server: http.Server; port: number }> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://page.invalid");
    if (url.pathname === "/" || url.pathname === "/index.html") {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
      res.end(fs.readFileSync(INDEX_HTML));
    } else if (url.pathname === "/config.js") {
      res.writeHead(200, { "content-type": "text/javascript; charset=utf-8", "cache-control": "no-store" });
      res.end(`window.DEMO = ${JSON.stringify(pageConfig())};\n`);
    } else if (url.pathname === "/demo/events") {
      // Same origin as the page: no CORS involved in the page reading what happened behind HAProxy.
      const after = Number(url.searchParams.get("after") ?? "0");
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ last: events.last, events: events.events.filter((e) => e.seq > after) }));
    } else if (url.pathname === "/demo/metrics") {
      // HAProxy's counters, read here rather than by the page: the metrics frontend listens on loopback
      // only, and this way the page reads them from its own origin.
      getText(metricsUrl, 2000).then(
        (text) => {
          res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" });
          res.end(JSON.stringify(parseCounters(text)));
        },
        (error: unknown) => {
          res.writeHead(502, { "content-type": "application/json", "cache-control": "no-store" });
          res.end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
        },
      );
    } else if (url.pathname === "/favicon.ico") {
      res.writeHead(204);
      res.end();
    } else {
      res.writeHead(404, { "content-type": "text/plain" });
      res.end("not found\n");
    }
  });
  return listen(server, bind, port).then((actual) => ({ server, port: actual }));
}

// ---------------------------------------------------------------- helpers

function listen(server: http.Server, host: string, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === "object" && address !== null ? address.port : port);
    });
  });
}

function closeServer(server: http.Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });
}

export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** The address to connect to and to print for a bind address (a wildcard bind is reached on loopback). */
function reachableHost(bind: string): string {
  return bind === "0.0.0.0" || bind === "::" || bind === "" ? "127.0.0.1" : bind;
}

function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

// ---------------------------------------------------------------- the demo

export async function startDemo(options: DemoOptions = {}): Promise<RunningDemo> {
  const bind = options.bind ?? "127.0.0.1";
  const host = reachableHost(bind);
  const log = options.log ?? ((line: string) => console.log(line));
  const events = new EventLog();
  const cleanups: Array<() => Promise<void>> = [];
  let stopping = false;
  const stop = async (): Promise<void> => {
    stopping = true;
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
  };

  try {
    const api = await startApi(events);
    cleanups.push(() => closeServer(api.server));

    const pagePort = options.pagePort === undefined ? 8000 : options.pagePort === 0 ? await freePort(host) : options.pagePort;
    const apiPort = options.apiPort === undefined ? 8080 : options.apiPort === 0 ? await freePort(host) : options.apiPort;
    const partnerPort =
      options.partnerPort === undefined ? (options.apiPort === 0 ? await freePort(host) : apiPort + 1) : options.partnerPort === 0 ? await freePort(host) : options.partnerPort;
    const metricsPort =
      options.metricsPort === undefined ? (options.apiPort === 0 ? await freePort() : apiPort + 2) : options.metricsPort === 0 ? await freePort() : options.metricsPort;
    const metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;

    // The page's origin as the browser sends it: 127.0.0.1 and localhost name the same server.
    const pageOrigins = [`http://127.0.0.1:${pagePort}`, `http://localhost:${pagePort}`];
    if (host !== "127.0.0.1") pageOrigins.push(`http://${urlHost(host)}:${pagePort}`);
    for (const origin of options.extraOrigins ?? []) if (!pageOrigins.includes(origin)) pageOrigins.push(origin);
    const policies = demoPolicies(pageOrigins);

    const haproxy = await startHaproxy(
      {
        mode: options.haproxy ?? "auto",
        image: options.image ?? "cors-haproxy:2.6",
        listening: [
          { host, port: apiPort },
          { host, port: partnerPort },
          { host: "127.0.0.1", port: metricsPort },
        ],
      },
      (luaPath) => haproxyConfig(luaPath, bind, { api: apiPort, partner: partnerPort, metrics: metricsPort, backend: api.port }, policies),
      (line) => {
        const event = parseLogLine(line);
        if (event !== undefined) {
          events.add(event);
          const reason = event.reason === undefined ? "" : ` ${event.reason}`;
          log(`  haproxy  ${event.frontend.padEnd(12)} ${event.method.padEnd(7)} ${event.path.padEnd(16)} ${event.status} ${event.decision}${reason}`);
        } else if (line.trim() !== "" && !stopping && !/\[NOTICE\]|Exiting|exited with code 130/.test(line)) {
          // Ctrl-C reaches HAProxy too: its own exit messages are noise.
          log(`  haproxy: ${line}`);
        }
      },
    );
    cleanups.push(() => haproxy.stop());

    const page = await startPageServer(
      events,
      () => ({ apiPort, partnerPort, metricsPort, partnerOrigin: PARTNER_ORIGIN, policies, logFormat: LOG_FORMAT, haproxy: haproxy.kind }),
      metricsUrl,
      bind,
      pagePort,
    );
    cleanups.push(() => closeServer(page.server));

    const shown = urlHost(host);
    return {
      pageUrl: `http://${shown}:${page.port}/`,
      apiUrl: `http://${shown}:${apiPort}`,
      partnerUrl: `http://${shown}:${partnerPort}`,
      metricsUrl,
      haproxyConfig: haproxy.config,
      haproxyKind: haproxy.kind,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

function portFromEnv(name: string): number | undefined {
  const value = process.env[name];
  if (value === undefined || value === "") return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`${name}=${value} is not a port number`);
  return port;
}

async function main(): Promise<void> {
  const mode = process.env.DEMO_HAPROXY ?? "auto";
  if (mode !== "auto" && mode !== "local" && mode !== "docker") throw new Error(`DEMO_HAPROXY=${mode}: use auto, local or docker`);
  const demo = await startDemo({
    bind: process.env.DEMO_BIND || "127.0.0.1",
    pagePort: portFromEnv("DEMO_PAGE_PORT"),
    apiPort: portFromEnv("DEMO_API_PORT"),
    partnerPort: portFromEnv("DEMO_PARTNER_PORT"),
    metricsPort: portFromEnv("DEMO_METRICS_PORT"),
    extraOrigins: (process.env.DEMO_ORIGINS ?? "").split(",").map((o) => o.trim()).filter((o) => o !== ""),
    haproxy: mode,
    image: process.env.DEMO_HAPROXY_IMAGE || undefined,
  });
  console.log(
    [
      "",
      `CORS demo running (${demo.haproxyKind} with dist/cors.lua):`,
      `  page          ${demo.pageUrl}        <- open this in a browser`,
      `  API           ${demo.apiUrl}   (policy allows the page: credentials, expose, max-age)`,
      `  partner API   ${demo.partnerUrl}   (policy allows only ${PARTNER_ORIGIN})`,
      `  metrics       ${demo.metricsUrl}   (lua.cors-metrics; the page shows these counters)`,
      "",
      `Try:  curl -si -H 'Origin: ${demo.pageUrl.replace(/\/$/, "")}' ${demo.apiUrl}/api/items`,
      "Ctrl-C stops everything. Requests are logged below.",
      "",
    ].join("\n"),
  );
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    console.log("\nstopping the demo...");
    void demo.stop().then(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
