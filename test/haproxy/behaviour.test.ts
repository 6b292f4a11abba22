// The behaviour table through a real HAProxy running dist/cors.lua, under lua-load and
// lua-load-per-thread, with one and several threads. A real HTTP backend tells who answered.

import { BEHAVIOUR_CASES, Outcome, PolicyLine, REFUSED_POLICIES } from "../cases/behaviour";
import { BACKEND_MARK, CASE_HEADER, startBackend, TestBackend } from "../support/backend";
import { Frontend, haproxyConfig, LuaLoad, policyRule } from "../support/config";
import { DIST_CORS_LUA, HaproxyTarget, localTarget, RunningHaproxy } from "../support/haproxy";
import { freePort, rawRequest } from "../support/http";
import { corsHeadersOf } from "../support/outcome";

const target: HaproxyTarget = localTarget();

const VARIANTS: ReadonlyArray<{ load: LuaLoad; nbthread: number }> = [
  { load: "lua-load", nbthread: 1 },
  { load: "lua-load", nbthread: 4 },
  { load: "lua-load-per-thread", nbthread: 4 },
];

function distinctPolicies(): PolicyLine[] {
  const seen = new Map<string, PolicyLine>();
  for (const c of BEHAVIOUR_CASES) seen.set(JSON.stringify(c.policy), c.policy);
  return [...seen.values()];
}

describe.each(VARIANTS)(`${target.name} with $load and nbthread $nbthread runs the behaviour table`, ({ load, nbthread }) => {
  let backend: TestBackend;
  let haproxy: RunningHaproxy;
  const portOf = new Map<string, number>();

  beforeAll(async () => {
    backend = await startBackend();
    const frontends: Frontend[] = [];
    for (const policy of distinctPolicies()) {
      const port = await freePort();
      portOf.set(JSON.stringify(policy), port);
      frontends.push({ port, policy });
    }
    const config = haproxyConfig({ luaPath: DIST_CORS_LUA, load, nbthread, frontends, backend: `127.0.0.1:${backend.port}` });
    haproxy = await target.start(config, [...portOf.values()]);
  });

  afterAll(async () => {
    await haproxy?.stop();
    await backend?.close();
  });

  test.each(BEHAVIOUR_CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_name, testCase, index) => {
    const id = `${load}-${nbthread}-${index}`;
    backend.setHeaders(id, testCase.backend ?? []);
    const port = portOf.get(JSON.stringify(testCase.policy)) as number;
    const response = await rawRequest(port, testCase.request.method, `/case/${index}`, [...testCase.request.headers, [CASE_HEADER, id]]);
    const answeredByBackend = response.headers.some(([name]) => name === BACKEND_MARK);
    const outcome: Outcome = {
      decision: (response.headers.find(([name]) => name === "x-cors-decision")?.[1] ?? "") as Outcome["decision"],
      answeredBy: answeredByBackend ? "backend" : "haproxy",
      status: response.status,
      headers: corsHeadersOf(response.headers),
    };
    expect(outcome).toEqual(testCase.want);
    expect(backend.seen.has(id)).toBe(answeredByBackend);
    const origins = testCase.request.headers.filter(([name]) => name === "origin");
    const originVar = response.headers.find(([name]) => name === "x-cors-origin")?.[1];
    expect(originVar).toBe(origins.length === 1 ? origins[0][1] : undefined);
  });

  test("HAProxy logged no Lua error", () => {
    expect(haproxy.output()).not.toMatch(/lua|cors:/i);
  });
});

describe(`${target.name}: haproxy -c refuses every bad policy of the table`, () => {
  const config = (policy: PolicyLine): string =>
    haproxyConfig({ luaPath: DIST_CORS_LUA, load: "lua-load", nbthread: 1, frontends: [{ port: 1, policy }], backend: "127.0.0.1:2" });

  test("a configuration with every valid policy of the table passes haproxy -c", () => {
    const frontends = distinctPolicies().map((policy, i) => ({ port: 20000 + i, policy }));
    const result = target.check(haproxyConfig({ luaPath: DIST_CORS_LUA, load: "lua-load", nbthread: 1, frontends, backend: "127.0.0.1:2" }));
    expect(result.output).toContain("Configuration file is valid");
    expect(result.status).toBe(0);
  });

  test.each(REFUSED_POLICIES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const text = config(testCase.policy);
    const ruleLine = text.split("\n").indexOf(`  ${policyRule(testCase.policy)}`) + 1;
    const result = target.check(text);
    expect(result.status).not.toBe(0);
    for (const message of testCase.errors) expect(result.output).toContain(`haproxy.cfg:${ruleLine}: ${message}`);
  });
});
