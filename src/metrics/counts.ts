// The counters of decisions, and their two texts: the one a Lua state publishes for the others (HAProxy's
// per-thread Lua states share no memory, so each publishes its own counts in a map that every state can
// read: runtime/metrics.ts), and the Prometheus text format the metrics service serves.
//
// A state's counts are cumulative and written by that state alone, so summing the latest text of every state
// loses nothing: a count is late (by at most the publishing interval), never lost.

import { DENIAL_REASONS, DecisionName } from "../policy/decision";

/** Every value of `txn.cors_decision`, in the order the metrics list them. */
export const DECISION_NAMES: readonly DecisionName[] = ["not-cors", "allowed", "denied", "preflight-allowed", "preflight-denied"];

/** One frontend's counts: each decision name and each denial reason (the two sets share no word). */
export type FrontendCounts = { [key: string]: number };

/** Counts by frontend name (HAProxy's proxy names hold no "/", "=", "," nor white space). */
export type CountsByFrontend = { [frontend: string]: FrontendCounts | undefined };

export function zeroCounts(): FrontendCounts {
  const counts: FrontendCounts = {};
  for (const name of DECISION_NAMES) counts[name] = 0;
  for (const reason of DENIAL_REASONS) counts[reason] = 0;
  return counts;
}

/** The text a state publishes: `<frontend>/<key>=<count>` for each count above zero, joined by ",". */
export function formatCounts(counts: CountsByFrontend, frontends: readonly string[]): string {
  const items: string[] = [];
  for (const frontend of frontends) {
    const own = counts[frontend];
    if (own === undefined) continue;
    for (const name of DECISION_NAMES) if (own[name] > 0) items.push(`${frontend}/${name}=${own[name]}`);
    for (const reason of DENIAL_REASONS) if (own[reason] > 0) items.push(`${frontend}/${reason}=${own[reason]}`);
  }
  return items.join(",");
}

/**
 * The stick table that counts the decisions the converter configuration makes without Lua (converters/
 * rules.ts, COUNT_RULE): one entry per `<frontend>/<decision>/<reason>` (reason empty unless denied), whose
 * `http_req_cnt` is the count. HAProxy updates it under its own lock, from any thread.
 *
 * Its keys are binary (`type binary len COUNTS_KEY_LENGTH`), not strings: HAProxy 3.0.11 with several
 * threads sometimes keeps two entries of one key of a string table when two threads create it at the same
 * moment (about 0.1 to 0.3 % of the keys under bursts of 8 simultaneous new connections per new key), and
 * splits its count between them; a binary table kept one entry per key under the same traffic, as 2.6.12 and
 * 3.2.26 do with strings. The Lua `dump()` of a binary table returns nil and "Unsupported stick table key
 * type" on every version (2.6, 3.0, 3.2), so the service looks each key up (`lookup()`, which pads a short
 * key with zero bytes as HAProxy does when it tracks one): countsTableKeys lists them.
 */
export const COUNTS_TABLE = "cors-counts";

/**
 * The length of COUNTS_TABLE's keys, in bytes. HAProxy keeps the first COUNTS_KEY_LENGTH bytes of a longer
 * key, both when it tracks and when it looks up, binary or string, so keys that differ only after them
 * share one entry. The service therefore reads no key longer than this: a frontend whose name is longer than
 * 133 bytes (160 less "/denied/headers-not-allowed") has the converter configuration's decisions of its
 * longer keys uncounted, not merged into another key's.
 */
export const COUNTS_KEY_LENGTH = 160;

/**
 * The keys of COUNTS_TABLE the service reads for a frontend: every decision with no reason, and `denied`
 * with each reason (converters/rules.ts sets the reason of a denial only), each if it fits COUNTS_KEY_LENGTH.
 */
export function countsTableKeys(frontend: string): string[] {
  const keys: string[] = [];
  for (const name of DECISION_NAMES) keys.push(`${frontend}/${name}/`);
  for (const reason of DENIAL_REASONS) keys.push(`${frontend}/denied/${reason}`);
  return keys.filter((key) => key.length <= COUNTS_KEY_LENGTH);
}

/** A frontend's counts in `into`, made at zero (and the frontend listed) the first time. */
export function countsOfFrontend(into: CountsByFrontend, frontends: string[], frontend: string): FrontendCounts {
  let counts = into[frontend];
  if (counts === undefined) {
    counts = zeroCounts();
    into[frontend] = counts;
    if (frontends.indexOf(frontend) < 0) frontends.push(frontend);
  }
  return counts;
}

/** Adds `count` to a frontend's count of `key` (a decision name or a denial reason); an unknown key is skipped. */
function addCount(into: CountsByFrontend, frontends: string[], frontend: string, key: string, count: number): void {
  const counts = countsOfFrontend(into, frontends, frontend);
  if (counts[key] !== undefined && count === count) counts[key] = counts[key] + count;
}

/** Adds one entry of COUNTS_TABLE; a key it cannot read (no decision) is skipped. */
export function addTableEntry(into: CountsByFrontend, frontends: string[], key: string, count: number): void {
  const first = key.indexOf("/");
  const second = key.indexOf("/", first + 1);
  if (first <= 0 || second < 0) return;
  const frontend = key.substring(0, first);
  const decision = key.substring(first + 1, second);
  const reason = key.substring(second + 1);
  if (decision === "") return;
  addCount(into, frontends, frontend, decision, count);
  if (reason !== "") addCount(into, frontends, frontend, reason, count);
}

/** Adds a published text to `into` (and its frontends to `frontends`); an item it cannot read is skipped. */
export function addCounts(into: CountsByFrontend, frontends: string[], text: string): void {
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf(",", at);
    if (end < 0) end = text.length;
    const item = text.substring(at, end);
    at = end + 1;
    const slash = item.indexOf("/");
    const equals = item.indexOf("=", slash + 1);
    if (slash <= 0 || equals < 0) continue;
    addCount(into, frontends, item.substring(0, slash), item.substring(slash + 1, equals), Number(item.substring(equals + 1)));
  }
}

function labelValue(value: string): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const char = value.charAt(i);
    out += char === "\\" ? "\\\\" : char === '"' ? '\\"' : char === "\n" ? "\\n" : char;
  }
  return out;
}

/**
 * The Prometheus text format (version 0.0.4) of the counts: every frontend with every decision and every
 * reason, zeros included, so that each series exists from the start.
 */
export function renderPrometheus(counts: CountsByFrontend, frontends: readonly string[]): string {
  const sorted = frontends.slice();
  sorted.sort();
  const lines = [
    "# HELP haproxy_cors_decisions_total CORS decisions of cors.lua, by frontend and decision (txn.cors_decision).",
    "# TYPE haproxy_cors_decisions_total counter",
  ];
  for (const frontend of sorted) {
    const own = counts[frontend] ?? zeroCounts();
    for (const name of DECISION_NAMES) lines.push(`haproxy_cors_decisions_total{frontend="${labelValue(frontend)}",decision="${name}"} ${own[name]}`);
  }
  lines.push("# HELP haproxy_cors_denials_total CORS denials of cors.lua, by frontend and reason (txn.cors_reason).");
  lines.push("# TYPE haproxy_cors_denials_total counter");
  for (const frontend of sorted) {
    const own = counts[frontend] ?? zeroCounts();
    for (const reason of DENIAL_REASONS) lines.push(`haproxy_cors_denials_total{frontend="${labelValue(frontend)}",reason="${reason}"} ${own[reason]}`);
  }
  return lines.join("\n") + "\n";
}
