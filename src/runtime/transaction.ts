// The transaction: reading the request for the policy, recording its decision, and finding it again in
// the response phase. The only file that knows what the request action leaves in the private slot.
//
//   request:  read the request -> the policy decides -> count it (metrics.ts) -> record it (recordDecision)
//   response: the recorded decision -> edit the response (response.ts), or else the converter's record
//
// The response action runs in `http-response` (the backend's responses) or, on HAProxy 2.9 and later, in
// `http-after-response` (every response, HAProxy's own included). On older versions native
// `http-after-response` rules apply the decision to HAProxy's own responses from `txn.cors_edit`
// (converters/rules.ts, RESPONSE_RULES).
//
// Reading is guided by the header names: one fetch of `req.hdr_names` tells which values the decision
// needs, so the usual request fetches its Origin and nothing else (docs/design.md, "Reading a request").
//
// The coroutine's stack. HAProxy runs each stream's actions in a new Lua coroutine, whose first stack has
// 35 usable slots (Lua 5.3); every call into C (HAProxy, Lua's string library) needs 20 free slots above
// it, and each call level reached costs a record, allocated in every new coroutine, so on every request.
// Three rules keep the usual request and response within the first stack and one protected call deep
// (test/lua/stack.lua checks them; docs/design.md, "The coroutine's stack"):
// - a step that ends a function is written `return step(...)`, which Lua runs as a tail call, in the
//   caller's frame;
// - the usual request is decided from data of the compiled policy: an exact origin's decision is read
//   from its table here (decisionByOrigin), any other from decideFromList, with no call below it; with an
//   origins map, the lookup of the Origin is made from the action's level (decideByMaps, tail-called);
// - a function on these paths that calls into HAProxy holds at most seven values at the call, the callee
//   and its arguments included (its frame starts at slot 7, and the call needs 20 of the first 35 free).

import { CompiledPolicy } from "../policy/compile";
import { applyRecord } from "../converters/glue";
import { CorsRequest, decide, decideFromList, decideFromMaps, requestOrigin, VALUES_NEEDED } from "../policy/decide";
import { Decision, DenialReason, Reply } from "../policy/decision";
import type { OriginMaps } from "../policy/originMaps";
import { denialDetail, withDebugHeader } from "../policy/explain";
import { NO_STRINGS, ORIGIN, REQUEST_HEADERS, REQUEST_METHOD } from "../policy/headers";
import { countName } from "../haproxy/headerNames";
import { ANSWERED_VAR, DEBUG_VAR, DECISION_VAR, DETAIL_VAR, EDIT_VAR, ORIGIN_VAR, REASON_VAR } from "../haproxy/variables";
import { nativeRecords } from "./editRecords";
import { classifyRequest, requestClasses } from "./nameClasses";
import { countDecision, metrics } from "./metrics";
import { applyDecision } from "./response";

/** What the request action leaves for the response action in the transaction's Lua private slot. */
interface PendingDecision {
  readonly owner: typeof OWNER;
  readonly decision: Decision;
  /** The request's Origin when it had exactly one. */
  readonly origin: string | undefined;
  /**
   * Set once the decision is applied: a frontend may run the response action in both `http-response` and
   * `http-after-response` (while it moves from one to the other), and each header must come once.
   */
  applied: boolean;
}
const OWNER = "haproxy-cors";

/**
 * The values of a request header, at most `atMost` of them: the only one from one fetch, else one fetch per
 * occurrence. The header-name list tells how many there are (counted up to `atMost`).
 */
function requestValues(txn: HaproxyTXN, names: string, name: string, atMost: number): readonly string[] {
  const count = countName(names, name, atMost);
  if (count === 0) return NO_STRINGS;
  if (count === 1) return [txn.f.req_fhdr(name) ?? ""];
  const values: string[] = [];
  for (let occurrence = 1; occurrence <= count; occurrence++) values.push(txn.f.req_fhdr(name, occurrence) ?? "");
  return values;
}

/** The request as the decision needs it: only the values it reads (VALUES_NEEDED). */
function readCorsRequest(txn: HaproxyTXN, names: string): CorsRequest {
  const requestMethods = requestValues(txn, names, REQUEST_METHOD, VALUES_NEEDED.requestMethods);
  // The method only tells a preflight from an ordinary request, and a preflight needs
  // Access-Control-Request-Method: without it, the fetch (one more HAProxy call) is skipped.
  const method = requestMethods.length > 0 ? txn.f.method() : undefined;
  return {
    method: method ?? "",
    origins: requestValues(txn, names, ORIGIN, VALUES_NEEDED.origins),
    requestMethods,
    requestHeaders: requestValues(txn, names, REQUEST_HEADERS, VALUES_NEEDED.requestHeaders),
  };
}

/**
 * The request action's work: decides the request under the policy and records the decision. Returns the
 * reply when HAProxy answers the request itself (a preflight). A request with one Origin and no
 * Access-Control-Request-Method, the usual one, is decided from its Origin alone (the policy's table of
 * exact origins, else decideFromList, then decideByMaps when the policy's origins maps must tell), without
 * building a request. Lookups that usually hit are made here and a call only on a miss (docs/design.md,
 * "The cost of a Lua call in HAProxy").
 */
