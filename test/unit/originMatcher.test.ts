// The compiled matcher against a naive oracle that tries every pattern in turn on the parsed Origin. The
// matcher probes hash tables first and parses only on a hit, so this pins that the shortcut never changes
// an answer, for origins near the edges (look-alike hosts, ports, paths, junk bytes) and random patterns.

import fc from "fast-check";
import { origin as originArbitrary } from "../differential/arbitraries";
import { OriginPattern, parseOriginPattern, parseSerializedOrigin, PatternSyntax } from "../../src/policy/origin";
import { compileOriginMatcher, matchOrigin } from "../../src/policy/originMatcher";
import { compilePolicy } from "../../src/policy/compile";
import { decideOrdinary } from "../../src/policy/decide";

function schemesOf(pattern: OriginPattern): string[] {
  return pattern.scheme === undefined ? ["http", "https"] : [pattern.scheme];
}

function naiveAllows(pattern: OriginPattern, origin: string): boolean {
  if (!pattern.subdomains && pattern.port !== "*") {
    const port = pattern.port === undefined ? "" : `:${pattern.port}`;
    return schemesOf(pattern).some((scheme) => origin === `${scheme}://${pattern.host}${port}`);
  }
  const parsed = parseSerializedOrigin(origin);
  if (parsed === undefined || !schemesOf(pattern).includes(parsed.scheme)) return false;
  if (pattern.port !== "*" && pattern.port !== parsed.port) return false;
  if (!pattern.subdomains) return parsed.host === pattern.host;
  return !parsed.host.startsWith("[") && parsed.host.endsWith(`.${pattern.host}`) && parsed.host.length > pattern.host.length + 1;
}

const ENTRIES: Array<[string, PatternSyntax]> = [
  ["https://*.example.com", "extended"], ["http://*.example.com:*", "extended"], ["https://example.com", "extended"],
  ["http://localhost:*", "extended"], ["https://a.example.com:8080", "extended"], ["http://127.0.0.1:8080", "extended"],
  ["http://[::1]:*", "extended"], ["https://*.b.example.com:8443", "extended"], ["https://*.localhost", "extended"],
  ["example.com", "drop-in"], [".example.com", "drop-in"], ["//localhost:*", "drop-in"], [".example.com:8080", "drop-in"],
  ["http://a.example.com", "drop-in"], [".b.example.com", "drop-in"],
];

const patterns = fc.subarray(ENTRIES, { minLength: 1 }).map((entries) =>
  entries.map(([entry, syntax]) => {
    const result = parseOriginPattern(entry, syntax);
    if (!("pattern" in result)) throw new Error(`test pattern ${entry} refused`);
    return result.pattern;
  }),
);

describe("matchOrigin", () => {
  it("agrees with trying every pattern on the parsed origin", () => {
    fc.assert(
      fc.property(patterns, originArbitrary, (list, origin) => {
        const want = list.some((pattern) => naiveAllows(pattern, origin));
        expect(matchOrigin(compileOriginMatcher(list, true), origin)).toBe(want);
      }),
      { numRuns: 20_000 },
    );
  });

  it.each([
    ["https://a.example.com", true],
    ["https://a.b.example.com", true],
    ["https://example.com", true],
    ["https://evilexample.com", false],
    ["https://a.example.com.evil.com", false],
    ["https://A.example.com", false],
    ["https://a.example.com/", false],
    ["https://.example.com", false],
    ["https://a..example.com", false],
    ["http://[::1]:3000", true],
    ["http://[::1", false],
    // A subdomain match checks only the labels before the rule's suffix, the host's length and the port.
    [`https://${"a".repeat(63)}.example.com`, true],
    [`https://${"a".repeat(64)}.example.com`, false],
    [`https://${"a.".repeat(121)}example.com`, true],
    [`https://${"a.".repeat(122)}example.com`, false],
    ["https://a_b-c.example.com", true],
    ["https://a b.example.com", false],
    ["https://a\u00e9.example.com", false],
    ["http://a.example.org:8080", true],
    ["http://a.example.org:80", false],
    ["http://a.example.org:08080", false],
    ["http://a.example.org:", false],
  ])("%s: %s", (origin, expected) => {
    const list = ["https://*.example.com", "https://example.com", "http://[::1]:*", "http://*.example.org:*"].map((entry) => {
      const result = parseOriginPattern(entry, "extended");
      if (!("pattern" in result)) throw new Error(entry);
      return result.pattern;
    });
    expect(matchOrigin(compileOriginMatcher(list, true), origin)).toBe(expected);
  });
});

// The compiled policy holds its decisions for exact origins in a table keyed by Origin value (compile.ts,
// decisionByOrigin); in JavaScript an object would answer "constructor" with what it inherits.
describe("an Origin value named like a member every JavaScript object inherits is decided like any other", () => {
  const policy = compilePolicy({ form: "extended", anyOrigin: false, origins: [parseOrigin("https://app.example.com")], originMaps: [], methods: { any: false, names: [] }, headers: { any: false, names: [] }, expose: { any: false, names: [] }, credentials: false, maxAge: undefined, preflight: "answer" });
  it.each(["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf"])("%s is denied as malformed", (origin) => {
    expect(decideOrdinary(policy, origin)).toBe(policy.malformed);
  });
  it("and the exact origin is allowed", () => {
    expect(decideOrdinary(policy, "https://app.example.com")).toBe(policy.allowed);
  });
});

function parseOrigin(entry: string): OriginPattern {
  const parsed = parseOriginPattern(entry, "extended");
  if ("error" in parsed) throw new Error(`${entry} is refused`);
  return parsed.pattern;
}
