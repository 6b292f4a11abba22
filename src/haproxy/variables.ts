// The txn variables the module sets: a documented contract (README, "txn variables").

/** The decision: not-cors, allowed, denied, preflight-allowed or preflight-denied. */
export const DECISION_VAR = "txn.cors_decision";
/** The request's Origin, when it had exactly one. */
export const ORIGIN_VAR = "txn.cors_origin";
/** The converter configuration's record of a decision (converters/record.ts): the module's own. */
export const EDIT_VAR = "txn.cors_edit";
/**
 * Set when HAProxy answered the request itself (a preflight), to the status it sent: a Lua action in
 * http-after-response must skip that answer (README, "Every response").
 */
export const ANSWERED_VAR = "txn.cors_answered";
