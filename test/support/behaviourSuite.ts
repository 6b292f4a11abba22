// The behaviour table and the refused policies through a real HAProxy target (the local binary or a
// container): under lua-load and lua-load-per-thread, with one and four threads. A real HTTP backend
// tells who answered; a rule echoes the module's txn variables into response headers.

import { BEHAVIOUR_CASES, expectedOriginVar, extended, Outcome, PolicyLine, REFUSED_POLICIES } from "../cases/behaviour";
import { BACKEND_MARK, CASE_HEADER, startBackend, TestBackend } from "./backend";
import { Configuration, Frontend, haproxyConfig, LuaLoad, policyRule } from "./config";
import { HaproxyTarget, RunningHaproxy } from "./haproxy";
import { freePort, rawRequest } from "./http";
import { corsHeadersOf } from "./outcome";
import { withFixtures } from "./policyArgs";

export const VARIANTS: ReadonlyArray<{ configuration: Configuration; load: LuaLoad; nbthread: number }> = [
  { configuration: "actions", load: "lua-load", nbthread: 1 },
  { configuration: "actions", load: "lua-load", nbthread: 4 },
  { configuration: "actions", load: "lua-load-per-thread", nbthread: 4 },
  // The converter configuration of the README: the same table, the same outcomes.
  { configuration: "converters", load: "lua-load", nbthread: 1 },
  { configuration: "converters", load: "lua-load-per-thread", nbthread: 4 },
];

export function distinctPolicies(): PolicyLine[] {
  const seen = new Map<string, PolicyLine>();
  for (const c of BEHAVIOUR_CASES) seen.set(JSON.stringify(c.policy), c.policy);
  return [...seen.values()];
}

/** Declares the table's tests for one target; `target` is called in beforeAll (it may prepare images). */
export function describeBehaviourOn(name: string, target: () => HaproxyTarget): void {
  describe.each(VARIANTS)(`${name}, $configuration configuration with $load and nbthread $nbthread, runs the behaviour table`, ({ configuration, load, nbthread }) => {
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
      const config = haproxyConfig({ luaPath: target().luaPath, fixturesDir: target().fixturesDir, load, nbthread, frontends, configuration, backend: `127.0.0.1:${backend.port}` });
      haproxy = await target().start(config, [...portOf.values()]);
    }, 60000);

    afterAll(async () => {
      await haproxy?.stop();
      await backend?.close();
    });

    test.each(BEHAVIOUR_CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_name, testCase, index) => {
      const id = `${configuration}-${load}-${nbthread}-${index}`;
      backend.setHeaders(id, testCase.backend ?? []);
      const port = portOf.get(JSON.stringify(testCase.policy)) as number;
      const response = await rawRequest(port, testCase.request.method, `/case/${index}`, [...testCase.request.headers, [CASE_HEADER, id]]);
      const answeredByBackend = response.headers.some(([header]) => header === BACKEND_MARK);
      const outcome: Outcome = {
        decision: (response.headers.find(([header]) => header === "x-cors-decision")?.[1] ?? "") as Outcome["decision"],
        answeredBy: answeredByBackend ? "backend" : "haproxy",
        status: response.status,
        headers: corsHeadersOf(response.headers),
      };
      expect(outcome).toEqual(testCase.want);
      expect(backend.seen.has(id)).toBe(answeredByBackend);
      const originVar = response.headers.find(([header]) => header === "x-cors-origin")?.[1];
      expect(originVar).toBe(expectedOriginVar(testCase.request));
    });

    test("HAProxy logged no Lua error and no alert from the module", () => {
      expect(haproxy.output()).not.toMatch(/lua|cors:/i);
    });
  });

  describe(`${name}: haproxy -c refuses every bad policy of the table`, () => {
    const config = (policy: PolicyLine): string =>
      haproxyConfig({ luaPath: target().luaPath, fixturesDir: target().fixturesDir, load: "lua-load", nbthread: 1, frontends: [{ port: 1, policy }], backend: "127.0.0.1:2" });

    test("a configuration with every valid policy of the table passes haproxy -c", async () => {
      const frontends = distinctPolicies().map((policy, i) => ({ port: 20000 + i, policy }));
      const result = await target().check(haproxyConfig({ luaPath: target().luaPath, fixturesDir: target().fixturesDir, load: "lua-load", nbthread: 1, frontends, backend: "127.0.0.1:2" }));
      expect(result.output).not.toMatch(/cors:|ALERT|WARNING/);
      expect(result.status).toBe(0);
    });

    test("the converter configuration with every valid policy of the table passes haproxy -c", async () => {
      const frontends = distinctPolicies().map((policy, i) => ({ port: 20000 + i, policy }));
      const text = haproxyConfig({ luaPath: target().luaPath, fixturesDir: target().fixturesDir, load: "lua-load", nbthread: 1, frontends, configuration: "converters", backend: "127.0.0.1:2" });
      const result = await target().check(text);
      expect(result.output).not.toMatch(/cors:|ALERT|WARNING/);
      expect(result.status).toBe(0);
    });

    test("a bad policy or argument that only a converter holds is refused by haproxy -c, with its line", async () => {
      const good = haproxyConfig({ luaPath: target().luaPath, fixturesDir: target().fixturesDir, load: "lua-load", nbthread: 1, frontends: [{ port: 20000, policy: extended("origins=https://app.example.com") }], configuration: "converters", backend: "127.0.0.1:2" });
      const lines = good.split("\n");
      const noOrigin = lines.findIndex((line) => line.includes(",no-origin)"));
      const withOrigin = lines.findIndex((line) => line.includes("req.fhdr(origin),lua.cors-policy("));
      lines[noOrigin] = lines[noOrigin].replace(",no-origin)", ",no-orign)");
      lines[withOrigin] = lines[withOrigin].replace("'${CORS_0}'", "'origins=https://app.example.com/'");
      const result = await target().check(lines.join("\n"));
      expect(result.status).not.toBe(0);
      expect(result.output).toContain(`haproxy.cfg:${withOrigin + 1}: cors: origin "https://app.example.com/" has a path`);
      expect(result.output).toContain(`haproxy.cfg:${noOrigin + 1}: cors: converter argument "no-orign" is not no-origin`);
    });

    test.each(REFUSED_POLICIES.map((c) => [c.name, c] as const))("%s", async (_name, testCase) => {
      const text = config(testCase.policy);
      const ruleLine = text.split("\n").indexOf(`  ${policyRule(testCase.policy, target().fixturesDir)}`) + 1;
      const result = await target().check(text);
      expect(result.status).not.toBe(0);
      for (const message of testCase.errors) expect(result.output).toContain(`haproxy.cfg:${ruleLine}: ${withFixtures(message, target().fixturesDir)}`);
    });
  });
}
