// The behaviour table through the compiled dist/cors.lua in plain Lua 5.3 and 5.4, with the typed fake
// of HAProxy in fakeHaproxy.ts. Checks what the Lua VM alone can: decisions, headers, txn variables,
// no call after txn:done(), no global leaked into HAProxy's shared Lua state.

import { BACKEND_STATUS, BEHAVIOUR_CASES, expectedOriginVar, HeaderList, Outcome, REFUSED_POLICIES } from "../cases/behaviour";
import { buildHarness, LoadReport, LuaResult, LUA_VERSIONS, runInLua } from "../support/luaRunner";
import { corsHeadersOf, debugHeaderOf } from "../support/outcome";
import { withFixtures } from "../support/policyArgs";

beforeAll(buildHarness, 60000);

describe.each(LUA_VERSIONS)("dist/cors.lua in Lua %s", (version) => {
  let report: LoadReport;
  let results: LuaResult[];
  beforeAll(() => {
    ({ report, results } = runInLua(
      version,
      BEHAVIOUR_CASES.map((c) => ({ policy: c.policy, method: c.request.method, headers: c.request.headers, backend: c.backend ?? [], debug: c.request.debug })),
    ));
  });

  test("the module loads and adds no global to the shared Lua state", () => {
    expect(report.version).toBe(`Lua ${version}`);
    expect(report.load).toBe("ok");
    expect(report.inits).toBe(1);
    expect(report.init).toBe("ok");
    expect(report.leakedGlobals).toEqual([]);
  });

  test.each(BEHAVIOUR_CASES.map((c, i) => [c.name, c, i] as const))("%s", (_name, testCase, index) => {
    const result = results[index];
    expect(result.error).toBeUndefined();
    const outcome: Outcome = {
      decision: result.decision,
      reason: result.reason,
      answeredBy: result.answeredBy,
      status: result.answeredBy === "backend" ? BACKEND_STATUS : result.status,
      headers: corsHeadersOf(result.headers),
      debug: debugHeaderOf(result.headers),
    };
    expect(outcome).toEqual(testCase.want);
    expect(result.origin).toBe(expectedOriginVar(testCase.request));
    expect(result.violations).toEqual([]);
    expect(result.alerts).toEqual([]);
  });

  // The converter configuration hands the converter every request without Access-Control-Request-Method
  // and with at most one Origin; its record must name the table's decision.
  const converted = BEHAVIOUR_CASES.map((c, i) => [c.name, c, i] as const).filter(([, c]) => {
    const names = c.request.headers.map(([name]) => name.toLowerCase());
    return !names.includes("access-control-request-method") && names.filter((name) => name === "origin").length <= 1;
  });
  test.each(converted)("converter: %s", (_name, testCase, index) => {
    const record = results[index].record;
    expect(record).toMatch(/^[a-z-]+;(=|\*)?;(true)?;[^;]*;(Origin)?;[a-z-]*$/);
    expect((record as string).split(";")[0]).toBe(testCase.want.decision);
    expect((record as string).split(";")[5]).toBe(testCase.want.reason ?? "");
  });

  test("with map=<file>, the converter of a request with one Origin records what it records without", () => {
    const oneOrigin = converted.filter(([, c]) => c.request.headers.some(([name]) => name.toLowerCase() === "origin"));
    const requests = oneOrigin.map(([, c]) => ({ policy: c.policy, method: c.request.method, headers: c.request.headers, backend: c.backend ?? [], converterInput: "map=/etc/haproxy/cors-api.map" }));
    const withMap = runInLua(version, requests).results.map((r) => r.record);
    expect(oneOrigin.length).toBeGreaterThan(20);
    expect(withMap).toEqual(oneOrigin.map(([, , index]) => results[index].record));
  });

  // The configuration check finds the map on the command line's configuration; register_init fills it.
  describe("the map of the converter configuration is filled once per process", () => {
    const config = [
      "frontend api",
      "  http-request set-var(txn.cors_edit) req.fhdr(origin),map_str(virt@api)",
      `  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors-policy('origins=https://a.example.com,https://b.example.com:8443,https://*.example.org credentials',map=virt@api)"`,
    ].join("\n");
    const filled = { "virt@api": { "https://a.example.com": "allowed;=;true;;Origin;", "https://b.example.com:8443": "allowed;=;true;;Origin;", " ": "not-cors;;;;Origin;" } };

    test.each([0, 1])("by the shared state, or thread 1's with lua-load-per-thread (core.thread %i)", (thread) => {
      const { report } = runInLua(version, [], { config, thread });
      expect(report.init).toBe("ok");
      expect(report.maps).toEqual(filled);
    });

    test("not by the states of other threads", () => {
      expect(runInLua(version, [], { config, thread: 2 }).report.maps).toEqual([]);
    });
  });

  test("a converter argument other than no-origin (one haproxy -c could not see) records nothing and is reported once", () => {
    const request = { policy: BEHAVIOUR_CASES[0].policy, method: "GET", headers: [] as HeaderList, backend: [] as HeaderList, converterInput: "no-orign" };
    const { results: [first, second] } = runInLua(version, [request, request]);
    for (const result of [first, second]) expect(result.record).toBe("nil");
    expect(first.alerts).toEqual(['cors: converter argument "no-orign" is not no-origin or map=<file>, no CORS headers sent']);
    expect(second.alerts).toEqual([]);
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
      for (const message of testCase.errors) expect(first.alerts[0]).toContain(withFixtures(message));
      expect(second.alerts).toEqual([]);
    });
  });
});
