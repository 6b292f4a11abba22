// Work on the request path is bounded by what the policy can allow, whatever the request carries
// (docs/threat-model.md).

import { compilePolicy, CompiledPolicy } from "../../src/policy/compile";
import { editResponse, MAX_MERGED_VARY_LENGTH, MAX_MERGED_VARY_TOKENS } from "../../src/policy/decide";
import { MAX_ORIGIN_LENGTH, parseSerializedOrigin } from "../../src/policy/origin";
import { parseExtendedPolicy } from "../../src/policy/policy";
import {
  allowedRequestHeaders,
  isAllowedMethod,
  MAX_ANY_METHOD_LENGTH,
  MAX_ANY_REQUEST_HEADER_NAMES,
  MAX_ANY_REQUEST_HEADERS_LENGTH,
  MAX_REQUEST_HEADERS_LINES,
  requestHeadersLimits,
} from "../../src/policy/preflightRequest";

function compiled(options: string): CompiledPolicy {
  const result = parseExtendedPolicy(options);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return compilePolicy(result.policy);
}

const NAMED = compiled("origins=https://app.example.com methods=GET,PUT headers=x-a,x-b,content-type");
const ANY = compiled("origins=https://app.example.com methods=* headers=*");

describe("bounded work on hostile values", () => {
  test("a named list allows its names joined by \", \", each once; headers=* a kilobyte and 32 names unless it names more", () => {
    expect(requestHeadersLimits(["x-a", "x-b", "content-type"], false)).toEqual({ length: "x-a, x-b, content-type".length, names: 3 });
    expect(requestHeadersLimits([], false)).toEqual({ length: 0, names: 0 });
    expect(requestHeadersLimits(["authorization"], true)).toEqual({ length: MAX_ANY_REQUEST_HEADERS_LENGTH, names: MAX_ANY_REQUEST_HEADER_NAMES });
    expect(requestHeadersLimits(["x".repeat(2000)], true)).toEqual({ length: 2000, names: MAX_ANY_REQUEST_HEADER_NAMES });
  });

  test("a requested header list longer than the limit is refused, even when every name is allowed", () => {
    expect(allowedRequestHeaders(NAMED, ["x-a, x-b, content-type"])).toEqual(["x-a", "x-b", "content-type"]);
    expect(allowedRequestHeaders(NAMED, ["x-a, x-b, content-type "])).toBeUndefined();
    expect(allowedRequestHeaders(NAMED, ["x-a,".repeat(3000)])).toBeUndefined();
    expect(allowedRequestHeaders(NAMED, [",".repeat(14000)])).toBeUndefined();
    expect(allowedRequestHeaders(NAMED, ["x-a", "x-b"])).toEqual(["x-a", "x-b"]);
    // A browser sends each name once: more names than the policy lists are refused.
    expect(allowedRequestHeaders(NAMED, ["x-a,x-a,x-a,x-a"])).toBeUndefined();
  });

  test(`at most ${MAX_REQUEST_HEADERS_LINES} lines are read`, () => {
    expect(allowedRequestHeaders(ANY, Array.from({ length: MAX_REQUEST_HEADERS_LINES }, () => "x-a"))).toHaveLength(MAX_REQUEST_HEADERS_LINES);
    expect(allowedRequestHeaders(ANY, Array.from({ length: MAX_REQUEST_HEADERS_LINES + 1 }, () => "x-a"))).toBeUndefined();
  });

  test("a list is abandoned at its first name the policy does not allow", () => {
    // Authorization (never covered by "*") is refused before the element that is not a token is looked at.
    expect(allowedRequestHeaders(ANY, ["x-a,authorization,bad header"])).toBeUndefined();
    expect(allowedRequestHeaders(NAMED, ["x-z,x-a"])).toBeUndefined();
  });

  test(`headers=* takes at most ${MAX_ANY_REQUEST_HEADER_NAMES} names and ${MAX_ANY_REQUEST_HEADERS_LENGTH} bytes`, () => {
    const names = (count: number): string => Array.from({ length: count }, (_, i) => `x-${i}`).join(",");
    expect(allowedRequestHeaders(ANY, [names(MAX_ANY_REQUEST_HEADER_NAMES)])).toHaveLength(MAX_ANY_REQUEST_HEADER_NAMES);
    expect(allowedRequestHeaders(ANY, [names(MAX_ANY_REQUEST_HEADER_NAMES + 1)])).toBeUndefined();
    expect(allowedRequestHeaders(ANY, ["x".repeat(MAX_ANY_REQUEST_HEADERS_LENGTH)])).toHaveLength(1);
    expect(allowedRequestHeaders(ANY, ["x".repeat(MAX_ANY_REQUEST_HEADERS_LENGTH + 1)])).toBeUndefined();
  });

  test("a method is looked up; with methods=* one longer than any registered method is refused unread", () => {
    expect(isAllowedMethod(NAMED, "PUT")).toBe(true);
    expect(isAllowedMethod(NAMED, "P".repeat(14 * 1024))).toBe(false);
    expect(isAllowedMethod(ANY, "M".repeat(MAX_ANY_METHOD_LENGTH))).toBe(true);
    expect(isAllowedMethod(ANY, "M".repeat(MAX_ANY_METHOD_LENGTH + 1))).toBe(false);
    expect(isAllowedMethod(ANY, "GE T")).toBe(false);
  });

  test(`a backend Vary is merged token by token up to ${MAX_MERGED_VARY_TOKENS} tokens and ${MAX_MERGED_VARY_LENGTH} bytes, past them Origin is appended unread`, () => {
    const varyOf = (vary: string): string | undefined => editResponse(NAMED.allowed, { names: ["vary"], vary: [vary] }).vary;
    const tokens = (count: number): string[] => Array.from({ length: count }, (_, i) => `x-${i}`);
    expect(varyOf(tokens(MAX_MERGED_VARY_TOKENS).join(","))).toBe(`${tokens(MAX_MERGED_VARY_TOKENS).join(",")}, Origin`);
    expect(varyOf([...tokens(MAX_MERGED_VARY_TOKENS - 1), "origin"].join(","))).toBeUndefined();
    expect(varyOf([...tokens(MAX_MERGED_VARY_TOKENS), "origin"].join(","))).toBe(`${[...tokens(MAX_MERGED_VARY_TOKENS), "origin"].join(",")}, Origin`);
    const long = `${"x".repeat(MAX_MERGED_VARY_LENGTH)}, origin`;
    expect(varyOf(long)).toBe(`${long}, Origin`);
    // Not a list of tokens: left as it is, Origin appended.
    expect(varyOf("a b")).toBe("a b, Origin");
  });

  test("an Origin longer than any serialized origin is refused without a look", () => {
    expect(parseSerializedOrigin(`https://${"a".repeat(MAX_ORIGIN_LENGTH)}.example.com`)).toBeUndefined();
    expect(parseSerializedOrigin("https://a.example.com")).toEqual({ scheme: "https", host: "a.example.com", port: undefined });
  });
});
