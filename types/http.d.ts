// Mirrors doc/lua-api/index.rst, section "HTTP class" (HAProxy 2.2 .. 3.2).
//
// The HTTP object is `txn.http` (HTTP proxies only). Its methods are called
// with a colon (`txn.http:req_get_headers()`).

/**
 * A header table as returned by `req_get_headers()`/`res_get_headers()`: keyed
 * by LOWER-CASE header name; each value is a table of that header's values
 * indexed FROM 0 (0-based: `get(0)` is the first occurrence). Mind that the Lua
 * length operator (`length()`) undercounts such a table by one; iterate it
 * with `for (const [i, v] of values)` instead. `get(name)` returns nil for a
 * header that is absent: compare with `undefined` before using it.
 */
type HaproxyHeaders = LuaTable<string, LuaTable<number, string>>;

/** The HTTP manipulation functions of a transaction. */
interface HaproxyHTTP {
    /** Returns all the request headers, keyed by lower-case name, each with a 0-based table of values. */
    req_get_headers(): HaproxyHeaders;
    /** Returns all the response headers, keyed by lower-case name, each with a 0-based table of values. */
    res_get_headers(): HaproxyHeaders;
    /** Appends a request header field `name` with `value`. */
    req_add_header(name: string, value: string): void;
    /** Appends a response header field `name` with `value`. */
    res_add_header(name: string, value: string): void;
    /** Removes every request header field called `name`. */
    req_del_header(name: string): void;
    /** Removes every response header field called `name`. */
    res_del_header(name: string): void;
    /** Replaces every request header field called `name` by a single one holding `value`. */
    req_set_header(name: string, value: string): void;
    /** Replaces every response header field called `name` by a single one holding `value`. */
    res_set_header(name: string, value: string): void;
    /** In every request header field `name`, replaces what matches `regex` with `replace` (which may use \1, \2...). */
    req_rep_header(name: string, regex: string, replace: string): void;
    /** In every response header field `name`, replaces what matches `regex` with `replace` (which may use \1, \2...). */
    res_rep_header(name: string, regex: string, replace: string): void;
    /** Rewrites the request method. */
    req_set_method(method: string): void;
    /** Rewrites the request path. */
    req_set_path(path: string): void;
    /** Rewrites the query string (the part after the first "?"). */
    req_set_query(query: string): void;
    /** Rewrites the request URI. */
    req_set_uri(uri: string): void;
    /** Rewrites the response status code and, optionally, the reason (derived from the status when omitted). */
    res_set_status(status: number, reason?: string): void;
}
