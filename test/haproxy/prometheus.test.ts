// A real Prometheus (Debian's `prometheus` package) scrapes the metrics service of a real HAProxy, and its
// HTTP API must give the series the traffic sent; the shipped rules (docs/prometheus/cors-rules.yml) are
// checked and unit-tested by `promtool`, and evaluated by that Prometheus on the live series.

import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { dropIn } from "../cases/behaviour";
import { haproxyConfig } from "../support/config";
import { useHaproxy } from "../support/fixture";
import { localTarget } from "../support/haproxy";
import { freePort, rawRequest, waitForPort } from "../support/http";

const RULES_DIR = path.resolve(__dirname, "../../docs/prometheus");
const target = localTarget();
const POLICY = dropIn("GET,PUT,POST", "https://app.example.com,.example.org", "X-Custom-Header");

function binary(name: string): string {
  if (spawnSync("sh", ["-c", `command -v ${name}`]).status !== 0) {
    throw new Error(`${name} is not installed: run \`apt-get install -y prometheus\` (or \`bash .ci/run\`)`);
  }
  return name;
}

test("promtool accepts the shipped rules and their unit tests pass", () => {
  const check = spawnSync(binary("promtool"), ["check", "rules", "cors-rules.yml"], { cwd: RULES_DIR, encoding: "utf8" });
  expect(check.stdout + check.stderr).toContain("SUCCESS: 6 rules found");
  expect(check.status).toBe(0);
  const unit = spawnSync(binary("promtool"), ["test", "rules", "cors-rules.test.yml"], { cwd: RULES_DIR, encoding: "utf8" });
  expect(unit.stdout + unit.stderr).toContain("SUCCESS");
  expect(unit.status).toBe(0);
});

describe(`${target.name} scraped by Prometheus`, () => {
  const running = useHaproxy({
    target,
    ports: 2,
    config: ({ ports, backend }) =>
      haproxyConfig({
        luaPath: target.luaPath,
        load: "lua-load-per-thread",
        nbthread: 2,
        frontends: [{ port: ports[0], policy: POLICY, name: "api" }],
        configuration: "actions",
        backend: `127.0.0.1:${backend.port}`,
        sections: ["frontend metrics", `  bind 127.0.0.1:${ports[1]}`, "  http-request use-service lua.cors-metrics"],
      }),
  });
  let prometheus: ChildProcess | undefined;
  let prometheusPort = 0;
  let dir = "";
  const output: string[] = [];

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "cors-prometheus-"));
    prometheusPort = await freePort();
    fs.copyFileSync(path.join(RULES_DIR, "cors-rules.yml"), path.join(dir, "cors-rules.yml"));
    const config = [
      "global:",
      "  scrape_interval: 1s",
      "  evaluation_interval: 1s",
      "rule_files:",
      "  - cors-rules.yml",
      "scrape_configs:",
      "  - job_name: haproxy-cors",
      "    static_configs:",
      `      - targets: ["127.0.0.1:${running.ports[1]}"]`,
      "",
    ].join("\n");
    fs.writeFileSync(path.join(dir, "prometheus.yml"), config);
    prometheus = spawn(binary("prometheus"), [`--config.file=${path.join(dir, "prometheus.yml")}`, `--storage.tsdb.path=${path.join(dir, "data")}`, `--web.listen-address=127.0.0.1:${prometheusPort}`], { cwd: dir });
    prometheus.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    prometheus.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    await waitForPort(prometheusPort, 30000);
  }, 40000);

  afterAll(async () => {
    prometheus?.kill("SIGKILL");
    fs.rmSync(dir, { recursive: true, force: true });
  });

  /** Prometheus's answer to an instant query, as `{labels} -> value`. */
  async function query(expression: string): Promise<Map<string, number>> {
    const response = await fetch(`http://127.0.0.1:${prometheusPort}/api/v1/query?query=${encodeURIComponent(expression)}`);
    const json = (await response.json()) as { data: { result: Array<{ metric: Record<string, string>; value: [number, string] }> } };
    return new Map(json.data.result.map(({ metric, value }) => [`${metric.frontend ?? ""}/${metric.decision ?? metric.reason ?? ""}`, Number(value[1])]));
  }

  /** Polls Prometheus until the query gives `wanted` (scrapes come every second), or returns what it last gave. */
  async function queryUntil(expression: string, wanted: Map<string, number>, timeoutMs = 30000): Promise<Map<string, number>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const got = await query(expression);
      if ([...wanted].every(([key, value]) => got.get(key) === value) || Date.now() > deadline) return got;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }

  test("the series Prometheus stores are the requests sent: each decision and each denial reason", async () => {
    const origin = (value: string): [string, string] => ["origin", value];
    const preflight = (value: string, method: string, headers?: string): Array<[string, string]> => [origin(value), ["access-control-request-method", method], ...(headers === undefined ? [] : [["access-control-request-headers", headers] as [string, string]])];
    const sends: Array<[number, string, Array<[string, string]>]> = [
      [7, "GET", [origin("https://app.example.com")]],
      [5, "GET", []],
      [4, "GET", [origin("https://evil.example")]],
      [2, "GET", [origin("https://app.example.com/")]],
      [3, "OPTIONS", preflight("https://a.example.org", "PUT", "x-custom-header")],
      [6, "OPTIONS", preflight("https://app.example.com", "PUT", "x-other")],
      [1, "OPTIONS", preflight("https://app.example.com", "DELETE")],
    ];
    for (const [times, method, headers] of sends) for (let i = 0; i < times; i++) await rawRequest(running.ports[0], method, "/", headers);
    const decisions = new Map([
      ["api/allowed", 7],
      ["api/not-cors", 5],
      ["api/denied", 6],
      ["api/preflight-allowed", 3],
      ["api/preflight-denied", 7],
    ]);
    expect(await queryUntil("haproxy_cors_decisions_total", decisions)).toEqual(decisions);
    const denials = new Map([
      ["api/origin-not-allowed", 4],
      ["api/origin-malformed", 2],
      ["api/several-origins", 0],
      ["api/method-not-allowed", 1],
      ["api/headers-not-allowed", 6],
    ]);
    expect(await queryUntil("haproxy_cors_denials_total", denials)).toEqual(denials);
    // The recording rules run on the live series: one per frontend and reason.
    const recorded = await queryUntil("count(frontend_reason:haproxy_cors_denials:rate5m)", new Map([["/", 5]]));
    expect(recorded).toEqual(new Map([["/", 5]]));
  }, 60000);

  test("Prometheus reports the target up and its scrapes healthy", async () => {
    const response = await fetch(`http://127.0.0.1:${prometheusPort}/api/v1/targets`);
    const json = (await response.json()) as { data: { activeTargets: Array<{ health: string; lastError: string }> } };
    expect(json.data.activeTargets.map(({ health, lastError }) => `${health} ${lastError}`)).toEqual(["up "]);
  });
});
