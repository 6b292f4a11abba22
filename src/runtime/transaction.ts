// Reading a transaction for the policy core and writing its decision back: the only file that knows
// how HAProxy's TXN and HTTP objects look, and what the request action leaves in the private slot.
//
// The usual request and response are each handled by one function (the policy's request decider, the
// responder) that the action calls under pcall directly. HAProxy runs the actions of each stream in a
// new Lua coroutine, whose stack has 35 usable slots at first (Lua 5.3; 40 in 5.4), and every call into a
// C function (HAProxy's, or string.find) asks for 20 free slots above its arguments. Past that the stack
// is reallocated and copied, on every request; and each call level the coroutine reaches costs it a call
// record (bench/README.md, "Profile", items 10 to 13). So on the usual paths each Lua frame is small, the
// nested ones that call C are tail calls, and test/lua/stack.lua checks that the stack is never grown
// and that no path goes deeper than one protected call.

import { CompiledPolicy } from "../policy/compile";
import { BackendHeaders, CorsRequest, decide, decideOrdinary, editResponse, requestOrigin, VALUES_NEEDED } from "../policy/decide";
import { Decision, Reply, ResponseEdit } from "../policy/decision";
import { classifyRequestNames, classifyResponseNames, countName, NAME_DELIMITER, RequestNames, ResponseNames } from "../haproxy/headerNames";

/** What the request action leaves for the response action in the transaction's Lua private slot. */
export interface PendingDecision {
  readonly owner: typeof OWNER;
  readonly decision: Decision;
  /** The request's Origin when it had exactly one. */
  readonly origin: string | undefined;
}
const OWNER = "haproxy-cors";

// The documented variables (README, "txn variables"). Module locals, so that the request decider reads
// them as upvalues, not as fields of the module's exports; the Origin's is exported under another name.
const DECISION = "txn.cors_decision";
const ORIGIN_OF_REQUEST = "txn.cors_origin";
export const ORIGIN_VAR = ORIGIN_OF_REQUEST;

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

const ORIGIN = "origin";
const REQUEST_METHOD = "access-control-request-method";
const REQUEST_HEADERS = "access-control-request-headers";
const VARY = "vary";
const ALLOW_ORIGIN = "access-control-allow-origin";

/**
 * The class of header-name lists seen before (haproxy/headerNames.ts), by list. The clients of one kind send
 * the same names in the same order, and a backend too, so the usual request and response classify their
 * list with one table lookup instead of searching it: each search is a call into Lua's string library,
 * which in HAProxy costs 150 to 400 machine instructions, and each Lua instruction about 65, as HAProxy
 * runs Lua with a count hook (bench/README.md, "Profile", item 13).
 * Bounded: lists longer than REMEMBERED_LENGTH are classified every time, and the table is emptied when
 * it holds REMEMBERED_LISTS, so that a client sending ever new lists costs a classification per request
 * and no memory. A lookup compares at most every remembered list in full: Lua 5.3 hashes a long string
 * from 32 of its bytes, so lists can be made to collide, and 256 colliding lists of 512 bytes cost a
 * lookup about 3 us (Lua 5.4 hashes every byte, with a seed of its own).
 */
interface NameClasses<Class> {
  readonly classes: LuaTable<string, Class>;
  size: number;
}
const REMEMBERED_LISTS = 256;
const REMEMBERED_LENGTH = 512;

function remember<Class>(memory: NameClasses<Class>, names: string, nameClass: Class): Class {
  if (names.length > REMEMBERED_LENGTH) return nameClass;
  if (memory.size >= REMEMBERED_LISTS) {
    for (const [list] of memory.classes) memory.classes.delete(list);
    memory.size = 0;
  }
  memory.classes.set(names, nameClass);
  memory.size++;
  return nameClass;
}

const requestNames: NameClasses<RequestNames> = { classes: new LuaTable(), size: 0 };
const responseNames: NameClasses<ResponseNames> = { classes: new LuaTable(), size: 0 };
const requestClasses = requestNames.classes;
const responseClasses = responseNames.classes;

/**
 * The values of a request header, at most `atMost` of them: the only one from one fetch, else one fetch per
 * occurrence. The header-name list tells how many there are (counted up to `atMost`).
 */
