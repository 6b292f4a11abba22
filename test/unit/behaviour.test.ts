// The behaviour table, run against the TypeScript policy core with a simulated backend.

import { BEHAVIOUR_CASES, expectedOriginVar, REFUSED_POLICIES } from "../cases/behaviour";
import { runOnCore } from "../support/coreRunner";
import { readFileLikeLua, suffixListLikeLua } from "../support/files";
import { actionOf, withFixtures } from "../support/policyArgs";
import { formatPolicyError } from "../../src/policy/errors";
import { compilePolicyArguments } from "../../src/haproxy/actionArguments";

describe("the policy core decides every case of the behaviour table", () => {
  test.each(BEHAVIOUR_CASES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const { origin, refusal, ...outcome } = runOnCore(testCase.policy, testCase.request, testCase.backend);
    expect(refusal).toBeUndefined();
    expect(outcome).toEqual(testCase.want);
    expect(origin).toBe(expectedOriginVar(testCase.request));
  });
});

describe("the policy core refuses every bad policy of the table with its messages", () => {
  test.each(REFUSED_POLICIES.map((c) => [c.name, c] as const))("%s", (_name, testCase) => {
    const { action, args } = actionOf(testCase.policy);
    const compiled = compilePolicyArguments(action, args, readFileLikeLua, suffixListLikeLua);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.errors.map(formatPolicyError)).toEqual(testCase.errors.map((m) => withFixtures(m)));
  });
});
