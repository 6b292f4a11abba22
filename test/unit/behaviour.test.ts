// The behaviour table, run against the TypeScript policy core with a simulated backend.

import { BACKEND_STATUS, BEHAVIOUR_CASES, BehaviourCase, HeaderList, Outcome, REFUSED_POLICIES } from "../cases/behaviour";
import { corsHeadersOf } from "../support/outcome";
import { actionOf } from "../support/policyArgs";
import { decide, editResponse } from "../../src/core/decide";
import { formatPolicyError } from "../../src/core/errors";
import { compilePolicyArguments } from "../../src/core/policyLine";

function valuesOf(headers: HeaderList, name: string): string[] {
  return headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
}

function runCase(testCase: BehaviourCase): Outcome & { origin: string | undefined } {
  const { action, args } = actionOf(testCase.policy);
  const compiled = compilePolicyArguments(action, args);
  if (!compiled.ok) throw new Error(compiled.errors.map(formatPolicyError).join("\n"));
  const headers = testCase.request.headers;
  const decision = decide(compiled.policy, {
    method: testCase.request.method,
    origins: valuesOf(headers, "origin"),
    requestMethods: valuesOf(headers, "access-control-request-method"),
    requestHeaders: valuesOf(headers, "access-control-request-headers"),
  });
  if (decision.reply !== undefined) {
    return { decision: decision.name, answeredBy: "haproxy", status: decision.reply.status, headers: corsHeadersOf(decision.reply.headers), origin: decision.origin };
  }
  const backend = testCase.backend ?? [];
  const edit = editResponse(decision, backend);
  let final: Array<readonly [string, string]> = backend.filter(([name]) => !edit.remove.includes(name.toLowerCase()));
  final = final.concat(edit.add);
  if (edit.vary !== undefined) final = final.filter(([name]) => name.toLowerCase() !== "vary").concat([["vary", edit.vary]]);
  return { decision: decision.name, answeredBy: "backend", status: BACKEND_STATUS, headers: corsHeadersOf(final), origin: decision.origin };
}

describe("the policy core decides every case of the behaviour table", () => {
  test.each(BEHAVIOUR_CASES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const { origin, ...outcome } = runCase(testCase);
    expect(outcome).toEqual(testCase.want);
    const origins = testCase.request.headers.filter(([name]) => name === "origin");
    expect(origin).toBe(origins.length === 1 ? origins[0][1] : undefined);
  });
});

describe("the policy core refuses every bad policy of the table with its messages", () => {
  test.each(REFUSED_POLICIES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const { action, args } = actionOf(testCase.policy);
    const compiled = compilePolicyArguments(action, args);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.errors.map(formatPolicyError)).toEqual(testCase.errors);
  });
});
