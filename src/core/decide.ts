// Deciding a request: the CORS protocol of the Fetch standard, seen from the server.

import { isOws, isToken, splitList } from "./chars";
import { CompiledPolicy, Header } from "./compile";
import { matchOrigin } from "./originMatcher";

/** The request as the decision needs it: every value of each header, in order. */
export interface CorsRequest {
  readonly method: string;
  readonly origins: readonly string[];
  /** Access-Control-Request-Method values. */
  readonly requestMethods: readonly string[];
  /** Access-Control-Request-Headers values. */
  readonly requestHeaders: readonly string[];
}

/** The values of `txn.cors_decision`, a documented contract. */
export type DecisionName = "not-cors" | "allowed" | "denied" | "preflight-allowed" | "preflight-denied";

export interface Reply {
  readonly status: number;
  readonly headers: readonly Header[];
}

export interface Decision {
  readonly name: DecisionName;
  /** The request's Origin when it has exactly one. */
  readonly origin: string | undefined;
  /** Set when HAProxy answers the request itself; the backend never sees it. */
  readonly reply: Reply | undefined;
  /** CORS headers for the backend's response (after the backend's own Access-Control-* are removed). */
  readonly headers: readonly Header[];
  /** Tokens the backend's response must list in Vary. */
  readonly vary: readonly string[];
}

/** More requested header names than any browser sends: the preflight is refused, work stays bounded. */
export const MAX_REQUEST_HEADER_NAMES = 100;

/** The CORS-safelisted methods: a preflight for them passes whatever the policy lists. */
function isSafelistedMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "POST";
}

const VARY_ORIGIN: readonly string[] = ["Origin"];
const NO_VARY: readonly string[] = [];
const NO_HEADERS: readonly Header[] = [];

/**
 * Access-Control-Request-Headers as a list of lower-case names: every value split on commas, white space
 * and empty elements ignored. Undefined when a name is not a token or there are too many.
 */
export function parseRequestHeaderNames(values: readonly string[]): string[] | undefined {
  const names: string[] = [];
  for (const value of values) {
    for (const item of splitList(value)) {
      if (!isToken(item) || names.length >= MAX_REQUEST_HEADER_NAMES) return undefined;
      names.push(item.toLowerCase());
    }
  }
  return names;
}

function isAllowedOrigin(policy: CompiledPolicy, origin: string): boolean {
  return policy.policy.anyOrigin || matchOrigin(policy.origins, origin);
}

function decideActual(policy: CompiledPolicy, origin: string | undefined): Decision {
  if (origin === undefined || !isAllowedOrigin(policy, origin)) {
    return { name: "denied", origin, reply: undefined, headers: NO_HEADERS, vary: VARY_ORIGIN };
  }
  if (policy.fixedAnyOrigin) return { name: "allowed", origin, reply: undefined, headers: policy.fixedAnswer, vary: NO_VARY };
  const headers: Header[] = [["access-control-allow-origin", origin]];
  for (const header of policy.actualHeaders) headers.push(header);
  return { name: "allowed", origin, reply: undefined, headers, vary: VARY_ORIGIN };
}

function notCors(policy: CompiledPolicy): Decision {
  // With a fixed "*" every response carries it, CORS or not, so that a shared cache never hands a
  // response stored for a request without Origin to one with it (and no Vary is needed).
  if (policy.fixedAnyOrigin) return { name: "not-cors", origin: undefined, reply: undefined, headers: policy.fixedAnswer, vary: NO_VARY };
  return { name: "not-cors", origin: undefined, reply: undefined, headers: NO_HEADERS, vary: VARY_ORIGIN };
}

function preflightOutcome(policy: CompiledPolicy, origin: string | undefined, headers: readonly Header[] | undefined, vary: readonly string[]): Decision {
  const allowed = headers !== undefined;
  const name: DecisionName = allowed ? "preflight-allowed" : "preflight-denied";
  const corsHeaders = headers === undefined ? NO_HEADERS : headers;
  if (policy.policy.preflight === "forward") {
    return { name, origin, reply: undefined, headers: corsHeaders, vary };
  }
  const replyHeaders: Header[] = [];
  for (const header of corsHeaders) replyHeaders.push(header);
  if (vary.length > 0) replyHeaders.push(["vary", vary.join(", ")]);
  return { name, origin, reply: { status: allowed ? 204 : 403, headers: replyHeaders }, headers: NO_HEADERS, vary: NO_VARY };
}

/** The names a preflight asks for when every one is allowed, else undefined. */
function allowedRequestHeaders(policy: CompiledPolicy, values: readonly string[]): string[] | undefined {
  const names = parseRequestHeaderNames(values);
  if (names === undefined) return undefined;
  for (const name of names) {
    // "*" never covers Authorization (Fetch standard, CORS-preflight fetch): it must be named.
    const allowed = policy.headers.has(name) || (policy.policy.headers.any && name !== "authorization");
    if (!allowed) return undefined;
  }
  return names;
}

