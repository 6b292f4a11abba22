// What a preflight asks for (Access-Control-Request-Method and Access-Control-Request-Headers), read within
// what the policy can allow. A browser sends one method, and the names a page set, lower-cased, sorted, once
// each, joined by commas, in one line (Fetch standard, "CORS-unsafe request-header names"): a value longer
// than any the policy could accept, or with more names than it lists, is refused unread, and a list is
// abandoned at its first name the policy does not allow. A client's values then cost what the policy's own
// names cost, whatever their length (docs/threat-model.md).

import { isToken, readTokenList } from "./chars";
import type { CompiledPolicy } from "./compile";

/**
 * The longest method a policy of `methods=*` accepts. The longest method in IANA's HTTP Method Registry
 * has 17 bytes (UPDATEREDIRECTREF); any longer value is refused without a look at its bytes.
 */
export const MAX_ANY_METHOD_LENGTH = 64;

/** The longest Access-Control-Request-Headers (all its lines) a policy of `headers=*` accepts. */
export const MAX_ANY_REQUEST_HEADERS_LENGTH = 1024;

/** The most names a policy of `headers=*` accepts in one preflight (more than a page sets in earnest). */
export const MAX_ANY_REQUEST_HEADER_NAMES = 32;

/** The most Access-Control-Request-Headers lines read as one list (a browser sends one); more are refused. */
export const MAX_REQUEST_HEADERS_LINES = 4;

/** What the list separator ", " adds per name after the first. */
const SEPARATOR_LENGTH = 2;

/** What an allowed preflight's Access-Control-Request-Headers can hold under a policy. */
export interface RequestHeadersLimits {
  /** Bytes, all lines and their separators: the policy's names joined by ", " (a browser joins them by ","). */
  readonly length: number;
  /** Names: as many as the policy lists (a browser sends each once). */
  readonly names: number;
}

export function requestHeadersLimits(names: readonly string[], any: boolean): RequestHeadersLimits {
  let length = 0;
  for (const name of names) length += name.length + SEPARATOR_LENGTH;
  if (length > 0) length -= SEPARATOR_LENGTH;
  if (!any) return { length, names: names.length };
  return {
    length: length > MAX_ANY_REQUEST_HEADERS_LENGTH ? length : MAX_ANY_REQUEST_HEADERS_LENGTH,
    names: names.length > MAX_ANY_REQUEST_HEADER_NAMES ? names.length : MAX_ANY_REQUEST_HEADER_NAMES,
  };
}

/** The CORS-safelisted methods: a preflight for them passes whatever the policy lists. */
export const SAFELISTED_METHODS: readonly string[] = ["GET", "HEAD", "POST"];

function isSafelistedMethod(method: string): boolean {
  return method === "GET" || method === "HEAD" || method === "POST";
}

/** True when the policy allows the requested method. */
export function isAllowedMethod(policy: CompiledPolicy, method: string): boolean {
  // Lookups first: every listed and safelisted method is a token, so a hit needs no look at the bytes.
  if (isSafelistedMethod(method) || policy.methods.has(method)) return true;
  return policy.anyMethod && method.length <= MAX_ANY_METHOD_LENGTH && isToken(method);
}

/** `name`: a token, lower-cased. */
export function isAllowedHeaderName(policy: CompiledPolicy, name: string): boolean {
  if (policy.headers.has(name)) return true;
  // "*" never covers Authorization (Fetch standard, CORS-preflight fetch): it must be named, except under
  // the drop-in form's "*" (compile.ts, anyHeaderCoversAuthorization).
  return policy.anyHeader && (name !== "authorization" || policy.anyHeaderCoversAuthorization);
}

/**
 * The names a preflight asks for, lower-cased, when the policy allows every one; undefined otherwise. Up
 * to MAX_REQUEST_HEADERS_LINES lines are read as one comma-separated list, white space around an element
 * and empty elements ignored, within the policy's limits.
 */
export function allowedRequestHeaders(policy: CompiledPolicy, values: readonly string[]): string[] | undefined {
  if (values.length > MAX_REQUEST_HEADERS_LINES) return undefined;
  const limits = policy.requestHeadersLimits;
  let length = values.length - 1;
  for (const value of values) length += value.length;
  if (length > limits.length) return undefined;
  const names: string[] = [];
  for (const value of values) {
    // Lower-cased whole, then read: a byte that Lua and JavaScript lower-case differently (not ASCII) is no
    // token byte either way, and fails the list.
    const items = readTokenList(value.toLowerCase(), limits.names - names.length);
    if (items === undefined) return undefined;
    for (const name of items) {
      if (!isAllowedHeaderName(policy, name)) return undefined;
      names.push(name);
    }
  }
  return names;
}
