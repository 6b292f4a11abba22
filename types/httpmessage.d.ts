// Mirrors doc/lua-api/index.rst, section "HTTPMessage class" (HAProxy 2.2 .. 3.2).
//
// An HTTPMessage is `txn.http_req`/`txn.http_res` in the filters context
// (HAProxy 2.5+). Methods are called with a colon. Being in a filter, no
// function yields; offsets are relative to the incoming data (negative ones
// count from its end).

/** The start line returned by `HTTPMessage.get_stline()`. */
interface HaproxyStartLine {
    /** Request method (requests only). */
    readonly method?: string;
    /** Request URI (requests only). */
    readonly uri?: string;
    /** HTTP version. */
    readonly version: string;
    /** Status code (responses only). */
    readonly code?: string;
    /** Reason phrase (responses only). */
    readonly reason?: string;
}

/**
 * An HTTP request or response being filtered.
 * @since 2.5
 */
interface HaproxyHTTPMessage {
    /** The channel carrying the message (as used by the manual's filter example). */
    readonly channel: HaproxyChannel;
    /** Appends a header field `name` with `value`. */
    add_header(name: string, value: string): void;
    /** Copies `str` at the end of the incoming data; returns the copied length or -1. */
    append(str: string): number;
    /** Returns `length` bytes of incoming data from `offset` without removing them (all by default, -1 for as much as possible), or nil. */
    body(offset?: number, length?: number): string | undefined;
    /** Returns true once the end of the message is reached. */
    eom(): boolean;
    /** Removes every header field called `name`. */
    del_header(name: string): void;
    /** Returns the headers, keyed by lower-case name, each with a 0-based table of values. */
    get_headers(): HaproxyHeaders;
    /** Returns the start line: method, uri and version for a request; version, code and reason for a response. */
    get_stline(): HaproxyStartLine;
    /** Forwards up to `length` bytes of the incoming data; returns the amount forwarded. */
    forward(length: number): number;
    /** Returns the length of the incoming data, from the filter's point of view. */
    input(): number;
    /** Copies `str` at `offset` of the incoming data (the front by default); returns the copied length or -1. */
    insert(str: string, offset?: number): number;
    /** Returns true if the message buffer is full. */
    is_full(): boolean;
    /** Returns true if this is the response. */
    is_resp(): boolean;
    /** Returns true if the message may still receive data. */
    may_recv(): boolean;
    /** Returns the length of the outgoing data. */
    output(): number;
    /** Copies `str` in front of the incoming data; returns the copied length or -1. */
    prepend(str: string): number;
    /** Removes `length` bytes of incoming data from `offset` (all by default); returns the amount removed. */
    remove(offset?: number, length?: number): number;
    /** In whole header lines `name`, replaces what matches `regex` with `replace` (\1, \2... allowed). */
    rep_header(name: string, regex: string, replace: string): void;
    /** In each comma-separated value of header `name`, replaces what matches `regex` with `replace`. */
    rep_value(name: string, regex: string, replace: string): void;
    /** Copies `str` in front of the incoming data and forwards it at once; returns the copied length or -1. */
    send(str: string): number;
    /** Replaces `length` bytes of incoming data from `offset` (all by default) with `str`; returns the copied length or -1. */
    set(str: string, offset?: number, length?: number): number;
    /** Marks the end of the message. */
    set_eom(): void;
    /** Replaces every header field `name` by a single one holding `value`. */
    set_header(name: string, value: string): void;
    /** Rewrites the method (requests only). */
    set_method(method: string): void;
    /** Rewrites the path (requests only). */
    set_path(path: string): void;
    /** Rewrites the query string after the first "?" (requests only). */
    set_query(query: string): void;
    /** Rewrites the status code and, optionally, the reason (responses only). */
    set_status(status: number, reason?: string): void;
    /** Rewrites the URI (requests only). */
    set_uri(uri: string): void;
    /** Removes the end-of-message mark. */
    unset_eom(): void;
}