export function decideRequest(txn: HaproxyTXN, policy: CompiledPolicy): HaproxyReply | undefined {
  const names = txn.f.req_hdr_names() ?? "";
  const kind = requestClasses.get(names) ?? classifyRequest(names);
  if (kind === "one-origin") {
    const origin = txn.f.req_fhdr(ORIGIN) ?? "";
    const decision = policy.decisionByOrigin[origin] ?? decideFromList(policy, origin);
    if (decision === undefined) return decideByMaps(txn, policy, origin);
    return recordOrdinary(txn, policy, decision, origin);
  }
  if (kind === "no-origin") return recordOrdinary(txn, policy, policy.notCors, undefined);
  const request = readCorsRequest(txn, names);
  const decision = decide(policy, request);
  if (metrics.counting) countDecision(txn, policy, decision);
  if (decision.reason === undefined) return recordDecision(txn, decision, requestOrigin(request));
  return recordDenial(txn, policy, decision, request);
}

/**
 * The usual request of a policy with origins maps, whose list did not decide its Origin: the lookup in the
 * first map is a call into HAProxy made here, at the action's level (tail-called by decideRequest), with few
 * values held.
 */
function decideByMaps(txn: HaproxyTXN, policy: CompiledPolicy, origin: string): HaproxyReply | undefined {
  // (decide.ts, inFirstMap, written out: a call to it would make the call into HAProxy one level deeper.)
  const inFirst = (policy.originMaps as OriginMaps).maps[0].map.lookup(origin) !== undefined;
  return recordOrdinary(txn, policy, decideFromMaps(policy, origin, inFirst), origin);
}

/** Counts and records the decision of a request that is not a preflight, with one Origin or none. */
function recordOrdinary(txn: HaproxyTXN, policy: CompiledPolicy, decision: Decision, origin: string | undefined): HaproxyReply | undefined {
  if (metrics.counting) countDecision(txn, policy, decision);
  if (decision.reason === undefined) return recordDecision(txn, decision, origin);
  const origins = origin === undefined ? NO_STRINGS : [origin];
  return recordDenial(txn, policy, decision, { method: "", origins, requestMethods: NO_STRINGS, requestHeaders: NO_STRINGS });
}

/**
 * Whether an operator's rule may set `txn.cors_debug`: the configuration check clears it when no line of the
 * configuration names the variable, and a denial then skips reading it (a call into HAProxy).
 */
export const debugging = { possible: true };

/**
 * Records a denial: why (`txn.cors_reason`), and, when the operator's rule set `txn.cors_debug`, the detail
 * (`txn.cors_detail`), which the response then carries in CORS-Debug (policy/explain.ts).
 */
function recordDenial(txn: HaproxyTXN, policy: CompiledPolicy, decision: Decision, request: CorsRequest): HaproxyReply | undefined {
  const reason = decision.reason as DenialReason;
  txn.set_var(REASON_VAR, reason);
  if (!debugging.possible || txn.get_var(DEBUG_VAR) === undefined) return recordDecision(txn, decision, requestOrigin(request));
  const detail = denialDetail(policy, request, reason);
  txn.set_var(DETAIL_VAR, detail);
  return recordDecision(txn, withDebugHeader(decision, detail), requestOrigin(request));
}

/**
 * Records a decision: the documented variables, then either the reply HAProxy sends (returned) or the
 * decision with the Origin in the private slot, for the response action.
 */
function recordDecision(txn: HaproxyTXN, decision: Decision, origin: string | undefined): HaproxyReply | undefined {
  txn.set_var(DECISION_VAR, decision.name);
  if (origin !== undefined) txn.set_var(ORIGIN_VAR, origin);
  if (decision.reply !== undefined) return answer(txn, decision.reply);
  // The converter's record, for the native response rules (looked up twice: a local would take the slot
  // that the call into HAProxy needs).
  if (nativeRecords.has(decision)) txn.set_var(EDIT_VAR, nativeRecords.get(decision));
  const pending: PendingDecision = { owner: OWNER, decision, origin, applied: false };
  txn.set_priv(pending);
  return undefined;
}

/** The reply HAProxy sends for the request, recorded in `txn.cors_answered` (see its declaration). */
function answer(txn: HaproxyTXN, reply: Reply): HaproxyReply {
  txn.set_var(ANSWERED_VAR, String(reply.status));
  const table: { [name: string]: string[] } = {};
  for (const [name, value] of reply.headers) table[name] = [value];
  return txn.reply({ status: reply.status, headers: table });
}

/**
 * The response action's work: applies the decision the request action left in the private slot, or, for
 * a transaction the request action did not see (or whose slot another module took), the record a
 * converter left (converter configuration).
 */
export function respond(txn: HaproxyTXN): void {
  const pending = txn.get_priv() as PendingDecision | undefined;
  if (typeof pending !== "object" || pending.owner !== OWNER) return applyRecord(txn);
  if (pending.applied) return;
  pending.applied = true;
  // The native rules that follow must leave this response alone.
  if (nativeRecords.has(pending.decision)) txn.unset_var(EDIT_VAR);
  return applyDecision(txn, pending.decision, pending.origin);
}

