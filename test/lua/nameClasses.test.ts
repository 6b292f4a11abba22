// The classes of header-name lists the actions remember (src/runtime/transaction.ts): a client sending
// ever new lists must not grow the Lua state, and each request is still decided from its own list
// (test/lua/nameClasses.lua). Run on the compiled dist/cors.lua in plain Lua 5.3 and 5.4.

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { DIST_CORS_LUA } from "../support/haproxy";
import { luaBinary, LUA_VERSIONS } from "../support/luaRunner";

const SCRIPT = path.resolve(__dirname, "nameClasses.lua");

/**
 * What the remembered classes may hold at most: two tables (requests, responses) of 256 lists of at most
 * 512 bytes each. The script's lists are about 0.35 KB (remembered) and 3 KB (too long to be): it measured
 * 182 KB, 800 KB when the long lists were kept too, and 8.9 MB without the bound on the count.
 */
const MAX_GROWTH_KB = 400;

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
