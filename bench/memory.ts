// Memory (VmRSS) and start-up time of the local HAProxy with one policy of many origins, from an origins
// file (`origins=@file`, compiled into Lua tables in every Lua state) or from an HAProxy map
// (`origins=map:file`, held once in HAProxy's pattern store and read by key), under lua-load and
// lua-load-per-thread at nbthread 1, 2 and 4. See docs/performance.md, "Origins from a map: memory and start-up".
//
//   npx tsx bench/memory.ts [--origins N] [--patterns P] [--repeats R] [--threads 1,2,4] [--no-write]
//   npm run bench:memory
//
// Configurations: no policy (the module loaded), the map read by a native `map_str` only (HAProxy's own
// copy of it), the origins file, and the origins map.
// For each configuration HAProxy is started R times in the foreground (`-db`: no master, the process is
// the one that serves). Start-up: from spawn to the first response that allows an origin of the list (the
// last exact origin; for the rows without a policy, the first 200). Memory: VmRSS of the process read then,
// and again after 400 requests on new connections (spread over the threads: exact origins, subdomain
// patterns, denied origins), and VmHWM (the peak). RSS is what this measures best: the load of a shared
// machine changes the times, not the memory. Times are given as the median of R starts and their range.
// Also timed: `haproxy -c` of each configuration under lua-load (one Lua state runs the configuration
// check, which for a map reads and validates every key of its file).
//
// Writes the report between the markers of docs/performance.md (unless --no-write) and prints it.

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { freeBenchPort, rawRequest } from "../test/support/http";
import { median } from "./stats";

const ROOT = path.resolve(__dirname, "..");
const CORS_LUA = path.join(ROOT, "dist", "cors.lua");
const HAPROXY = process.env.HAPROXY ?? "/usr/sbin/haproxy";
const DOC = path.join(ROOT, "docs", "performance.md");
const START_MARK = "<!-- memory:start -->";
const END_MARK = "<!-- memory:end -->";

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const ORIGINS = Number(argValue("--origins") ?? 100000);
const PATTERNS = Number(argValue("--patterns") ?? 1000);
const REPEATS = Number(argValue("--repeats") ?? 3);
const THREADS = (argValue("--threads") ?? "1,2,4").split(",").map(Number);
const WRITE = !process.argv.includes("--no-write");
const REQUESTS = 400;
/** Longest wait for one start (100,000 origins from a file under lua-load-per-thread at nbthread 4 take tens of seconds). */
const START_TIMEOUT_MS = 300_000;
if (!(ORIGINS >= 1 && PATTERNS >= 0 && REPEATS >= 1 && THREADS.every((n) => Number.isInteger(n) && n >= 1 && n <= 64))) {
  console.error("--origins >= 1, --patterns >= 0, --repeats >= 1, --threads a list of 1..64");
  process.exit(2);
}

type Variant = "baseline" | "native-map" | "file" | "map";
const VARIANTS: readonly Variant[] = ["baseline", "native-map", "file", "map"];
const VARIANT_LABEL: Record<Variant, string> = {
  baseline: "no policy (module loaded)",
  "native-map": "map loaded by HAProxy, no policy",
  file: "`origins=@file`",
  map: "`origins=map:file`",
};
const emptyRuns = <T>(): Record<Variant, T[]> => ({ baseline: [], "native-map": [], file: [], map: [] });
type Load = "lua-load" | "lua-load-per-thread";
const LOADS: readonly Load[] = ["lua-load", "lua-load-per-thread"];

const exact = (i: number): string => `https://tenant${i}.example.com`;
const pattern = (i: number): string => `https://*.t${i}.example`;
const LAST_EXACT = exact(ORIGINS);

