// The fast path of src/policy/luaPatterns.ts: in Lua the bytes of a class are searched for by one Lua
// pattern, in Node by a loop over the bytes. Every byte, inside a requested method, and inside, before,
// after and between requested header names, must get the same decision and headers from dist/cors.lua in
// Lua 5.3 and 5.4 as from the core in Node.

import { extended } from "../cases/behaviour";
import { runOnCore } from "../support/coreRunner";
import { buildHarness, LUA_VERSIONS, runInLua } from "../support/luaRunner";
import { corsHeadersOf } from "../support/outcome";

beforeAll(buildHarness, 60000);

// Any method and header, echoed (credentials): whether a preflight passes then depends only on its bytes.
const POLICY = extended("origins=https://a.example methods=* headers=* credentials");
const BYTES = Array.from({ length: 256 }, (_, code) => String.fromCharCode(code));

function preflight(method: string, requestHeaders: string): { method: string; headers: Array<[string, string]> } {
  return { method: "OPTIONS", headers: [["origin", "https://a.example"], ["access-control-request-method", method], ["access-control-request-headers", requestHeaders]] };
}

const HEADER_LISTS = (b: string): string[] => [`x${b}y`, `${b}x-a`, `x-a${b}`, `x-a${b},x-b`, `x-a,${b}x-b`, `x-a,${b}`, `x-a ${b} ,x-b`];
const REQUESTS = [...BYTES.map((b) => preflight(`X${b}Y`, "x-a")), ...BYTES.flatMap((b) => HEADER_LISTS(b).map((list) => preflight("PUT", list)))];

describe.each(LUA_VERSIONS)("token bytes in Lua %s", (version) => {
  test("every byte in a method and in a header list is decided as the core in Node decides it", () => {
    const { results } = runInLua(version, REQUESTS.map((r) => ({ policy: POLICY, method: r.method, headers: r.headers, backend: [] })));
    const lua = results.map((r, i) => ({ request: REQUESTS[i].headers, decision: r.decision, headers: corsHeadersOf(r.headers) }));
    const node = REQUESTS.map((r) => {
      const outcome = runOnCore(POLICY, r);
      return { request: r.headers, decision: outcome.decision, headers: outcome.headers };
    });
    expect(lua).toEqual(node);
    // Both kinds of answer occur: the bytes are really told apart.
    expect(new Set(node.map((n) => n.decision))).toEqual(new Set(["preflight-allowed", "preflight-denied"]));
  });
});
