// The soak: a long run of mixed requests through HAProxy with nbthread 2, with the actions and with the
// converter configuration of the README, every response checked against its case (soak.lua), HAProxy's
// log checked for Lua errors, and the worker's memory sampled after warm-up and at the end.
// `npm run soak` runs one million requests per configuration; the jest test (soak.test.ts) runs a short
// one on every test run.

import * as fs from "node:fs";
import * as path from "node:path";
import { extended } from "../cases/behaviour";
import { cfgQuote, Configuration, converterConfiguration, LuaLoad, MAPS_DIR } from "../support/config";
import { COUNTS_TABLE_SECTION } from "../../src/converters/rules";
import { startHaproxy } from "../support/fixture";
import { rawRequest, runtimeApi } from "../support/http";
import { parsePrometheusText } from "../support/metrics";
import { startWrk } from "../support/wrk";

export interface SoakResult {
  readonly load: LuaLoad;
  readonly configuration: Configuration;
  readonly responses: number;
  readonly mismatches: number;
  readonly serverErrors: number;
  readonly socketErrors: number;
  readonly seconds: number;
  readonly firstMismatch: string;
  readonly luaErrors: string[];
  /** Resident memory of the HAProxy worker in KiB, after warm-up and at the end. */
  readonly rssWarmKiB: number;
  readonly rssEndKiB: number;
  /**
   * The decisions the metrics service counted (all frontends: the converter configuration decides in its
   * inner ones), and the requests HAProxy itself counted in the soak frontend (a stick table's gpc0): every
   * request that reached the module's rules, the ones wrk left in flight at a run's end included.
   */
  readonly countedByModule: number;
  readonly countedByHaproxy: number;
}

const POLICY_A = extended("origins=https://app.example.com,https://*.example.com methods=GET,PUT headers=X-Custom-Header expose=X-Total-Count credentials max-age=60");
const POLICY_B = extended("origins=* methods=* headers=*");

function optionsOf(policy: typeof POLICY_A): string {
  return policy.form === "extended" ? policy.options : "";
}

function workerRss(masterPid: number): number {
  const children = fs.readFileSync(`/proc/${masterPid}/task/${masterPid}/children`, "utf8").trim().split(/\s+/).filter(Boolean);
  let total = 0;
  for (const pid of children) {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    if (match) total += Number(match[1]);
  }
  return total;
}

async function runWrk(port: number, seconds: number, connections: number): Promise<Record<string, number | string>> {
  const script = path.join(__dirname, "soak.lua");
  const output = await startWrk(["-t1", `-c${connections}`, `-d${seconds}s`, "--timeout", "60s", "-s", script, `http://127.0.0.1:${port}/`]).output;
  // soak.lua prints its own report: every response checked against its case.
  const line = output.split("\n").find((l) => l.startsWith("SOAK "));
  if (!line) throw new Error(`wrk gave no summary:\n${output}`);
  return JSON.parse(line.slice(5));
}

/**
 * The actions: one frontend, a policy per path. The converter configuration: the README's block as it
 * is, once per policy in a frontend of its own, which the soak frontend reaches through a server line.
 */
function soakConfig(load: LuaLoad, configuration: Configuration, luaPath: string, port: number, innerPorts: readonly number[], backendPort: number, socket: string): string {
  const head = ["global", "  nbthread 2", `  stats socket ${socket} level admin`];
  const defaults = ["defaults", "  mode http", "  timeout connect 5s", "  timeout client 30s", "  timeout server 30s"];
  // HAProxy's own count of the requests that reach the module's rules (every soak request has a path
  // under /a/ or /b/, so each runs one of them), and the metrics service.
  const soak = [
    "frontend soak",
    `  bind 127.0.0.1:${port}`,
    "  http-request set-var(txn.case) path,field(3,/)",
    '  http-after-response set-header x-case "%[var(txn.case)]"',
    "  http-request track-sc0 str(soak) table soak_counts",
    "  http-request sc-inc-gpc0(0)",
  ];
  const counting = ["frontend metrics", `  bind 127.0.0.1:${innerPorts[2]}`, "  http-request use-service lua.cors-metrics", "backend soak_counts", "  stick-table type string len 8 size 10 store gpc0"];
  const api = ["backend api", `  server api 127.0.0.1:${backendPort}`, ""];
  if (configuration === "actions") {
    return [
      ...head,
      `  ${load} ${luaPath}`,
      ...defaults,
      ...soak,
      `  http-request lua.cors-policy ${cfgQuote(optionsOf(POLICY_A))} if { path_beg /a/ }`,
      `  http-request lua.cors-policy ${cfgQuote(optionsOf(POLICY_B))} if { path_beg /b/ }`,
      "  http-response lua.cors",
      "  default_backend api",
      ...counting,
      ...api,
    ].join("\n");
  }
  const blocks = [POLICY_A, POLICY_B].map((policy, i) => converterConfiguration(policy, `CORS_SOAK_${i}`, `${MAPS_DIR}/soak${i}.map`, undefined, true));
  return [
    ...head,
    ...blocks.flatMap((block) => block.setenv.map((line) => `  ${line}`)),
    `  ${load} ${luaPath}`,
    ...defaults,
    ...soak,
    "  use_backend policy_a if { path_beg /a/ }",
    "  use_backend policy_b if { path_beg /b/ }",
    ...["a", "b"].flatMap((name, i) => [`backend policy_${name}`, `  server inner 127.0.0.1:${innerPorts[i]}`]),
    ...blocks.flatMap((block, i) => [`frontend policy_${i}`, `  bind 127.0.0.1:${innerPorts[i]}`, ...block.rules.map((rule) => `  ${rule}`), "  default_backend api"]),
    ...counting,
    ...COUNTS_TABLE_SECTION,
    ...api,
  ].join("\n");
}

