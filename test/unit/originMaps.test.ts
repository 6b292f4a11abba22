// Origins from a map that changes at run time (src/policy/originMaps.ts): the keys a request finds are
// judged once, a bad one never matches and is reported once, and the lookups are the Origin and the keys
// built from its parent domains, never a scan of the map.

import { compilePolicyArguments } from "../../src/haproxy/actionArguments";
import { CompiledPolicy } from "../../src/policy/compile";
import { decideOrdinary } from "../../src/policy/decide";
import { formatPolicyError } from "../../src/policy/errors";
import { denialDetail } from "../../src/policy/explain";
import { auditKey, forEachMapKey, MAX_PATTERN_LABELS, OriginMapAccess } from "../../src/policy/originMaps";

/** A map the test changes as the runtime API would, counting the lookups and the rejected keys. */
function runtimeMap(keys: string[]) {
  const entries = new Set(keys);
  const lookups: string[] = [];
  const rejected: string[] = [];
  const access: OriginMapAccess = {
    open: () => ({
      lookup: (key) => {
        lookups.push(key);
        return entries.has(key) ? "1" : undefined;
      },
    }),
    reject: (name, key, error) => {
      rejected.push(`${name} ${key}: ${formatPolicyError(error)}`);
    },
  };
  return { entries, lookups, rejected, access };
}

function compiled(options: string, access: OriginMapAccess, action: "cors" | "cors-policy" = "cors-policy"): CompiledPolicy {
  const args = action === "cors" ? ["GET", options, " "] : [options];
  const result = compilePolicyArguments(action, args, () => ({ text: "" }), undefined, access);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.policy;
}

