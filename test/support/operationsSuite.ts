// The runtime API's commands and the metrics service (README, "Debugging, the runtime API, metrics"), on a
// real HAProxy: the local binary (test/haproxy/operations.test.ts) and every image of the version matrix
// (test/containers/operations.test.ts).
//
// `cors explain` answers every case of the behaviour table that a question can express as the real request
// does (decision, reason, headers), and `cors show policies` lists every policy with its frontend and line.
// The counters count every decision and denial reason by frontend, exactly under lua-load and
// lua-load-per-thread, whatever thread served each request: the whole table is sent several times over
// concurrent connections, and the service's counts must equal what the table says was sent.

import { BEHAVIOUR_CASES, BehaviourCase, Outcome } from "../cases/behaviour";
import { distinctPolicies } from "./behaviourSuite";
import { Configuration, DEBUG_REQUEST_HEADER, haproxyConfig, LuaLoad } from "./config";
import { useHaproxy } from "./fixture";
import { HaproxyTarget } from "./haproxy";
import { rawRequest, runtimeApi } from "./http";
import { parsePrometheusText, waitForCounts } from "./metrics";
import { corsHeadersOf } from "./outcome";

/** The runtime API splits words on spaces and commands on ";": both are escaped with a backslash. */
const cliWord = (text: string): string => text.replace(/[; \\]/g, (c) => `\\${c}`);
const valuesOf = (c: BehaviourCase, name: string): string[] => c.request.headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);

/**
 * The words of `cors explain` that ask what the case's request asks, or undefined when a question cannot
 * express it (no Origin or several, a backend's own headers, debugging, a preflight for a method a page
 * sends without one, a request a browser never sends).
 */
function questionOf(c: BehaviourCase): string[] | undefined {
  const origins = valuesOf(c, "origin");
  const methods = valuesOf(c, "access-control-request-method");
  const headers = valuesOf(c, "access-control-request-headers");
  if (origins.length !== 1 || origins[0] === "" || c.backend !== undefined || c.request.debug === true) return undefined;
  if (c.request.method === "GET" && methods.length === 0 && headers.length === 0) return [origins[0]];
  if (c.request.method !== "OPTIONS" || methods.length !== 1 || methods[0] === "" || headers.length > 1) return undefined;
  const simple = ["GET", "HEAD", "POST"].includes(methods[0]);
  if (headers.length === 0) return simple ? undefined : [origins[0], methods[0]];
  return headers[0].trim() === "" ? undefined : [origins[0], methods[0], headers[0]];
}

/** The outcome `cors explain` prints: decision, reason, and the header lines (the `# ` comments aside). */
function explained(text: string): Pick<Outcome, "decision" | "reason" | "headers"> {
  const lines = text.trim().split("\n").filter((line) => !line.startsWith("# "));
  const pairs = lines.map((line): [string, string] => [line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2)]);
  const [[, decision], ...rest] = pairs;
  const reason = rest.length > 0 && rest[0][0] === "reason" ? rest.shift()![1] : undefined;
  return { decision: decision as Outcome["decision"], reason: reason as Outcome["reason"], headers: corsHeadersOf(rest) };
}

const POLICIES = distinctPolicies();
const SECOND_OPTIONS = "origins=https://second.example methods=PUT";

const ROUNDS = 3;
const CONCURRENCY = 8;

/** What the service must count after ROUNDS rounds of the table: by series, `name{labels}` -> value. */
function expectedSeries(): Map<string, number> {
  const series = new Map<string, number>();
  POLICIES.forEach((_policy, i) => {
    for (const decision of ["not-cors", "allowed", "denied", "preflight-allowed", "preflight-denied"]) series.set(`haproxy_cors_decisions_total{frontend="cors${i}",decision="${decision}"}`, 0);
    for (const reason of ["origin-not-allowed", "origin-malformed", "several-origins", "method-not-allowed", "headers-not-allowed"]) series.set(`haproxy_cors_denials_total{frontend="cors${i}",reason="${reason}"}`, 0);
  });
  const add = (key: string): void => {
    series.set(key, (series.get(key) as number) + ROUNDS);
  };
  for (const c of BEHAVIOUR_CASES) {
    const frontend = `cors${POLICIES.findIndex((p) => JSON.stringify(p) === JSON.stringify(c.policy))}`;
    const want: Outcome = c.want;
    add(`haproxy_cors_decisions_total{frontend="${frontend}",decision="${want.decision}"}`);
    if (want.reason !== undefined) add(`haproxy_cors_denials_total{frontend="${frontend}",reason="${want.reason}"}`);
  }
  return series;
}

