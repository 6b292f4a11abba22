// Reload under load: the policy changes in haproxy.cfg and the master-worker HAProxy reloads
// (SIGUSR2) while wrk keeps sending requests. No request may fail, and new connections get the new policy.

import { extended, PolicyLine } from "../cases/behaviour";
import { haproxyConfig } from "../support/config";
import { Setup, useHaproxy } from "../support/fixture";
import { localTarget } from "../support/haproxy";
import { rawRequest } from "../support/http";
import { RunningWrk, startWrk, wrkReport } from "../support/wrk";

const target = localTarget();
const BEFORE = extended("origins=https://old.example.com");
const AFTER = extended("origins=https://new.example.com");

/** The reload's load: longer than the test can last, and a request timeout no answer can reach, so that
 * wrk stops when told to and neither the machine's speed nor its load decides the outcome. */
function startLoad(port: number): RunningWrk {
  return startWrk(["-t1", "-c20", "-d600s", "--timeout", "60s", "-H", "Origin: https://old.example.com", `http://127.0.0.1:${port}/`]);
}

/** Waits until `done()` holds, checking every 20 ms; fails after `timeoutMs` (a wait, not a measure). */
async function waitFor(what: string, done: () => boolean | Promise<boolean>, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error(`${what}: not within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The reloaded worker answers new connections: the new policy allows the new origin. */
async function newPolicyAnswers(port: number): Promise<boolean> {
  const response = await rawRequest(port, "GET", "/", [["origin", "https://new.example.com"]]);
  return response.headers.some(([n, v]) => n === "access-control-allow-origin" && v === "https://new.example.com");
}

describe(`${target.name}: reload under load`, () => {
  // On a soft stop HAProxy closes idle keep-alive connections, and a request a client sends at that
  // very moment is lost unless the client retries (browsers do, wrk does not). This option makes the old
  // worker answer the next request on such a connection with "Connection: close" instead.
  const config = (policy: PolicyLine, { ports, backend }: Setup): string =>
    haproxyConfig({ luaPath: target.luaPath, load: "lua-load", nbthread: 2, frontends: [{ port: ports[0], policy }], backend: `127.0.0.1:${backend.port}`, defaults: ["option idle-close-on-response"] });
  const running = useHaproxy({ target, config: (setup) => config(BEFORE, setup) });

  test("Verify that a policy changed by a reload under load fails no request and applies to new connections", async () => {
    const { backend, haproxy, port } = running;
    const before = await rawRequest(port, "GET", "/", [["origin", "https://old.example.com"]]);
    expect(before.headers).toContainEqual(["access-control-allow-origin", "https://old.example.com"]);

    // Load before, during and after the reload: the backend counts what wrk sent through each worker.
    const load = startLoad(port);
    const LOAD = 2000;
    await waitFor("wrk's first requests", () => backend.served() >= LOAD);
    haproxy.reload?.(config(AFTER, running));
    await waitFor("the new policy after the reload", () => newPolicyAnswers(port));
    const flipped = backend.served();
    await waitFor("wrk's requests after the reload", () => backend.served() >= flipped + LOAD);
    const output = await load.stop();
    const report = wrkReport(output);
    if (report === undefined) throw new Error(`no wrk report:\n${output}`);
    const summary = { requests: report.requests, socketErrors: report.socketErrors, non2xx: report.non2xx };
    expect(summary.requests).toBeGreaterThan(LOAD);
    expect(summary).toEqual({ requests: summary.requests, socketErrors: 0, non2xx: 0 });

    const oldOrigin = await rawRequest(port, "GET", "/", [["origin", "https://old.example.com"]]);
    const newOrigin = await rawRequest(port, "GET", "/", [["origin", "https://new.example.com"]]);
    expect(oldOrigin.headers.find(([n]) => n === "access-control-allow-origin")).toBeUndefined();
    expect(newOrigin.headers).toContainEqual(["access-control-allow-origin", "https://new.example.com"]);
    expect(haproxy.output()).toMatch(/Reexecuting Master process|Loading success/);
    expect(haproxy.output()).not.toMatch(/lua|cors:/i);
  });
});
