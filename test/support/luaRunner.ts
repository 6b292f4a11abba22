// Runs requests through the compiled dist/cors.lua in plain lua5.3 / lua5.4, with the typed fake of
// HAProxy in test/lua/vm (compiled by TypeScriptToLua into build/lua/harness.lua).

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { HeaderList, Outcome, PolicyLine } from "../cases/behaviour";
import { DIST_CORS_LUA } from "./haproxy";
import { actionOf } from "./policyArgs";

const ROOT = path.resolve(__dirname, "../..");
const HARNESS = path.join(ROOT, "build/lua/harness.lua");

export type LuaVersion = "5.3" | "5.4";
export const LUA_VERSIONS: readonly LuaVersion[] = ["5.3", "5.4"];

export interface LuaRequest {
  readonly policy: PolicyLine;
  readonly method: string;
  readonly headers: HeaderList;
  readonly backend: HeaderList;
  /** The converter's last argument (default: none with an Origin, no-origin without). */
  readonly converterInput?: string;
  /** The operator's rule sets txn.cors_debug. */
  readonly debug?: boolean;
}

export interface LuaResult {
  readonly error?: string;
  /** What the converter returned for the request, when the converter configuration would call it. */
  readonly record?: string;
  readonly decision: Outcome["decision"];
  readonly reason?: Outcome["reason"];
  readonly origin?: string;
  readonly answeredBy: Outcome["answeredBy"];
  readonly status: number;
  readonly headers: Array<[string, string]>;
  readonly alerts: string[];
  readonly violations: string[];
}

export interface LoadReport {
  readonly load: string;
  /** "ok" when every register_init function ran without error. */
  readonly init: string;
  readonly inits: number;
  /** What the module wrote with core.set_map, by map and key (an empty table prints as []). */
  readonly maps: { [map: string]: { [key: string]: string } } | [];
  readonly leakedGlobals: string[];
  readonly version: string;
}

/** A Lua string literal for any byte string (the JavaScript strings here hold one byte per unit). */
function luaString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    out += code >= 32 && code < 127 && code !== 34 && code !== 92 ? value[i] : `\\${String(code & 255).padStart(3, "0")}`;
  }
  return out + '"';
}

function luaHeaders(headers: HeaderList): string {
  return `{${headers.map(([n, v]) => `{${luaString(n)},${luaString(v)}}`).join(",")}}`;
}

export function luaBinary(version: LuaVersion): string {
  const binary = `lua${version}`;
  if (spawnSync("sh", ["-c", `command -v ${binary}`]).status !== 0) {
    throw new Error(`${binary} is not installed: run \`apt-get install -y lua5.3 lua5.4\` (or \`bash .ci/run\`)`);
  }
  return binary;
}

/** The harness is built once per jest run by test/support/globalSetup.js. */
export function buildHarness(): void {
  if (!fs.existsSync(HARNESS)) throw new Error(`${HARNESS} is missing: it is built by jest's globalSetup (run the tests with npx jest)`);
}

/** `config`: a haproxy.cfg the module's configuration check reads (passed as -f); `thread`: core.thread. */
export function runInLua(version: LuaVersion, requests: readonly LuaRequest[], options: { config?: string; thread?: number } = {}): { report: LoadReport; results: LuaResult[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cors-lua-"));
  const casesFile = path.join(dir, "cases.lua");
  const entries = requests.map((r) => {
    const { action, args } = actionOf(r.policy);
    return `{action=${luaString(action)},args={${args.map(luaString).join(",")}},method=${luaString(r.method)},headers=${luaHeaders(r.headers)},backend=${luaHeaders(r.backend)}${r.converterInput === undefined ? "" : `,converterInput=${luaString(r.converterInput)}`}${r.debug === true ? ",debug=true" : ""}}`;
  });
  fs.writeFileSync(casesFile, `return {\n${entries.join(",\n")}\n}\n`);
  const extra: string[] = [String(options.thread ?? 0)];
  if (options.config !== undefined) {
    const cfg = path.join(dir, "haproxy.cfg");
    fs.writeFileSync(cfg, options.config);
    extra.push("-f", cfg);
  }
  const run = spawnSync(luaBinary(version), [HARNESS, DIST_CORS_LUA, casesFile, ...extra], { encoding: "latin1", maxBuffer: 256 * 1024 * 1024 });
  fs.rmSync(dir, { recursive: true, force: true });
  if (run.status !== 0) throw new Error(`lua${version} failed:\n${run.stdout}${run.stderr}`);
  const [report, ...results] = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
  return { report, results };
}
