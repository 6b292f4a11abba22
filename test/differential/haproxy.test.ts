// A sample of the generated cases through a real HAProxy: the core's decision and headers must be
// what HAProxy running dist/cors.lua answers. One frontend per generated policy (valid or not: an
// invalid one must deny everything, as the core's deny-all policy does). With the two actions, and with
// the converter configuration (README), whose map must answer as the core does.

import fc from "fast-check";
import * as http from "node:http";
import { extended, PolicyLine } from "../cases/behaviour";
import { BACKEND_MARK, CASE_HEADER } from "../support/backend";
import { haproxyConfig } from "../support/config";
import { compileLine, runOnCore } from "../support/coreRunner";
import { useHaproxy } from "../support/fixture";
import { localTarget } from "../support/haproxy";
import { rawRequest } from "../support/http";
import { canonical, corsHeadersOf } from "../support/outcome";
import { backend, drawWhere, policy, request, Sample } from "./arbitraries";
import { exactAllowedOrigins } from "../../src/converters/record";

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

/** A valid policy that HAProxy's configuration can carry, with a request HTTP/1.1 can carry. */
function runnable(s: Sample): boolean {
  // The test backend (Node's HTTP parser) answers 400 to methods it does not know, such as "patch".
  if (!http.METHODS.includes(s.request.method) || !s.request.headers.every(([, v]) => sendable(v))) return false;
  const args = s.policy.form === "drop-in" ? [s.policy.methods, s.policy.origins, s.policy.headers] : [s.policy.options];
  // An invalid policy stops HAProxy from starting (the refusal tests cover that); here, valid ones only.
  return args.every(writable) && compileLine(s.policy).ok;
}

// Exactly RUNS cases by construction: drawn until that many are runnable (drawWhere fails, naming the
// seed, if the generators ever stop giving them).
const samples: Sample[] = drawWhere(fc.record({ policy, request, backend }), runnable, RUNS, SEED);

/** What the converter configuration can carry: its arguments are single-quoted inside a double-quoted word. */
function convertible(policy: PolicyLine): boolean {
  const args = policy.form === "drop-in" ? [policy.methods, policy.origins, policy.headers] : [policy.options];
  return args.every((arg) => !/['\\]/.test(arg));
}

/** A policy with exact origins in every converter run, so that the map is exercised whatever the draw. */
const MAP_POLICY = extended("origins=https://app.example.com,https://*.example.org,http://localhost:8080");

/**
 * The converter configuration answers an exact origin from its map, which generated requests rarely
 * name: for each policy (MAP_POLICY among them), GETs from two of its exact origins (with a backend of the
 * sample) are added. Each added case must be answered by the map.
 */
function withMapHits(cases: readonly Sample[]): { cases: Sample[]; mapCases: number } {
  const added: Sample[] = [];
  const seen = new Set<string>();
  const policies = [...cases, { policy: MAP_POLICY, request: { method: "GET", headers: [] }, backend: [] }];
  for (const s of policies) {
    const key = JSON.stringify(s.policy);
    if (seen.has(key)) continue;
    seen.add(key);
    const compiled = compileLine(s.policy);
    if (!compiled.ok) continue;
    for (const origin of exactAllowedOrigins(compiled.policy).slice(0, 2)) {
      added.push({ policy: s.policy, request: { method: "GET", headers: [["origin", origin]] }, backend: s.backend });
    }
  }
  return { cases: [...cases, ...added], mapCases: added.length };
}

describe.each(["actions", "converters"] as const)(`${target.name}: generated cases (seed ${SEED}) agree with the core, %s configuration`, (configuration) => {
  const { cases, mapCases } = configuration === "actions" ? { cases: samples, mapCases: 0 } : withMapHits(samples.filter((s) => convertible(s.policy)));
  // One frontend per distinct policy.
  const policies = [...new Map(cases.map((s) => [JSON.stringify(s.policy), s.policy])).values()];
  const running = useHaproxy({
    target,
    ports: policies.length,
    config: ({ ports, backend }) =>
      haproxyConfig({ luaPath: target.luaPath, load: "lua-load", nbthread: 2, frontends: policies.map((policy, i) => ({ port: ports[i], policy })), configuration, backend: `127.0.0.1:${backend.port}` }),
  });
  const ports = new Map<string, number>();
  beforeAll(() => policies.forEach((policy, i) => ports.set(JSON.stringify(policy), running.ports[i])));

  test("every sampled case gets the core's decision and headers from HAProxy", async () => {
    const { backend: server, haproxy } = running;
    expect(samples).toHaveLength(RUNS);
    const mismatches: string[] = [];
    const mapMisses: number[] = [];
    for (const [i, s] of cases.entries()) {
      const id = `diff-${i}`;
      server.setHeaders(id, s.backend);
      const response = await rawRequest(ports.get(JSON.stringify(s.policy)) as number, s.request.method, "/", [...s.request.headers, [CASE_HEADER, id]]);
      const core = runOnCore(s.policy, s.request, s.backend);
      const mapCase = i >= cases.length - mapCases;
      if (mapCase && !response.headers.some(([n]) => n === "x-cors-map")) mapMisses.push(i);
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
    // The converter configuration's map answered every GET from an exact origin (x-cors-map: what the map held).
    if (configuration === "converters") expect(mapCases).toBeGreaterThanOrEqual(2);
    expect(mapMisses).toEqual([]);
    expect(haproxy.output()).not.toMatch(/runtime error|internal error/i);
  }, 120000);
});
