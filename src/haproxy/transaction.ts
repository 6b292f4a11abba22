// Reading a transaction for the policy core and writing its decision back: the only file that knows
// how HAProxy's TXN and HTTP objects look.

import { Header } from "../core/compile";
import { BackendHeaders, CorsRequest, Decision, ResponseEdit } from "../core/decide";

const NONE: readonly string[] = [];

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

export function readRequest(txn: TXN): CorsRequest {
  const headers = txn.http.req_get_headers();
  const requestMethods = valuesOf(headers, "access-control-request-method");
  // The method only tells a preflight from an ordinary request, and a preflight needs
  // Access-Control-Request-Method: without it, the fetch (one more HAProxy call) is skipped.
  const method = requestMethods.length > 0 ? txn.f.method() : undefined;
  return {
    method: method === undefined ? "" : method,
    origins: valuesOf(headers, "origin"),
    requestMethods,
    requestHeaders: valuesOf(headers, "access-control-request-headers"),
  };
}

/** The backend response's header names and Vary values. */
export function readResponseHeaders(txn: TXN): BackendHeaders {
  const table = txn.http.res_get_headers();
  const names: string[] = [];
  for (const [name] of table) names.push(name);
  return { names, vary: valuesOf(table, "vary") };
}

/** The documented txn variables: `txn.cors_decision` always, `txn.cors_origin` with exactly one Origin. */
export function recordDecision(txn: TXN, decision: Decision): void {
  txn.set_var("txn.cors_decision", decision.name);
  if (decision.origin !== undefined) txn.set_var("txn.cors_origin", decision.origin);
}

export function applyResponseEdit(txn: TXN, edit: ResponseEdit): void {
  for (const name of edit.remove) txn.http.res_del_header(name);
  for (const [name, value] of edit.add) txn.http.res_add_header(name, value);
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
