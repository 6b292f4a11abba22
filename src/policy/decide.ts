// Deciding a request: the CORS protocol of the Fetch standard, seen from the server.

import { isOws, readTokenList } from "./chars";
import type { CompiledPolicy } from "./compile";
import { Decision, DecisionName, DenialReason, makeDecision, ResponseEdit } from "./decision";
import { ACCESS_CONTROL_PREFIX, ALLOW_HEADERS, ALLOW_METHODS, ALLOW_ORIGIN, Header, NO_HEADERS, NO_STRINGS, VARY, VARY_ORIGIN, VARY_ORIGIN_TOKEN } from "./headers";
import { parseSerializedOrigin } from "./origin";
import { matchOrigin } from "./originMatcher";
import { KeyKind, matchOriginMaps, OriginMaps } from "./originMaps";
import { allowedRequestHeaders, isAllowedMethod, MAX_REQUEST_HEADERS_LINES } from "./preflightRequest";

/**
 * The request as the decision needs it: the values of each header, in order. A client may send a hundred
 * lines of a header, and the decision needs few of them, so a reader may stop at `VALUES_NEEDED` of each
 * (HAProxy's glue does).
 */
export interface CorsRequest {
  readonly method: string;
  readonly origins: readonly string[];
  /** Access-Control-Request-Method values. */
  readonly requestMethods: readonly string[];
  /** Access-Control-Request-Headers values. */
  readonly requestHeaders: readonly string[];
}

/**
 * How many values of each header the decision reads at most: of Origin and Access-Control-Request-Method
 * it tells none, one and several apart; of Access-Control-Request-Headers it refuses more lines than
 * MAX_REQUEST_HEADERS_LINES.
 */
export const VALUES_NEEDED = { origins: 2, requestMethods: 2, requestHeaders: MAX_REQUEST_HEADERS_LINES + 1 } as const;

export type { Decision, DecisionName, DenialReason, Reply, ResponseEdit } from "./decision";

/** The request's Origin when it has exactly one Origin header (the value of `txn.cors_origin`). */
export function requestOrigin(request: CorsRequest): string | undefined {
  return request.origins.length === 1 ? request.origins[0] : undefined;
}

/** The policy allows this Origin value: any value, or one its allow-list or its maps match (originMatcher.ts, originMaps.ts). */
function isAllowedOrigin(policy: CompiledPolicy, origin: string): boolean {
  if (policy.anyOrigin || matchOrigin(policy.origins, origin)) return true;
  return policy.originMaps !== undefined && matchOriginMaps(policy.originMaps, origin, inFirstMap(policy, origin));
}

/** Why an Origin value the policy does not allow is denied: `null` and serialized origins are well formed. */
export function originDenial(origin: string): DenialReason {
  return origin === "null" || parseSerializedOrigin(origin) !== undefined ? "origin-not-allowed" : "origin-malformed";
}

/** The shared decision denying an Origin value the policy does not allow. */
function deniedOrigin(policy: CompiledPolicy, origin: string): Decision {
  return originDenial(origin) === "origin-not-allowed" ? policy.denied : policy.malformed;
}

/**
 * Decides a request that is not a preflight, with no Origin (`origin` undefined) or exactly one, from the
 * policy's own list: undefined when only its origins maps can tell (decideFromMaps). The decision is one of
 * the policy's shared ones: nothing is allocated. What needs no matching is looked up in the compiled policy
 * (compile.ts, decisionByOrigin), so that the usual request makes no further call (runtime/transaction.ts,
 * "The coroutine's stack").
 */
export function decideFromList(policy: CompiledPolicy, origin: string | undefined): Decision | undefined {
  if (origin === undefined) return policy.notCors;
  const known = policy.decisionByOrigin[origin] ?? policy.otherOrigins;
  if (known !== undefined) return known;
  // (decisionByOrigin is the matcher's table of exact origins: without patterns, matching adds nothing.)
  if (policy.origins.needsParse && matchOrigin(policy.origins, origin)) return policy.allowed;
  if (policy.originMaps === undefined) return deniedOrigin(policy, origin);
  return undefined;
}

