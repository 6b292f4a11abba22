// The two HAProxy actions. Everything that can fail runs under pcall: an error raised in a Lua action
// makes HAProxy carry on with the request as if the action were not there (fail open), so a fault here
// is logged and ends as "no CORS headers" instead. The protected functions are module-level, so the
// request path allocates no closure; each action hands over by a tail call (transaction.ts says why).

import { CompiledPolicy } from "../policy/compile";
import { fault } from "./fault";
import { dropInPolicies, dropInPolicy, extendedPolicies, extendedPolicy } from "./policyCache";
import { decideRequest, respond } from "./transaction";

/** Decides the request under the policy (looked up without raising: a bad one denies everything). */
function onRequest(txn: HaproxyTXN, policy: CompiledPolicy): void {
  const [ok, result] = pcall(decideRequest, txn, policy);
  if (!ok) return fault("the request action (http-request lua.cors or lua.cors-policy)", result);
  // txn:done() ends the Lua execution by raising internally, so it must run outside the protected call.
  if (result !== undefined) txn.done(result as HaproxyReply);
}

function onDropInRequest(this: void, txn: HaproxyTXN, methods: string, origins: string, headers: string): void {
  return onRequest(txn, dropInPolicies.get(methods)?.get(origins)?.get(headers) ?? dropInPolicy(methods, origins, headers));
}

function onExtendedRequest(this: void, txn: HaproxyTXN, options: string): void {
  return onRequest(txn, extendedPolicies.get(options) ?? extendedPolicy(options));
}

function onResponse(this: void, txn: HaproxyTXN): void {
  const [ok, error] = pcall(respond, txn);
  if (!ok) fault("http-response lua.cors", error);
}

export function registerActions(): void {
  core.register_action("cors", ["http-req"], onDropInRequest, 3);
  core.register_action("cors-policy", ["http-req"], onExtendedRequest, 1);
  core.register_action("cors", ["http-res"], onResponse, 0);
  // HAProxy 2.9 and later run Lua actions in http-after-response too; older versions raise here
  // ("Lua action environment 'http-after-res' is unknown"), and their configurations use native rules.
  pcall(core.register_action, "cors", ["http-after-res"], onResponse, 0);
}
