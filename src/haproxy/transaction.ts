// Reading a transaction for the policy core and writing its decision back: the only file that knows
// how HAProxy's TXN and HTTP objects look, and what the request action leaves in the private slot.
//
// The usual request and response are each handled by one function (the policy's request decider,
// `applyDecision`) that the action calls under pcall directly. HAProxy runs the actions of each stream in a
// new Lua coroutine, whose stack has 35 usable slots at first (Lua 5.3; 40 in 5.4), and every call into a
// C function (HAProxy's, or string.find) asks for 20 free slots above its arguments. Past that the stack
// is reallocated and copied, on every request; and each call level the coroutine reaches costs it a call
// record (bench/README.md, "Profile", items 10 to 12). So on the usual paths each Lua frame is small, the
// nested ones that call C are tail calls, and test/lua/stack.lua checks that the stack is never grown
// and that no path goes deeper than one protected call.

import { CompiledPolicy } from "../core/compile";
import { BackendHeaders, CorsRequest, decide, decideOrdinary, editResponse, requestOrigin } from "../core/decide";
import { Decision, Reply as DecisionReply, ResponseEdit } from "../core/decision";
import { countName, hasNameWithPrefix, NAME_DELIMITER, NAME_DELIMITER_BYTE } from "../core/headerNames";

/** What the request action leaves for the response action in the transaction's Lua private slot. */
export interface PendingDecision {
  readonly owner: typeof OWNER;
  readonly decision: Decision;
  /** The request's Origin when it had exactly one. */
  readonly origin: string | undefined;
}
const OWNER = "haproxy-cors";

const NONE: readonly string[] = [];
const NO_BACKEND_HEADERS: BackendHeaders = { names: NONE, vary: NONE };

/** The values of one header in HAProxy's table (lower-case names, values indexed from 0). */
function valuesOf(table: HaproxyHeaders, name: string): readonly string[] {
  const values = table.get(name);
  if (values === undefined) return NONE;
  const list: string[] = [];
  let index = 0;
  let value = values.get(index);
  while (value !== undefined) {
    list.push(value);
    index++;
    value = values.get(index);
  }
  return list;
}

const ORIGIN = "origin";
const REQUEST_METHOD = "access-control-request-method";
const VARY = "vary";
const ACCESS_CONTROL = "access-control-";
/** Searched for as plain text (no byte special in a Lua pattern): every Access-Control-* name holds it. */
const ACCESS_ANYWHERE = "access";
const ALLOW_ORIGIN = "access-control-allow-origin";

/**
 * The whole request as the decision needs it, from HAProxy's header table: for a possible preflight, or
 * a request with several Origin headers (the usual request is read by the request decider).
 */
function readWholeRequest(txn: TXN): CorsRequest {
  const headers = txn.http.req_get_headers();
  const requestMethods = valuesOf(headers, REQUEST_METHOD);
  // The method only tells a preflight from an ordinary request, and a preflight needs
  // Access-Control-Request-Method: without it, the fetch (one more HAProxy call) is skipped.
  const method = requestMethods.length > 0 ? txn.f.method() : undefined;
  return {
    method: method === undefined ? "" : method,
    origins: valuesOf(headers, ORIGIN),
    requestMethods,
    requestHeaders: valuesOf(headers, "access-control-request-headers"),
  };
}

/** The request action's protected function for one policy (made once per policy by the policy cache). */
export type RequestDecider = (this: void, txn: TXN) => Reply | undefined;

// Searched for in the list that `req.hdr_names(NAME_DELIMITER)` gives: ORIGIN, and METHOD_ANYWHERE. Neither
// holds a byte that is special in a Lua pattern, so string.find looks for it as plain text (memchr and
// memcmp): a pattern would run Lua's matcher at every position of the list, which for the dozen names a
// browser sends cost about 3 us a request (more than the rest of the decision).
/** In Access-Control-Request-Method, and in little else a request names: a preflight is possible. */
const METHOD_ANYWHERE = "method";

/**
 * The request decider of a policy: decides a request and records the decision (the documented variables,
 * and the decision with the Origin in the private slot unless HAProxy answers the request). Returns the
 * reply when HAProxy answers. The usual request costs one fetch of the header names, plain searches of
 * them, and one fetch of its Origin: "origin" occurs once in the names, as a whole name, and "method"
 * nowhere. Any other list (a name containing "method", "origin" inside another name or twice) goes to the
 * whole header table, which decides every request exactly.
 *
 * Laid out for the coroutine's stack (see the file's head). The decider is a closure over its policy so
 * that its frame holds only the transaction, the names and where "origin" is: it starts at slot 7 (below
 * it the action, the action's two values, pcall, and the `true` that pcall inserts), and a call into
 * HAProxy or Lua's string library must leave 20 of the first 35 slots free, so seven values at most, the
 * callee and its arguments included. What has more to hold continues as a tail call, which Lua runs in
 * this same frame.
 */
