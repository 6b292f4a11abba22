// Differential testing: generated policies and requests must get the SAME decision, txn variables
// and headers from the TypeScript core in Node and from dist/cors.lua in Lua 5.3 and 5.4, so that no
// transpiler subtlety (1-based strings, nil versus undefined, integer versus float) separates what the
// unit tests check from what HAProxy runs. CORS_DIFF_RUNS sets the number of cases, CORS_DIFF_SEED
// replays a run.

import fc from "fast-check";
import { runOnCore } from "../support/coreRunner";
import { buildHarness, LUA_VERSIONS, runInLua } from "../support/luaRunner";
import { canonical, corsHeadersOf } from "../support/outcome";
import { backend, policy, request, Sample } from "./arbitraries";

const RUNS = Number(process.env.CORS_DIFF_RUNS ?? 3000);
const SEED = Number(process.env.CORS_DIFF_SEED ?? Date.now() % 2147483647);

const samples: Sample[] = fc.sample(fc.record({ policy, request, backend }), { numRuns: RUNS, seed: SEED });

beforeAll(buildHarness, 60000);

describe.each(LUA_VERSIONS)(`the core and dist/cors.lua in Lua %s agree on ${RUNS} generated cases (seed ${SEED})`, (version) => {
  test("every case gets the same decision, variables and headers, with no Lua error", () => {
    const { report, results } = runInLua(
      version,
      samples.map((s) => ({ policy: s.policy, method: s.request.method, headers: s.request.headers, backend: s.backend })),
    );
    expect(report.load).toBe("ok");
    const mismatches: string[] = [];
    samples.forEach((sample, i) => {
      const core = runOnCore(sample.policy, sample.request, sample.backend);
      const lua = results[i];
      const got = { error: lua.error, violations: lua.violations, decision: lua.decision, origin: lua.origin, answeredBy: lua.answeredBy, status: lua.answeredBy === "backend" ? 200 : lua.status, headers: corsHeadersOf(lua.headers) };
      const want = { error: undefined, violations: [], decision: core.decision, origin: core.origin, answeredBy: core.answeredBy, status: core.status, headers: core.headers };
      if (canonical(got) !== canonical(want) && mismatches.length < 5) {
        mismatches.push(`case ${i}: ${JSON.stringify(sample)}\n  core: ${JSON.stringify(want)}\n  lua:  ${JSON.stringify(got)}`);
      }
    });
    expect(mismatches).toEqual([]);
  });
});

// A property of the generators, checked on a fixed stream so that it never depends on the run's seed.
const COVERAGE_SEED = 1;
const COVERAGE_RUNS = 3000;

test(`the generators cover every decision and both answers (seed ${COVERAGE_SEED})`, () => {
  const fixed = fc.sample(fc.record({ policy, request, backend }), { numRuns: COVERAGE_RUNS, seed: COVERAGE_SEED });
  const seen = new Set(fixed.map((s) => { const o = runOnCore(s.policy, s.request, s.backend); return `${o.decision}/${o.answeredBy}`; }));
  for (const kind of ["not-cors/backend", "allowed/backend", "denied/backend", "preflight-allowed/haproxy", "preflight-denied/haproxy"]) expect(seen).toContain(kind);
});
