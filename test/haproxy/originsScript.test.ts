// scripts/cors-origins.sh on the local HAProxy through a Unix socket: add, del and replace change the
// origins of a policy that reads them from a map, and an origin is written as the runtime API reads it.
// Three processes changed under load, through TCP sockets: test/containers/fleet.test.ts.

import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { FROM_MAP } from "../cases/behaviour";
import { haproxyConfig } from "../support/config";
import { useHaproxy } from "../support/fixture";
import { localTarget } from "../support/haproxy";
import { mapEntries, rawRequest, runtimeApi } from "../support/http";

const SCRIPT = path.resolve(__dirname, "../../scripts/cors-origins.sh");
const target = localTarget();

describe(`${target.name}: scripts/cors-origins.sh through a Unix socket`, () => {
  const socket = (): string => path.join(running.dir, "api.sock");
  const running = useHaproxy({
    target,
    config: ({ ports, backend, dir }) =>
      haproxyConfig({
        luaPath: target.luaPath,
        fixturesDir: target.fixturesDir,
        load: "lua-load-per-thread",
        nbthread: 2,
        frontends: [{ port: ports[0], policy: FROM_MAP }],
        global: [`stats socket ${path.join(dir, "api.sock")} level admin`],
        backend: `127.0.0.1:${backend.port}`,
      }),
  });
  const map = `${target.fixturesDir}/origins.map`;
  const script = (...args: string[]): { status: number | null; stdout: string; stderr: string } => spawnSync("bash", [SCRIPT, ...args], { encoding: "utf8" });
  const keys = async (): Promise<string[]> => mapEntries(await runtimeApi(socket(), `show map ${map}`)).map((entry) => entry.replace(/ 1$/, ""));
  const allowed = async (origin: string): Promise<boolean> =>
    (await rawRequest(running.port, "GET", "/", [["origin", origin]])).headers.some(([name, value]) => name === "access-control-allow-origin" && value === origin);

  test("add, del and replace; a landed line per socket", async () => {
    const added = script("add", map, "https://one.example", "https://*.two.example", "--", socket(), `unix@${socket()}`);
    expect(added.stderr).toBe("");
    expect(added.stdout).toMatch(new RegExp(`^landed ${socket()} \\S+Z\\nlanded unix@${socket()} \\S+Z\\n$`));
    expect([await allowed("https://one.example"), await allowed("https://a.two.example")]).toEqual([true, true]);

    // Every entry of an origin goes (it was added twice), and one that is not there is no error.
    expect(script("del", map, "https://one.example", "https://absent.example", "--", socket()).status).toBe(0);
    expect(await allowed("https://one.example")).toBe(false);
    expect(await keys()).not.toContain("https://one.example");

    const file = path.join(running.dir, "origins");
    fs.writeFileSync(file, "# comment\nhttps://three.example 1\n\n  https://*.four.example\nhttps://five.example");
    expect(script("replace", map, file, "--", socket()).status).toBe(0);
    expect(await keys()).toEqual(["https://*.four.example", "https://five.example", "https://three.example"]);
    expect([await allowed("https://three.example"), await allowed("https://a.two.example")]).toEqual([true, false]);
  });

  test("an origin with a space, a semicolon or a backslash is one key (which never matches)", async () => {
    const odd = "https://a b;c\\d.example";
    expect(script("add", map, odd, "--", socket()).status).toBe(0);
    expect(await keys()).toContain(odd);
    expect(script("del", map, odd, "--", socket()).status).toBe(0);
    expect(await keys()).not.toContain(odd);
  });

  test("a map HAProxy does not know, a missing socket, no socat: exit 1 naming the cause", () => {
    const unknown = script("add", "/no/such.map", "https://one.example", "--", socket());
    expect([unknown.status, unknown.stdout, unknown.stderr]).toEqual([1, "", `cors-origins.sh: ${socket()}: Unknown map identifier. Please use #<id> or <file>.\n`]);
    const missing = script("add", map, "https://one.example", "--", socket(), "/no/such.sock");
    expect(missing.status).toBe(1);
    expect(missing.stdout).toMatch(/^landed /);
    expect(missing.stderr).toContain("cors-origins.sh: /no/such.sock: cannot reach the runtime API");
    const noSocat = spawnSync("/bin/bash", [SCRIPT, "add", map, "https://one.example", "--", socket()], { encoding: "utf8", env: { PATH: "/nonexistent" } });
    expect([noSocat.status, noSocat.stderr]).toEqual([1, "cors-origins.sh: socat: not installed: apt-get install socat\n"]);
  });
});