/**
 * The decision of an Origin value that only the policy's origins maps can tell (decideFromList gave none),
 * given whether the first map holds the value as a key (`inFirst`, its lookup made by the caller: a call into
 * HAProxy, which runtime/transaction.ts makes from the action's own level). The usual one, an exact origin
 * the first map holds (judged by an earlier request), needs nothing more.
 */
export function decideFromMaps(policy: CompiledPolicy, origin: string, inFirst: boolean): Decision {
  const maps = policy.originMaps as OriginMaps;
  if (inFirst && maps.maps[0].kinds[origin] === KeyKind.Exact) return policy.allowed;
  if (matchOriginMaps(maps, origin, inFirst)) return policy.allowed;
  return deniedOrigin(policy, origin);
}

/** Whether the first origins map of the policy holds `origin` as a key (a call into HAProxy). */
export function inFirstMap(policy: CompiledPolicy, origin: string): boolean {
  return (policy.originMaps as OriginMaps).maps[0].map.lookup(origin) !== undefined;
}

/** Decides a request that is not a preflight, with no Origin (`origin` undefined) or exactly one. */
export function decideOrdinary(policy: CompiledPolicy, origin: string | undefined): Decision {
  return decideFromList(policy, origin) ?? decideFromMaps(policy, origin as string, inFirstMap(policy, origin as string));
}

/** A preflight's decision: allowed with `headers`, or denied for `reason` (headers undefined). */
function preflightOutcome(policy: CompiledPolicy, headers: readonly Header[] | undefined, vary: readonly string[], reason?: DenialReason): Decision {
  const allowed = headers !== undefined;
  const name: DecisionName = allowed ? "preflight-allowed" : "preflight-denied";
  const corsHeaders = headers === undefined ? NO_HEADERS : headers;
  if (policy.forwardPreflights) return makeDecision(name, undefined, false, corsHeaders, vary, reason);
  const replyHeaders: Header[] = [];
  for (const header of corsHeaders) replyHeaders.push(header);
  if (vary.length > 0) replyHeaders.push([VARY, vary.join(", ")]);
  return makeDecision(name, { status: allowed ? 204 : 403, headers: replyHeaders }, false, NO_HEADERS, NO_STRINGS, reason);
}

function deniedPreflight(policy: CompiledPolicy, reason: DenialReason): Decision {
  return preflightOutcome(policy, undefined, VARY_ORIGIN, reason);
}

function decidePreflight(policy: CompiledPolicy, origin: string | undefined, request: CorsRequest): Decision {
  if (origin === undefined) return deniedPreflight(policy, "several-origins");
  if (!isAllowedOrigin(policy, origin)) return deniedPreflight(policy, originDenial(origin));
  const method = request.requestMethods.length === 1 ? request.requestMethods[0] : undefined;
  if (method === undefined || !isAllowedMethod(policy, method)) return deniedPreflight(policy, "method-not-allowed");
  const names = allowedRequestHeaders(policy, request.requestHeaders);
  if (names === undefined) return deniedPreflight(policy, "headers-not-allowed");

  const vary: string[] = policy.fixedAnyOrigin ? [] : [VARY_ORIGIN_TOKEN];
  const headers: Header[] = [[ALLOW_ORIGIN, policy.fixedAnyOrigin ? "*" : origin]];
  for (const header of policy.preflightHeaders) headers.push(header);
  if (policy.allowMethods === undefined) {
    headers.push([ALLOW_METHODS, method]);
    vary.push("Access-Control-Request-Method");
  } else if (policy.allowMethods.length > 0) {
    headers.push([ALLOW_METHODS, policy.allowMethods]);
  }
  if (policy.allowHeaders === undefined) {
    if (names.length > 0) headers.push([ALLOW_HEADERS, names.join(",")]);
    vary.push("Access-Control-Request-Headers");
  } else if (policy.allowHeaders.length > 0) {
    headers.push([ALLOW_HEADERS, policy.allowHeaders]);
  }
  return preflightOutcome(policy, headers, vary);
}

