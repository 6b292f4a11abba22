// Mirrors doc/lua-api/index.rst, section "Fetches class" (HAProxy 2.2 .. 3.2).
//
// HAProxy exposes EVERY sample fetch of its configuration language (see
// configuration.txt, "Fetching samples") as a method of this object, named
// after the fetch with its dots replaced by underscores: "req.fhdr" becomes
// `req_fhdr`, "ssl_fc_sni" stays `ssl_fc_sni`. The methods are called with a
// colon (`txn.f:req_fhdr("origin")`). The commonly used ones are declared
// below; an index signature lets any other fetch name type-check (an unknown
// name is nil at run time, so calling it raises a Lua error).
//
// Results are converted to Lua values: strings (addresses and methods too),
// integers, booleans, or nil when the sample is not available (for example a
// missing header). Through `txn.sf` every result is a string instead, and a
// missing sample gives "" (empty string), never nil. Types are generous
// where the manual is silent.

/** An argument passed to a sample fetch or converter. */
type HaproxySampleArg = string | number | boolean;

/** A sample converted to Lua: a string, an integer, a boolean, or nil when unavailable. */
type HaproxySample = string | number | boolean | undefined;

/** HAProxy's internal sample fetches (`txn.f`), one method per fetch keyword. */
interface HaproxyFetches {
    /**
     * Any other sample fetch, named after the keyword with dots replaced by
     * underscores (nil at run time if HAProxy has no such fetch). The arguments
     * are `any[]` so that the declared fetches below stay assignable to it.
     */
    [fetch: string]: (this: HaproxyFetches, ...args: any[]) => HaproxySample;

    /** The HTTP request method ("method"), e.g. "GET". */
    method(): string | undefined;
    /** The request path, without the query string ("path"). */
    path(): string | undefined;
    /** The Host header value followed by the path ("base"). */
    base(): string | undefined;
    /** The request URI as received ("url"). */
    url(): string | undefined;
    /** The query string, without the "?" ("query"); nil when there is none. */
    query(): string | undefined;
    /** The request HTTP version ("req.ver"), e.g. "1.1". */
    req_ver(): string | undefined;
    /** The response HTTP version ("res.ver"). */
    res_ver(): string | undefined;
    /** The response status code ("status"). */
    status(): number | undefined;
    /** The client source address as a string ("src"). */
    src(): string | undefined;
    /** The client source port ("src_port"). */
    src_port(): number | undefined;
    /** The destination address the client connected to, as a string ("dst"). */
    dst(): string | undefined;
    /** The destination port the client connected to ("dst_port"). */
    dst_port(): number | undefined;

    /**
     * A request header value ("req.hdr"); values are split on commas, and `occ`
     * picks an occurrence (last by default, negative counts from the end).
     */
    req_hdr(name?: string, occ?: number): string | undefined;
    /** A full request header line value, commas included ("req.fhdr"); `occ` picks an occurrence (last by default). */
    req_fhdr(name?: string, occ?: number): string | undefined;
    /** The number of request header values, commas splitting values ("req.hdr_cnt"); all headers if no name. */
    req_hdr_cnt(name?: string): number | undefined;
    /** The number of request header lines ("req.fhdr_cnt"); all headers if no name. */
    req_fhdr_cnt(name?: string): number | undefined;
    /** A response header value, split on commas ("res.hdr"); `occ` picks an occurrence (last by default). */
    res_hdr(name?: string, occ?: number): string | undefined;
    /** A full response header line value ("res.fhdr"); `occ` picks an occurrence (last by default). */
    res_fhdr(name?: string, occ?: number): string | undefined;
    /** The number of response header values, commas splitting values ("res.hdr_cnt"). */
    res_hdr_cnt(name?: string): number | undefined;
    /** The number of response header lines ("res.fhdr_cnt"). */
    res_fhdr_cnt(name?: string): number | undefined;
    /** Every request header name, lower case, joined by `delim` ("," by default) ("req.hdr_names"). */
    req_hdr_names(delim?: string): string | undefined;
    /** Every response header name, lower case, joined by `delim` ("," by default) ("res.hdr_names"). */
    res_hdr_names(delim?: string): string | undefined;
    /** A header value of the request or, in response rules, of the response ("hdr"). */
    hdr(name?: string, occ?: number): string | undefined;
    /** A full header line value of the request or, in response rules, of the response ("fhdr"). */
    fhdr(name?: string, occ?: number): string | undefined;
    /** The number of header values of the request or response ("hdr_cnt"). */
    hdr_cnt(name?: string): number | undefined;
    /** The number of header lines of the request or response ("fhdr_cnt"). */
    fhdr_cnt(name?: string): number | undefined;
    /** The value of the request cookie `name` ("req.cook"). */
    req_cook(name?: string): string | undefined;
    /** The value of the response Set-Cookie cookie `name` ("res.cook"). */
    res_cook(name?: string): string | undefined;
    /** The value of the query-string parameter `name`, optionally with a custom delimiter ("url_param"). */
    url_param(name?: string, delim?: string): string | undefined;
    /** The request body, as far as it was buffered ("req.body"). */
    req_body(): string | undefined;

    /** A new random UUID ("uuid"); `version` selects the UUID version (4 by default). */
    uuid(version?: number): string | undefined;
    /** The content of the HAProxy variable `name` ("var"). */
    var(name: string): HaproxySample;
    /** The value of the environment variable `name` ("env"). */
    env(name: string): string | undefined;
    /** A random integer, below `range` if given ("rand"). */
    rand(range?: number): number | undefined;
    /** The current date as a Unix timestamp, plus `offset` seconds ("date"). */
    date(offset?: number): number | undefined;
    /** The name of the frontend ("fe_name"). */
    fe_name(): string | undefined;
    /** The name of the backend ("be_name"). */
    be_name(): string | undefined;
    /** True when the client connection uses SSL/TLS ("ssl_fc"). */
    ssl_fc(): boolean | undefined;
    /** The SNI sent by the client over TLS ("ssl_fc_sni"). */
    ssl_fc_sni(): string | undefined;
}

/**
 * The string-safe sample fetches (`txn.sf`): the same methods as `HaproxyFetches`, but
 * every result is converted to a string, and a sample that is not available
 * gives "" (empty string) instead of nil.
 */
type HaproxyStringFetches = {
    [K in keyof HaproxyFetches]: HaproxyFetches[K] extends (...args: infer A) => unknown
        ? (this: HaproxyStringFetches, ...args: A) => string
        : never;
};
