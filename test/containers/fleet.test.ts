// A fleet: three HAProxy processes (one per image of the version matrix, repeated when there are fewer), each
// with four threads, whose policy reads its origins from a map (FROM_MAP). While a client sends requests from
// one origin to every thread of every process, scripts/cors-origins.sh adds the origin on all three through
// their runtime API sockets, then deletes it, then replaces the whole map with a file that holds it again.
//
// No request may fail, and each process must flip exactly when its own change lands: for each process, a
// response received before the command reached it has the old decision, a request sent after the script
// printed that process's "landed" line has the new one, and a request in between either. The client's
// requests go in chains (each sent once the previous one is answered), and a chain's decisions may flip once
// per change, never back. The times are those of this process: the script reaches each runtime API through
// a relay here that notes when a command passes, and its "landed" lines are timed when they arrive.

import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as net from "node:net";
import * as path from "node:path";
import { performance } from "node:perf_hooks";
import { FROM_MAP } from "../cases/behaviour";
import { haproxyConfig } from "../support/config";
import { containerTarget, imagesToTest, prepareImages } from "../support/containers";
import { Running, startHaproxy } from "../support/fixture";
import { HaproxyTarget } from "../support/haproxy";
import { freePort, mapEntries, runtimeApi } from "../support/http";

prepareImages();

const SCRIPT = path.resolve(__dirname, "../../scripts/cors-origins.sh");
const ORIGIN = "https://fleet.example";
const PROCESSES = 3;
const THREADS = 4;
/** Decided requests each thread of each process must answer in each phase (outside the changes' windows). */
const PER_THREAD = 50;

const images = imagesToTest();
const fleet: HaproxyTarget[] = Array.from({ length: PROCESSES }, (_, i) => containerTarget(images[i % images.length]));

/** A TCP relay to a runtime API that notes when each connection's first bytes pass (the command it carries). */
interface Relay {
  readonly address: string;
  readonly commands: Array<{ readonly at: number; text: string }>;
  close(): Promise<void>;
}

