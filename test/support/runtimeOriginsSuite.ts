// Origins from an HAProxy map changed while HAProxy runs (README, "Changing origins at run time"), on a real
// HAProxy: the local binary (test/haproxy/runtimeOrigins.test.ts) and every image of the version matrix
// (test/containers/runtimeOrigins.test.ts): the actions under lua-load and lua-load-per-thread, and the
// converter configuration under lua-load-per-thread, with four threads.
//
// Each of the four frontends accepts its connections on one thread only (`bind ... thread <n>`), so that a
// request to each asks every thread, and under lua-load-per-thread every Lua state: a change made through
// the runtime API must hold on all four at the next request.

import { extended, FROM_MAP } from "../cases/behaviour";
import { Configuration, haproxyConfig, LuaLoad } from "./config";
import { useHaproxy } from "./fixture";
import { HaproxyTarget, waitForOutput } from "./haproxy";
import { rawRequest, runtimeApi } from "./http";

const THREADS = 4;
/** The keys of test/fixtures/origins.map that the tests look at. */
const LISTED = "https://tenant1.example.com";

export function describeRuntimeOriginsOn(name: string, target: () => HaproxyTarget): void {
  describe.each([
    ["actions", "lua-load", THREADS],
    ["actions", "lua-load-per-thread", THREADS],
    ["converters", "lua-load-per-thread", THREADS],
  ] as const)(`${name}: origins from a map changed through the runtime API, %s, %s with %i threads`, (configuration: Configuration, load: LuaLoad, nbthread: number) => {
    const running = useHaproxy({
      target,
      ports: THREADS + 1,
      config: ({ ports, backend }) =>
        haproxyConfig({
          luaPath: target().luaPath,
          fixturesDir: target().fixturesDir,
          load,
          nbthread,
          frontends: Array.from({ length: THREADS }, (_, i) => ({ port: ports[i], policy: FROM_MAP, name: `thread${i + 1}`, thread: i + 1 })),
          configuration,
          // The runtime API on a TCP port: a container's sockets are not the host's.
          global: [`stats socket ipv4@127.0.0.1:${ports[THREADS]} level admin`],
          backend: `127.0.0.1:${backend.port}`,
        }),
    });
    const map = (): string => `${target().fixturesDir}/origins.map`;
    const api = async (command: string): Promise<string> => (await runtimeApi(running.ports[THREADS], command)).trim();

    /** For each thread, whether a GET from `origin` gets it back in Access-Control-Allow-Origin. */
    const allowedOn = async (origin: string): Promise<boolean[]> => {
      const answers: boolean[] = [];
      for (let i = 0; i < THREADS; i++) {
        const response = await rawRequest(running.ports[i], "GET", "/", [["origin", origin]]);
        answers.push(response.headers.some(([header, value]) => header === "access-control-allow-origin" && value === origin));
      }
      return answers;
    };
    const everywhere = (allowed: boolean): boolean[] => Array(THREADS).fill(allowed);

    test("a key added is allowed on every thread at the next request, and denied again once deleted", async () => {
      const origin = "https://added.example";
      expect(await allowedOn(origin)).toEqual(everywhere(false));
      expect(await api(`add map ${map()} ${origin} 1`)).toBe("");
      expect(await allowedOn(origin)).toEqual(everywhere(true));
      expect(await api(`del map ${map()} ${origin}`)).toBe("");
      expect(await allowedOn(origin)).toEqual(everywhere(false));
    });

    test("a subdomain pattern added allows its subdomains on every thread", async () => {
      expect(await allowedOn("https://a.added-tenant.example")).toEqual(everywhere(false));
      await api(`add map ${map()} https://*.added-tenant.example 1`);
      expect(await allowedOn("https://a.added-tenant.example")).toEqual(everywhere(true));
      expect(await allowedOn("https://added-tenant.example")).toEqual(everywhere(false));
      await api(`del map ${map()} https://*.added-tenant.example`);
      expect(await allowedOn("https://a.added-tenant.example")).toEqual(everywhere(false));
    });

    test("set map changes a value, which the policy ignores", async () => {
      expect(await api(`set map ${map()} ${LISTED} anything`)).toBe("");
      expect(await allowedOn(LISTED)).toEqual(everywhere(true));
    });

    test("a key that is not valid for the policy never matches, is logged once, and is listed by cors show policies", async () => {
      await api(`add map ${map()} https://*.com 1`);
      expect(await allowedOn("https://shop.com")).toEqual(everywhere(false));
      expect(await allowedOn("https://other.com")).toEqual(everywhere(false));
      // A second bad key found last: once its line is read, every line logged before it has been read too.
      await api(`add map ${map()} https://*.net 1`);
      expect(await allowedOn("https://shop.net")).toEqual(everywhere(false));
      const output = await waitForOutput(running.haproxy, 'cors: origin "https://*.net"');
      const logged = output.split("\n").filter((line) => line.includes("a key never matches"));
      expect(logged).toHaveLength(2);
      expect(logged[0]).toContain(`cors: origins map "${map()}": a key never matches, cors: origin "https://*.com" covers a public suffix`);
      expect(await api("cors show policies")).toContain(`map "${map()}": keys that never match (see the log): "https://*.com", "https://*.net"`);
      await api(`del map ${map()} https://*.com`);
      await api(`del map ${map()} https://*.net`);
    });

    test("a key in another spelling, which no request finds, is reported by the audit of the map's keys", async () => {
      await api(`add map ${map()} HTTPS://Upper.example 1`);
      const line = 'cors: origin "HTTPS://Upper.example" has uppercase letters';
      const output = await waitForOutput(running.haproxy, line);
      expect(output.split("\n").filter((text) => text.includes(line))).toHaveLength(1);
      expect(output).toContain(`cors: origins map "${map()}": a key never matches, ${line}: did you mean "https://upper.example"?`);
      expect(await allowedOn("https://upper.example")).toEqual(everywhere(false));
      expect(await api("cors show policies")).toContain('"HTTPS://Upper.example"');
      await api(`del map ${map()} HTTPS://Upper.example`);
    });

    test("prepare and commit replace the whole map at once; clear empties it", async () => {
      const created = await api(`prepare map ${map()}`);
      const version = /New version created: (\d+)/.exec(created)?.[1];
      expect(version).toBeDefined();
      await api(`add map @${version} ${map()} https://next1.example 1`);
      await api(`add map @${version} ${map()} https://*.next2.example 1`);
      // Until the commit, the current version holds.
      expect(await allowedOn("https://next1.example")).toEqual(everywhere(false));
      expect(await allowedOn(LISTED)).toEqual(everywhere(true));
      expect(await api(`commit map @${version} ${map()}`)).toBe("");
      expect(await allowedOn("https://next1.example")).toEqual(everywhere(true));
      expect(await allowedOn("https://x.next2.example")).toEqual(everywhere(true));
      expect(await allowedOn(LISTED)).toEqual(everywhere(false));
      expect(await api(`clear map ${map()}`)).toBe("");
      expect(await allowedOn("https://next1.example")).toEqual(everywhere(false));
    });
  });
}