/**
 * The decisions as the metrics service counts them, and HAProxy's own count of soak requests, once they agree
 * (or after 5 s): requests wrk left in flight may still be running, and the service's counts lag by up to
 * half a second.
 */
async function countsAfterSoak(metricsPort: number, socket: string): Promise<{ module: number; haproxy: number }> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const table = await runtimeApi(socket, "show table soak_counts");
    const haproxy = Number(/gpc0=(\d+)/.exec(table)?.[1] ?? NaN);
    const series = parsePrometheusText((await rawRequest(metricsPort, "GET", "/metrics", [])).body);
    let module = 0;
    for (const [key, value] of series) if (key.startsWith("haproxy_cors_decisions_total{")) module += value;
    if (module === haproxy || Date.now() > deadline) return { module, haproxy };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function runSoak(load: LuaLoad, requests: number, configuration: Configuration = "actions"): Promise<SoakResult> {
  // The converter configuration also binds the two inner frontends.
  // The converter configuration also binds the two inner frontends; both a metrics frontend.
  const { haproxy, port, ports, dir, stop } = await startHaproxy({
    ports: 4,
    config: ({ target, ports: [port, ...innerPorts], backend, dir }) => soakConfig(load, configuration, target.luaPath, port, innerPorts, backend.port, path.join(dir, "stats.sock")),
    awaited: ({ ports }) => (configuration === "actions" ? [ports[0], ports[3]] : ports),
  });
  try {
    // Runs of a few seconds until the count is reached: wrk only stops on time.
    const runs = [await runWrk(port, 2, 50)];
    const rssWarmKiB = workerRss(haproxy.pid as number);
    const sum = (key: string): number => runs.reduce((total, run) => total + Number(run[key]), 0);
    while (sum("responses") < requests) runs.push(await runWrk(port, Math.min(10, Math.max(1, Math.ceil((requests - sum("responses")) / 8000))), 50));
    const rssEndKiB = workerRss(haproxy.pid as number);
    const counted = await countsAfterSoak(ports[3], path.join(dir, "stats.sock"));
    const luaErrors = haproxy.output().split("\n").filter((line) => /lua|cors:/i.test(line));
    return {
      load,
      configuration,
      responses: sum("responses"),
      mismatches: sum("mismatches"),
      serverErrors: sum("serverErrors"),
      socketErrors: sum("connectErrors") + sum("readErrors") + sum("writeErrors") + sum("timeouts"),
      seconds: sum("seconds"),
      firstMismatch: runs.map((run) => String(run.firstMismatch)).join(""),
      luaErrors,
      rssWarmKiB,
      rssEndKiB,
      countedByModule: counted.module,
      countedByHaproxy: counted.haproxy,
    };
  } finally {
    await stop();
  }
}

export const SOAK_VARIANTS: ReadonlyArray<readonly [LuaLoad, Configuration]> = [
  ["lua-load", "actions"],
  ["lua-load-per-thread", "actions"],
  ["lua-load", "converters"],
  ["lua-load-per-thread", "converters"],
];

if (require.main === module) {
  const requests = Number(process.argv[2] ?? 1_000_000);
  (async () => {
    for (const [load, configuration] of SOAK_VARIANTS) {
      const r = await runSoak(load, requests, configuration);
      console.log(`${load}, ${configuration}: ${r.responses} responses in ${r.seconds.toFixed(1)} s, ${r.mismatches} mismatches, ${r.serverErrors} 5xx, ${r.socketErrors} socket errors, ${r.luaErrors.length} Lua errors, worker RSS ${r.rssWarmKiB} KiB after warm-up, ${r.rssEndKiB} KiB at the end`);
      if (r.mismatches || r.serverErrors || r.socketErrors || r.luaErrors.length) {
        console.log(`FAILED: ${r.firstMismatch} ${r.luaErrors.slice(0, 3).join(" | ")}`);
        process.exitCode = 1;
      }
    }
  })();
}
