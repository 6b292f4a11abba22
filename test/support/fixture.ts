// "A test backend and HAProxy with this configuration" for a describe block: the fixture takes free
// ports, starts the backend and HAProxy before the block's tests, and after them stops both and removes
// the block's temporary directory.

import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { startBackend, TestBackend } from "./backend";
import { HaproxyTarget, localTarget, RunningHaproxy } from "./haproxy";
import { freePort } from "./http";

/** A server behind HAProxy: the test backend, or one of a suite's own (the browser tests' API). */
export interface Backend {
  readonly port: number;
  close(): Promise<void>;
}

/** What a configuration is written from. */
export interface Setup<B extends Backend = TestBackend> {
  readonly target: HaproxyTarget;
  readonly backend: B;
  /** Free loopback ports, as many as asked. */
  readonly ports: readonly number[];
  /** A directory of the block's own (a stats socket, another Lua file), removed with HAProxy. */
  readonly dir: string;
}

export interface Running<B extends Backend = TestBackend> extends Setup<B> {
  readonly haproxy: RunningHaproxy;
  /** The first port. */
  readonly port: number;
  /** Stops HAProxy and the backend, and removes the directory. */
  stop(): Promise<void>;
}

export interface HaproxyOptions<B extends Backend = TestBackend> {
  /** Where HAProxy runs (default: the local binary); a function is called when the block starts. */
  readonly target?: HaproxyTarget | (() => HaproxyTarget);
  /** Starts the server behind HAProxy (default: startBackend). */
  readonly backend?: () => Promise<B>;
  /** How many free ports the configuration binds (default 1). */
  readonly ports?: number;
  readonly config: (setup: Setup<B>) => string;
  /** The ports that must open before the tests run (default: all of them). */
  readonly awaited?: (setup: Setup<B>) => readonly number[];
  /** Passes the configuration as a directory (`-f <dir>`), which the configuration check does not see. */
  readonly asDirectory?: boolean;
}

/** Starts a backend and HAProxy; on a failure, whatever started is stopped. */
export async function startHaproxy<B extends Backend = TestBackend>(options: HaproxyOptions<B>): Promise<Running<B>> {
  const target = typeof options.target === "function" ? options.target() : (options.target ?? localTarget());
  // Without options.backend, B is TestBackend (its default).
  const backend = await (options.backend ?? (startBackend as unknown as () => Promise<B>))();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cors-suite-"));
  const cleanUp = async (): Promise<void> => {
    await backend.close();
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    const ports: number[] = [];
    for (let i = 0; i < (options.ports ?? 1); i++) ports.push(await freePort());
    const setup: Setup<B> = { target, backend, ports, dir };
    const haproxy = await target.start(options.config(setup), [...(options.awaited?.(setup) ?? ports)], { asDirectory: options.asDirectory });
    return {
      ...setup,
      haproxy,
      port: ports[0],
      stop: async () => {
        await haproxy.stop();
        await cleanUp();
      },
    };
  } catch (error) {
    await cleanUp();
    throw error;
  }
}

/**
 * Registers beforeAll and afterAll in the current describe block; the object it returns is filled in
 * when the block starts, so its fields are read inside the tests (and in later beforeAll hooks).
 */
export function useHaproxy<B extends Backend = TestBackend>(options: HaproxyOptions<B>, startTimeoutMs = 60000): Running<B> {
  const running = {} as Running<B>;
  let started: Running<B> | undefined;
  beforeAll(async () => {
    started = await startHaproxy(options);
    Object.assign(running, started);
  }, startTimeoutMs);
  afterAll(async () => {
    await started?.stop();
  });
  return running;
}
