// Mirrors doc/lua-api/index.rst, section "Filter class" (HAProxy 2.2 .. 3.2).
//
// `filter` is a global table of return codes, flags and helpers for Lua
// filters (HAProxy 2.5+, experimental), called with a DOT. A filter itself is
// a class table registered with `core.register_filter()`; HAProxy calls its
// callbacks as methods (`flt:start_analyze(txn, chn)`), so they are declared
// as methods. Note: `register_data_filter()`/`unregister_data_filter()` take
// the filter instance first (as in the manual's example, and as HAProxy 2.6
// requires: "'register_data_filter' needs 2 arguments"), although the manual's
// signature line shows only the channel.

/**
 * Return codes, flags and helpers for Lua filters.
 * @since 2.5
 * @noSelf
 */
declare namespace filter {
    /** Returned by a callback when its filtering step is finished (1). */
    const CONTINUE: 1;
    /** Returned by a callback to pause filtering until more data or an event arrives (0). */
    const WAIT: 0;
    /** Returned by a callback to trigger an error (-1). */
    const ERROR: -1;
    /** Filter flag: the filter can handle HTTP streams (set it in the class's `flags`). */
    const FLT_CFG_FL_HTX: number;

    /** Enables data filtering on channel `chn` for the filter instance `flt`. */
    function register_data_filter(flt: HaproxyFilterClass, chn: HaproxyChannel): void;
    /** Disables data filtering on channel `chn` for the filter instance `flt`. */
    function unregister_data_filter(flt: HaproxyFilterClass, chn: HaproxyChannel): void;
    /** Wakes the filter up after at most `milliseconds`. */
    function wake_time(milliseconds: number): void;
}

/**
 * The shape of a filter class given to `core.register_filter()`. Only `new`
 * is required; the callbacks are optional and called as methods.
 * @since 2.5
 */
interface HaproxyFilterClass {
    /** An optional identifier for the filter. */
    id?: string;
    /** Filter flags; only `filter.FLT_CFG_FL_HTX` exists. */
    flags?: number;
    /** Creates the filter instance used for one stream (mandatory, or the filter is ignored). */
    "new"(): this;
    /** Called when the analysis of channel `chn` starts. */
    start_analyze?(txn: HaproxyTXN, chn: HaproxyChannel): number | void;
    /** Called when the analysis of channel `chn` ends. */
    end_analyze?(txn: HaproxyTXN, chn: HaproxyChannel): number | void;
    /** Called on HTTP streams before the payload analysis, once the headers of `http_msg` are processed. */
    http_headers?(txn: HaproxyTXN, http_msg: HaproxyHTTPMessage): number | void;
    /** Called on HTTP streams during the payload analysis of `http_msg`. */
    http_payload?(txn: HaproxyTXN, http_msg: HaproxyHTTPMessage): number | void;
    /** Called on HTTP streams after the payload analysis of `http_msg`. */
    http_end?(txn: HaproxyTXN, http_msg: HaproxyHTTPMessage): number | void;
    /** Called during the TCP payload analysis of channel `chn`. */
    tcp_payload?(txn: HaproxyTXN, chn: HaproxyChannel): number | void;
}
