// haproxy.cfg for integration tests: one frontend per policy, each with the module's two actions and a
// rule that echoes the module's txn variables into response headers so a test can see them.

import { PolicyLine } from "../cases/behaviour";
import { actionOf } from "./policyArgs";

export type LuaLoad = "lua-load" | "lua-load-per-thread";

export interface Frontend {
  readonly port: number;
  readonly policy: PolicyLine;
  /** The frontend's name in haproxy.cfg and in logs (default: cors<index>). */
  readonly name?: string;
}

export interface ConfigOptions {
  readonly luaPath: string;
  readonly load: LuaLoad;
  readonly nbthread: number;
  readonly frontends: readonly Frontend[];
  readonly backend: string;
  /** Address the frontends bind to (a container binds to every address). */
  readonly bindAddress?: string;
  /** Where HAProxy sees test/fixtures; replaces `{fixtures}` in policies. */
  readonly fixturesDir?: string;
  /** More lines for the global section. */
  readonly global?: readonly string[];
  /** More lines for the defaults section. */
  readonly defaults?: readonly string[];
}

/** A double-quoted haproxy.cfg word: backslash, quote and dollar escaped (configuration manual, 2.2). */
export function cfgQuote(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}

export function policyRule(policy: PolicyLine, fixturesDir?: string): string {
  const { action, args } = actionOf(policy, fixturesDir);
  return `http-request lua.${action} ${args.map(cfgQuote).join(" ")}`;
}

export function haproxyConfig(options: ConfigOptions): string {
  const bind = options.bindAddress ?? "127.0.0.1";
  const lines = [
    "global",
    `  nbthread ${options.nbthread}`,
    // A port bound twice must be an error, not two frontends sharing the traffic.
    "  noreuseport",
    ...(options.global ?? []).map((line) => `  ${line}`),
    // HAProxy 3.1+ warns unless this is set, before any lua-load; older versions do not know it.
    "  .if version_atleast(3.1)",
    "    tune.lua.bool-sample-conversion normal",
    "  .endif",
    `  ${options.load} ${options.luaPath}`,
    "defaults",
    "  mode http",
    "  timeout connect 5s",
    "  timeout client 10s",
    "  timeout server 10s",
    ...(options.defaults ?? []).map((line) => `  ${line}`),
  ];
  options.frontends.forEach((frontend, index) => {
    lines.push(
      `frontend ${frontend.name ?? `cors${index}`}`,
      `  bind ${bind}:${frontend.port}`,
      `  ${policyRule(frontend.policy, options.fixturesDir)}`,
      "  http-response lua.cors",
      '  http-after-response set-header x-cors-decision "%[var(txn.cors_decision)]"',
      '  http-after-response set-header x-cors-origin "%[var(txn.cors_origin)]" if { var(txn.cors_origin) -m found }',
      "  default_backend api",
    );
  });
  lines.push("backend api", `  server api ${options.backend}`, "");
  return lines.join("\n");
}