// ---------------------------------------------------------------- files

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cors-memory-"));
const originsFile = path.join(dir, "origins.txt");
const mapFile = path.join(dir, "origins.map");
{
  const entries: string[] = [];
  for (let i = 1; i <= ORIGINS; i++) entries.push(exact(i));
  for (let i = 1; i <= PATTERNS; i++) entries.push(pattern(i));
  fs.writeFileSync(originsFile, entries.join("\n") + "\n");
  fs.writeFileSync(mapFile, entries.map((e) => `${e} 1`).join("\n") + "\n");
}
// Loaded after the module, in the same Lua state(s): the size of a state's Lua heap, before and after a full collection.
const probeLua = path.join(dir, "probe.lua");
fs.writeFileSync(
  probeLua,
  `core.register_service("memprobe", "http", function(applet)
  local before = collectgarbage("count")
  collectgarbage("collect")
  local body = string.format("%.0f %.0f", before, collectgarbage("count"))
  applet:set_status(200)
  applet:add_header("content-length", tostring(#body))
  applet:start_response()
  applet:send(body)
end)
`,
);
function config(variant: Variant, load: Load, nbthread: number, port: number, appPort: number, probePort: number): string {
  const rules: Record<Variant, string[]> = {
    baseline: [],
    // HAProxy's own copy of the map, for the size of its pattern store: a native converter, no Lua policy.
    "native-map": [`http-request set-var(txn.known) req.hdr(origin),map_str(${mapFile})`],
    file: [`http-request lua.cors-policy "origins=@${originsFile} methods=GET"`, "http-response lua.cors"],
    map: [`http-request lua.cors-policy "origins=map:${mapFile} methods=GET"`, "http-response lua.cors"],
  };
  return [
    "global",
    `  nbthread ${nbthread}`,
    `  ${load} ${CORS_LUA}`,
    `  ${load} ${probeLua}`,
    "defaults",
    "  mode http",
    "  timeout connect 5s",
    "  timeout client 30s",
    "  timeout server 30s",
    "frontend app",
    `  bind 127.0.0.1:${appPort}`,
    "  http-request return status 200 content-type text/plain string ok",
    "frontend probe",
    `  bind 127.0.0.1:${probePort}`,
    "  http-request use-service lua.memprobe",
    "frontend api",
    `  bind 127.0.0.1:${port}`,
    ...rules[variant].map((r) => `  ${r}`),
    "  default_backend be_app",
    "backend be_app",
    `  server app 127.0.0.1:${appPort}`,
    "",
  ].join("\n");
}

