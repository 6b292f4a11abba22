// Mirrors doc/lua-api/index.rst, section "HTTPClient class" (HAProxy 2.2 .. 3.2).
//
// An HTTPClient comes from `core.httpclient()` (HAProxy 2.5+). Its request
// methods are called with a colon and take one table.

/**
 * The parameters of an outbound request.
 * @since 2.5
 */
interface HaproxyHTTPClientRequest {
    /** The URL to request (mandatory). */
    url: string;
    /** The payload to send. */
    body?: string;
    /** The headers to send, keyed by name; each name maps to the list of its values. */
    headers?: { [name: string]: string[] };
    /**
     * A destination in HAProxy address syntax (e.g. "unix@/run/app.sock") overriding the one of the URL.
     * @since 2.6
     */
    dst?: string;
    /**
     * A "timeout server" for this request, in milliseconds.
     * @since 2.6
     */
    timeout?: number;
}

/**
 * The response of an outbound request.
 * @since 2.5
 */
interface HaproxyHTTPClientResponse {
    /** The status code. */
    status: number;
    /** The reason phrase. */
    reason: string;
    /** The headers, keyed by name; each name maps to the (1-based) list of its values. */
    headers: { [name: string]: string[] };
    /** The payload. */
    body: string;
}

/**
 * Sends outbound HTTP requests asynchronously, without size limit. It cannot
 * decompress responses, so do not send Accept-Encoding.
 * @since 2.5
 */
interface HaproxyHTTPClient {
    /** Sends a GET request and waits for the response. */
    get(request: HaproxyHTTPClientRequest): HaproxyHTTPClientResponse;
    /** Sends a HEAD request and waits for the response. */
    head(request: HaproxyHTTPClientRequest): HaproxyHTTPClientResponse;
    /** Sends a PUT request and waits for the response. */
    put(request: HaproxyHTTPClientRequest): HaproxyHTTPClientResponse;
    /** Sends a POST request and waits for the response. */
    post(request: HaproxyHTTPClientRequest): HaproxyHTTPClientResponse;
    /** Sends a DELETE request and waits for the response. */
    delete(request: HaproxyHTTPClientRequest): HaproxyHTTPClientResponse;
}
