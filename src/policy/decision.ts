// What deciding a request yields, and what the response phase does with it. A decision never holds the
// request's Origin: the ordinary ones (not CORS, denied, allowed) are built once per policy and shared
// by every request, so that the request path allocates nothing for them; the Origin travels beside the
// decision and is echoed where `echoOrigin` says so.

import { Header, NO_STRINGS } from "./headers";

export type { Header } from "./headers";

/** The values of `txn.cors_decision`, a documented contract. */
export type DecisionName = "not-cors" | "allowed" | "denied" | "preflight-allowed" | "preflight-denied";

/**
 * The values of `txn.cors_reason`, a documented contract: why a request was denied.
 * - origin-not-allowed: a serialized origin (or `null`) that the policy does not allow;
 * - origin-malformed: an Origin value that is not a serialized origin (a path, upper case, a default port...);
 * - several-origins: more than one Origin header;
 * - method-not-allowed: a preflight's Access-Control-Request-Method is missing, repeated or not allowed;
 * - headers-not-allowed: a preflight's Access-Control-Request-Headers names a header that is not allowed.
 */
export type DenialReason = "origin-not-allowed" | "origin-malformed" | "several-origins" | "method-not-allowed" | "headers-not-allowed";

export const DENIAL_REASONS: readonly DenialReason[] = ["origin-not-allowed", "origin-malformed", "several-origins", "method-not-allowed", "headers-not-allowed"];

export interface Reply {
  readonly status: number;
  readonly headers: readonly Header[];
}

/** What the response phase does to the backend's headers. */
export interface ResponseEdit {
  /** Header names to delete: the backend's own Access-Control-* (the proxy owns CORS). */
  readonly remove: readonly string[];
  /** Add Access-Control-Allow-Origin with the request's Origin, before `add`. */
  readonly echoOrigin: boolean;
  readonly add: readonly Header[];
  /** The new Vary value (the backend's values kept), or undefined to leave Vary alone. */
  readonly vary: string | undefined;
  /** True when `vary` replaces the Vary lines the backend sent (they are deleted first). */
  readonly replaceVary: boolean;
}

export interface Decision {
  readonly name: DecisionName;
  /** Why a denied decision denies; undefined for the others. */
  readonly reason: DenialReason | undefined;
  /** Set when HAProxy answers the request itself; the backend never sees it. */
  readonly reply: Reply | undefined;
  /** The backend's response gets Access-Control-Allow-Origin with the request's Origin, before `headers`. */
  readonly echoOrigin: boolean;
  /** Other CORS headers for the backend's response (after the backend's own Access-Control-* are removed). */
  readonly headers: readonly Header[];
  /** Tokens the backend's response must list in Vary. */
  readonly vary: readonly string[];
  /** The edit of a backend response that has no Access-Control-* header and no Vary (the usual case). */
  readonly plainEdit: ResponseEdit;
}

export function makeDecision(name: DecisionName, reply: Reply | undefined, echoOrigin: boolean, headers: readonly Header[], vary: readonly string[], reason?: DenialReason): Decision {
  const plainEdit: ResponseEdit = { remove: NO_STRINGS, echoOrigin, add: headers, vary: vary.length > 0 ? vary.join(", ") : undefined, replaceVary: false };
  return { name, reason, reply, echoOrigin, headers, vary, plainEdit };
}
