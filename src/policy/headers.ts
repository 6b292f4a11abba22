// The headers of the CORS protocol (Fetch standard, "HTTP requests" and "HTTP responses"), by their
// lower-case names, as HAProxy gives and takes them; and the empty values every decision shares, so that
// an empty list is one table for the whole module.

export type Header = readonly [name: string, value: string];

export const ORIGIN = "origin";
export const REQUEST_METHOD = "access-control-request-method";
export const REQUEST_HEADERS = "access-control-request-headers";

export const ALLOW_ORIGIN = "access-control-allow-origin";
export const ALLOW_CREDENTIALS = "access-control-allow-credentials";
export const ALLOW_METHODS = "access-control-allow-methods";
export const ALLOW_HEADERS = "access-control-allow-headers";
export const MAX_AGE = "access-control-max-age";
export const EXPOSE_HEADERS = "access-control-expose-headers";
/** What every CORS response header's name starts with (a backend's own are removed: the proxy owns CORS). */
export const ACCESS_CONTROL_PREFIX = "access-control-";

export const VARY = "vary";

/** The module's own header: `<decision>; <reason>; <detail>` of a denied request, when the operator asks (txn.cors_debug). */
export const DEBUG_HEADER = "cors-debug";
/** The Vary token of an answer that depends on the request's Origin. */
export const VARY_ORIGIN_TOKEN = "Origin";

export const NO_STRINGS: readonly string[] = [];
export const NO_HEADERS: readonly Header[] = [];
/** The Vary tokens of an answer that depends on Origin only. */
export const VARY_ORIGIN: readonly string[] = [VARY_ORIGIN_TOKEN];
