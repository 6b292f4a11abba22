// tune.lua.bool-sample-conversion, which the README sets to normal in `global` before lua-load (inside
// `.if version_atleast(3.1)`: older versions refuse the keyword). On every image of docker/versions.json
// whose HAProxy is 3.1 or later: without the line HAProxy warns at every start, with it not; and the
// behaviour table gives the outcomes it wants both with the line and without it, so setting it changes
// nothing the module does. A probe shows that the line is in force all the same: it changes how a boolean
// sample reaches Lua, and the module reads none (only strings: header values, names, the method, txn vars).

import { extended } from "../cases/behaviour";
import { behaviourTableTests } from "../support/behaviourSuite";
import { BOOL_SAMPLE_CONVERSION_WARNING, BoolSampleConversion, Configuration, haproxyConfig } from "../support/config";
import { containerTarget, imagesToTest, prepareImages } from "../support/containers";
import { startHaproxy } from "../support/fixture";
import { HaproxyTarget, haproxyVersionOf } from "../support/haproxy";
import { rawRequest } from "../support/http";

prepareImages();

const targets = imagesToTest().map((image) => containerTarget(image));
const withTunable = targets.filter((target) => (haproxyVersionOf(target) ?? 0) >= 301);

const POLICY = extended("origins=https://app.example.com methods=GET,PUT headers=X-Custom-Header");
const CONFIGURATIONS: readonly Configuration[] = ["actions", "converters"];

/** haproxy.cfg with one frontend of the module, the tunable as asked, for `haproxy -c`. */
function checkedConfig(target: HaproxyTarget, configuration: Configuration, boolSampleConversion: BoolSampleConversion): string {
  return haproxyConfig({ luaPath: target.luaPath, fixturesDir: target.fixturesDir, load: "lua-load", nbthread: 1, frontends: [{ port: 1, policy: POLICY }], configuration, backend: "127.0.0.1:2", boolSampleConversion });
}

describe("tune.lua.bool-sample-conversion normal, as the README sets it on HAProxy 3.1+, stops the start-up warning and changes no outcome of the behaviour table", () => {
  test("docker/versions.json has an image of HAProxy 3.1 or later, and every image names its version", () => {
    const unknown = targets.filter((target) => haproxyVersionOf(target) === undefined);
    if (unknown.length > 0) throw new Error(`the HAProxy version of ${unknown.map((target) => target.name).join("; ")} cannot be read from haproxy -vv`);
    if (withTunable.length === 0) {
      throw new Error(`no image of docker/versions.json runs HAProxy 3.1 or later (${targets.map((target) => target.name).join("; ")}), so tune.lua.bool-sample-conversion cannot be tested: add one`);
    }
  });

  for (const target of withTunable) {
    describe(target.name, () => {
      test.each(CONFIGURATIONS)("%s configuration: without the line, haproxy -c warns that tune.lua.bool-sample-conversion is not set", async (configuration) => {
        const result = await target.check(checkedConfig(target, configuration, "unset"));
        expect(result.output).toContain(BOOL_SAMPLE_CONVERSION_WARNING);
        expect(result.status).toBe(0);
      });

      test.each(CONFIGURATIONS)("%s configuration: with the README's line (normal), haproxy -c gives no warning", async (configuration) => {
        const result = await target.check(checkedConfig(target, configuration, "normal"));
        expect(result.output).not.toMatch(/WARNING|ALERT/);
        expect(result.status).toBe(0);
      });

      // Left unset, HAProxy takes pre-3.1-bug, which it says in its warning: the table below runs under both.
      test("the warning says that, left unset, it behaves as pre-3.1-bug", async () => {
        const result = await target.check(checkedConfig(target, "actions", "unset"));
        expect(result.output).toContain('Defaulting to "pre-3.1-bug"');
      });

      // The line is not ignored: a boolean sample reaches Lua as a boolean with normal, as the integer 1
      // without it (as before 3.1). The module reads no boolean sample, so this cannot reach its answers.
      test.each([
        ["unset", "number 1"],
        ["pre-3.1-bug", "number 1"],
        ["normal", "boolean true"],
      ] as const)("the line %s: a boolean sample reaches Lua as %s", async (boolSampleConversion, seen) => {
        const { port, haproxy, stop } = await startHaproxy({
          target,
          config: ({ target, ports: [port], backend }) => {
            const config = haproxyConfig({ luaPath: target.luaPath, fixturesDir: target.fixturesDir, load: "lua-load", nbthread: 1, frontends: [{ port, policy: POLICY }], backend: `127.0.0.1:${backend.port}`, boolSampleConversion })
              .replace(`  lua-load ${target.luaPath}\n`, `  lua-load ${target.luaPath}\n  lua-load ${target.fixturesDir}/bool-sample-probe.lua\n`)
              .replace("  default_backend api\n", '  http-after-response set-header x-bool-sample "%[lua.probe_bool_sample]"\n  default_backend api\n');
            expect(config).toContain("bool-sample-probe.lua");
            expect(config).toContain("x-bool-sample");
            return config;
          },
        });
        try {
          const response = await rawRequest(port, "GET", "/", [["origin", "https://app.example.com"]]);
          expect(response.headers.find(([name]) => name === "x-bool-sample")?.[1]).toBe(seen);
          expect(response.headers.find(([name]) => name === "access-control-allow-origin")?.[1]).toBe("https://app.example.com");
          expect(haproxy.output().includes(BOOL_SAMPLE_CONVERSION_WARNING)).toBe(boolSampleConversion === "unset");
        } finally {
          await stop();
        }
      });

      // The whole table, under lua-load with one thread, both forms and both configurations: each case must
      // give the outcome the table wants (status, who answered, every CORS header, Vary included) with the
      // line and without it, so the two runs give the same outcomes.
      for (const boolSampleConversion of ["unset", "normal"] as const) {
        for (const configuration of CONFIGURATIONS) {
          const line = boolSampleConversion === "unset" ? "without the line" : "with tune.lua.bool-sample-conversion normal";
          describe(`${configuration} configuration with lua-load and nbthread 1, ${line}: the behaviour table gives the outcomes it wants`, () => {
            const running = behaviourTableTests(() => target, { configuration, load: "lua-load", nbthread: 1, boolSampleConversion });
            if (boolSampleConversion === "unset") {
              test("HAProxy warned at start that tune.lua.bool-sample-conversion is not set", () => {
                expect(running.haproxy.output()).toContain(BOOL_SAMPLE_CONVERSION_WARNING);
              });
            } else {
              test("HAProxy gave no warning at start", () => {
                expect(running.haproxy.output()).not.toMatch(/WARNING|ALERT/);
              });
            }
          });
        }
      }
    });
  }
});
