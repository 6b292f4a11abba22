// Editing the backend's response as a decision says: Access-Control-Allow-Origin with the request's
// Origin, the decision's other headers, Vary merged with the backend's, and the backend's own
// Access-Control-* headers removed. One fetch of `res.hdr_names` comes first: usually the names hold
// neither Vary nor Access-Control-*, and the decision's plain edit applies as it is, with no other fetch.
// Steps that end a function are tail calls (transaction.ts says why).

import { BackendHeaders, editResponse } from "../policy/decide";
import { Decision, ResponseEdit } from "../policy/decision";
import { ALLOW_ORIGIN, NO_STRINGS, VARY } from "../policy/headers";
import { ResponseNames } from "../haproxy/headerNames";
import { classifyResponse, responseClasses } from "./nameClasses";

/** The values of one header in HAProxy's table (lower-case names, values indexed from 0). */
function valuesOf(table: HaproxyHeaders, name: string): readonly string[] {
  const values = table.get(name);
  if (values === undefined) return NO_STRINGS;
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

/** What the edit needs of a backend response whose header names are not "plain". */
function readBackendHeaders(txn: HaproxyTXN, kind: ResponseNames): BackendHeaders {
  if (kind === "one-vary") return { names: NO_STRINGS, vary: [txn.f.res_fhdr(VARY) ?? ""] };
  const table = txn.http.res_get_headers();
  const all: string[] = [];
  for (const [name] of table) all.push(name);
  return { names: all, vary: valuesOf(table, VARY) };
}

/** Applies a decision to the backend's response (its plain edit, or one made from what the backend sent). */
export function applyDecision(txn: HaproxyTXN, decision: Decision, origin: string | undefined): void {
  const names = txn.f.res_hdr_names() ?? "";
  const kind = responseClasses.get(names) ?? classifyResponse(names);
  if (kind === "plain") return addHeaders(txn, decision.plainEdit, origin);
  return applyEdit(txn, editResponse(decision, readBackendHeaders(txn, kind)), origin);
}

// Indexed loops: the lists are usually empty, and a for-of would still set up an iterator.

/** An edit made from what the backend sent: its headers removed (its Vary too, when replaced), then addHeaders. */
function applyEdit(txn: HaproxyTXN, edit: ResponseEdit, origin: string | undefined): void {
  for (let i = 0; i < edit.remove.length; i++) txn.http.res_del_header(edit.remove[i]);
  if (edit.replaceVary) txn.http.res_del_header(VARY);
  return addHeaders(txn, edit, origin);
}

/**
 * The headers an edit adds. A plain response (no Vary, no Access-Control-*) gets them and nothing else:
 * its edit removes nothing, and adding Vary spares HAProxy the search a replacement makes.
 */
function addHeaders(txn: HaproxyTXN, edit: ResponseEdit, origin: string | undefined): void {
  if (edit.echoOrigin && origin !== undefined) txn.http.res_add_header(ALLOW_ORIGIN, origin);
  for (let i = 0; i < edit.add.length; i++) txn.http.res_add_header(edit.add[i][0], edit.add[i][1]);
  if (edit.vary !== undefined) txn.http.res_add_header(VARY, edit.vary);
}
