// The two HAProxy actions. Everything that can fail runs protected: an error raised in a Lua action
// makes HAProxy carry on with the request as if the action were not there (fail open), so a fault here
// is logged and ends as "no CORS headers" instead.

import { decide, Decision, editResponse } from "../core/decide";
import { PolicyAction } from "../core/policyLine";
import { policyFor } from "./policyCache";
import { applyResponseEdit, buildReply, readRequest, readResponseHeaders, recordDecision } from "./transaction";

/** What the request action leaves for the response action in the transaction's Lua private slot. */
interface PendingDecision {
  readonly owner: typeof OWNER;
  readonly decision: Decision;
}
const OWNER = "haproxy-cors";

function alert(message: string): void {
  core.Alert(message);
}

function fault(where: string, error: unknown): void {
  alert(`cors: internal error in ${where}, no CORS headers sent: ${tostring(error)}`);
}

function decideRequest(action: PolicyAction, txn: TXN, args: readonly string[]): Reply | undefined {
  const policy = policyFor(action, args, (message) => alert(`cors: policy refused, every origin denied:\n${message}`));
  const decision = decide(policy, readRequest(txn));
  recordDecision(txn, decision);
  if (decision.reply !== undefined) return buildReply(txn, decision.reply.status, decision.reply.headers);
  const pending: PendingDecision = { owner: OWNER, decision };
  txn.set_priv(pending);
  return undefined;
}

function onRequest(action: PolicyAction, txn: TXN, args: readonly string[]): void {
  let reply: Reply | undefined;
  try {
    reply = decideRequest(action, txn, args);
  } catch (error) {
    fault(`http-request lua.${action}`, error);
    return;
  }
  // txn:done() ends the Lua execution by raising internally, so it must run outside the protected call.
  if (reply !== undefined) txn.done(reply);
}

function onResponse(txn: TXN): void {
  try {
    const pending = txn.get_priv() as PendingDecision | undefined;
    // Nothing to do for a transaction the request action did not see (or whose slot another module took).
    if (pending === undefined || typeof pending !== "object" || pending.owner !== OWNER) return;
    applyResponseEdit(txn, editResponse(pending.decision, readResponseHeaders(txn)));
  } catch (error) {
    fault("http-response lua.cors", error);
  }
}

export function registerActions(): void {
  core.register_action("cors", ["http-req"], (txn: TXN, methods: string, origins: string, headers: string) => onRequest("cors", txn, [methods, origins, headers]), 3);
  core.register_action("cors-policy", ["http-req"], (txn: TXN, options: string) => onRequest("cors-policy", txn, [options]), 1);
  core.register_action("cors", ["http-res"], (txn: TXN) => onResponse(txn), 0);
}
