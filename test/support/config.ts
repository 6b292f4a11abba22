// haproxy.cfg for integration tests: one frontend per policy, each with the module's two actions and a
// rule that echoes the module's txn variables into response headers so a test can see them.

import { PolicyLine } from "../cases/behaviour";
import { actionOf } from "./policyArgs";
import { AFTER_RESPONSE_RULE, converterRules, COUNTS_TABLE_SECTION, fillAction, LUA_RESPONSE_RULES, NATIVE_RESPONSE_RULES } from "../../src/converters/rules";

/** A request with this header gets `txn.cors_debug` set before the module's rules. */
export const DEBUG_REQUEST_HEADER = "x-cors-test-debug";

export type LuaLoad = "lua-load" | "lua-load-per-thread";

export interface Frontend {
  readonly port: number;
  readonly policy: PolicyLine;
  /** The frontend's name in haproxy.cfg and in logs (default: cors<index>). */
  readonly name?: string;
  /** A second port where the frontend speaks HTTP/2 in clear text (h2c, prior knowledge). */
  readonly h2cPort?: number;
  /** The one thread that accepts the frontend's connections (`bind ... thread <n>`); default: any. */
  readonly thread?: number;
  /** More lines for the frontend, after the module's (rules that answer requests themselves, use_backend). */
  readonly lines?: readonly string[];
  /** This frontend's configuration, when it is not the one of the whole file (not the converters). */
  readonly configuration?: Exclude<Configuration, "converters">;
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
  /** More sections (backends), after the others. */
  readonly sections?: readonly string[];
  /** The module's two actions (default), or the converter configuration of the README. */
  readonly configuration?: Configuration;
  /** `tune.lua.bool-sample-conversion` on HAProxy 3.1+ (default "normal", as the README sets it); "unset" leaves the `.if` block out. */
  readonly boolSampleConversion?: BoolSampleConversion;
  /** With the metrics service: the converter blocks with their counting rule, and its table's section. */
  readonly counted?: boolean;
}

/**
 * How a frontend runs the module:
 * - "actions": the request action, and the response action in http-response (the backend's responses);
 * - "after": the request action, and the response action in http-after-response (HAProxy 2.9+, every response);
 * - "native": the request action and the native response rules (every response, HAProxy 2.2+);
 * - "migration": the response action in both http-response and http-after-response (HAProxy 2.9+);
 * - "converters": the converter configuration.
 */
export type Configuration = "actions" | "after" | "native" | "migration" | "converters";

/**
 * The values HAProxy 3.1+ takes for `tune.lua.bool-sample-conversion` (a boolean sample reaches Lua as a
 * boolean, or as the integer 0 or 1 as before 3.1), or "unset": no line, which makes it warn at every start
 * and act as "pre-3.1-bug".
 */
export type BoolSampleConversion = "normal" | "pre-3.1-bug" | "unset";

/** What HAProxy 3.1+ prints at every start (and in `haproxy -c`) when a Lua file is loaded and the tunable is unset. */
export const BOOL_SAMPLE_CONVERSION_WARNING = 'please set "tune.lua.bool-sample-conversion"';

/** A double-quoted haproxy.cfg word: backslash, quote and dollar escaped (configuration manual, 2.2). */
export function cfgQuote(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}

export function policyRule(policy: PolicyLine, fixturesDir?: string): string {
  const { action, args } = actionOf(policy, fixturesDir);
  return `http-request lua.${action} ${args.map(cfgQuote).join(" ")}`;
}

/** The module's rules for a policy in a configuration that runs the actions (src/converters/rules.ts). */
export function actionRules(policy: PolicyLine, configuration: Exclude<Configuration, "converters">, fixturesDir?: string): string[] {
  const { action, args } = actionOf(policy, fixturesDir);
  const quoted = args.map(cfgQuote);
  if (configuration === "native") return fillAction(NATIVE_RESPONSE_RULES, action, quoted);
  if (configuration === "after") return fillAction(LUA_RESPONSE_RULES, action, quoted);
  const rules = [policyRule(policy, fixturesDir), "http-response lua.cors"];
  return configuration === "migration" ? [...rules, AFTER_RESPONSE_RULE] : rules;
}

/**
 * Stands for the directory of the generated haproxy.cfg in a map's path; writing the configuration
 * (support/haproxy.ts, writeTemp) replaces it and creates each map named `{maps}/<name>.map`, empty.
 */
export const MAPS_DIR = "{maps}";

