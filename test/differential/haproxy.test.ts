// A sample of the generated cases through a real HAProxy: the core's decision and headers must be
// what HAProxy running dist/cors.lua answers. One frontend per generated policy (valid or not: an
// invalid one must deny everything, as the core's deny-all policy does). With the two actions, and with
// the converter configuration (README), whose map must answer as the core does.

import fc from "fast-check";
import * as http from "node:http";
import { PolicyLine } from "../cases/behaviour";
import { BACKEND_MARK, CASE_HEADER, startBackend, TestBackend } from "../support/backend";
import { Frontend, haproxyConfig } from "../support/config";
import { compileLine, runOnCore } from "../support/coreRunner";
import { localTarget, RunningHaproxy } from "../support/haproxy";
import { freePort, rawRequest } from "../support/http";
import { canonical, corsHeadersOf } from "../support/outcome";
import { backend, policy, request } from "./arbitraries";
import { exactAllowedOrigins } from "../../src/core/decide";

const RUNS = Number(process.env.CORS_DIFF_HAPROXY_RUNS ?? 300);
const SEED = Number(process.env.CORS_DIFF_SEED ?? Date.now() % 2147483647);
const target = localTarget();

/**
 * HTTP/1.1 cannot carry every generated header value (CR, LF and NUL end a header; HAProxy trims white
 * space around a value), nor haproxy.cfg every argument (it is written as text; an empty word is
 * missing): such cases stay with the Lua runners.
 */
function sendable(value: string): boolean {
  return !/[\x00-\x08\x0a-\x1f\x7f]/.test(value) && value.trim() === value;
}

function writable(arg: string): boolean {
  return /^[\x20-\x7e]*$/.test(arg) && arg.trim() !== "";
}

const samples = fc
  .sample(fc.record({ policy, request, backend }), { numRuns: RUNS * 10, seed: SEED })
  // The test backend (Node's HTTP parser) answers 400 to methods it does not know, such as "patch".
  .filter((s) => http.METHODS.includes(s.request.method))
  .filter((s) => s.request.headers.every(([, v]) => sendable(v)))
  .filter((s) => (s.policy.form === "drop-in" ? [s.policy.methods, s.policy.origins, s.policy.headers] : [s.policy.options]).every(writable))
  // An invalid policy stops HAProxy from starting (the refusal tests cover that); here, valid ones only.
  .filter((s) => runOnCore(s.policy, s.request, s.backend).refusal === undefined)
  .slice(0, RUNS);

/** What the converter configuration can carry: its arguments are single-quoted inside a double-quoted word. */
function convertible(policy: PolicyLine): boolean {
  const args = policy.form === "drop-in" ? [policy.methods, policy.origins, policy.headers] : [policy.options];
  return args.every((arg) => !/['\\]/.test(arg));
}

/**
 * The converter configuration answers an exact origin from its map, which generated requests rarely
 * name: for each policy, GETs from two of its exact origins (with a backend of the sample) are added.
 */
function withMapHits(cases: typeof samples): typeof samples {
  const added: typeof samples = [];
  const seen = new Set<string>();
  for (const s of cases) {
    const key = JSON.stringify(s.policy);
    if (seen.has(key)) continue;
    seen.add(key);
    const compiled = compileLine(s.policy as PolicyLine);
    if (!compiled.ok) continue;
    for (const origin of exactAllowedOrigins(compiled.policy).slice(0, 2)) {
      added.push({ policy: s.policy, request: { method: "GET", headers: [["origin", origin]] }, backend: s.backend });
    }
  }
  return [...cases, ...added];
}

describe.each(["actions", "converters"] as const)(`${target.name}: generated cases (seed ${SEED}) agree with the core, %s configuration`, (configuration) => {
  const cases = configuration === "actions" ? samples : withMapHits(samples.filter((s) => convertible(s.policy as PolicyLine)));
  let server: TestBackend;
  let haproxy: RunningHaproxy;
  const ports = new Map<string, number>();

  beforeAll(async () => {
    server = await startBackend();
    const frontends: Frontend[] = [];
    for (const s of cases) {
      const key = JSON.stringify(s.policy);
      if (ports.has(key)) continue;
      const port = await freePort();
      ports.set(key, port);
      frontends.push({ port, policy: s.policy as PolicyLine });
    }
    haproxy = await target.start(haproxyConfig({ luaPath: target.luaPath, load: "lua-load", nbthread: 2, frontends, configuration, backend: `127.0.0.1:${server.port}` }), [...ports.values()]);
  }, 60000);

  afterAll(async () => {
    await haproxy?.stop();
    await server?.close();
  });

  test("every sampled case gets the core's decision and headers from HAProxy", async () => {
    expect(cases.length).toBeGreaterThan(RUNS / 2);
    const mismatches: string[] = [];
    let mapHits = 0;
    for (const [i, s] of cases.entries()) {
      const id = `diff-${i}`;
      server.setHeaders(id, s.backend);
      const response = await rawRequest(ports.get(JSON.stringify(s.policy)) as number, s.request.method, "/", [...s.request.headers, [CASE_HEADER, id]]);
      const core = runOnCore(s.policy, s.request, s.backend);
      if (response.headers.some(([n]) => n === "x-cors-map")) mapHits++;
      const got = {
        decision: response.headers.find(([n]) => n === "x-cors-decision")?.[1],
        answeredBy: response.headers.some(([n]) => n === BACKEND_MARK) ? "backend" : "haproxy",
        status: response.status,
        headers: corsHeadersOf(response.headers),
      };
      const want = { decision: core.decision, answeredBy: core.answeredBy, status: core.status, headers: core.headers };
      if (canonical(got) !== canonical(want) && mismatches.length < 5) {
        mismatches.push(`case ${i}: ${JSON.stringify(s)}\n  core:    ${JSON.stringify(want)}\n  haproxy: ${JSON.stringify(got)}`);
      }
    }
    expect(mismatches).toEqual([]);
    // The converter configuration's map answered some of them (x-cors-map: what the map held).
    if (configuration === "converters") expect(mapHits).toBeGreaterThan(0);
    expect(haproxy.output()).not.toMatch(/runtime error|internal error/i);
  }, 120000);
});
