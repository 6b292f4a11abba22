// Mirrors doc/lua-api/index.rst, section "AppletHTTP class" (HAProxy 2.2 .. 3.2).
//
// An AppletHTTP is what an HTTP service registered with
// `core.register_service(name, "http", fn)` receives. Methods are called with
// a colon (`applet:send(...)`). The private slot and variable methods
// (`get_priv`, `set_priv`, `get_var`, `set_var`, `unset_var`) are those of
// `HaproxyTransactionStorage` (txn.d.ts), shared with TXN and AppletTCP.

/** An HTTP service serving one request, like a server behind HAProxy. */
interface HaproxyAppletHTTP extends HaproxyTransactionStorage {
    /** The sample converters; they return nil when the conversion fails. */
    readonly c: HaproxyConverters;
    /** The string-safe sample converters: every result is a string. */
    readonly sc: HaproxyStringConverters;
    /** The sample fetches. There is no HTTP transaction here, so HTTP fetches (hdr, path...) are not available. */
    readonly f: HaproxyFetches;
    /** The string-safe sample fetches: every result is a string. */
    readonly sf: HaproxyStringFetches;
    /** The request method, e.g. "GET". */
    readonly method: string;
    /** The request HTTP version. */
    readonly version: string;
    /** The request path. */
    readonly path: string;
    /** The query string. */
    readonly qs: string;
    /** The length of the request body. */
    readonly length: number;
    /**
     * The request headers, keyed by lower-case name; each value is a table of
     * values indexed from 0 (0-based), as with `HTTP.req_get_headers()`.
     */
    readonly headers: HaproxyHeaders;

    /** Sets the response status code (100..599) and, optionally, the reason phrase. */
    set_status(code: number, reason?: string): void;
    /**
     * Adds a response header (duplicates are kept). Without a "content-length"
     * header the response is sent chunked.
     */
    add_header(name: string, value: string): void;
    /** Sends the status line and headers; call it before `send()`, and add no header afterwards. */
    start_response(): void;
    /** Returns one line of the request body ("" at the end of the stream). */
    getline(): string;
    /** Reads `size` bytes of the request body, or all of it when omitted; returns "" once the connection is closed. */
    receive(size?: number): string;
    /** Sends `msg` as (part of) the response body. */
    send(msg: string): void;
}
