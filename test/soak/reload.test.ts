// Reload under load: the policy changes in haproxy.cfg and the master-worker HAProxy reloads
// (SIGUSR2) while wrk keeps sending requests. No request may fail, and new connections get the new policy.

import { spawn } from "node:child_process";
import { extended, PolicyLine } from "../cases/behaviour";
import { startBackend, TestBackend } from "../support/backend";
import { haproxyConfig } from "../support/config";
import { localTarget, RunningHaproxy } from "../support/haproxy";
import { freePort, rawRequest } from "../support/http";

const target = localTarget();
const BEFORE = extended("origins=https://old.example.com");
const AFTER = extended("origins=https://new.example.com");

interface WrkSummary {
  readonly requests: number;
  readonly socketErrors: number;
  readonly non2xx: number;
}

function wrk(port: number, seconds: number): Promise<WrkSummary> {
  return new Promise((resolve, reject) => {
    const child = spawn("wrk", ["-t1", "-c20", `-d${seconds}s`, "-H", "Origin: https://old.example.com", `http://127.0.0.1:${port}/`]);
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    child.on("error", () => reject(new Error("wrk is not installed: run `apt-get install -y wrk` (or `bash .ci/run`)")));
    child.on("exit", () => {
      const requests = /(\d+) requests in/.exec(out);
      const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(out);
      if (!requests) return reject(new Error(`no wrk summary:\n${out}`));
      resolve({
        requests: Number(requests[1]),
        socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
        non2xx: non2xx ? Number(non2xx[1]) : 0,
      });
    });
  });
}

describe(`${target.name}: reload under load`, () => {
  let backend: TestBackend;
  let haproxy: RunningHaproxy;
  let port: number;
  // On a soft stop HAProxy closes idle keep-alive connections, and a request a client sends at that
  // very moment is lost unless the client retries (browsers do, wrk does not). This option makes the old
  // worker answer the next request on such a connection with "Connection: close" instead.
  const config = (policy: PolicyLine): string =>
    haproxyConfig({ luaPath: target.luaPath, load: "lua-load", nbthread: 2, frontends: [{ port, policy }], backend: `127.0.0.1:${backend.port}`, defaults: ["option idle-close-on-response"] });

  beforeAll(async () => {
    backend = await startBackend();
    port = await freePort();
    haproxy = await target.start(config(BEFORE), [port]);
  });

  afterAll(async () => {
    await haproxy?.stop();
    await backend?.close();
  });

  test("Verify that a policy changed by a reload under load fails no request and applies to new connections", async () => {
    const before = await rawRequest(port, "GET", "/", [["origin", "https://old.example.com"]]);
    expect(before.headers).toContainEqual(["access-control-allow-origin", "https://old.example.com"]);

    const load = wrk(port, 4);
    await new Promise((r) => setTimeout(r, 1500));
    haproxy.reload?.(config(AFTER));
    const summary = await load;
    expect(summary.requests).toBeGreaterThan(1000);
    expect(summary).toEqual({ requests: summary.requests, socketErrors: 0, non2xx: 0 });

    const oldOrigin = await rawRequest(port, "GET", "/", [["origin", "https://old.example.com"]]);
    const newOrigin = await rawRequest(port, "GET", "/", [["origin", "https://new.example.com"]]);
    expect(oldOrigin.headers.find(([n]) => n === "access-control-allow-origin")).toBeUndefined();
    expect(newOrigin.headers).toContainEqual(["access-control-allow-origin", "https://new.example.com"]);
    expect(haproxy.output()).toMatch(/Reexecuting Master process|Loading success/);
    expect(haproxy.output()).not.toMatch(/lua|cors:/i);
  });
});
