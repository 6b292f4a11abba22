// Runs a request through the TypeScript policy core with a simulated backend and response phase:
// what HAProxy does with the core's decision, written once for the unit and differential tests.

import { BACKEND_STATUS, CaseRequest, HeaderList, Outcome, PolicyLine } from "../cases/behaviour";
import { mapsLikeHaproxy, readFileLikeLua, suffixListLikeLua } from "./files";
import { actionOf } from "./policyArgs";
import { corsHeadersOf, debugHeaderOf } from "./outcome";
import { DENY_ALL } from "../../src/policy/compile";
import { decide, editResponse, requestOrigin } from "../../src/policy/decide";
import { formatPolicyErrors } from "../../src/policy/errors";
import { denialDetail, withDebugHeader } from "../../src/policy/explain";
import { compilePolicyArguments, CompileResult } from "../../src/haproxy/actionArguments";

export interface CoreOutcome extends Outcome {
  readonly origin: string | undefined;
  /** Why the policy was refused (then it denies everything, as the module does). */
  readonly refusal: string | undefined;
}

function valuesOf(headers: HeaderList, name: string): string[] {
  return headers.filter(([n]) => n.toLowerCase() === name).map(([, v]) => v);
}

/** A policy line compiled by the core, its origins files read as the module reads them. */
export function compileLine(policyLine: PolicyLine): CompileResult {
  const { action, args } = actionOf(policyLine);
  return compilePolicyArguments(action, args, readFileLikeLua, suffixListLikeLua, mapsLikeHaproxy);
}

export function runOnCore(policyLine: PolicyLine, request: CaseRequest, backend: HeaderList = []): CoreOutcome {
  const compiled = compileLine(policyLine);
  const policy = compiled.ok ? compiled.policy : DENY_ALL;
  const refusal = compiled.ok ? undefined : formatPolicyErrors(compiled.errors);
  const corsRequest = {
    method: request.method,
    origins: valuesOf(request.headers, "origin"),
    requestMethods: valuesOf(request.headers, "access-control-request-method"),
    requestHeaders: valuesOf(request.headers, "access-control-request-headers"),
  };
  const decided = decide(policy, corsRequest);
  // The glue's part (runtime/transaction.ts): with debugging on, a denial's detail in CORS-Debug.
  const decision = request.debug === true && decided.reason !== undefined ? withDebugHeader(decided, denialDetail(policy, corsRequest, decided.reason)) : decided;
  const origin = requestOrigin(corsRequest);
  const common = { decision: decision.name, reason: decision.reason, origin, refusal };
  if (decision.reply !== undefined) {
    return { ...common, answeredBy: "haproxy", status: decision.reply.status, headers: corsHeadersOf(decision.reply.headers), debug: debugHeaderOf(decision.reply.headers) };
  }
  const edit = editResponse(decision, {
    names: backend.map(([name]) => name),
    vary: backend.filter(([name]) => name.toLowerCase() === "vary").map(([, value]) => value),
  });
  let final: Array<readonly [string, string]> = backend.filter(([name]) => !edit.remove.includes(name.toLowerCase()));
  if (edit.echoOrigin && origin !== undefined) final = final.concat([["access-control-allow-origin", origin]]);
  final = final.concat(edit.add);
  if (edit.vary !== undefined) final = final.filter(([name]) => name.toLowerCase() !== "vary").concat([["vary", edit.vary]]);
  return { ...common, answeredBy: "backend", status: BACKEND_STATUS, headers: corsHeadersOf(final), debug: debugHeaderOf(final) };
}
