// Starting a real HAProxy for integration tests. A target knows how to run `haproxy -c` and how to
// start HAProxy with a configuration; the local target uses the haproxy binary on this machine (the
// container targets of the version matrix plug in here too).

import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { waitForPort } from "./http";
import { MAPS_DIR } from "./config";
import { FIXTURES_DIR } from "./policyArgs";

export const DIST_CORS_LUA = path.resolve(__dirname, "../../dist/cors.lua");

export interface CheckResult {
  readonly status: number;
  readonly output: string;
}

export interface RunningHaproxy {
  /** Everything HAProxy wrote so far (stderr and stdout: alerts, Lua errors). */
  output(): string;
  /** The master process id (local targets only). */
  readonly pid?: number;
  /** Writes a new configuration and reloads the master with SIGUSR2 (local targets only). */
  reload?(config: string): void;
  stop(): Promise<void>;
}

export interface HaproxyTarget {
  /** Names the HAProxy and Lua versions, e.g. "local HAProxy 2.6.12 / Lua 5.3.6". */
  readonly name: string;
  /** Where the configuration must `lua-load` dist/cors.lua from. */
  readonly luaPath: string;
  /** Where HAProxy sees test/fixtures (origins files). */
  readonly fixturesDir: string;
  /** Runs `haproxy -c` on a configuration. */
  check(config: string): Promise<CheckResult>;
  /** Starts HAProxy; with `asDirectory` the configuration file is passed inside a directory (`-f <dir>`). */
  start(config: string, ports: number[], options?: { asDirectory?: boolean }): Promise<RunningHaproxy>;
}

/**
 * Writes haproxy.cfg into a new directory, where HAProxy sees it as `seenAs` (default: where it is),
 * with each map `{maps}/<name>.map` of the converter configuration created there, empty.
 */
export function writeTemp(config: string, seenAs?: string): { dir: string; file: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cors-haproxy-"));
  const file = path.join(dir, "haproxy.cfg");
  writeConfig(file, config, seenAs ?? dir);
  return { dir, file };
}

/** Removes a directory `writeTemp` made, once HAProxy is done with it. */
export function removeTemp(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}

function writeConfig(file: string, config: string, seenAs: string): void {
  const dir = path.dirname(file);
  for (const [, name] of config.matchAll(/\{maps\}\/([\w-]+\.map)/g)) fs.writeFileSync(path.join(dir, name), "");
  fs.writeFileSync(file, config.split(MAPS_DIR).join(seenAs));
}

/** The haproxy binary on PATH; the error names the command that installs it. */
export function localHaproxyBinary(): string {
  const found = spawnSync("sh", ["-c", "command -v haproxy"], { encoding: "utf8" });
  const binary = found.stdout.trim();
  if (found.status !== 0 || binary === "") {
    throw new Error("haproxy is not installed: run `apt-get install -y haproxy` (or `bash .ci/run`, which installs every test dependency)");
  }
  return binary;
}

/** "HAProxy 2.6.12 / Lua 5.3.6" from the output of `haproxy -vv`. */
export function versionsOf(vv: string): string {
  const haproxy = /HAProxy version (\S+)/.exec(vv);
  const lua = /Built with Lua version : Lua (\S+)/.exec(vv);
  return `HAProxy ${haproxy ? haproxy[1] : "unknown"} / Lua ${lua ? lua[1] : "unknown"}`;
}

export function localTarget(): HaproxyTarget {
  const binary = localHaproxyBinary();
  return {
    name: `local binary: ${versionsOf(spawnSync(binary, ["-vv"], { encoding: "utf8" }).stdout)}`,
    luaPath: DIST_CORS_LUA,
    fixturesDir: FIXTURES_DIR,
    async check(config) {
      const { dir, file } = writeTemp(config);
      const result = spawnSync(binary, ["-c", "-f", file], { encoding: "utf8" });
      removeTemp(dir);
      return { status: result.status ?? -1, output: `${result.stdout}${result.stderr}` };
    },
    async start(config, ports, options = {}) {
      const { dir, file } = writeTemp(config);
      const child = spawn(binary, ["-W", "-db", "-f", options.asDirectory ? dir : file], { stdio: ["ignore", "pipe", "pipe"] });
      let output = "";
      child.stdout.on("data", (d) => (output += d));
      child.stderr.on("data", (d) => (output += d));
      const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
      try {
        await Promise.race([
          Promise.all(ports.map((port) => waitForPort(port, 10000))),
          exited.then(() => {
            throw new Error(`haproxy exited during start-up:\n${output}`);
          }),
        ]);
      } catch (error) {
        child.kill("SIGKILL");
        await exited;
        removeTemp(dir);
        throw error;
      }
      return {
        output: () => output,
        pid: child.pid,
        reload: (next: string) => {
          writeConfig(file, next, dir);
          child.kill("SIGUSR2");
        },
        stop: async () => {
          child.kill("SIGKILL");
          await exited;
          removeTemp(dir);
        },
      };
    },
  };
}

/** 209 for HAProxy 2.9.x, read from a target's name (its `haproxy -vv`); undefined when it is not there. */
export function haproxyVersionOf(target: Pick<HaproxyTarget, "name">): number | undefined {
  const found = /HAProxy (\d+)\.(\d+)/.exec(target.name);
  return found ? Number(found[1]) * 100 + Number(found[2]) : undefined;
}

/** HAProxy's output once it holds `text` (its log reaches the test asynchronously), or as it is after `timeoutMs`. */
export async function waitForOutput(haproxy: RunningHaproxy, text: string, timeoutMs = 15000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  while (!haproxy.output().includes(text) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
  return haproxy.output();
}
