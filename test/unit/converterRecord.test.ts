// The record that carries an ordinary decision from the converter to the native response rules
// (txn.cors_edit). Every policy of the behaviour table must give each of its three ordinary decisions a
// record, and reading the record back must give the same response edit; anything else is refused.

import { BEHAVIOUR_CASES } from "../cases/behaviour";
import { readFileLikeLua } from "../support/files";
import { compileLine } from "../support/coreRunner";
import { CompiledPolicy } from "../../src/policy/compile";
import { decideOrdinary } from "../../src/policy/decide";
import { Decision, makeDecision } from "../../src/policy/decision";
import { exactAllowedOrigins, formatEditRecord, NO_ORIGIN_KEY, originMapEntries, parseEditRecord, recordOf } from "../../src/converters/record";
import { compilePolicyArguments } from "../../src/haproxy/actionArguments";

function compiled(): CompiledPolicy[] {
  const seen = new Map<string, CompiledPolicy>();
  for (const c of BEHAVIOUR_CASES) {
    const result = compileLine(c.policy);
    if (!result.ok) throw new Error(`the table's policy ${JSON.stringify(c.policy)} is refused`);
    seen.set(JSON.stringify(c.policy), result.policy);
  }
  return [...seen.values()];
}

const ordinary = compiled().flatMap((policy) => [policy.notCors, policy.allowed, policy.denied, policy.malformed, policy.severalOrigins]);

describe("the record of an ordinary decision", () => {
  it.each(ordinary.map((d) => [recordOf(d), d] as const))("%s reads back as the same decision", (record, decision: Decision) => {
    expect(record).toBeDefined();
    const back = parseEditRecord(record as string);
    expect(back).toBeDefined();
    const again = makeDecision(back!.name, undefined, back!.echoOrigin, back!.headers, back!.vary, back!.reason);
    expect(again.name).toBe(decision.name);
    expect(again.reason).toBe(decision.reason);
    expect(again.plainEdit).toEqual(decision.plainEdit);
    expect(recordOf(again)).toBe(record);
  });

  it("covers every shape the table's policies give: echo and *, credentials, exposed headers, with and without Vary, each reason", () => {
    const records = ordinary.map((d) => recordOf(d) as string);
    expect(records).toContain("not-cors;;;;Origin;");
    expect(records).toContain("denied;;;;Origin;origin-not-allowed");
    expect(records).toContain("denied;;;;Origin;origin-malformed");
    expect(records).toContain("denied;;;;Origin;several-origins");
    expect(records).toContain("allowed;=;;;Origin;");
    expect(records.some((r) => r.startsWith("allowed;*;;"))).toBe(true);
    expect(records.some((r) => /^allowed;=;true;[^;]+;Origin;$/.test(r))).toBe(true);
    expect(records.some((r) => r.startsWith("not-cors;*;"))).toBe(true);
  });
});

describe("records that cannot be", () => {
  it("a preflight, an answered request or a header the record has no field for has no record", () => {
    expect(recordOf(makeDecision("preflight-allowed", undefined, false, [], ["Origin"]))).toBeUndefined();
    expect(recordOf(makeDecision("allowed", { status: 204, headers: [] }, true, [], []))).toBeUndefined();
    expect(formatEditRecord({ name: "allowed", reason: undefined, echoOrigin: true, headers: [["access-control-max-age", "5"]], vary: [] })).toBeUndefined();
    // Access-Control-Allow-Origin "*" after an echoed one, or headers out of order.
    expect(formatEditRecord({ name: "allowed", reason: undefined, echoOrigin: true, headers: [["access-control-allow-origin", "*"]], vary: [] })).toBeUndefined();
    const outOfOrder = formatEditRecord({
      name: "allowed",
      reason: undefined,
      echoOrigin: true,
      headers: [
        ["access-control-expose-headers", "x-a"],
        ["access-control-allow-credentials", "true"],
      ],
      vary: [],
    });
    expect(outOfOrder).toBeUndefined();
  });

  it.each(["", "allowed", "allowed;=;;", "allowed;=;;;Origin", "allowed;=;;;Origin;;", "denied;;;;Origin;no-reason", "preflight-allowed;;;;Origin;", "allowed;x;;;Origin;", "allowed;=;yes;;Origin;", "Allowed;;;;;"])(
    "%j is not a record",
    (text) => {
      expect(parseEditRecord(text)).toBeUndefined();
    },
  );
});

// The map of the converter configuration holds exactOriginsOf(policy) with the allowed record: a map hit
// must give exactly what the converter would have given for that Origin.
describe("the map of exact origins", () => {
  const policies = compiled();

  it.each(policies.map((p, i) => [i, p] as const))("policy %i: every key of the map gets the converter's record for it", (_i, policy) => {
    const entries = originMapEntries(policy);
    expect(entries.map(([key]) => key).sort()).toEqual([NO_ORIGIN_KEY, ...exactAllowedOrigins(policy)].sort());
    for (const [key, record] of entries) {
      // The converter gets the Origin value, or (with no-origin) stands for a request without one.
      expect(record).toBe(recordOf(decideOrdinary(policy, key === NO_ORIGIN_KEY ? undefined : key)));
      if (key !== NO_ORIGIN_KEY) expect(decideOrdinary(policy, key)).toBe(policy.allowed);
    }
  });


  it("holds every exact origin of a policy, a bare host under both schemes, and no pattern", () => {
    const result = compilePolicyArguments("cors", ["GET", "https://a.example.com,b.example.com:8443,.example.org,https://c.example.com:*", "X-A"], readFileLikeLua);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(exactAllowedOrigins(result.policy).sort()).toEqual(["http://b.example.com:8443", "https://a.example.com", "https://b.example.com:8443"]);
  });

  it("is empty for a policy that allows any origin", () => {
    const result = compilePolicyArguments("cors-policy", ["origins=*"], readFileLikeLua);
    if (!result.ok) throw new Error("refused");
    expect(exactAllowedOrigins(result.policy)).toEqual([]);
  });
});
