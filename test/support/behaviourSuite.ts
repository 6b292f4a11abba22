// The behaviour table and the refused policies through a real HAProxy target (the local binary or a
// container): under lua-load and lua-load-per-thread, with one and four threads. A real HTTP backend
// tells who answered; a rule echoes the module's txn variables into response headers.

import { BEHAVIOUR_CASES, expectedOriginVar, extended, HeaderList, Outcome, PolicyLine, REFUSED_POLICIES } from "../cases/behaviour";
import { BACKEND_MARK, CASE_HEADER } from "./backend";
import { BOOL_SAMPLE_CONVERSION_WARNING, BoolSampleConversion, Configuration, DEBUG_REQUEST_HEADER, haproxyConfig, LuaLoad, MAPS_DIR, policyRule } from "./config";
import { Running, startHaproxy, useHaproxy } from "./fixture";
import { HaproxyTarget, haproxyVersionOf } from "./haproxy";
import { mapEntries, rawRequest, runtimeApi } from "./http";
import { corsHeadersOf, debugHeaderOf } from "./outcome";
import { compileLine } from "./coreRunner";
import { withFixtures } from "./policyArgs";
import { CompiledPolicy } from "../../src/policy/compile";
import { exactAllowedOrigins, recordOf } from "../../src/converters/record";

/** One way of running the table: the configuration, how the module is loaded, threads, and the global tuning. */
export interface TableVariant {
  readonly configuration: Configuration;
  readonly load: LuaLoad;
  readonly nbthread: number;
  /** `tune.lua.bool-sample-conversion` (default: as the README sets it). */
  readonly boolSampleConversion?: BoolSampleConversion;
}

