// Reading a transaction for the policy core and writing its decision back: the only file that knows
// how HAProxy's TXN and HTTP objects look.

import { BackendHeaders, CorsRequest } from "../core/decide";
import { Decision, Header, ResponseEdit } from "../core/decision";
import { countName, hasNameWithPrefix, NAME_DELIMITER } from "../core/headerNames";

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

/**
 * What the decision needs of the request: undefined when it has no Origin; the Origin when it has only
 * one and cannot be a preflight; else the whole CorsRequest. One fetch of the header names comes first,
 * so an ordinary request costs at most one more fetch (its Origin) and no allocation; only a possible
 * preflight, or a request with several Origin headers, reads the whole header table.
 */
export function readRequest(txn: TXN): string | undefined | CorsRequest {
  const names = txn.f.req_hdr_names(NAME_DELIMITER);
  const list = names === undefined ? "" : names;
  const origins = countName(list, ORIGIN);
  // A substring test is enough to rule a preflight out; when it matches, the whole table decides.
  if (origins <= 1 && list.indexOf(REQUEST_METHOD) < 0) {
    if (origins === 0) return undefined;
    const value = txn.f.req_fhdr(ORIGIN);
    return value === undefined ? "" : value;
  }
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
 * What the response phase needs of the backend's response. Usually one fetch of the header names and,
 * with a single Vary, one of its value; the whole table only when the backend sent Access-Control-*
 * headers of its own or several Vary lines.
 */
export function readResponseHeaders(txn: TXN): BackendHeaders {
  const names = txn.f.res_hdr_names(NAME_DELIMITER);
  const list = names === undefined ? "" : names;
  // Usually neither name occurs even as a substring: two plain searches settle it.
  const mayVary = list.indexOf(VARY) >= 0;
  if (!mayVary && list.indexOf(ACCESS_CONTROL) < 0) return NO_BACKEND_HEADERS;
  const varyLines = mayVary ? countName(list, VARY) : 0;
  if (varyLines <= 1 && !hasNameWithPrefix(list, ACCESS_CONTROL)) {
    if (varyLines === 0) return NO_BACKEND_HEADERS;
    const value = txn.f.res_fhdr(VARY);
    return { names: NONE, vary: [value === undefined ? "" : value] };
  }
  const table = txn.http.res_get_headers();
  const all: string[] = [];
  for (const [name] of table) all.push(name);
  return { names: all, vary: valuesOf(table, VARY) };
}

export const DECISION_VAR = "txn.cors_decision";
export const ORIGIN_VAR = "txn.cors_origin";
/** The converter configuration's record of a decision (core/editRecord.ts). */
export const EDIT_VAR = "txn.cors_edit";

/** The documented txn variables: `txn.cors_decision` always, `txn.cors_origin` with exactly one Origin. */
export function recordDecision(txn: TXN, decision: Decision, origin: string | undefined): void {
  txn.set_var(DECISION_VAR, decision.name);
  if (origin !== undefined) txn.set_var(ORIGIN_VAR, origin);
}

export function applyResponseEdit(txn: TXN, edit: ResponseEdit, origin: string | undefined): void {
  // Indexed loops: the lists are usually empty, and a for-of would still set up an iterator.
  const remove = edit.remove;
  for (let i = 0; i < remove.length; i++) txn.http.res_del_header(remove[i]);
  if (edit.echoOrigin && origin !== undefined) txn.http.res_add_header("access-control-allow-origin", origin);
  const add = edit.add;
  for (let i = 0; i < add.length; i++) txn.http.res_add_header(add[i][0], add[i][1]);
  if (edit.vary !== undefined) {
    // Without a Vary from the backend, adding is enough (and spares HAProxy a search to delete).
    if (edit.replaceVary) txn.http.res_set_header("vary", edit.vary);
    else txn.http.res_add_header("vary", edit.vary);
  }
}

export function buildReply(txn: TXN, status: number, headers: readonly Header[]): Reply {
  const table: { [name: string]: string[] } = {};
  for (const [name, value] of headers) table[name] = [value];
  return txn.reply({ status, headers: table });
}