function requestValues(txn: HaproxyTXN, names: string, name: string, atMost: number): readonly string[] {
  const count = countName(names, name, atMost);
  if (count === 0) return NONE;
  if (count === 1) {
    const value = txn.f.req_fhdr(name);
    return [value === undefined ? "" : value];
  }
  const values: string[] = [];
  for (let occurrence = 1; occurrence <= count; occurrence++) {
    const value = txn.f.req_fhdr(name, occurrence);
    values.push(value === undefined ? "" : value);
  }
  return values;
}

/**
 * The request as the decision needs it, for a possible preflight or a request with several Origin
 * headers (the usual request is read by the request decider): only the values it reads (VALUES_NEEDED).
 */
function readCorsRequest(txn: HaproxyTXN, names: string): CorsRequest {
  const requestMethods = requestValues(txn, names, REQUEST_METHOD, VALUES_NEEDED.requestMethods);
  // The method only tells a preflight from an ordinary request, and a preflight needs
  // Access-Control-Request-Method: without it, the fetch (one more HAProxy call) is skipped.
  const method = requestMethods.length > 0 ? txn.f.method() : undefined;
  return {
    method: method === undefined ? "" : method,
    origins: requestValues(txn, names, ORIGIN, VALUES_NEEDED.origins),
    requestMethods,
    requestHeaders: requestValues(txn, names, REQUEST_HEADERS, VALUES_NEEDED.requestHeaders),
  };
}

/** The request action's protected function for one policy (made once per policy by the policy cache). */
export type RequestDecider = (this: void, txn: HaproxyTXN) => HaproxyReply | undefined;

/**
 * The request decider of a policy: decides a request and records the decision (the documented variables,
 * and the decision with the Origin in the private slot unless HAProxy answers the request). Returns the
 * reply when HAProxy answers. The usual request costs one fetch of the header names, a lookup of their
 * class, one fetch of its Origin, and a lookup of the Origin among the policy's exact entries; any other
 * is decided by the core (`decideOrdinary`, or `decide` from the values readCorsRequest fetches).
 *
 * Laid out for the coroutine's stack (see the file's head). The decider is a closure over its policy so
 * that its frame holds only the transaction and the values of the step at hand: it starts at slot 7
 * (below it the action, the action's two values, pcall, and the `true` that pcall inserts), and a call
 * into HAProxy or Lua's string library must leave 20 of the first 35 slots free, so seven values at most,
 * the callee and its arguments included. The names and their class live in a block of their own, whose
 * slots the decision then reuses; what has more to hold continues as a tail call, which Lua runs in this
 * same frame.
 */
export function requestDecider(policy: CompiledPolicy): RequestDecider {
  const exact = policy.origins.exact;
  const allowed = policy.allowed;
  // A request without Origin leaves the same record every time: made once, it costs no allocation.
  const notCors: PendingDecision = { owner: OWNER, decision: policy.notCors, origin: undefined };
  return (txn) => {
    let origin: string | undefined;
    {
      const names = txn.f.req_hdr_names(NAME_DELIMITER);
      if (names === undefined) return recordNotCors(txn, notCors);
      let nameClass = requestClasses.get(names);
      if (nameClass === undefined) nameClass = remember(requestNames, names, classifyRequestNames(names));
      if (nameClass === "no-origin") return recordNotCors(txn, notCors);
      if (nameClass === "whole") return decideWholeRequest(txn, policy, names);
    }
    origin = txn.f.req_fhdr(ORIGIN);
    if (origin === undefined) origin = "";
    // An exact entry is allowed (decideOrdinary's first answer), looked up here so that the usual request
    // makes no further call. Neither decision has a reply: only preflights are answered by HAProxy.
    const decision = exact[origin] === true ? allowed : decideOrdinary(policy, origin);
    txn.set_var(DECISION, decision.name);
    txn.set_var(ORIGIN_OF_REQUEST, origin);
    const pending: PendingDecision = { owner: OWNER, decision, origin };
    txn.set_priv(pending);
    return undefined;
  };
}

/** A possible preflight, or a request with several Origin headers: decided from the values it needs. */
function decideWholeRequest(txn: HaproxyTXN, policy: CompiledPolicy, names: string): HaproxyReply | undefined {
  const request = readCorsRequest(txn, names);
  return recordDecision(txn, decide(policy, request), requestOrigin(request));
}

/** Records the decision on a request without Origin (never answered by HAProxy, no Origin to record). */
function recordNotCors(txn: HaproxyTXN, pending: PendingDecision): undefined {
  txn.set_var(DECISION, pending.decision.name);
  txn.set_priv(pending);
  return undefined;
}

