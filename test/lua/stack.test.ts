// The coroutine's stack (test/lua/stack.lua): HAProxy runs each stream's actions in a new coroutine, and the
// usual request and response must fit in its first stack, or Lua reallocates it on every request
// (bench/README.md, "Profile", item 10), and reach no deeper than one protected call (item 12). Run on the
// compiled dist/cors.lua in plain Lua 5.3 and 5.4.

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { DIST_CORS_LUA } from "../support/haproxy";
import { luaBinary, LUA_VERSIONS } from "../support/luaRunner";

const SCRIPT = path.resolve(__dirname, "stack.lua");

interface Row {
  readonly fresh: number;
  readonly calls: number;
  readonly grown: number;
}

/**
 * The usual requests, in both configurations of stack.lua (the response action in http-after-response; the
 * native response rules, for which the request action records txn.cors_edit too): each action must allocate
 * the same in a new coroutine as in one whose stack was grown.
 */
const CONFIGURATIONS = ["lua rules", "native rules", "metrics"];
const USUAL = CONFIGURATIONS.flatMap((configuration) =>
  ["extended, allowed GET", "extended, GET without Origin", "drop-in, allowed GET", "drop-in, GET without Origin", "map, allowed GET"].map((name) => `${configuration}: ${name}`),
).flatMap((name) => [`${name} request`, `${name} response`]);
/**
 * A denied GET's response is usual too. Its request is not: the Origin is parsed to tell txn.cors_reason
 * (origin-not-allowed or origin-malformed), which reaches a few call levels deeper (issue 18 allows the
 * reason a cost on denied requests only); it is held to a bound instead. So is an origins map's subdomain
 * GET, whose patterns' keys are looked up from below the action's frame (policy/originMaps.ts).
 */
const DENIED = CONFIGURATIONS.flatMap((configuration) => [`${configuration}: extended, denied GET`, `${configuration}: map, denied GET`, `${configuration}: map, subdomain GET`]);
const USUAL_ROWS = USUAL.concat(DENIED.map((name) => `${name} response`));
/** What the denied GET's request may allocate beyond the same in a grown stack: one reallocation (640) and call records. */
const DENIED_REQUEST_BOUND = 1280;

describe.each(LUA_VERSIONS)("Lua %s", (version) => {
  const rows = new Map<string, Row>();
  beforeAll(() => {
    const run = spawnSync(luaBinary(version), [SCRIPT, DIST_CORS_LUA], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    for (const line of run.stdout.trim().split("\n")) {
      const [name, phase, fresh, calls, grown] = line.split("\t");
      rows.set(`${name} ${phase}`, { fresh: Number(fresh), calls: Number(calls), grown: Number(grown) });
    }
  });

  test.each(CONFIGURATIONS)("%s: the probe sees a stack grown on purpose (a control action through nested frames)", (configuration) => {
    const control = rows.get(`${configuration}: control, nested frames request`);
    expect(control).toBeDefined();
    // A reallocation from 40 to 80 slots of 16 bytes leaves 640 more bytes in use.
    expect(control!.fresh - control!.grown).toBeGreaterThanOrEqual(640);
  });

  test.each(USUAL_ROWS)("%s: the stack is not grown", (key) => {
    const row = rows.get(key);
    expect(row).toBeDefined();
    expect(row!.fresh).toBe(row!.grown);
  });

  // Each call level a coroutine reaches costs it a call record, allocated in every new coroutine, so on
  // every request in HAProxy: the usual request and response may reach no deeper than one protected call
  // from which a Lua function calls HAProxy (the reference case of stack.lua).
  const records = (row: Row | undefined): number => row!.fresh - row!.calls;
  test.each(CONFIGURATIONS)("%s: the probe sees call levels beyond the reference (the control action)", (configuration) => {
    const reference = rows.get(`${configuration}: reference, one protected call request`);
    expect(reference).toBeDefined();
    expect(records(reference)).toBeGreaterThan(0);
    expect(records(rows.get(`${configuration}: control, nested frames request`))).toBeGreaterThan(records(reference));
  });

  test.each(DENIED.map((name) => `${name} request`))("%s: allocates a bounded amount more than in a grown stack", (key) => {
    const row = rows.get(key);
    expect(row).toBeDefined();
    expect(row!.fresh - row!.grown).toBeLessThanOrEqual(DENIED_REQUEST_BOUND);
  });

  test.each(USUAL_ROWS)("%s: no deeper than one protected call", (key) => {
    const row = rows.get(key);
    expect(row).toBeDefined();
    expect(records(row)).toBeLessThanOrEqual(records(rows.get(`${key.split(":")[0]}: reference, one protected call request`)));
  });
});
