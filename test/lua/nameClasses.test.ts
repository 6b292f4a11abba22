// The classes of header-name lists the actions remember (src/haproxy/transaction.ts): a client sending
// ever new lists must not grow the Lua state, and each request is still decided from its own list
// (test/lua/nameClasses.lua). Run on the compiled dist/cors.lua in plain Lua 5.3 and 5.4.

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { DIST_CORS_LUA } from "../support/haproxy";
import { luaBinary, LUA_VERSIONS } from "../support/luaRunner";

const SCRIPT = path.resolve(__dirname, "nameClasses.lua");

/**
 * What the remembered classes may hold at most: two tables (requests, responses) of 256 lists of at most
 * 1 KB each. The script's lists are about 0.7 KB (remembered) and 2.7 KB (too long to be), so a table
 * without its bound would hold megabytes, and one that kept the long lists too would pass 800 KB.
 */
const MAX_GROWTH_KB = 600;

describe.each(LUA_VERSIONS)("Lua %s", (version) => {
  let lines: string[][] = [];
  beforeAll(() => {
    const run = spawnSync(luaBinary(version), [SCRIPT, DIST_CORS_LUA], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    lines = run.stdout.trim().split("\n").map((line) => line.split("\t"));
  });

  test("20,000 requests with header-name lists never seen before are each decided from their own list", () => {
    expect(lines.filter((line) => line[0] === "wrong")).toEqual([]);
  });

  test(`the classes remembered take at most ${MAX_GROWTH_KB} KB, however many lists were seen`, () => {
    const memory = lines.filter((line) => line[0] === "memory").map((line) => Number(line[2]));
    expect(memory).toHaveLength(11);
    const growth = Math.max(...memory) - memory[0];
    expect(growth).toBeGreaterThan(0);
    expect(growth).toBeLessThanOrEqual(MAX_GROWTH_KB);
  });
});