function recordDecision(txn: HaproxyTXN, decision: Decision, origin: string | undefined): HaproxyReply | undefined {
  txn.set_var(DECISION, decision.name);
  if (origin !== undefined) txn.set_var(ORIGIN_OF_REQUEST, origin);
  if (decision.reply !== undefined) return buildReply(txn, decision.reply);
  const pending: PendingDecision = { owner: OWNER, decision, origin };
  txn.set_priv(pending);
  return undefined;
}

/**
 * The response action's protected function: applies the decision the request action left in the private
 * slot. A transaction the request action did not see (or whose slot another module took) goes to
 * `unseen`, which takes care of the ones a converter decided. Made once, as a closure, so that it reaches
 * `unseen` or `applyDecision` by a tail call: the response then goes no deeper than the request.
 */
export function responder(unseen: (this: void, txn: HaproxyTXN) => void): (this: void, txn: HaproxyTXN) => void {
  return (txn) => {
    const pending = txn.get_priv() as PendingDecision | undefined;
    if (typeof pending !== "object" || pending.owner !== OWNER) return unseen(txn);
    return applyDecision(txn, pending.decision, pending.origin);
  };
}

/** What the response phase needs of a backend response whose header names are not "plain". */
function backendHeaders(txn: HaproxyTXN, nameClass: ResponseNames): BackendHeaders {
  if (nameClass === "one-vary") {
    const value = txn.f.res_fhdr(VARY);
    return { names: NONE, vary: [value === undefined ? "" : value] };
  }
  const table = txn.http.res_get_headers();
  const all: string[] = [];
  for (const [name] of table) all.push(name);
  return { names: all, vary: valuesOf(table, VARY) };
}

/**
 * Applies a decision to the backend's response. One fetch of the header names comes first: usually they
 * are a list seen before, with neither Vary nor Access-Control-* (the class is remembered, as the request
 * decider's is), and the decision's plain edit applies as it is; else `backendHeaders` reads what the
 * edit needs. Laid out like the request decider: the edit is applied by tail calls, each function holding
 * at most three values below its calls into HAProxy.
 */
export function applyDecision(txn: HaproxyTXN, decision: Decision, origin: string | undefined): void {
  const names = txn.f.res_hdr_names(NAME_DELIMITER);
  if (names === undefined) return addHeaders(txn, decision.plainEdit, origin);
  let nameClass = responseClasses.get(names);
  if (nameClass === undefined) nameClass = remember(responseNames, names, classifyResponseNames(names));
  if (nameClass === "plain") return addHeaders(txn, decision.plainEdit, origin);
  return applyResponseEdit(txn, editResponse(decision, backendHeaders(txn, nameClass)), origin);
}

// Indexed loops in both: the lists are usually empty, and a for-of would still set up an iterator.
/** Applies an edit: the backend's Access-Control-* headers go first, then `addHeaders`. */
function applyResponseEdit(txn: HaproxyTXN, edit: ResponseEdit, origin: string | undefined): void {
  for (let i = 0; i < edit.remove.length; i++) txn.http.res_del_header(edit.remove[i]);
  return addHeaders(txn, edit, origin);
}

/** What an edit adds. A decision's plain edit removes nothing, so the usual response starts here. */
function addHeaders(txn: HaproxyTXN, edit: ResponseEdit, origin: string | undefined): void {
  if (edit.echoOrigin && origin !== undefined) txn.http.res_add_header(ALLOW_ORIGIN, origin);
  for (let i = 0; i < edit.add.length; i++) txn.http.res_add_header(edit.add[i][0], edit.add[i][1]);
  if (edit.vary === undefined) return;
  // Without a Vary from the backend, adding is enough (and spares HAProxy a search to delete).
  if (edit.replaceVary) txn.http.res_set_header(VARY, edit.vary);
  else txn.http.res_add_header(VARY, edit.vary);
}

/** The converter configuration's record of a decision (haproxy/converterRecord.ts). */
export const EDIT_VAR = "txn.cors_edit";

export function buildReply(txn: HaproxyTXN, reply: Reply): HaproxyReply {
  const table: { [name: string]: string[] } = {};
  for (const [name, value] of reply.headers) table[name] = [value];
  return txn.reply({ status: reply.status, headers: table });
}
