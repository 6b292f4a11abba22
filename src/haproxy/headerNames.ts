// HAProxy's `req.hdr_names` and `res.hdr_names` fetches give every header name of a message in one
// string, lower case, joined by a delimiter. One such fetch tells which headers are there at all, so the
// request and response actions fetch values only for the names they need, instead of building a table
// of every header and value (see README, "Performance"). What a list says is classified here, exactly;
// the actions remember the class of each list they see (transaction.ts).

import { ACCESS_CONTROL_PREFIX, ORIGIN, REQUEST_METHOD, VARY } from "../policy/headers";

/**
 * The byte between two names (as charCodeAt gives it): a comma, HAProxy's default for `hdr_names`, which
 * never occurs in a header name (it is not a token byte). The actions fetch the lists without an argument:
 * one would cost HAProxy its parsing and checking on every call.
 */
const NAME_DELIMITER_BYTE = 44;

/** True when a name starts at `at` (the list's start, or just after a delimiter). */
function startsName(names: string, at: number): boolean {
  return at === 0 || names.charCodeAt(at - 1) === NAME_DELIMITER_BYTE;
}

/** True when a name ends at `end` (the list's end, or just before a delimiter). */
function endsName(names: string, end: number): boolean {
  return end === names.length || names.charCodeAt(end) === NAME_DELIMITER_BYTE;
}

/**
 * How many times `name` (lower case) occurs in a delimited list of names, counted up to `atMost`: a client
 * can repeat a header a hundred times, and the callers only tell none, one and several apart.
 */
export function countName(names: string, name: string, atMost: number): number {
  let count = 0;
  let from = 0;
  while (count < atMost) {
    const at = names.indexOf(name, from);
    if (at < 0) return count;
    const end = at + name.length;
    if (startsName(names, at) && endsName(names, end)) count++;
    from = end;
  }
  return count;
}

/** True when a name in the delimited list starts with `prefix` (lower case) and is longer than it. */
export function hasNameWithPrefix(names: string, prefix: string): boolean {
  let from = 0;
  for (;;) {
    const at = names.indexOf(prefix, from);
    if (at < 0) return false;
    const end = at + prefix.length;
    if (startsName(names, at) && !endsName(names, end)) return true;
    from = end;
  }
}

/**
 * What a request's header names say about how to read it:
 * - "no-origin": no Origin header, not a CORS request;
 * - "one-origin": one Origin header and no Access-Control-Request-Method, so not a preflight: the Origin
 *   value is all the decision needs;
 * - "whole": a possible preflight, or several Origin headers: the decision needs the header table.
 */
export type RequestNames = "no-origin" | "one-origin" | "whole";

export function classifyRequestNames(names: string): RequestNames {
  const origins = countName(names, ORIGIN, 2);
  if (origins === 0) return "no-origin";
  return origins === 1 && countName(names, REQUEST_METHOD, 1) === 0 ? "one-origin" : "whole";
}

/**
 * What a backend response's header names say about how to edit it:
 * - "plain": no Vary and no Access-Control-* header, the decision's plain edit applies as it is;
 * - "one-vary": one Vary line and no Access-Control-*, its value is all the edit needs;
 * - "whole": several Vary lines, or Access-Control-* headers to remove: the edit needs the header table.
 */
export type ResponseNames = "plain" | "one-vary" | "whole";

export function classifyResponseNames(names: string): ResponseNames {
  const varyLines = countName(names, VARY, 2);
  if (varyLines > 1 || hasNameWithPrefix(names, ACCESS_CONTROL_PREFIX)) return "whole";
  return varyLines === 0 ? "plain" : "one-vary";
}