function isAllowedMethod(policy: CompiledPolicy, method: string): boolean {
  return isToken(method) && (isSafelistedMethod(method) || policy.policy.methods.any || policy.methods.has(method));
}

function deniedPreflight(policy: CompiledPolicy, origin: string | undefined): Decision {
  return preflightOutcome(policy, origin, undefined, VARY_ORIGIN);
}

function decidePreflight(policy: CompiledPolicy, origin: string | undefined, request: CorsRequest): Decision {
  const method = request.requestMethods.length === 1 ? request.requestMethods[0] : undefined;
  if (origin === undefined || !isAllowedOrigin(policy, origin) || method === undefined || !isAllowedMethod(policy, method)) {
    return deniedPreflight(policy, origin);
  }
  const names = allowedRequestHeaders(policy, request.requestHeaders);
  if (names === undefined) return deniedPreflight(policy, origin);

  const vary: string[] = policy.fixedAnyOrigin ? [] : ["Origin"];
  const headers: Header[] = [["access-control-allow-origin", policy.fixedAnyOrigin ? "*" : origin]];
  for (const header of policy.preflightHeaders) headers.push(header);
  if (policy.allowMethods === undefined) {
    headers.push(["access-control-allow-methods", method]);
    vary.push("Access-Control-Request-Method");
  } else if (policy.allowMethods.length > 0) {
    headers.push(["access-control-allow-methods", policy.allowMethods]);
  }
  if (policy.allowHeaders === undefined) {
    if (names.length > 0) headers.push(["access-control-allow-headers", names.join(",")]);
    vary.push("Access-Control-Request-Headers");
  } else if (policy.allowHeaders.length > 0) {
    headers.push(["access-control-allow-headers", policy.allowHeaders]);
  }
  return preflightOutcome(policy, origin, headers, vary);
}

/**
 * Decides a request. A CORS request has exactly one Origin; more than one is refused (fail closed). A
 * preflight is OPTIONS with an Origin and an Access-Control-Request-Method. Never throws.
 */
export function decide(policy: CompiledPolicy, request: CorsRequest): Decision {
  const count = request.origins.length;
  if (count === 0) return notCors(policy);
  const origin = count === 1 ? request.origins[0] : undefined;
  if (request.method === "OPTIONS" && request.requestMethods.length > 0) {
    return decidePreflight(policy, origin, request);
  }
  return decideActual(policy, origin);
}

/** What the response phase does to the backend's headers. */
export interface ResponseEdit {
  /** Header names to delete: the backend's own Access-Control-* (the proxy owns CORS). */
  readonly remove: readonly string[];
  readonly add: readonly Header[];
  /** The new Vary value (the backend's values kept), or undefined to leave Vary alone. */
  readonly vary: string | undefined;
  /** True when the backend sent Vary, so the new value replaces its lines. */
  readonly replaceVary: boolean;
}

/** What the response phase needs to know of the backend's response. */
export interface BackendHeaders {
  /** Header names (each once or more, in any case): at least every Access-Control-* one the backend sent. */
  readonly names: readonly string[];
  /** The values of every Vary header, in order. */
  readonly vary: readonly string[];
}

const ACCESS_CONTROL = "access-control-";
const NOTHING_TO_REMOVE: readonly string[] = [];

function isAccessControl(name: string): boolean {
  // Most names are ruled out by their first letter, without lower-casing a copy.
  const first = name.charCodeAt(0);
  if (first !== 97 && first !== 65) return false;
  return name.length > ACCESS_CONTROL.length && name.substring(0, ACCESS_CONTROL.length).toLowerCase() === ACCESS_CONTROL;
}

function mergeVary(wanted: readonly string[], backend: readonly string[]): string | undefined {
  if (wanted.length === 0) return undefined;
  if (backend.length === 0) return wanted.join(", ");
  const tokens: string[] = [];
  for (const value of backend) {
    for (const token of splitList(value)) tokens.push(token.toLowerCase());
  }
  if (tokens.indexOf("*") >= 0) return undefined;
  const merged: string[] = [];
  for (const value of backend) {
    if (!isBlank(value)) merged.push(value);
  }
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
  let remove: string[] | undefined;
  for (const name of backend.names) {
    if (!isAccessControl(name)) continue;
    const lower = name.toLowerCase();
    if (remove === undefined) remove = [lower];
    else if (remove.indexOf(lower) < 0) remove.push(lower);
  }
  return {
    remove: remove === undefined ? NOTHING_TO_REMOVE : remove,
    add: decision.headers,
    vary: mergeVary(decision.vary, backend.vary),
    replaceVary: backend.vary.length > 0,
  };
}

function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (!isOws(value.charCodeAt(i))) return false;
  }
  return true;
}