describe("an origins map changed at run time", () => {
  test("an added key allows at once, a deleted one no longer", () => {
    const map = runtimeMap([]);
    const policy = compiled("origins=map:/m", map.access);
    expect(decideOrdinary(policy, "https://new.example")).toBe(policy.denied);
    map.entries.add("https://new.example");
    expect(decideOrdinary(policy, "https://new.example")).toBe(policy.allowed);
    map.entries.delete("https://new.example");
    expect(decideOrdinary(policy, "https://new.example")).toBe(policy.denied);
  });

  test("a wildcard over a public suffix added at run time never matches and is reported once", () => {
    const map = runtimeMap(["https://*.com"]);
    const policy = compiled("origins=map:/m", map.access);
    expect(decideOrdinary(policy, "https://a.com")).toBe(policy.denied);
    expect(decideOrdinary(policy, "https://b.com")).toBe(policy.denied);
    expect(map.rejected).toEqual(['/m https://*.com: cors: origin "https://*.com" covers a public suffix: "com" is a public suffix: anyone can create a site under it; list the sites, or use a registrable domain such as "https://*.example.com"']);
  });

  test("a wildcard over an IP address added at run time never matches", () => {
    const map = runtimeMap(["https://*.0.0.1"]);
    const policy = compiled("origins=map:/m", map.access);
    expect(decideOrdinary(policy, "https://127.0.0.1")).toBe(policy.denied);
    expect(map.rejected).toHaveLength(1);
  });

  test("a drop-in key in the extended form never matches", () => {
    const map = runtimeMap([".example.io"]);
    const policy = compiled("origins=map:/m", map.access);
    expect(decideOrdinary(policy, "https://x.example.io")).toBe(policy.denied);
    // It is never even looked up: no probe of the extended form is spelled that way.
    expect(map.lookups).not.toContain(".example.io");
  });

  test("with credentials, a wildcard over a hosting suffix added at run time is rejected", () => {
    const map = runtimeMap(["https://*.github.io"]);
    const policy = compiled("origins=map:/m credentials", map.access);
    expect(decideOrdinary(policy, "https://evil.github.io")).toBe(policy.denied);
    const open = runtimeMap(["https://*.github.io"]);
    const withoutCredentials = compiled("origins=map:/m", open.access);
    expect(decideOrdinary(withoutCredentials, "https://evil.github.io")).toBe(withoutCredentials.allowed);
  });

  test.each(["constructor", "__proto__", "toString", "valueOf"])("an Origin or key named %s is judged like any other", (name) => {
    const map = runtimeMap([name]);
    const policy = compiled("origins=map:/m", map.access);
    expect([policy.denied, policy.malformed]).toContain(decideOrdinary(policy, name));
  });

  test("an exact origin is one lookup; a denied one a few per parent domain, whatever the map's size", () => {
    const many = Array.from({ length: 10000 }, (_, i) => `https://tenant${i}.example.com`);
    const map = runtimeMap(many);
    const policy = compiled("origins=map:/m", map.access);
    expect(decideOrdinary(policy, "https://tenant5000.example.com")).toBe(policy.allowed);
    expect(map.lookups).toEqual(["https://tenant5000.example.com"]);
    map.lookups.length = 0;
    expect(decideOrdinary(policy, "https://a.b.evil.example")).toBe(policy.denied);
    expect(map.lookups).toEqual([
      "https://a.b.evil.example",
      "https://*.b.evil.example",
      "https://*.b.evil.example:*",
      "https://*.evil.example",
      "https://*.evil.example:*",
      "https://*.example",
      "https://*.example:*",
      "https://a.b.evil.example:*",
    ]);
  });

  test("a host of a hundred labels costs a bounded number of lookups, and one longer than a host name only one", () => {
    const map = runtimeMap([".example.com"]);
    const policy = compiled("map:/m", map.access, "cors");
    const deep = "https://" + "a.".repeat(120) + "example.com";
    expect(decideOrdinary(policy, deep)).toBe(policy.allowed);
    map.lookups.length = 0;
    const deepDenied = "https://" + "a.".repeat(120) + "evil.example";
    expect(decideOrdinary(policy, deepDenied)).toBe(policy.denied);
    expect(map.lookups.length).toBeLessThanOrEqual(1 + 4 * MAX_PATTERN_LABELS + 3);
    map.lookups.length = 0;
    expect(decideOrdinary(policy, "https://A." + "b.".repeat(121) + "example.com")).toBe(policy.malformed);
    expect(map.lookups).toHaveLength(1);
  });

  test("a subdomain key deeper than the probes reach is rejected", () => {
    const key = "https://*." + "a.".repeat(MAX_PATTERN_LABELS) + "example";
    const map = runtimeMap([key]);
    const policy = compiled("origins=map:/m", map.access);
    const judged = compiled("origins=map:/m", runtimeMap([]).access);
    expect(decideOrdinary(judged, "https://x." + "a.".repeat(MAX_PATTERN_LABELS) + "example")).toBe(judged.denied);
    // The audit judges it (runtime/keyAudit.ts), as the configuration check does the file's.
    auditKey(policy.originMaps!, policy.originMaps!.maps[0], key);
    expect(map.rejected).toEqual([`/m ${key}: cors: origin "${key}" names too deep a domain for an origins map: a map's pattern names at most ${MAX_PATTERN_LABELS} labels after "*."`]);
  });

  test("the drop-in form also probes its keys without a scheme, for http and https only", () => {
    const map = runtimeMap(["//app.example.net", ".example.io"]);
    const policy = compiled("map:/m", map.access, "cors");
    expect(decideOrdinary(policy, "http://app.example.net")).toBe(policy.allowed);
    expect(decideOrdinary(policy, "https://x.example.io:8443")).toBe(policy.denied);
    expect(decideOrdinary(policy, "wss://x.example.io")).toBe(policy.denied);
    expect(decideOrdinary(policy, "https://x.example.io")).toBe(policy.allowed);
  });
});

describe("a denial's detail with an origins map", () => {
  test("names the first entries of the list, how many more, then the map", () => {
    const list = Array.from({ length: 10 }, (_, i) => `https://app${i}.example.com`).join(",");
    const policy = compiled(`origins=${list},map:/m`, runtimeMap([]).access);
    const request = { method: "GET", origins: ["https://evil.example"], requestMethods: [], requestHeaders: [] };
    expect(denialDetail(policy, request, "origin-not-allowed")).toBe(
      'Origin "https://evil.example" not allowed; allowed: https://app0.example.com, https://app1.example.com, https://app2.example.com, https://app3.example.com, https://app4.example.com, https://app5.example.com, https://app6.example.com, https://app7.example.com and 2 more, the keys of map "/m"',
    );
  });
});

describe("an origins map file's keys", () => {
  test("are the first word of each line, comments and blank lines skipped", () => {
    const keys: Array<{ key: string; line: number }> = [];
    forEachMapKey("# comment\n\nhttps://a.example 1\n  https://b.example\tx y\r\n   # indented comment\nlast", (key, line) => keys.push({ key, line }));
    expect(keys).toEqual([
      { key: "https://a.example", line: 3 },
      { key: "https://b.example", line: 4 },
      { key: "last", line: 6 },
    ]);
  });
});