/** The runtime API's commands on `target`, under lua-load and lua-load-per-thread. */
export function describeRuntimeApiOn(name: string, target: () => HaproxyTarget): void {
  describe.each([
    ["lua-load", 1],
    ["lua-load-per-thread", 2],
  ] as const)(`${name}: the runtime API, %s with %i thread(s)`, (load: LuaLoad, nbthread: number) => {
    // The runtime API on a TCP port: a container's sockets are not the host's.
    const running = useHaproxy({
      target,
      ports: POLICIES.length + 2,
      config: ({ ports, backend }) =>
        haproxyConfig({
          luaPath: target().luaPath,
          fixturesDir: target().fixturesDir,
          load,
          nbthread,
          // One frontend per policy (cors<i>), and one with a second policy for requests under /second.
          frontends: [
            ...POLICIES.map((policy, i) => ({ port: ports[i], policy })),
            { port: ports[POLICIES.length], policy: POLICIES[0], name: "two", lines: [`http-request lua.cors-policy "${SECOND_OPTIONS}" if { path_beg /second }`] },
          ],
          configuration: "actions",
          global: [`stats socket ipv4@127.0.0.1:${ports[POLICIES.length + 1]} level admin`],
          backend: `127.0.0.1:${backend.port}`,
        }),
    });
    const api = (command: string): Promise<string> => runtimeApi(running.ports[POLICIES.length + 1], command);

    const asked = BEHAVIOUR_CASES.map((c) => [c.name, c, questionOf(c)] as const).filter(([, , question]) => question !== undefined);
    test("most of the table can be asked", () => {
      expect(asked.length).toBeGreaterThan(40);
    });

    test.each(asked)("cors explain: %s", async (_name, c, question) => {
      const frontend = `cors${POLICIES.findIndex((p) => JSON.stringify(p) === JSON.stringify(c.policy))}`;
      const text = await api(`cors explain ${frontend} ${question!.map(cliWord).join(" ")}`);
      expect(explained(text)).toEqual({ decision: c.want.decision, reason: c.want.reason, headers: c.want.headers });
    });

    test("a frontend with two policies gets both explained, each under its rule", async () => {
      const text = await api("cors explain two https://second.example PUT");
      const blocks = text.trim().split("\n\n");
      expect(blocks).toHaveLength(2);
      expect(blocks[0]).toMatch(/^# two \(.*haproxy\.cfg:\d+\): http-request lua\.cors /);
      expect(blocks[0]).toContain("\ndecision: preflight-denied\nreason: origin-not-allowed\n");
      expect(blocks[1]).toMatch(/^# two \(.*haproxy\.cfg:\d+\): http-request lua\.cors-policy "origins=https:\/\/second\.example methods=PUT"/);
      expect(blocks[1]).toContain("\ndecision: preflight-allowed\n");
      expect(blocks[1]).toContain("\naccess-control-allow-origin: https://second.example\n");
    });

    test("explaining counts nothing and records nothing: a real request afterwards is decided as before", async () => {
      await api("cors explain cors1 https://evil.example");
      const response = await rawRequest(running.ports[1], "GET", "/", [["origin", "https://evil.example"]]);
      expect(response.headers.find(([name]) => name === "x-cors-reason")?.[1]).toBe("origin-not-allowed");
    });

    test("an unknown frontend, or missing words, get an answer that says what to write", async () => {
      expect(await api("cors explain nowhere https://a.example")).toMatch(/^cors: no policy in "nowhere"; sections with policies: cors0, cors1, /);
      expect((await api("cors explain cors0")).trim()).toBe("usage: cors explain <frontend> <origin> [<method> [<header,header>]]");
    });

    test("cors show policies lists each policy with its frontend, file:line, options and counts", async () => {
      const text = await api("cors show policies");
      const blocks = text.trim().split("\n\n");
      expect(blocks).toHaveLength(POLICIES.length + 2);
      expect(blocks[0]).toMatch(/^cors0 \(.*haproxy\.cfg:\d+\): http-request lua\.cors "GET,PUT,POST" "https:\/\/app\.example\.com,\.example\.org" "X-Custom-Header"\n/);
      expect(blocks[0]).toContain("\n  form: drop-in\n  origins: 1 exact, 1 pattern\n  methods: GET,PUT,POST\n  headers: X-Custom-Header\n  expose: none\n  credentials: no\n  max-age: 600\n  preflight: answer");
      const fromFile = blocks.find((block) => block.includes("origins=@"));
      expect(fromFile).toMatch(/\n {2}origins: 3 exact, 2 patterns\n/);
    });
  });
}

/**
 * The metrics service on `target`: the actions under lua-load with one and four threads and
 * lua-load-per-thread with four; the converter configuration (counted in HAProxy's stick table, its
 * action's decisions in Lua) under lua-load-per-thread with four.
 */
export function describeMetricsOn(name: string, target: () => HaproxyTarget): void {
  describe.each([
    ["actions", "lua-load", 1],
    ["actions", "lua-load", 4],
    ["actions", "lua-load-per-thread", 4],
    ["converters", "lua-load-per-thread", 4],
  ] as const)(`${name}: the metrics service, %s, %s with %i thread(s)`, (configuration: Configuration, load: LuaLoad, nbthread: number) => {
    const running = useHaproxy({
      target,
      ports: POLICIES.length + 1,
      config: ({ ports, backend }) =>
        haproxyConfig({
          luaPath: target().luaPath,
          fixturesDir: target().fixturesDir,
          load,
          nbthread,
          frontends: POLICIES.map((policy, i) => ({ port: ports[i], policy })),
          configuration,
          counted: true,
          backend: `127.0.0.1:${backend.port}`,
          sections: ["frontend metrics", `  bind 127.0.0.1:${ports[POLICIES.length]}`, "  http-request use-service lua.cors-metrics"],
        }),
    });
    const metricsPort = (): number => running.ports[POLICIES.length];

    test("before any request, every frontend has every series, at zero", async () => {
      const series = parsePrometheusText((await rawRequest(metricsPort(), "GET", "/metrics", [])).body);
      const zeros = new Map([...expectedSeries().keys()].map((key) => [key, 0]));
      expect(new Map([...series].filter(([key]) => key.startsWith("haproxy_cors_")))).toEqual(zeros);
    });

    test(`the table sent ${ROUNDS} times over ${CONCURRENCY} connections at once is counted exactly`, async () => {
      const requests = Array.from({ length: ROUNDS }, () => BEHAVIOUR_CASES).flat();
      let next = 0;
      const worker = async (): Promise<void> => {
        while (next < requests.length) {
          const c = requests[next++];
          const port = running.ports[POLICIES.findIndex((p) => JSON.stringify(p) === JSON.stringify(c.policy))];
          const debug: Array<[string, string]> = c.request.debug === true ? [[DEBUG_REQUEST_HEADER, "1"]] : [];
          await rawRequest(port, c.request.method, "/", [...c.request.headers, ...debug]);
        }
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));
      const series = await waitForCounts(metricsPort(), expectedSeries());
      // On a mismatch, what HAProxy logged (a Lua error or timeout would show there).
      expect({ series, log: series.size > 0 && [...expectedSeries()].every(([key, value]) => series.get(key) === value) ? "" : running.haproxy.output() }).toEqual({ series: expectedSeries(), log: "" });
    });
  });
}

/** The configuration check with the metrics service: a converter block must count what it decides without Lua. */
export function describeCountingCheckOn(name: string, target: () => HaproxyTarget): void {
  describe(`${name}: haproxy -c with the metrics service and the converter configuration`, () => {
    const config = (counted: boolean): string =>
      haproxyConfig({
        luaPath: target().luaPath,
        fixturesDir: target().fixturesDir,
        load: "lua-load",
        nbthread: 1,
        frontends: [{ port: 1, policy: POLICIES[0] }],
        configuration: "converters",
        counted,
        backend: "127.0.0.1:2",
        sections: ["frontend metrics", "  bind 127.0.0.1:3", "  http-request use-service lua.cors-metrics"],
      });

    test("Verify that a block without its counting rule is refused, naming the converter and the fix", async () => {
      const result = await target().check(config(false));
      expect(result.status).not.toBe(0);
      expect(result.output).toMatch(/haproxy\.cfg:\d+: cors: converter "lua\.cors\(\.\.\.\)" is not counted for the metrics service: add its counting rule and table \(dist\/cors-converters\.cfg, step 4\)/);
    });

    test("Verify that the block with its counting rule and table is accepted", async () => {
      const result = await target().check(config(true));
      expect(result.output).not.toMatch(/cors:/);
      expect(result.status).toBe(0);
    });
  });
}
