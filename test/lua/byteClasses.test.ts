// The fast path of src/core/luaPatterns.ts: in Lua a token is tested by one Lua pattern, in Node by a loop
// over its bytes. Every byte, inside a requested method and inside a requested header name, must get the
// same decision from dist/cors.lua in Lua 5.3 and 5.4 as from the core in Node.

import { extended } from "../cases/behaviour";
import { runOnCore } from "../support/coreRunner";
import { buildHarness, LUA_VERSIONS, runInLua } from "../support/luaRunner";

beforeAll(buildHarness, 60000);

// Any method and header: whether a preflight passes then depends only on its bytes being a token.
const POLICY = extended("origins=* methods=* headers=*");
const BYTES = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code));

function preflight(method: string, requestHeaders: string): { method: string; headers: Array<[string, string]> } {
  return { method: "OPTIONS", headers: [["origin", "https://a.example"], ["access-control-request-method", method], ["access-control-request-headers", requestHeaders]] };
}

// A byte inside each value (white space at the ends of a header name is trimmed, so it goes between letters).
const REQUESTS = [...BYTES.map((b) => preflight(`X${b}Y`, "x-a")), ...BYTES.map((b) => preflight("PUT", `x${b}y`))];

describe.each(LUA_VERSIONS)("token bytes in Lua %s", (version) => {
  test("every byte in a method and in a header name is decided as the core in Node decides it", () => {
    const { results } = runInLua(version, REQUESTS.map((r) => ({ policy: POLICY, method: r.method, headers: r.headers, backend: [] })));
    const lua = results.map((r) => r.decision);
    const node = REQUESTS.map((r) => runOnCore(POLICY, r).decision);
    expect(lua).toEqual(node);
    // Both kinds of answer occur: the bytes are really told apart.
    expect(new Set(node)).toEqual(new Set(["preflight-allowed", "preflight-denied"]));
  });
});
