// wrk, the load generator of the soak, reload and attack tests: started with its arguments, its report
// read when it exits (at its -d, or when stopped: on SIGINT wrk prints the report of what it did).

import { spawn } from "node:child_process";

export interface RunningWrk {
  /** Everything wrk printed, once it has exited. */
  readonly output: Promise<string>;
  /** Interrupts wrk (SIGINT); `output` then resolves with its report. */
  stop(): Promise<string>;
}

export function startWrk(args: readonly string[]): RunningWrk {
  const child = spawn("wrk", [...args]);
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  const output = new Promise<string>((resolve, reject) => {
    child.on("error", () => reject(new Error("wrk is not installed: run `apt-get install -y wrk` (or `bash .ci/run`)")));
    child.on("exit", () => resolve(out));
  });
  return {
    output,
    stop: () => {
      child.kill("SIGINT");
      return output;
    },
  };
}

/** wrk's report, read; undefined when it has none. */
export interface WrkReport {
  readonly requests: number;
  readonly requestsPerSecond: number;
  /** connect, read, write and timeout errors together. */
  readonly socketErrors: number;
  readonly non2xx: number;
}

export function wrkReport(output: string): WrkReport | undefined {
  const requests = /(\d+) requests in/.exec(output);
  const rps = /Requests\/sec:\s+([\d.]+)/.exec(output);
  if (!requests || !rps) return undefined;
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(output);
  return {
    requests: Number(requests[1]),
    requestsPerSecond: Number(rps[1]),
    socketErrors: errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0,
    non2xx: non2xx ? Number(non2xx[1]) : 0,
  };
}
