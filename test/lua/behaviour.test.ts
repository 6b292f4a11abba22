// The behaviour table through the compiled dist/cors.lua in plain Lua 5.3 and 5.4, with the typed fake
// of HAProxy in fakeHaproxy.ts. Checks what the Lua VM alone can: decisions, headers, txn variables,
// no call after txn:done(), no global leaked into HAProxy's shared Lua state.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { BACKEND_STATUS, BEHAVIOUR_CASES, HeaderList, Outcome, PolicyLine, REFUSED_POLICIES } from "../cases/behaviour";
import { DIST_CORS_LUA } from "../support/haproxy";
import { corsHeadersOf } from "../support/outcome";
import { actionOf } from "../support/policyArgs";

const ROOT = path.resolve(__dirname, "../..");
const HARNESS = path.join(ROOT, "build/lua/harness.lua");

/** A Lua string literal for any byte string (JavaScript strings here hold one byte per unit). */
function luaString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    out += code >= 32 && code < 127 && code !== 34 && code !== 92 ? value[i] : `\\${code}`;
  }
  return out + '"';
}

function luaHeaders(headers: HeaderList): string {
  return `{${headers.map(([n, v]) => `{${luaString(n)},${luaString(v)}}`).join(",")}}`;
}

interface LuaRequest {
  readonly policy: PolicyLine;
  readonly method: string;
  readonly headers: HeaderList;
  readonly backend: HeaderList;
}

interface LuaResult {
  readonly error?: string;
  readonly decision: Outcome["decision"];
  readonly origin?: string;
  readonly answeredBy: Outcome["answeredBy"];
  readonly status: number;
  readonly headers: Array<[string, string]>;
  readonly alerts: string[];
  readonly violations: string[];
}

interface LoadReport {
  readonly load: string;
  readonly leakedGlobals: string[];
  readonly version: string;
}

function luaBinary(version: "5.3" | "5.4"): string {
  const binary = `lua${version}`;
  const found = spawnSync("sh", ["-c", `command -v ${binary}`]);
  if (found.status !== 0) throw new Error(`${binary} is not installed: run \`apt-get install -y lua5.3 lua5.4\` (or \`bash .ci/run\`)`);
  return binary;
}

function buildHarness(): void {
  const result = spawnSync("npx", ["tstl", "-p", "test/lua/vm/tsconfig.json"], { cwd: ROOT, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`building the Lua harness failed:\n${result.stdout}${result.stderr}`);
}

function runInLua(version: "5.3" | "5.4", requests: readonly LuaRequest[]): { report: LoadReport; results: LuaResult[] } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cors-lua-"));
  const casesFile = path.join(dir, "cases.lua");
  const entries = requests.map((r) => {
    const { action, args } = actionOf(r.policy);
    return `{action=${luaString(action)},args={${args.map(luaString).join(",")}},method=${luaString(r.method)},headers=${luaHeaders(r.headers)},backend=${luaHeaders(r.backend)}}`;
  });
  fs.writeFileSync(casesFile, `return {\n${entries.join(",\n")}\n}\n`);
  const run = spawnSync(luaBinary(version), [HARNESS, DIST_CORS_LUA, casesFile], { encoding: "latin1" });
  if (run.status !== 0) throw new Error(`lua${version} failed:\n${run.stdout}${run.stderr}`);
  const [report, ...results] = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
  return { report, results };
}

beforeAll(buildHarness, 60000);

describe.each(["5.3", "5.4"] as const)("dist/cors.lua in Lua %s", (version) => {
  let report: LoadReport;
  let results: LuaResult[];
  beforeAll(() => {
    ({ report, results } = runInLua(
      version,
      BEHAVIOUR_CASES.map((c) => ({ policy: c.policy, method: c.request.method, headers: c.request.headers, backend: c.backend ?? [] })),
    ));
  });

  test("the module loads and adds no global to the shared Lua state", () => {
    expect(report.version).toBe(`Lua ${version}`);
    expect(report.load).toBe("ok");
    expect(report.leakedGlobals).toEqual([]);
  });

  test.each(BEHAVIOUR_CASES.map((c, i) => [c.name, c, i] as const))("%s", (_name, testCase, index) => {
    const result = results[index];
    expect(result.error).toBeUndefined();
    const outcome: Outcome = {
      decision: result.decision,
      answeredBy: result.answeredBy,
      status: result.answeredBy === "backend" ? BACKEND_STATUS : result.status,
      headers: corsHeadersOf(result.headers),
    };
    expect(outcome).toEqual(testCase.want);
    const origins = testCase.request.headers.filter(([name]) => name === "origin");
    expect(result.origin).toBe(origins.length === 1 ? origins[0][1] : undefined);
    expect(result.violations).toEqual([]);
    expect(result.alerts).toEqual([]);
  });

  describe("an invalid policy that reaches a request never emits CORS headers and is reported once", () => {
    test.each(REFUSED_POLICIES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
      const request = { policy: testCase.policy, method: "GET", headers: [["origin", "https://app.example.com"]] as HeaderList, backend: [["access-control-allow-origin", "*"]] as HeaderList };
      const { results: [first, second] } = runInLua(version, [request, request]);
      for (const result of [first, second]) {
        expect(result.error).toBeUndefined();
        expect(result.decision).toBe("denied");
        expect(corsHeadersOf(result.headers)).toEqual({ vary: "Origin" });
      }
      expect(first.alerts).toHaveLength(1);
      for (const message of testCase.errors) expect(first.alerts[0]).toContain(message);
      expect(second.alerts).toEqual([]);
    });
  });
});