/**
 * Decides a request. A CORS request has exactly one Origin; more than one is refused (fail closed). A
 * preflight is OPTIONS with an Origin and an Access-Control-Request-Method. Never throws.
 */
export function decide(policy: CompiledPolicy, request: CorsRequest): Decision {
  const count = request.origins.length;
  if (count === 0) return policy.notCors;
  const origin = count === 1 ? request.origins[0] : undefined;
  if (request.method === "OPTIONS" && request.requestMethods.length > 0) {
    return decidePreflight(policy, origin, request);
  }
  return origin === undefined ? policy.severalOrigins : decideOrdinary(policy, origin);
}

/** What the response phase needs to know of the backend's response. */
export interface BackendHeaders {
  /** Header names (each once or more, in any case): at least every Access-Control-* one the backend sent. */
  readonly names: readonly string[];
  /** The values of every Vary header, in order. */
  readonly vary: readonly string[];
}


function isAccessControl(name: string): boolean {
  // Most names are ruled out by their first letter, without lower-casing a copy.
  const first = name.charCodeAt(0);
  if (first !== 97 && first !== 65) return false;
  return name.length > ACCESS_CONTROL_PREFIX.length && name.substring(0, ACCESS_CONTROL_PREFIX.length).toLowerCase() === ACCESS_CONTROL_PREFIX;
}

/**
 * The longest Vary (all the backend's lines), and the most tokens, that are merged token by token. A longer
 * one, which no backend sends in earnest (or one that is not a list of tokens), keeps its lines and gets the
 * wanted tokens appended unread: a token listed twice, or beside "*", means what it means once, so the
 * answer is the same and the work stays bounded.
 */
export const MAX_MERGED_VARY_LENGTH = 256;
export const MAX_MERGED_VARY_TOKENS = 16;

/** The backend's Vary tokens, lower-cased; undefined past MAX_MERGED_VARY_TOKENS, or when it is not a list of tokens. */
function varyTokens(backend: readonly string[]): string[] | undefined {
  const tokens: string[] = [];
  for (const value of backend) {
    const items = readTokenList(value, MAX_MERGED_VARY_TOKENS - tokens.length);
    if (items === undefined) return undefined;
    for (const item of items) tokens.push(item.toLowerCase());
  }
  return tokens;
}

function mergeVary(wanted: readonly string[], backend: readonly string[]): string | undefined {
  if (wanted.length === 0) return undefined;
  if (backend.length === 0) return wanted.join(", ");
  const merged: string[] = [];
  let length = backend.length - 1;
  for (const value of backend) {
    length += value.length;
    if (!isBlank(value)) merged.push(value);
  }
  const tokens = length > MAX_MERGED_VARY_LENGTH ? undefined : varyTokens(backend);
  if (tokens === undefined) {
    for (const token of wanted) merged.push(token);
    return merged.join(", ");
  }
  if (tokens.indexOf("*") >= 0) return undefined;
  let added = false;
  for (const token of wanted) {
    if (tokens.indexOf(token.toLowerCase()) < 0) {
      merged.push(token);
      added = true;
    }
  }
  return added ? merged.join(", ") : undefined;
}

/** The edit of the backend's response that applies a decision. */
export function editResponse(decision: Decision, backend: BackendHeaders): ResponseEdit {
  if (backend.names.length === 0 && backend.vary.length === 0) return decision.plainEdit;
  let remove: string[] | undefined;
  for (const name of backend.names) {
    if (!isAccessControl(name)) continue;
    const lower = name.toLowerCase();
    if (remove === undefined) remove = [lower];
    else if (remove.indexOf(lower) < 0) remove.push(lower);
  }
  const vary = mergeVary(decision.vary, backend.vary);
  return {
    remove: remove === undefined ? NO_STRINGS : remove,
    echoOrigin: decision.echoOrigin,
    add: decision.headers,
    vary,
    replaceVary: vary !== undefined && backend.vary.length > 0,
  };
}

function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (!isOws(value.charCodeAt(i))) return false;
  }
  return true;
}
