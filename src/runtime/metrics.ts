// Counting decisions, and serving the counts to Prometheus (`http-request use-service lua.cors-metrics`).
//
// Each Lua state counts its own decisions (one state under lua-load; one per thread under
// lua-load-per-thread, which share no memory), and a task of each state publishes its cumulative counts
// every PUBLISH_INTERVAL_MS in one entry of a map that lives in HAProxy, not in Lua, where every state reads
// it: the service sums the latest entry of every state. A count is late by up to the interval, never lost.
//
// Counting is on when the configuration check saw the service in a rule (or could not read the
// configuration); otherwise the request path pays one test of a boolean. The converter configuration's
// decisions made without Lua are counted by HAProxy itself, in a stick table the service reads too
// (converters/rules.ts, COUNT_RULE).

import { CompiledPolicy } from "../policy/compile";
import { Decision } from "../policy/decision";
import { addCounts, addTableEntry, COUNTS_TABLE, CountsByFrontend, countsOfFrontend, countsTableKeys, FrontendCounts, formatCounts, renderPrometheus } from "../metrics/counts";
import { fault } from "./fault";
import { SHARED_MAP, sharedMap, sharedMapError } from "./sharedMap";

/** The service's name: `http-request use-service lua.cors-metrics`. */
export const METRICS_SERVICE = "cors-metrics";

/** How often each state publishes its counts (the most a count can be late). */
const PUBLISH_INTERVAL_MS = 500;

/** Whether this state counts: read by the request path before it calls countDecision (a call costs more). */
export const metrics = { counting: false };
/** This state's counts by frontend, and the frontends in the order they were first seen. */
const counts: CountsByFrontend = {};
const frontends: string[] = [];
/** The counts of the frontend of each policy that the configuration check saw in one section only. */
const countsOfPolicy = new LuaTable<CompiledPolicy, FrontendCounts>();
let countsMap: HaproxyMap | undefined;

function countsOf(frontend: string): FrontendCounts {
  return countsOfFrontend(counts, frontends, frontend);
}

/**
 * Turns counting on: `sectionOf` gives, for each policy the check saw, its one section, or undefined for a
 * policy written in several (its frontend is then fetched per request, `fe_name`).
 */
export function startCounting(sections: readonly string[], sectionOf: ReadonlyArray<readonly [CompiledPolicy, string | undefined]>): void {
  // The states publish their counts in the shared map, keyed by core.thread (0 under lua-load).
  countsMap = sharedMap;
  if (countsMap === undefined) {
    core.Alert(`cors: metrics off, the map ${SHARED_MAP} cannot be made: ${sharedMapError}`);
    return;
  }
  metrics.counting = true;
  for (const section of sections) countsOf(section);
  for (const [policy, section] of sectionOf) if (section !== undefined) countsOfPolicy.set(policy, countsOf(section));
}

/** Counts a decision of the policy, when counting (a few table operations, no call into HAProxy usually). */
export function countDecision(txn: HaproxyTXN, policy: CompiledPolicy, decision: Decision): void {
  const own = countsOfPolicy.get(policy) ?? countsOf(txn.f.fe_name() ?? "-");
  own[decision.name] = own[decision.name] + 1;
  if (decision.reason !== undefined) own[decision.reason] = own[decision.reason] + 1;
}

function publishOnce(this: void): void {
  core.set_map(SHARED_MAP, String(core.thread), formatCounts(counts, frontends));
}

function publishForever(this: void): void {
  for (;;) {
    core.msleep(PUBLISH_INTERVAL_MS);
    const [ok, error] = pcall(publishOnce);
    if (!ok) fault("the metrics task", error);
  }
}

/** The Prometheus text of every state's latest counts. */
function metricsText(this: void): string {
  const total: CountsByFrontend = {};
  const seen: string[] = [];
  // Every frontend this state knows has its series, zeros included.
  for (const frontend of frontends) countsOfFrontend(total, seen, frontend);
  const map = countsMap;
  if (map !== undefined) {
    const threads = Number(core.get_info().get("Nbthread") ?? 1);
    for (let thread = 0; thread <= threads; thread++) {
      const text = map.lookup(String(thread));
      if (text !== undefined) addCounts(total, seen, text);
    }
  }
  // The converter configuration's own decisions, counted by HAProxy in a stick table (COUNTS_TABLE) with
  // binary keys, which dump() does not list: each frontend's keys are looked up (countsTableKeys).
  const table = core.backends.get(COUNTS_TABLE)?.stktable;
  if (table !== undefined) {
    for (const [frontend] of core.frontends) {
      for (const key of countsTableKeys(frontend)) {
        const entry = table.lookup(key);
        if (entry !== undefined) addTableEntry(total, seen, key, Number(entry.get("http_req_cnt") ?? 0));
      }
    }
  }
  return renderPrometheus(total, seen);
}

function serveMetrics(this: void, applet: HaproxyAppletHTTP): void {
  const [ok, result] = pcall(metricsText);
  if (!ok) fault("the metrics service (lua.cors-metrics)", result);
  const body = ok ? (result as string) : "# cors: the metrics could not be read, see HAProxy's log\n";
  applet.set_status(ok ? 200 : 500);
  applet.add_header("content-type", "text/plain; version=0.0.4; charset=utf-8");
  applet.add_header("content-length", String(body.length));
  applet.start_response();
  applet.send(body);
}

export function registerMetrics(): void {
  core.register_service(METRICS_SERVICE, "http", serveMetrics);
  if (metrics.counting) core.register_task(publishForever);
}
