// The counters (README, "Metrics"): every decision and every denial reason, by frontend, exact under
// lua-load and lua-load-per-thread, whatever thread served each request. The whole behaviour table is sent
// several times over concurrent connections; the service's counts must equal what the table says was sent.

import { BEHAVIOUR_CASES, Outcome } from "../cases/behaviour";
import { distinctPolicies } from "../support/behaviourSuite";
import { DEBUG_REQUEST_HEADER, haproxyConfig, LuaLoad } from "../support/config";
import { useHaproxy } from "../support/fixture";
import { localTarget } from "../support/haproxy";
import { rawRequest } from "../support/http";
import { parsePrometheusText, waitForCounts } from "../support/metrics";

const target = localTarget();
const POLICIES = distinctPolicies();
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

describe.each([
  ["lua-load", 1],
  ["lua-load", 4],
  ["lua-load-per-thread", 4],
] as const)(`${target.name}: the metrics service, %s with %i thread(s)`, (load: LuaLoad, nbthread: number) => {
  const running = useHaproxy({
    target,
    ports: POLICIES.length + 1,
    config: ({ ports, backend }) =>
      haproxyConfig({
        luaPath: target.luaPath,
        fixturesDir: target.fixturesDir,
        load,
        nbthread,
        frontends: POLICIES.map((policy, i) => ({ port: ports[i], policy })),
        configuration: "actions",
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
    expect(series).toEqual(expectedSeries());
  });
});
