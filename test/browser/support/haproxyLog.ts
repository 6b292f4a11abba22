// haproxy.cfg for the browser tests: one frontend per policy, built by test/support/config.ts, plus
// one log line per request on stdout. HAProxy answers allowed and denied preflights itself, so the
// backend never sees them: this log is where the preflights the browser sent can be counted.

import { PolicyLine } from "../../cases/behaviour";
import { Frontend, haproxyConfig } from "../../support/config";
import { RunningHaproxy } from "../../support/haproxy";

export interface NamedFrontend {
  /** The frontend's name in haproxy.cfg and in the log (letters, digits, "-"). */
  readonly name: string;
  readonly port: number;
  readonly policy: PolicyLine;
  readonly configuration?: Frontend["configuration"];
  readonly lines?: Frontend["lines"];
}

/** Each request HAProxy handled is logged as: REQ <frontend> <method> <uri> <status> <txn.cors_decision>. */
const LOG_PREFIX = "REQ";

export function browserHaproxyConfig(luaPath: string, frontends: readonly NamedFrontend[], backend: string): string {
  return haproxyConfig({
    luaPath,
    load: "lua-load",
    nbthread: 1,
    frontends,
    backend,
    // A backend with no server: HAProxy answers 503 itself.
    sections: ["backend no-server"],
    global: ["log stdout format raw local0"],
    defaults: ["log global", "option dontlognull", `log-format "${LOG_PREFIX} %f %HM %HU %ST %[var(txn.cors_decision)]"`],
  });
}

export interface LoggedRequest {
  readonly frontend: string;
  readonly method: string;
  readonly uri: string;
  readonly status: number;
  readonly decision: string;
}

export function loggedRequests(haproxy: RunningHaproxy): LoggedRequest[] {
  const out: LoggedRequest[] = [];
  for (const line of haproxy.output().split("\n")) {
    const words = line.trim().split(" ");
    if (words[0] !== LOG_PREFIX || words.length < 5) continue;
    out.push({ frontend: words[1], method: words[2], uri: words[3], status: Number(words[4]), decision: words[5] ?? "" });
  }
  return out;
}

/** HAProxy's output without the request log: alerts and Lua errors only. */
export function haproxyMessages(haproxy: RunningHaproxy): string {
  return haproxy
    .output()
    .split("\n")
    .filter((line) => !line.startsWith(`${LOG_PREFIX} `))
    .join("\n");
}

/**
 * The log lines for `path`, once `ready` holds for them. A line is written when its transaction ends,
 * a moment after the browser has the response, so a test waits for the lines it knows must come.
 */
export async function waitForLog(haproxy: RunningHaproxy, path: string, ready: (lines: LoggedRequest[]) => boolean, timeoutMs = 15000): Promise<LoggedRequest[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const lines = loggedRequests(haproxy).filter((r) => r.uri === path);
    if (ready(lines) || Date.now() > deadline) return lines;
    await new Promise((r) => setTimeout(r, 20));
  }
}
