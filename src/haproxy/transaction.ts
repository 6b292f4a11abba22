// Reading a transaction for the policy core and writing its decision back: the only file that knows
// how HAProxy's TXN and HTTP objects look, and what the request action leaves in the private slot.
//
// The usual request and response are each handled by one function (`decideRequest`, `applyDecision`)
// that the action calls under pcall directly: HAProxy runs each action in a new Lua coroutine, and each
// Lua function nested between the action and a call into HAProxy adds to the height of its stack, which
// is reallocated, on every request, past its first 35 slots (bench/README.md, "Profile", item 10).

import { CompiledPolicy } from "../core/compile";
import { BackendHeaders, CorsRequest, decide, decideOrdinary, editResponse, requestOrigin } from "../core/decide";
import { Decision, Header, ResponseEdit } from "../core/decision";
import { countName, hasNameWithPrefix, NAME_DELIMITER } from "../core/headerNames";

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
const ALLOW_ORIGIN = "access-control-allow-origin";

/**
 * The whole request as the decision needs it, from HAProxy's header table: for a possible preflight, or
 * a request with several Origin headers (the usual request is read in `decideRequest`).
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

/**
 * Decides a request and records the decision: the documented variables, and the decision with the
 * Origin in the private slot unless HAProxy answers the request. Returns the reply when it does. The
 * usual request (at most one Origin, not a preflight) costs one fetch of the header names and one of its
 * Origin.
 */
export function decideRequest(txn: TXN, policy: CompiledPolicy): Reply | undefined {
  const fetched = txn.f.req_hdr_names(NAME_DELIMITER);
  const names = fetched === undefined ? "" : fetched;
  const origins = countName(names, ORIGIN);
  let decision: Decision;
  let origin: string | undefined;
  // A substring test is enough to rule a preflight out; when it matches, the whole table decides.
  if (origins <= 1 && names.indexOf(REQUEST_METHOD) < 0) {
    if (origins === 1) {
      const value = txn.f.req_fhdr(ORIGIN);
      origin = value === undefined ? "" : value;
    }
    decision = decideOrdinary(policy, origin);
  } else {
    const request = readWholeRequest(txn);
    decision = decide(policy, request);
    origin = requestOrigin(request);
  }
  txn.set_var(DECISION_VAR, decision.name);
  if (origin !== undefined) txn.set_var(ORIGIN_VAR, origin);
  const reply = decision.reply;
  if (reply !== undefined) return buildReply(txn, reply.status, reply.headers);
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
  const varyLines = names.indexOf(VARY) >= 0 ? countName(names, VARY) : 0;
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

function applyResponseEdit(txn: TXN, edit: ResponseEdit, origin: string | undefined): void {
  // Indexed loops: the lists are usually empty, and a for-of would still set up an iterator.
  const http = txn.http;
  const remove = edit.remove;
  for (let i = 0; i < remove.length; i++) http.res_del_header(remove[i]);
  if (edit.echoOrigin && origin !== undefined) http.res_add_header(ALLOW_ORIGIN, origin);
  const add = edit.add;
  for (let i = 0; i < add.length; i++) http.res_add_header(add[i][0], add[i][1]);
  if (edit.vary !== undefined) {
    // Without a Vary from the backend, adding is enough (and spares HAProxy a search to delete).
    if (edit.replaceVary) http.res_set_header(VARY, edit.vary);
    else http.res_add_header(VARY, edit.vary);
  }
}

/**
 * Applies a decision to the backend's response. One fetch of the header names comes first: usually
 * neither "vary" nor "access-control-" occurs in them even as a substring, and the decision's plain edit
 * applies as it is.
 */
export function applyDecision(txn: TXN, decision: Decision, origin: string | undefined): void {
  const fetched = txn.f.res_hdr_names(NAME_DELIMITER);
  const names = fetched === undefined ? "" : fetched;
  const plain = names.indexOf(VARY) < 0 && names.indexOf(ACCESS_CONTROL) < 0;
  applyResponseEdit(txn, plain ? decision.plainEdit : editResponse(decision, backendHeaders(txn, names)), origin);
}

export const DECISION_VAR = "txn.cors_decision";
export const ORIGIN_VAR = "txn.cors_origin";
/** The converter configuration's record of a decision (core/editRecord.ts). */
export const EDIT_VAR = "txn.cors_edit";

export function buildReply(txn: TXN, status: number, headers: readonly Header[]): Reply {
  const table: { [name: string]: string[] } = {};
  for (const [name, value] of headers) table[name] = [value];
  return txn.reply({ status, headers: table });
}
