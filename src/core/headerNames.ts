// HAProxy's `req.hdr_names` and `res.hdr_names` fetches give every header name of a message in one
// string, lower case, joined by a delimiter. One such fetch tells which headers are there at all, so the
// request and response actions fetch values only for the names they need, instead of building a table
// of every header and value (see README, "Performance").

/** The delimiter asked of `hdr_names`: a comma never occurs in a header name (it is not a token byte). */
export const NAME_DELIMITER = ",";
const COMMA = 44;

/**
 * How many times `name` (lower case) occurs in a delimited list of names. (The boundary tests are written
 * out rather than in a helper: this runs on every request, where each Lua function call shows.)
 */
export function countName(names: string, name: string): number {
  let count = 0;
  let from = 0;
  for (;;) {
    const at = names.indexOf(name, from);
    if (at < 0) return count;
    const end = at + name.length;
    if ((at === 0 || names.charCodeAt(at - 1) === COMMA) && (end === names.length || names.charCodeAt(end) === COMMA)) count++;
    from = end;
  }
}

/** True when a name in the delimited list starts with `prefix` (lower case) and is longer than it. */
export function hasNameWithPrefix(names: string, prefix: string): boolean {
  let from = 0;
  for (;;) {
    const at = names.indexOf(prefix, from);
    if (at < 0) return false;
    const end = at + prefix.length;
    if ((at === 0 || names.charCodeAt(at - 1) === COMMA) && end < names.length && names.charCodeAt(end) !== COMMA) return true;
    from = end;
  }
}