export const VARIANTS: readonly TableVariant[] = [
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

/** A policy of the table compiled by the core, its origins files read from test/fixtures. */
function compiledPolicy(policy: PolicyLine): CompiledPolicy {
  const result = compileLine(policy);
  if (!result.ok) throw new Error(`the table's policy ${JSON.stringify(policy)} is refused`);
  return result.policy;
}

/**
 * Declares, in the current describe block, the table's tests for one variant: HAProxy with one frontend per
 * policy of the table, each case's outcome equal to the one the table wants, and a log without Lua errors
 * (a start-up warning that tune.lua.bool-sample-conversion is unset aside, when the variant leaves it unset).
 * Returns the running HAProxy, filled in when the block starts.
 */
export function behaviourTableTests(target: () => HaproxyTarget, variant: TableVariant): Running {
  const { configuration, load, nbthread, boolSampleConversion } = variant;
  // One frontend per policy of the table.
  const policies = distinctPolicies();
  const running = useHaproxy({
    target,
    ports: policies.length,
    config: ({ target, ports, backend }) =>
      haproxyConfig({
        luaPath: target.luaPath,
        fixturesDir: target.fixturesDir,
        load,
        nbthread,
        frontends: policies.map((policy, i) => ({ port: ports[i], policy })),
        configuration,
        backend: `127.0.0.1:${backend.port}`,
        boolSampleConversion,
      }),
  });
  const portOf = new Map<string, number>();
  beforeAll(() => policies.forEach((policy, i) => portOf.set(JSON.stringify(policy), running.ports[i])));

  test.each(BEHAVIOUR_CASES.map((c, i) => [c.name, c, i] as const))("%s", async (_name, testCase, index) => {
    const { backend } = running;
    const id = `${configuration}-${load}-${nbthread}-${index}`;
    backend.setHeaders(id, testCase.backend ?? []);
    const port = portOf.get(JSON.stringify(testCase.policy)) as number;
    const debug: HeaderList = testCase.request.debug === true ? [[DEBUG_REQUEST_HEADER, "1"]] : [];
    const response = await rawRequest(port, testCase.request.method, `/case/${index}`, [...testCase.request.headers, ...debug, [CASE_HEADER, id]]);
    const answeredByBackend = response.headers.some(([header]) => header === BACKEND_MARK);
    const outcome: Outcome = {
      decision: (response.headers.find(([header]) => header === "x-cors-decision")?.[1] ?? "") as Outcome["decision"],
      reason: response.headers.find(([header]) => header === "x-cors-reason")?.[1] as Outcome["reason"],
      answeredBy: answeredByBackend ? "backend" : "haproxy",
      status: response.status,
      headers: corsHeadersOf(response.headers),
      debug: debugHeaderOf(response.headers),
    };
    expect(outcome).toEqual(testCase.want);
    expect(backend.seen.has(id)).toBe(answeredByBackend);
    const originVar = response.headers.find(([header]) => header === "x-cors-origin")?.[1];
    expect(originVar).toBe(expectedOriginVar(testCase.request));
  });

  if (configuration === "converters") {
    // The map is a cache of the converter: what it holds must be what the converter would answer.
    test("the module filled each policy's map with its exact origins and the allowed record, and the record of no Origin", async () => {
      let checked = 0;
      for (const policy of distinctPolicies()) {
        const compiled = compiledPolicy(policy);
        const none = await rawRequest(portOf.get(JSON.stringify(policy)) as number, "GET", "/", []);
        expect(none.headers.find(([header]) => header === "x-cors-map")?.[1]).toBe(recordOf(compiled.notCors));
        for (const origin of exactAllowedOrigins(compiled).slice(0, 3)) {
          const response = await rawRequest(portOf.get(JSON.stringify(policy)) as number, "GET", "/", [["origin", origin]]);
          expect([origin, response.headers.find(([header]) => header === "x-cors-map")?.[1]]).toEqual([origin, recordOf(compiled.allowed)]);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10);
    });
  }

  test("HAProxy logged no Lua error and no alert from the module", () => {
    // Without tune.lua.bool-sample-conversion, HAProxy 3.1+ warns about it at start (test/containers/boolSampleConversion.test.ts).
    const lines = running.haproxy.output().split("\n");
    const log = boolSampleConversion === "unset" ? lines.filter((line) => !line.includes(BOOL_SAMPLE_CONVERSION_WARNING)) : lines;
    expect(log.join("\n")).not.toMatch(/lua|cors:/i);
  });
  return running;
}

/**
 * The configuration the README recommends on a target's version (src/converters/rules.ts), which gives
 * HAProxy's own responses the answer too: the response action in http-after-response on 2.9 and later, the
 * native response rules before. `name` holds the version, as `haproxy -vv` gives it.
 */
export function recommendedVariant(name: string): TableVariant {
  return { configuration: (haproxyVersionOf({ name }) ?? 0) >= 209 ? "after" : "native", load: "lua-load-per-thread", nbthread: 4 };
}

/** Declares the table's tests for one target; `target` is called in beforeAll (it may prepare images). */
export function describeBehaviourOn(name: string, target: () => HaproxyTarget): void {
  describe.each([...VARIANTS, recommendedVariant(name)])(`${name}, $configuration configuration with $load and nbthread $nbthread, runs the behaviour table`, (variant) => {
    behaviourTableTests(target, variant);
  });

  // README, "Public suffixes": the list is the file CORS_PUBLIC_SUFFIX_LIST names, else the system's, else
  // the built-in copy (the table's refusals above come from one of the last two).
  describe(`${name}: the Public Suffix List named by CORS_PUBLIC_SUFFIX_LIST`, () => {
    const check = (policy: string, listFile: string) =>
      target().check(
        haproxyConfig({
          luaPath: target().luaPath,
          fixturesDir: target().fixturesDir,
          load: "lua-load",
          nbthread: 1,
          frontends: [{ port: 1, policy: extended(policy) }],
          global: [`setenv CORS_PUBLIC_SUFFIX_LIST ${listFile}`],
          backend: "127.0.0.1:2",
        }),
      );

    test("a wildcard over a suffix of the named file is refused", async () => {
      const result = await check("origins=https://*.corp credentials", `${target().fixturesDir}/public-suffixes.dat`);
      expect(result.status).not.toBe(0);
      expect(result.output).toContain('cors: origin "https://*.corp" covers a public suffix: "corp" is a public suffix: anyone can create a site under it');
    });

    test("a suffix the named file lacks is not refused", async () => {
      const result = await check("origins=https://*.co.uk credentials", `${target().fixturesDir}/public-suffixes.dat`);
      expect(result.output).not.toMatch(/cors:|ALERT/);
      expect(result.status).toBe(0);
    });

    test("a named file that cannot be read is refused", async () => {
      const result = await check("origins=https://*.example.com", `${target().fixturesDir}/missing.dat`);
      expect(result.status).not.toBe(0);
      const message = 'cors: public suffix list "{fixtures}/missing.dat" cannot be read: {fixtures}/missing.dat: No such file or directory';
      expect(result.output).toContain(withFixtures(message, target().fixturesDir));
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

    test("a map that a converter names must be read by map_str, start empty and have one policy: haproxy -c refuses it, with its line", async () => {
      const policies = ["origins=https://a.example.com", "origins=https://b.example.com", "origins=https://c.example.com", "origins=https://d.example.com"];
      const text = haproxyConfig({
        luaPath: target().luaPath,
        fixturesDir: target().fixturesDir,
        load: "lua-load",
        nbthread: 1,
        frontends: policies.map((policy, i) => ({ port: 20000 + i, policy: extended(policy) })),
        configuration: "converters",
        backend: "127.0.0.1:2",
      });
      // cors0: nothing looks its map up; cors1: its map is a file with entries; cors3: fills the map of cors2.
      const nonEmpty = `${target().fixturesDir}/origins.txt`;
      const lines = text
        .split("\n")
        .filter((line) => !line.includes(`map_str(${MAPS_DIR}/cors0.map)`))
        .map((line) => line.split(`${MAPS_DIR}/cors1.map`).join(nonEmpty).split(`${MAPS_DIR}/cors3.map`).join(`${MAPS_DIR}/cors2.map`));
      const at = (needle: string): number => lines.findIndex((line) => line.includes(needle)) + 1;
      const result = await target().check(lines.join("\n"));
      expect(result.status).not.toBe(0);
      const seen = result.output.replace(/\/[^\s"]*\/cors(\d)\.map/g, "{maps}/cors$1.map");
      expect(seen).toContain(`haproxy.cfg:${at(`map=${MAPS_DIR}/cors0.map)`)}: cors: map file "{maps}/cors0.map" is not read by any map_str() of the configuration`);
      expect(seen).toContain(`haproxy.cfg:${at(`map=${nonEmpty})`)}: cors: map file "${nonEmpty}" is not empty`);
      expect(seen).toContain(`haproxy.cfg:${at("'${CORS_3}',map=")}: cors: map file "{maps}/cors2.map" is filled by two different policies`);
    });

    // README: from HAProxy 3.2 the map can be virtual (virt@<name>, no file); 2.6 refuses any virt@ map,
    // 3.0 one that two map_str read, as the block does.
    test("a virt@ map: filled and read from HAProxy 3.2, refused by 3.0 (read twice) and 2.6", async () => {
      const [major, minor] = (/HAProxy (\d+)\.(\d+)/.exec(target().name) ?? ["", "0", "0"]).slice(1).map(Number);
      const version = major * 100 + minor;
      const policy = extended("origins=https://app.example.com methods=GET");
      const virtualMapConfig = (port: number, apiPort: number, backend: string): string => {
        const text = haproxyConfig({
          luaPath: target().luaPath,
          fixturesDir: target().fixturesDir,
          load: "lua-load",
          nbthread: 1,
          frontends: [{ port, policy }],
          configuration: "converters",
          global: [`stats socket ipv4@127.0.0.1:${apiPort} level admin`],
          backend,
        })
          .split(`${MAPS_DIR}/cors0.map`)
          .join("virt@cors0");
        // The block as the README writes it; the test's own probes would read the map more.
        return text.split("\n").filter((line) => !line.includes("cors_test_map")).join("\n");
      };
      if (version < 302) {
        const result = await target().check(virtualMapConfig(1, 2, "127.0.0.1:3"));
        expect(result.status).not.toBe(0);
        expect(result.output).toContain(version < 300 ? "failed to open pattern file <virt@cors0>" : 'The file "virt@cors0" is already used as one column file');
        return;
      }
      const {
        ports: [port, apiPort],
        haproxy,
        stop,
      } = await startHaproxy({ target, ports: 2, config: ({ ports: [port, apiPort], backend }) => virtualMapConfig(port, apiPort, `127.0.0.1:${backend.port}`) });
      try {
        const compiled = compiledPolicy(policy);
        expect(mapEntries(await runtimeApi(apiPort, "show map virt@cors0"))).toEqual([`  ${recordOf(compiled.notCors)}`, `https://app.example.com ${recordOf(compiled.allowed)}`]);
        const response = await rawRequest(port, "GET", "/", [["origin", "https://app.example.com"]]);
        expect(corsHeadersOf(response.headers)).toEqual({ "access-control-allow-origin": "https://app.example.com", vary: "Origin" });
        expect(haproxy.output()).not.toMatch(/lua|cors:/i);
      } finally {
        await stop();
      }
    });

    test.each(REFUSED_POLICIES.map((c) => [c.name, c] as const))("%s", async (_name, testCase) => {
      const text = config(testCase.policy);
      const ruleLine = text.split("\n").indexOf(`  ${policyRule(testCase.policy, target().fixturesDir)}`) + 1;
      const result = await target().check(text);
      expect(result.status).not.toBe(0);
      for (const message of testCase.errors) expect(result.output).toContain(`haproxy.cfg:${ruleLine}: ${withFixtures(message, target().fixturesDir)}`);
    });
  });

  // Facts about HAProxy that the module's layout relies on (src/runtime/transaction.ts): the request and
  // the response action of a stream run in the same coroutine (so the response inherits the request's stack),
  // with a count hook set, which makes every Lua instruction dearer (bench/README.md, "Profile", item 13).
  describe(`${name}: the actions of a stream share one Lua coroutine, run with a count hook`, () => {
    const running = useHaproxy({
      target,
      config: ({ target, ports, backend }) => {
        const policy = extended("origins=https://app.example.com");
        const config = haproxyConfig({ luaPath: target.luaPath, fixturesDir: target.fixturesDir, load: "lua-load", nbthread: 1, frontends: [{ port: ports[0], policy }], backend: `127.0.0.1:${backend.port}` })
          .replace(`  lua-load ${target.luaPath}`, `  lua-load ${target.luaPath}\n  lua-load ${target.fixturesDir}/coroutine-probe.lua`)
          .replace(`  ${policyRule(policy, target.fixturesDir)}\n`, "  http-request lua.probe_coroutine\n")
          .replace("  http-response lua.cors\n", "  http-response lua.probe_coroutine\n");
        expect(config).toContain("http-request lua.probe_coroutine");
        expect(config).toContain("http-response lua.probe_coroutine");
        return config;
      },
    });

    test("the response action runs in the coroutine of the request action", async () => {
      const { haproxy, port } = running;
      const header = (headers: ReadonlyArray<readonly [string, string]>, name: string): string | undefined => headers.find(([n]) => n === name)?.[1];
      const first = await rawRequest(port, "GET", "/", []);
      const second = await rawRequest(port, "GET", "/", []);
      expect(header(first.headers, "x-probe-same")).toBe("true");
      expect(header(second.headers, "x-probe-same")).toBe("true");
      expect(header(first.headers, "x-probe-coroutine")).toMatch(/^thread: /);
      expect(haproxy.output()).not.toMatch(/lua/i);
    });

    test("the actions run with a count hook: tune.lua.forced-yield's 10,000 instructions by default", async () => {
      const { port } = running;
      const answer = await rawRequest(port, "GET", "/", []);
      expect(answer.headers.find(([n]) => n === "x-probe-hook")?.[1]).toBe("external hook, every 10000");
    });
  });
}
