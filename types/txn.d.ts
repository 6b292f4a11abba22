// Mirrors doc/lua-api/index.rst, section "TXN class" (HAProxy 2.2 .. 3.2).
//
// A TXN object is what HAProxy passes to actions and sample fetches. Its
// methods are called with a colon (`txn:set_var(...)`), which is what
// TypeScriptToLua emits for interface methods. There is no global `TXN`
// table at run time: `HaproxyTXN` is a type only.

/** A value HAProxy can store in a variable: strings, integers and booleans. */
type HaproxyVarValue = string | number | boolean;

/**
 * The private Lua slot and the HAProxy variables of the transaction being
 * processed. The manual documents these five methods under TXN, AppletHTTP
 * and AppletTCP alike; they are declared once here and the three extend this.
 * Methods are called with a colon (`txn:set_var(...)`, `applet:get_priv()`).
 */
interface HaproxyTransactionStorage {
    /** Returns the Lua value stored with `set_priv()` in this transaction, or nil if nothing was stored. */
    get_priv<T = unknown>(): T | undefined;
    /** Stores any Lua value in the transaction, replacing the previous one; read it back with `get_priv()`. */
    set_priv(data: unknown): void;

    /**
     * Converts `value` and stores it in the HAProxy variable `name` (e.g.
     * "txn.cors_origin"). With `ifexist` true, the variable is only set if its
     * name is already known (used in the configuration); "proc." variables are
     * then never created, only updated; the manual recommends `true`.
     * Returns true on success.
     */
    set_var(name: string, value: HaproxyVarValue, ifexist?: boolean): boolean;
    /** Unsets the HAProxy variable `name`. Returns true on success. */
    unset_var(name: string): boolean;
    /**
     * Returns the content of the HAProxy variable `name` converted to a Lua value,
     * or nil if it is not set. (HAProxy 2.6 returns booleans as the numbers 0/1.)
     */
    get_var(name: string): HaproxyVarValue | undefined;
}

/**
 * The HTTP or TCP transaction being processed, with access to sample fetches,
 * converters, the request/response channels, variables and replies.
 */
interface HaproxyTXN extends HaproxyTransactionStorage {
    /** The sample converters (`txn.c:lower(s)`); they return nil when the conversion fails. */
    readonly c: HaproxyConverters;
    /** The sample converters, string-safe variant: every result is a string ("" on failure). */
    readonly sc: HaproxyStringConverters;
    /** The sample fetches (`txn.f:req_fhdr("origin")`); they return nil when the sample is not available. */
    readonly f: HaproxyFetches;
    /** The sample fetches, string-safe variant: every result is a string ("" when not available). */
    readonly sf: HaproxyStringFetches;
    /** The request buffer (client to server). */
    readonly req: HaproxyChannel;
    /** The response buffer (server to client). */
    readonly res: HaproxyChannel;
    /**
     * The HTTP helper object. Only present when the proxy runs in "mode http": it
     * is nil in TCP proxies (typed non-nil for convenience; check it yourself if
     * your code can run from a TCP rule set).
     */
    readonly http: HaproxyHTTP;
    /**
     * The request as an HTTPMessage; only set in the filters context of an HTTP proxy (nil elsewhere).
     * @since 2.5
     */
    readonly http_req: HaproxyHTTPMessage | undefined;
    /**
     * The response as an HTTPMessage; only set in the filters context of an HTTP proxy (nil elsewhere).
     * @since 2.5
     */
    readonly http_res: HaproxyHTTPMessage | undefined;

    /**
     * Sends `msg` to the loggers of the current context (and stderr if allowed)
     * at the given level (`core.emerg` .. `core.debug`).
     */
    log(loglevel: HaproxyLogLevel, msg: string): void;
    /** Logs `msg` with the default log level of the transaction's proxy. */
    deflog(msg: string): void;
    /** Logs `msg` at level debug; same as `txn:log(core.debug, msg)`. */
    Debug(msg: string): void;
    /** Logs `msg` at level info; same as `txn:log(core.info, msg)`. */
    Info(msg: string): void;
    /** Logs `msg` at level warning; same as `txn:log(core.warning, msg)`. */
    Warning(msg: string): void;
    /** Logs `msg` at level alert; same as `txn:log(core.alert, msg)`. */
    Alert(msg: string): void;

    /**
     * Returns a new `HaproxyReply` (an HTTP response to send with `txn:done()`),
     * optionally initialised from `reply` (status, reason, headers, body).
     * Action context of HTTP proxies.
     */
    reply(reply?: HaproxyReplyInit): HaproxyReply;
    /**
     * Ends the processing of the transaction and of its session; for HTTP, sends
     * `reply` (a `HaproxyReply` or a plain table with the same fields) to the client
     * first. Without a reply the transaction ends without response. It does not
     * return: HAProxy aborts the Lua execution with an internal error, so never
     * call it inside `pcall` (the error would be caught and HAProxy misbehaves).
     * From a sample fetch it only ends the Lua execution, like `core.done()`.
     */
    done(reply?: HaproxyReply | HaproxyReplyInit): never;

    /**
     * Sets the TOS/DSCP field of the packets sent to the client.
     * @since 3.0
     */
    set_fc_tos(tos: number): void;
    /**
     * Sets the Netfilter MARK of the packets sent to the client.
     * @since 3.0
     */
    set_fc_mark(mark: number): void;
    /**
     * Sets the TOS/DSCP field of the packets sent to the client.
     * @deprecated Since HAProxy 3.0 this is an alias of `txn:set_fc_tos()`; keep it for older versions.
     */
    set_tos(tos: number): void;
    /**
     * Sets the Netfilter MARK of the packets sent to the client.
     * @deprecated Since HAProxy 3.0 this is an alias of `txn:set_fc_mark()`; keep it for older versions.
     */
    set_mark(mark: number): void;
    /** Changes the log level of the current request: 0..7, or -1 (`core.silent`, 3.0+) to disable logging. */
    set_loglevel(loglevel: HaproxyLogLevel): void;
    /** Sets the priority class of the transaction, between -2047 and 2047 (out-of-range values are clamped). */
    set_priority_class(prio: number): void;
    /** Sets the priority offset of the transaction, between -524287 and 524287 (out-of-range values are clamped). */
    set_priority_offset(prio: number): void;
}