async function startRelay(apiPort: number): Promise<Relay> {
  const commands: Array<{ at: number; text: string }> = [];
  const server = net.createServer({ allowHalfOpen: true }, (client) => {
    const api = net.connect({ host: "127.0.0.1", port: apiPort, allowHalfOpen: true });
    let command: { at: number; text: string } | undefined;
    client.on("data", (chunk) => {
      if (command === undefined) commands.push((command = { at: performance.now(), text: "" }));
      command.text += chunk.toString("latin1");
      api.write(chunk);
    });
    client.on("end", () => api.end());
    api.pipe(client);
    client.on("error", () => api.destroy());
    api.on("error", () => client.destroy());
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { address: `ipv4@127.0.0.1:${port}`, commands, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

interface Sample {
  readonly process: number;
  readonly thread: number;
  readonly chain: number;
  readonly sent: number;
  readonly received: number;
  /** 0 when the request failed. */
  readonly status: number;
  readonly allowOrigin: string | undefined;
}

/** Requests from ORIGIN, each sent once the previous one is answered, over one keep-alive connection or a new one each. */
async function chain(samples: Sample[], running: () => boolean, where: { process: number; thread: number; chain: number; port: number }, keepAlive: boolean): Promise<void> {
  const agent = keepAlive ? new http.Agent({ keepAlive: true, maxSockets: 1 }) : false;
  while (running()) {
    const sent = performance.now();
    const { status, allowOrigin } = await new Promise<{ status: number; allowOrigin: string | undefined }>((resolve) => {
      const request = http.get({ host: "127.0.0.1", port: where.port, path: "/", headers: { origin: ORIGIN }, agent, timeout: 5000 }, (response) => {
        response.resume();
        response.on("end", () => resolve({ status: response.statusCode ?? 0, allowOrigin: response.headers["access-control-allow-origin"] }));
        response.on("error", () => resolve({ status: 0, allowOrigin: undefined }));
      });
      request.on("timeout", () => request.destroy(new Error("timeout")));
      request.on("error", () => resolve({ status: 0, allowOrigin: undefined }));
    });
    samples.push({ process: where.process, thread: where.thread, chain: where.chain, sent, received: performance.now(), status, allowOrigin });
  }
  if (agent) agent.destroy();
}

/** Runs scripts/cors-origins.sh; each "landed <socket> <time>" line with the time it arrived here. */
function runScript(args: string[]): Promise<{ code: number | null; stderr: string; landed: Array<{ socket: string; at: number; line: string }> }> {
  return new Promise((resolve) => {
    const child = spawn("bash", [SCRIPT, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const landed: Array<{ socket: string; at: number; line: string }> = [];
    let pending = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => {
      const at = performance.now();
      pending += chunk;
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) landed.push({ socket: line.split(" ")[1], at, line });
    });
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stderr, landed }));
  });
}

async function waitUntil(condition: () => boolean, what: () => string, timeoutMs = 15000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe(`a fleet of ${PROCESSES} processes (${fleet.map((target) => target.name).join("; ")}), ${THREADS} threads each: origins changed by scripts/cors-origins.sh under load`, () => {
  const processes: Array<Running> = [];
  const relays: Relay[] = [];
  let keysFile = "";

  beforeAll(async () => {
    const started = await Promise.allSettled(
      fleet.map((target) =>
        startHaproxy({
          target,
          ports: THREADS + 1,
          config: ({ ports, backend }) =>
            haproxyConfig({
              luaPath: target.luaPath,
              fixturesDir: target.fixturesDir,
              load: "lua-load-per-thread",
              nbthread: THREADS,
              // A frontend per thread, so that every thread answers its share.
              frontends: Array.from({ length: THREADS }, (_, i) => ({ port: ports[i], policy: FROM_MAP, name: `thread${i + 1}`, thread: i + 1 })),
              global: [`stats socket ipv4@127.0.0.1:${ports[THREADS]} level admin`],
              backend: `127.0.0.1:${backend.port}`,
            }),
        }),
      ),
    );
    for (const result of started) if (result.status === "fulfilled") processes.push(result.value);
    const failed = started.find((result) => result.status === "rejected");
    if (failed) throw failed.reason;
    for (const running of processes) relays.push(await startRelay(running.ports[THREADS]));
    keysFile = path.join(processes[0].dir, "origins");
  }, 90000);

  afterAll(async () => {
    await Promise.all([...relays.map((relay) => relay.close()), ...processes.map((running) => running.stop())]);
  });

  /** The map's path, the same in every process of the fleet. */
  const map = (): string => `${fleet[0].fixturesDir}/origins.map`;

  test("no request fails, and each process flips exactly when its change lands", async () => {
    const keys = ["https://tenant1.example.com", ORIGIN, ...Array.from({ length: 300 }, (_, i) => `https://*.t${i}.fleet.example`)];
    fs.writeFileSync(keysFile, `# the fleet's origins\n${keys.join("\n")}\n`);
    const changes = [
      { name: "add", args: ["add", map(), ORIGIN], allowed: true, committing: "add map" },
      { name: "del", args: ["del", map(), ORIGIN], allowed: false, committing: "del map" },
      { name: "replace", args: ["replace", map(), keysFile], allowed: true, committing: "commit map" },
    ];
    /** For each change, for each process: when its command passed the relay, and when its "landed" line arrived. */
    const windows: Array<Array<{ from: number; landed: number }>> = [];

    const samples: Sample[] = [];
    let loading = true;
    const chains: Array<Promise<void>> = [];
    processes.forEach((running, process) => {
      for (let thread = 0; thread < THREADS; thread++) {
        for (const keepAlive of [true, false]) chains.push(chain(samples, () => loading, { process, thread, chain: chains.length, port: running.ports[thread] }, keepAlive));
      }
    });
    /** Answered requests sent after `since[process]`, per process and thread. */
    const countsSince = (since: number[]): number[][] => {
      const counts = processes.map(() => Array<number>(THREADS).fill(0));
      for (const sample of samples) if (sample.sent > since[sample.process]) counts[sample.process][sample.thread]++;
      return counts;
    };
    const enoughSince = async (since: number[]): Promise<void> =>
      waitUntil(
        () => countsSince(since).every((threads) => threads.every((count) => count >= PER_THREAD)),
        () => `${PER_THREAD} requests per thread and process; answered: ${JSON.stringify(countsSince(since))}`,
      );

    try {
      await enoughSince(processes.map(() => -Infinity));
      for (const change of changes) {
        const before = relays.map((relay) => relay.commands.length);
        const sockets = relays.map((relay) => relay.address);
        const result = await runScript([...change.args, "--", ...sockets]);
        expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: "" });
        expect(result.landed.map((landed) => landed.socket)).toEqual(sockets);
        for (const landed of result.landed) expect(landed.line).toMatch(/^landed \S+ \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
        windows.push(
          relays.map((relay, process) => {
            const sent = relay.commands.slice(before[process]);
            const committing = sent.filter((command) => command.text.startsWith(change.committing));
            // One command changes what requests see: add map, del map, or the commit after prepare and add map @<version>.
            expect(committing).toHaveLength(1);
            if (change.name === "replace") {
              expect(sent[0].text).toBe(`prepare map ${map()}\n`);
              const version = /^commit map @(\d+) /.exec(committing[0].text)?.[1];
              expect(committing[0]).toBe(sent[sent.length - 1]);
              expect(sent.slice(1, -1).every((command) => command.text.startsWith(`add map @${version} ${map()} `))).toBe(true);
            }
            // A process's line comes once its command has passed, never before.
            expect(committing[0].at).toBeLessThan(result.landed[process].at);
            return { from: committing[0].at, landed: result.landed[process].at };
          }),
        );
        await enoughSince(windows[windows.length - 1].map((window) => window.landed));
      }
    } finally {
      loading = false;
      await Promise.all(chains);
    }

    // Every request answered 200, with the origin or nothing in Access-Control-Allow-Origin.
    expect(samples.filter((sample) => sample.status !== 200)).toEqual([]);
    expect(samples.filter((sample) => sample.allowOrigin !== undefined && sample.allowOrigin !== ORIGIN)).toEqual([]);

    // The state before each change and after it: denied, allowed, denied, allowed. A sample can be in state i
    // only if the changes before i could have reached its process when it was answered and those after i had
    // not landed when it was sent; along a chain the states never go back.
    const states = [false, ...changes.map((change) => change.allowed)];
    const phaseNames = ["before", ...changes.map((change) => change.name)];
    const counts = processes.map(() => states.map(() => ({ settled: 0, inWindow: 0 })));
    const wrong: string[] = [];
    const byChain = new Map<number, Sample[]>();
    for (const sample of samples) byChain.set(sample.chain, [...(byChain.get(sample.chain) ?? []), sample]);
    for (const chainSamples of byChain.values()) {
      let state = 0;
      for (const sample of chainSamples.sort((a, b) => a.sent - b.sent)) {
        const process = windows.map((change) => change[sample.process]);
        const latest = process.filter((window) => window.from < sample.received).length;
        const earliest = Math.max(state, process.filter((window) => window.landed < sample.sent).length);
        const allowed = sample.allowOrigin === ORIGIN;
        let found = -1;
        for (let i = earliest; i <= latest && found < 0; i++) if (states[i] === allowed) found = i;
        if (found < 0) {
          wrong.push(`process ${sample.process} thread ${sample.thread + 1}: ${allowed ? "allowed" : "denied"}, sent at ${sample.sent.toFixed(1)} ms, answered at ${sample.received.toFixed(1)} ms; possible phases: ${phaseNames.slice(earliest, latest + 1).join(", ") || "none"}; changes ${JSON.stringify(process)}`);
          continue;
        }
        state = found;
        if (earliest === latest) counts[sample.process][found].settled++;
        else counts[sample.process][found].inWindow++;
      }
    }
    console.log(
      [
        `fleet: ${samples.length} requests; per process and phase, requests whose decision was settled (+ those sent or answered while the change was on its way):`,
        ...processes.map((_, process) => `  ${fleet[process].name}: ${phaseNames.map((name, i) => `${name} ${states[i] ? "allowed" : "denied"} ${counts[process][i].settled} (+${counts[process][i].inWindow})`).join(", ")}`),
      ].join("\n"),
    );
    expect(wrong.slice(0, 20)).toEqual([]);
    // Each process answered its share in every phase, after the change had landed (and before the first).
    for (const perPhase of counts) for (const phase of perPhase) expect(phase.settled).toBeGreaterThanOrEqual(PER_THREAD * THREADS);

    // Every process holds the file's origins, and only them.
    for (const running of processes) {
      const entries = mapEntries(await runtimeApi(running.ports[THREADS], `show map ${map()}`));
      expect(entries).toEqual(keys.map((key) => `${key} 1`).sort());
    }
  }, 40000);

  test("the script stops at the first socket that fails, names it, and leaves the sockets after it unchanged", async () => {
    const origin = "https://stopped.example";
    const dead = `ipv4@127.0.0.1:${await freePort()}`;
    const result = await runScript(["add", map(), origin, "--", relays[0].address, dead, relays[2].address]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cors-origins.sh: ${dead}: cannot reach the runtime API`);
    expect(result.landed.map((landed) => landed.socket)).toEqual([relays[0].address]);
    const holds = async (process: number): Promise<boolean> => (await runtimeApi(processes[process].ports[THREADS], `show map ${map()}`)).includes(` ${origin} `);
    expect([await holds(0), await holds(1), await holds(2)]).toEqual([true, false, false]);
  });
});
