// The fast path of src/policy/luaPatterns.ts is taken in Lua (test/lua/fastPath.lua): TypeScriptToLua emits
// `globalThis.string` as `_G.string`, and the request path searches a header list with Lua patterns, not
// byte by byte. Its answers are checked against the core in Node by byteClasses.test.ts.

import { spawnSync } from "node:child_process";
import * as path from "node:path";
import { DIST_CORS_LUA } from "../support/haproxy";
import { luaBinary, LUA_VERSIONS } from "../support/luaRunner";

const SCRIPT = path.resolve(__dirname, "fastPath.lua");

describe.each(LUA_VERSIONS)("Lua %s", (version) => {
  test("a preflight's header list is read with Lua patterns (string.match), one per name", () => {
    const run = spawnSync(luaBinary(version), [SCRIPT, DIST_CORS_LUA], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    const [match, , decision] = run.stdout.trim().split(/\s+/);
    expect(decision).toBe("preflight-allowed");
    // Three names: one match each, at least.
    expect(Number(match)).toBeGreaterThanOrEqual(3);
  });
});
