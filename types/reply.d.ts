// Mirrors doc/lua-api/index.rst, section "Reply class" (HAProxy 2.2 .. 3.2).
//
// A Reply is created by `txn:reply()` and sent by `txn:done(reply)`. Its
// methods are called with a colon (`reply:add_header(...)`). Header value
// lists are ordinary Lua sequences (1-based), which is exactly what a
// TypeScript array literal compiles to, so they are typed `string[]`.

/**
 * The fields accepted by `txn:reply()` and `txn:done()` to describe an HTTP
 * response; all are optional.
 */
interface HaproxyReplyInit {
    /** The status code; 200 when omitted. */
    status?: number;
    /** The reason phrase; the standard phrase of the status code when omitted. */
    reason?: string;
    /** The headers, keyed by header name; each name maps to the ordered list of its values. Empty by default. */
    headers?: { [name: string]: string[] };
    /** The payload; empty by default. */
    body?: string;
}

/**
 * An HTTP response built in Lua (action context). Once converted it must fit
 * in a buffer (tune.bufsize), so keep it reasonably small.
 */
interface HaproxyReply {
    /** The status code; 200 unless set otherwise. */
    status: number;
    /** The reason phrase describing the status code. */
    reason: string;
    /** The headers keyed by name; each name maps to the ordered (1-based) list of its values. */
    headers: { [name: string]: string[] };
    /** The payload, or nil while none was set. */
    body: string | undefined;

    /** Sets the status code and, optionally, the reason phrase (the standard phrase when omitted). */
    set_status(status: number, reason?: string): void;
    /** Appends a header value; a new name gets a one-element list, an existing one gets the value appended. */
    add_header(name: string, value: string): void;
    /** Removes every value of the header `name`. */
    del_header(name: string): void;
    /** Sets the payload. */
    set_body(body: string): void;
}