function status(pid: number): { rss: number; hwm: number; threads: number } {
  const text = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+)`, "m").exec(text)?.[1] ?? NaN);
  return { rss: kb("VmRSS"), hwm: kb("VmHWM"), threads: kb("Threads") };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function allowOrigin(headers: Array<[string, string]>): string | undefined {
  return headers.find(([n]) => n === "access-control-allow-origin")?.[1];
}

/** Whether the answer to a GET from `origin` is the one the variant must give. */
function expected(variant: Variant, origin: string, allowed: boolean, answer: { status: number; headers: Array<[string, string]> }): boolean {
  if (answer.status !== 200) return false;
  const acao = allowOrigin(answer.headers);
  if (variant === "baseline" || variant === "native-map") return acao === undefined;
  return allowed ? acao === origin : acao === undefined;
}

interface Start {
  readonly ms: number;
  readonly rss: number;
  readonly rssAfter: number;
  readonly hwm: number;
  /** The Lua heap of the state that answered the probe, in KiB, before and after a full collection. */
  readonly heap: number;
  readonly heapLive: number;
}

async function startOnce(variant: Variant, load: Load, nbthread: number): Promise<Start> {
  const port = await freeBenchPort();
  const appPort = await freeBenchPort();
  const probePort = await freeBenchPort();
  const cfg = path.join(dir, "haproxy.cfg");
  fs.writeFileSync(cfg, config(variant, load, nbthread, port, appPort, probePort));
  const log: Buffer[] = [];
  const t0 = performance.now();
  const child = spawn(HAPROXY, ["-db", "-f", cfg], { stdio: ["ignore", "pipe", "pipe"] });
  child.stdout.on("data", (c: Buffer) => log.push(c));
  child.stderr.on("data", (c: Buffer) => log.push(c));
  let exited = false;
  child.on("exit", () => (exited = true));
  const fail = (why: string): Error => new Error(`${variant} ${load} nbthread ${nbthread}: ${why}\n${Buffer.concat(log).toString()}`);
  try {
    let ms = NaN;
    while (performance.now() - t0 < START_TIMEOUT_MS) {
      if (exited) throw fail("HAProxy exited");
      try {
        const answer = await rawRequest(port, "GET", "/", [["origin", LAST_EXACT]], 60_000);
        if (expected(variant, LAST_EXACT, true, answer)) {
          ms = performance.now() - t0;
          break;
        }
        throw fail(`unexpected answer ${answer.status} ${JSON.stringify(answer.headers)}`);
      } catch (e) {
        if (e instanceof Error && /ECONNREFUSED|ECONNRESET|incomplete/.test(e.message)) {
          await sleep(5);
          continue;
        }
        throw e;
      }
    }
    if (Number.isNaN(ms)) throw fail("no answer in time");
    const pid = child.pid as number;
    const first = status(pid);
    // New connections, spread by HAProxy over its threads, so that every Lua state serves some.
    for (let i = 0; i < REQUESTS; i++) {
      const kind = i % 4;
      const n = 1 + ((i * 7919) % ORIGINS);
      const origin = kind === 0 ? exact(n) : kind === 1 && PATTERNS > 0 ? `https://www.t${1 + (i % PATTERNS)}.example` : kind === 2 ? `https://denied${i}.example.net` : LAST_EXACT;
      const allowed = kind !== 2 && !(kind === 1 && PATTERNS === 0);
      const answer = await rawRequest(port, "GET", "/", [["origin", origin]]);
      if (!expected(variant, origin, allowed, answer)) throw fail(`origin ${origin}: unexpected answer ${answer.status} ${JSON.stringify(answer.headers)}`);
    }
    const after = status(pid);
    // Last: the probe's collection may change what the process holds.
    const [heap, heapLive] = (await rawRequest(probePort, "GET", "/", [])).body.split(" ").map(Number);
    return { ms, rss: first.rss, rssAfter: after.rss, hwm: after.hwm, heap, heapLive };
  } finally {
    if (!exited) {
      child.kill("SIGTERM");
      await new Promise<void>((r) => (exited ? r() : child.once("exit", () => r())));
    }
  }
}

/** `haproxy -c` of the configuration: the configuration check of one Lua state (lua-load), in ms. */
function checkOnce(variant: Variant): number {
  const cfg = path.join(dir, "check.cfg");
  fs.writeFileSync(cfg, config(variant, "lua-load", 1, 1, 2, 3));
  const t0 = performance.now();
  const run = spawnSync(HAPROXY, ["-c", "-q", "-f", cfg], { encoding: "utf8" });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`haproxy -c ${variant}: ${run.stdout}${run.stderr}`);
  return ms;
}

const mib = (kb: number): string => (kb / 1024).toFixed(1);
const sec = (ms: number): string => (ms / 1000).toFixed(2);
const range = (xs: number[]): string => `${sec(Math.min(...xs))}–${sec(Math.max(...xs))}`;