/**
 * HAProxy opens maps only while it starts ("map: cannot load map at runtime"): a policy the configuration
 * check does not see (the configuration passed as a directory) is compiled on its first request, so its
 * map's origins are denied, its other origins still allowed, and the log says why.
 */
export function describeUnseenMapPolicyOn(name: string, target: () => HaproxyTarget): void {
  describe(`${name}: an origins map of a policy the configuration check does not see`, () => {
    const running = useHaproxy({
      target,
      asDirectory: true,
      config: ({ ports, backend }) =>
        haproxyConfig({
          luaPath: target().luaPath,
          fixturesDir: target().fixturesDir,
          load: "lua-load",
          nbthread: 1,
          frontends: [{ port: ports[0], policy: extended(`origins=map:{fixtures}/origins.map,https://inline.example`) }],
          backend: `127.0.0.1:${backend.port}`,
        }),
    });

    test("is not opened: its origins are denied, the others allowed, and the log says why", async () => {
      const allowed = async (origin: string): Promise<boolean> =>
        (await rawRequest(running.ports[0], "GET", "/", [["origin", origin]])).headers.some(([header, value]) => header === "access-control-allow-origin" && value === origin);
      expect(await allowed("https://inline.example")).toBe(true);
      expect(await allowed(LISTED)).toBe(false);
      expect(await waitForOutput(running.haproxy, "cannot be opened once HAProxy has started")).toMatch(/cors: origins map ".*origins\.map" cannot be opened once HAProxy has started \(.*cannot load map at runtime.*\), its origins are denied/);
    });
  });
}
