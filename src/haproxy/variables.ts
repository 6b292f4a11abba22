// The txn variables the module sets: a documented contract (README, "txn variables").

/** The decision: not-cors, allowed, denied, preflight-allowed or preflight-denied. */
export const DECISION_VAR = "txn.cors_decision";
/** Why the request was denied (policy/decision.ts, DenialReason); unset for the other decisions. */
export const REASON_VAR = "txn.cors_reason";
/** Set by the operator's own rule (any value) to have denied decisions explained (CORS-Debug). */
export const DEBUG_VAR = "txn.cors_debug";
/** With debugging on, a denied request's detail: what failed and what the policy allows (policy/explain.ts). */
export const DETAIL_VAR = "txn.cors_detail";
/** The request's Origin, when it had exactly one. */
export const ORIGIN_VAR = "txn.cors_origin";
/** The converter configuration's record of a decision (converters/record.ts): the module's own. */
export const EDIT_VAR = "txn.cors_edit";
/**
 * Set when HAProxy answered the request itself (a preflight), to the status it sent: a Lua action in
 * http-after-response must skip that answer (README, "Every response").
 */
export const ANSWERED_VAR = "txn.cors_answered";
