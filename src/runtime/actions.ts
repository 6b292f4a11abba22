// The two HAProxy actions. Everything that can fail runs under pcall: an error raised in a Lua action
// makes HAProxy carry on with the request as if the action were not there (fail open), so a fault here
// is logged and ends as "no CORS headers" instead. The protected functions are module-level, or made
// once (the request decider per policy, the responder), so the request path allocates no closure. How the
// calls are laid out follows from the coroutine's stack (transaction.ts, and bench/README.md, "Profile",
// items 10 to 13).

import { Decision, makeDecision } from "../policy/decision";
import { parseEditRecord } from "../haproxy/converterRecord";
import { fault } from "./fault";
import { dropInEntry, extendedEntry } from "./policyCache";
import { applyDecision, EDIT_VAR, ORIGIN_VAR, RequestDecider, responder } from "./transaction";

/**
 * The request action's protected call: the policy's request decider (transaction.ts), which the policy
 * cache made with the policy. The lookups never raise (a policy that fails to compile denies everything),
 * and each action reaches this one by a tail call, which Lua runs in the action's own frame: the decider
 * then starts just as low in the coroutine's stack for the drop-in line (three arguments) as for the
 * extended one.
 */
function protectedRequest(this: void, txn: HaproxyTXN, decide: RequestDecider): void {
  const [ok, result] = pcall(decide, txn);
  if (!ok) return fault("the request action (http-request lua.cors or lua.cors-policy)", result);
  // txn:done() ends the Lua execution by raising internally, so it must run outside the protected call.
  if (result !== undefined) txn.done(result as HaproxyReply);
}

function onDropInRequest(this: void, txn: HaproxyTXN, methods: string, origins: string, headers: string): void {
  return protectedRequest(txn, dropInEntry(methods, origins, headers).decide);
}

function onExtendedRequest(this: void, txn: HaproxyTXN, options: string): void {
  return protectedRequest(txn, extendedEntry(options).decide);
}

/**
 * The decisions read back from records, by record text. A policy gives at most three records, and only
 * the converters write them, so each is parsed once: a backend that sends Vary on every response (a
 * compressing one) sends every response here.
 */
const recordedDecisions = new LuaTable<string, Decision>();

function decisionOfRecord(text: string): Decision | undefined {
  const known = recordedDecisions.get(text);
  if (known !== undefined) return known;
  const record = parseEditRecord(text);
  if (record === undefined) return undefined;
  const decision = makeDecision(record.name, undefined, record.echoOrigin, record.headers, record.vary);
  recordedDecisions.set(text, decision);
  return decision;
}

/**
 * A transaction a converter decided (converter configuration): its record is taken out of `txn.cors_edit`,
 * so the native rules that follow this action leave the response alone, and applied here because the
 * backend sent Vary or Access-Control-* headers of its own.
 */
function decorateRecorded(this: void, txn: HaproxyTXN): void {
  const text = txn.get_var(EDIT_VAR);
  if (typeof text !== "string") return;
  txn.unset_var(EDIT_VAR);
  const decision = decisionOfRecord(text);
  if (decision === undefined) return;
  const origin = txn.get_var(ORIGIN_VAR);
  applyDecision(txn, decision, typeof origin === "string" ? origin : undefined);
}

/** The response action's protected function (transaction.ts). */
const respond = responder(decorateRecorded);

function onResponse(this: void, txn: HaproxyTXN): void {
  const [ok, error] = pcall(respond, txn);
  if (!ok) fault("http-response lua.cors", error);
}

export function registerActions(): void {
  core.register_action("cors", ["http-req"], onDropInRequest, 3);
  core.register_action("cors-policy", ["http-req"], onExtendedRequest, 1);
  core.register_action("cors", ["http-res"], onResponse, 0);
}