export function requestDecider(policy: CompiledPolicy): RequestDecider {
  return (txn) => {
    const names = txn.f.req_hdr_names(NAME_DELIMITER);
    if (names === undefined) return recordDecision(txn, decideOrdinary(policy, undefined), undefined);
    const at = string.find(names, ORIGIN)[0];
    if (at === undefined) return recordDecision(txn, decideOrdinary(policy, undefined), undefined);
    if (
      string.find(names, METHOD_ANYWHERE)[0] !== undefined ||
      (at > 1 && string.byte(names, at - 1) !== NAME_DELIMITER_BYTE) ||
      (at + 5 < names.length && string.byte(names, at + 6) !== NAME_DELIMITER_BYTE) ||
      string.find(names, ORIGIN, at + 6)[0] !== undefined
    ) {
      return decideWholeRequest(txn, policy);
    }
    let origin = txn.f.req_fhdr(ORIGIN);
    if (origin === undefined) origin = "";
    return recordDecision(txn, decideOrdinary(policy, origin), origin);
  };
}

/** A possible preflight, or a request with several Origin headers: decided from the whole header table. */
function decideWholeRequest(txn: TXN, policy: CompiledPolicy): Reply | undefined {
  const request = readWholeRequest(txn);
  return recordDecision(txn, decide(policy, request), requestOrigin(request));
}

function recordDecision(txn: TXN, decision: Decision, origin: string | undefined): Reply | undefined {
  txn.set_var(DECISION_VAR, decision.name);
  if (origin !== undefined) txn.set_var(ORIGIN_VAR, origin);
  if (decision.reply !== undefined) return buildReply(txn, decision.reply);
  const pending: PendingDecision = { owner: OWNER, decision, origin };
  txn.set_priv(pending);
  return undefined;
}

/** The decision the request action left in the private slot, unless the slot holds something else. */
export function pendingDecision(txn: TXN): PendingDecision | undefined {
  const pending = txn.get_priv() as PendingDecision | undefined;
  return typeof pending === "object" && pending.owner === OWNER ? pending : undefined;
}

/**
 * What the response phase needs of a backend response that has Vary or Access-Control-* among its
 * header `names`: with a single Vary and no Access-Control-*, one more fetch (its value); else the
 * whole table.
 */
function backendHeaders(txn: TXN, names: string): BackendHeaders {
  const varyLines = countName(names, VARY);
  if (varyLines <= 1 && !hasNameWithPrefix(names, ACCESS_CONTROL)) {
    if (varyLines === 0) return NO_BACKEND_HEADERS;
    const value = txn.f.res_fhdr(VARY);
    return { names: NONE, vary: [value === undefined ? "" : value] };
  }
  const table = txn.http.res_get_headers();
  const all: string[] = [];
  for (const [name] of table) all.push(name);
  return { names: all, vary: valuesOf(table, VARY) };
}

/**
 * Applies a decision to the backend's response. One fetch of the header names comes first: usually
 * neither "vary" nor "access" occurs in them even as a substring (two plain searches, like the request
 * decider's), and the decision's plain edit applies as it is; else `backendHeaders` looks at the names
 * exactly. Laid out like the request decider: the edit is applied by tail calls, each function holding at
 * most three values below its calls into HAProxy.
 */
export function applyDecision(txn: TXN, decision: Decision, origin: string | undefined): void {
  const names = txn.f.res_hdr_names(NAME_DELIMITER);
  if (names === undefined || (string.find(names, VARY)[0] === undefined && string.find(names, ACCESS_ANYWHERE)[0] === undefined)) {
    return applyResponseEdit(txn, decision.plainEdit, origin);
  }
  return applyResponseEdit(txn, editResponse(decision, backendHeaders(txn, names)), origin);
}

// Indexed loops in both: the lists are usually empty, and a for-of would still set up an iterator.
function applyResponseEdit(txn: TXN, edit: ResponseEdit, origin: string | undefined): void {
  for (let i = 0; i < edit.remove.length; i++) txn.http.res_del_header(edit.remove[i]);
  if (edit.echoOrigin && origin !== undefined) txn.http.res_add_header(ALLOW_ORIGIN, origin);
  return addResponseHeaders(txn, edit);
}

function addResponseHeaders(txn: TXN, edit: ResponseEdit): void {
  for (let i = 0; i < edit.add.length; i++) txn.http.res_add_header(edit.add[i][0], edit.add[i][1]);
  if (edit.vary === undefined) return;
  // Without a Vary from the backend, adding is enough (and spares HAProxy a search to delete).
  if (edit.replaceVary) txn.http.res_set_header(VARY, edit.vary);
  else txn.http.res_add_header(VARY, edit.vary);
}

export const DECISION_VAR = "txn.cors_decision";
export const ORIGIN_VAR = "txn.cors_origin";
/** The converter configuration's record of a decision (core/editRecord.ts). */
export const EDIT_VAR = "txn.cors_edit";

export function buildReply(txn: TXN, reply: DecisionReply): Reply {
  const table: { [name: string]: string[] } = {};
  for (const [name, value] of reply.headers) table[name] = [value];
  return txn.reply({ status: reply.status, headers: table });
}