async function main(): Promise<void> {
  const version = spawnSync(HAPROXY, ["-v"], { encoding: "utf8" }).stdout.split("\n")[0].split(" ")[2];
  const lua = /Lua version : (Lua [\d.]+)/.exec(spawnSync(HAPROXY, ["-vv"], { encoding: "utf8" }).stdout)?.[1] ?? "Lua";
  const sizes = { file: fs.statSync(originsFile).size, map: fs.statSync(mapFile).size };
  console.error(`HAProxy ${version}, ${lua}, ${ORIGINS} exact origins + ${PATTERNS} patterns, ${REPEATS} starts each, in ${dir}`);

  // The configuration check alone, one state: interleaved rounds, so that a slow period hits every variant.
  const checks = emptyRuns<number>();
  for (let r = 0; r < REPEATS; r++) for (const v of VARIANTS) checks[v].push(checkOnce(v));
  console.error("haproxy -c:", VARIANTS.map((v) => `${v} ${checks[v].map(sec).join(" ")}`).join("; "));

  const rows: string[] = [];
  const results = new Map<string, Start[]>();
  for (const load of LOADS) {
    for (const nbthread of THREADS) {
      const runs = emptyRuns<Start>();
      // Interleaved: each round starts every variant once.
      for (let r = 0; r < REPEATS; r++) {
        for (const v of VARIANTS) {
          const s = await startOnce(v, load, nbthread);
          runs[v].push(s);
          console.error(`${load} nbthread ${nbthread} ${v}: ${sec(s.ms)} s, VmRSS ${mib(s.rss)} -> ${mib(s.rssAfter)} MiB, VmHWM ${mib(s.hwm)} MiB, Lua heap ${mib(s.heap)} -> ${mib(s.heapLive)} MiB`);
        }
      }
      for (const v of VARIANTS) {
        results.set(`${v} ${load} ${nbthread}`, runs[v]);
        const ms = runs[v].map((s) => s.ms);
        const extra = runs[v].map((s, i) => s.ms - runs.baseline[i].ms);
        rows.push(
          `| ${VARIANT_LABEL[v]} | \`${load}\` | ${nbthread} | ${mib(median(runs[v].map((s) => s.rss)))} | ${mib(median(runs[v].map((s) => s.rssAfter)))} | ${mib(median(runs[v].map((s) => s.hwm)))} | ${mib(median(runs[v].map((s) => s.heap)))} / ${mib(median(runs[v].map((s) => s.heapLive)))} | ${sec(median(ms))} (${range(ms)}) | ${v === "baseline" ? "" : `${sec(median(extra))}`} |`,
        );
      }
    }
  }

  const checkRow = (v: Variant): string => `| ${VARIANT_LABEL[v]} | ${sec(median(checks[v]))} (${range(checks[v])}) | ${v === "baseline" ? "" : sec(median(checks[v].map((c, i) => c - checks.baseline[i])))} |`;
  const report = [
    START_MARK,
    `Measured by \`npm run bench:memory\` (bench/memory.ts) on ${new Date().toISOString().slice(0, 10)}: HAProxy ${version}, ${lua}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model.trim()}), ` +
      `${ORIGINS.toLocaleString("en-US")} exact origins (\`https://tenant<i>.example.com\`) + ${PATTERNS.toLocaleString("en-US")} subdomain patterns (\`https://*.t<i>.example\`), ` +
      `the same list as an origins file (${mib(sizes.file / 1024)} MiB) and as a map file (${mib(sizes.map / 1024)} MiB); policy \`methods=GET\`. ` +
      `${REPEATS} starts of each configuration (interleaved); memory: median VmRSS of the process when it first allows the list's last origin, after ${REQUESTS} more requests on new connections, and its peak (VmHWM); the Lua heap of the state that answered a probe (\`collectgarbage("count")\`) before and after a full collection; ` +
      `start-up: median (min–max) from spawn to that first allowed response, and its excess over the row without a policy, start by start.`,
    "",
    "| origins | load | nbthread | VmRSS at start, MiB | after requests, MiB | peak, MiB | Lua heap of a state / live, MiB | start-up, s | over no policy, s |",
    "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    `\`haproxy -c\` of the same configurations under \`lua-load\` (one Lua state runs the configuration check), median (min–max) of ${REPEATS}:`,
    "",
    "| origins | `haproxy -c`, s | over no policy, s |",
    "| --- | ---: | ---: |",
    ...VARIANTS.map(checkRow),
    END_MARK,
  ].join("\n");
  console.log(report);
  if (WRITE) {
    const doc = fs.readFileSync(DOC, "utf8");
    const a = doc.indexOf(START_MARK);
    const b = doc.indexOf(END_MARK);
    if (a < 0 || b < a) throw new Error(`${DOC}: no ${START_MARK} ... ${END_MARK}`);
    fs.writeFileSync(DOC, doc.substring(0, a) + report + doc.substring(b + END_MARK.length));
    console.error(`written into ${DOC}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
