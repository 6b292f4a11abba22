// Counting the instructions a process runs, with valgrind's callgrind: the process runs under valgrind, and
// `callgrind_control` zeroes its counters before the work to count and dumps them after. The counts do not
// depend on what else the machine does, where times on a shared virtual machine vary by 5 to 30 %; they
// leave out the kernel's work, and they count instructions, not the time each takes (a cache miss costs
// more than an add). The C library's allocator is counted apart: its paths through its free lists vary
// with the heap's history, by thousands of instructions per request between runs (bench/README.md,
// "Profile", item 13).

import { ChildProcess, spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const VALGRIND = "/usr/bin/valgrind";
const CALLGRIND_CONTROL = "/usr/bin/callgrind_control";
const CALLGRIND_ANNOTATE = "/usr/bin/callgrind_annotate";

/** Instructions counted between `zero` and `dump`. */
export interface Count {
  readonly total: number;
  /** Of which in the C library's allocator (glibc's malloc.c and arena.c: malloc, free, realloc, ...). */
  readonly allocator: number;
}

/** Why counting cannot run here (a missing tool, with the command that installs it), or undefined. */
export function missingCounter(): string | undefined {
  for (const tool of [VALGRIND, CALLGRIND_CONTROL, CALLGRIND_ANNOTATE]) {
    if (!fs.existsSync(tool)) return `${tool} is missing: apt-get install valgrind`;
  }
  return undefined;
}

export interface CountedProcess {
  readonly child: ChildProcess;
  /** What the process wrote on stderr so far (valgrind's own lines included). */
  log(): string;
  /** Sets the counters to zero. */
  zero(): void;
  /** The instructions run since the last `zero`. */
  dump(): Count;
  stop(): void;
}

function control(pid: number, option: string): void {
  const run = spawnSync(CALLGRIND_CONTROL, [option, String(pid)], { encoding: "utf8", timeout: 120_000 });
  if (run.status !== 0) throw new Error(`callgrind_control ${option} ${pid} failed: ${run.stdout}${run.stderr}`);
}

/** The instructions a dump counts in glibc's allocator: the self cost of each function of its malloc.c and arena.c. */
function allocatorInstructions(file: string): number {
  const run = spawnSync(CALLGRIND_ANNOTATE, ["--inclusive=no", "--auto=no", "--threshold=100", file], { encoding: "utf8", timeout: 120_000, maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`callgrind_annotate ${file} failed: ${run.stderr}`);
  let sum = 0;
  for (const line of run.stdout.split("\n")) {
    const match = /^\s*([\d,]+)\s+\(\s*[\d.]+%\)\s+\S*\/malloc\/(?:malloc|arena)\.c:/.exec(line);
    if (match !== null) sum += Number(match[1].replace(/,/g, ""));
  }
  return sum;
}

/** Starts `command` under callgrind; its dumps go to `dir`. */
export function startCounted(command: string, args: readonly string[], dir: string): CountedProcess {
  const prefix = path.join(dir, "callgrind.out");
  const child = spawn(VALGRIND, ["--tool=callgrind", `--callgrind-out-file=${prefix}.%p`, command, ...args], { stdio: ["ignore", "ignore", "pipe"] });
  let log = "";
  child.stderr?.on("data", (d) => (log += d));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`could not start ${VALGRIND}`);
  return {
    child,
    log: () => log,
    zero: () => control(pid, "-z"),
    dump: () => {
      control(pid, "-d");
      // Dumps are numbered: <prefix>.<pid>.1, .2, ...; the newest is the one just written.
      const base = path.basename(`${prefix}.${pid}.`);
      const dumps = fs.readdirSync(dir).filter((name) => name.startsWith(base));
      const newest = dumps.sort((a, b) => Number(a.slice(base.length)) - Number(b.slice(base.length))).pop();
      if (newest === undefined) throw new Error(`callgrind wrote no dump in ${dir}`);
      const file = path.join(dir, newest);
      const text = fs.readFileSync(file, "utf8");
      const total = /^(?:summary|totals):\s+(\d+)/m.exec(text);
      if (total === null) throw new Error(`no instruction total in ${file}`);
      const allocator = allocatorInstructions(file);
      fs.rmSync(file);
      return { total: Number(total[1]), allocator };
    },
    stop: () => {
      if (child.exitCode === null) child.kill("SIGKILL");
    },
  };
}