/**
 * The converter configuration (src/converters/rules.ts, as the README shows it) for one policy, whose arguments
 * are in environment variables named `<prefix>` (extended form) or `<prefix>_METHODS`, `_ORIGINS` and
 * `_HEADERS` (drop-in form), and whose exact origins the module puts in `mapFile`. `setenv` gives the
 * lines for the global section, `rules` the frontend's.
 */
export function converterConfiguration(policy: PolicyLine, prefix: string, mapFile: string, fixturesDir?: string, counted = false): { setenv: string[]; rules: string[] } {
  const { action, args } = actionOf(policy, fixturesDir);
  const names = action === "cors" ? [`${prefix}_METHODS`, `${prefix}_ORIGINS`, `${prefix}_HEADERS`] : [prefix];
  for (const arg of args) {
    // The converter's arguments are single-quoted inside the rule's double-quoted word; HAProxy ends an
    // action's arguments at an empty one, and setenv refuses an empty value.
    if (arg === "" || /['\\]/.test(arg)) throw new Error(`a converter argument cannot be empty or hold a quote or a backslash: "${arg}"`);
  }
  return {
    setenv: names.map((name, i) => `setenv ${name} ${cfgQuote(args[i])}`),
    rules: converterRules({ action, variables: names, mapFile }, counted),
  };
}

/** The global section's lines that set `tune.lua.bool-sample-conversion` where HAProxy knows it (3.1+). */
function boolSampleConversionLines(value: BoolSampleConversion): string[] {
  return value === "unset" ? [] : ["  .if version_atleast(3.1)", `    tune.lua.bool-sample-conversion ${value}`, "  .endif"];
}

export function haproxyConfig(options: ConfigOptions): string {
  const bind = options.bindAddress ?? "127.0.0.1";
  const converters = options.configuration === "converters";
  const blocks = options.frontends.map((frontend, index) => (converters ? converterConfiguration(frontend.policy, `CORS_${index}`, `${MAPS_DIR}/cors${index}.map`, options.fixturesDir, options.counted === true) : undefined));
  const lines = [
    "global",
    `  nbthread ${options.nbthread}`,
    // A port bound twice must be an error, not two frontends sharing the traffic.
    "  noreuseport",
    ...(options.global ?? []).map((line) => `  ${line}`),
    // Before lua-load, so that the module's configuration check sees them.
    ...blocks.flatMap((block) => block?.setenv ?? []).map((line) => `  ${line}`),
    // HAProxy 3.1+ warns unless this is set, before any lua-load; older versions do not know it.
    ...boolSampleConversionLines(options.boolSampleConversion ?? "normal"),
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
      `  bind ${bind}:${frontend.port}${frontend.thread === undefined ? "" : ` thread ${frontend.thread}`}`,
      ...(frontend.h2cPort === undefined ? [] : [`  bind ${bind}:${frontend.h2cPort} proto h2`]),
      ...(converters
        ? [
            `  http-request set-var(txn.cors_test_map) req.fhdr(origin),map_str(${MAPS_DIR}/cors${index}.map)`,
            `  http-request set-var(txn.cors_test_map) "str(' '),map_str(${MAPS_DIR}/cors${index}.map)" if !{ req.fhdr(origin) -m found }`,
          ]
        : []),
      // The operator's rule that turns debugging on (README, "Debugging"), for the table's cases that ask.
      `  http-request set-var(txn.cors_debug) bool(true) if { req.hdr(${DEBUG_REQUEST_HEADER}) -m found }`,
      ...(options.configuration === "converters" ? (blocks[index]?.rules ?? []) : actionRules(frontend.policy, frontend.configuration ?? options.configuration ?? "actions", options.fixturesDir)).map((line) => `  ${line}`),
      ...(frontend.lines ?? []).map((line) => `  ${line}`),
      '  http-after-response set-header x-cors-decision "%[var(txn.cors_decision)]"',
      '  http-after-response set-header x-cors-origin "%[var(txn.cors_origin)]" if { var(txn.cors_origin) -m found }',
      '  http-after-response set-header x-cors-reason "%[var(txn.cors_reason)]" if { var(txn.cors_reason) -m found }',
      // What the converter configuration's map holds for the request's Origin, if anything.
      ...(converters ? ['  http-after-response set-header x-cors-map "%[var(txn.cors_test_map)]" if { var(txn.cors_test_map) -m found }'] : []),
      "  default_backend api",
    );
  });
  const counts = converters && options.counted === true ? COUNTS_TABLE_SECTION : [];
  lines.push("backend api", `  server api ${options.backend}`, ...counts, ...(options.sections ?? []), "");
  return lines.join("\n");
}
