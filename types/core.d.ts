// Mirrors doc/lua-api/index.rst, section "Core class" (HAProxy 2.2 .. 3.2).
//
// `core` is a plain global table whose functions HAProxy calls with a DOT
// (`core.register_action(...)`), so it is declared as a `@noSelf` namespace:
// TypeScriptToLua then emits `core.f(...)`, never `core:f(...)` (a colon call
// would pass `core` as an extra first argument, which HAProxy rejects, e.g.
// "'register_action' needs between 3 and 4 arguments").
//
// Members newer than HAProxy 2.2 (the oldest version this package supports)
// carry `@since`. Callbacks that HAProxy invokes are typed `this: void` so
// that no `self` parameter is emitted for them.

/** A syslog severity as used by HAProxy: 0 (emerg) .. 7 (debug); see `core.emerg` .. `core.debug`. */
type HaproxyLogLevel = number;

/** The rule sets a Lua action can be attached to with `core.register_action()`. */
type HaproxyActionFacility = "tcp-req" | "tcp-res" | "http-req" | "http-res" | "http-after-res";

/**
 * A Lua action body: HAProxy passes the transaction, then the arguments written
 * after the action name in the configuration (strings). The return value may be
 * one of the `act.*` codes; returning nothing means `act.CONTINUE`.
 */
type HaproxyActionFunction = (this: void, txn: HaproxyTXN, ...args: string[]) => number | void;

/** A Lua sample fetch body: receives the transaction and the configuration arguments, returns the sample (nil when it cannot be computed now). */
type HaproxyFetchFunction = (this: void, txn: HaproxyTXN, ...args: string[]) => string | number | boolean | undefined | void;

/** A Lua converter body: receives the input sample (as a string) and the configuration arguments, returns the converted sample. */
type HaproxyConverterFunction = (this: void, input: string, ...args: string[]) => string | number | boolean | undefined | void;

/** An HTTP service body (`core.register_service(name, "http", fn)`). */
type HaproxyHttpServiceFunction = (this: void, applet: HaproxyAppletHTTP) => void;

/** A TCP service body (`core.register_service(name, "tcp", fn)`). */
type HaproxyTcpServiceFunction = (this: void, applet: HaproxyAppletTCP) => void;

/** A CLI command body: the applet for I/O, then every word of the command line (the registered path included). */
type HaproxyCliFunction = (this: void, applet: HaproxyAppletTCP, ...args: (string | undefined)[]) => void;

/** The table returned by `core.now()`. */
interface HaproxyTime {
    /** Seconds since the Unix epoch. */
    sec: number;
    /** Microseconds within the current second. */
    usec: number;
}

/** Opaque network address/prefix created by `core.parse_addr()`, only useful as input to `core.match_addr()`. */
interface HaproxyNetworkAddress {
    /** Type brand only: the value is a Lua userdata with no accessible fields. */
    readonly __haproxyNetworkAddress: unique symbol;
}

/**
 * The HAProxy core functions: logging, registration of actions, fetches,
 * converters, services, tasks, and access to maps, ACLs and proxies.
 * It is a static global table; it is never instantiated.
 * @noSelf
 */
declare namespace core {
    /**
     * Special log level (-1) that disables logging, for `txn:set_loglevel()`.
     * @since 3.0
     */
    const silent: -1;
    /** Log level "emergency" (0). */
    const emerg: 0;
    /** Log level "alert" (1). */
    const alert: 1;
    /** Log level "critical" (2). */
    const crit: 2;
    /** Log level "error" (3). */
    const err: 3;
    /** Log level "warning" (4). */
    const warning: 4;
    /** Log level "notice" (5). */
    const notice: 5;
    /** Log level "info" (6). */
    const info: 6;
    /** Log level "debug" (7). */
    const debug: 7;

    /**
     * Every declared proxy (frontends and backends), keyed by name. If a frontend
     * and a backend share a name only one of them appears. Not usable in the
     * body context (the configuration is not parsed yet).
     */
    const proxies: LuaTable<string, HaproxyProxy>;
    /** The proxies that have the backend capability, keyed by name. */
    const backends: LuaTable<string, HaproxyProxy>;
    /** The proxies that have the frontend capability, keyed by name. */
    const frontends: LuaTable<string, HaproxyProxy>;
    /**
     * Number of the thread running the code, starting at 1; 0 means the shared
     * Lua state (`lua-load`), so code meant to run once can test for 0 or 1.
     * @since 2.4
     */
    const thread: number;

    /**
     * Sends `msg` to the loggers of the current context (and stderr if allowed)
     * at the given level (`core.emerg` .. `core.debug`).
     */
    function log(loglevel: HaproxyLogLevel, msg: string): void;
    /** Logs `msg` at level debug; same as `core.log(core.debug, msg)`. */
    function Debug(msg: string): void;
    /** Logs `msg` at level info; same as `core.log(core.info, msg)`. */
    function Info(msg: string): void;
    /** Logs `msg` at level warning; same as `core.log(core.warning, msg)`. */
    function Warning(msg: string): void;
    /** Logs `msg` at level alert; same as `core.log(core.alert, msg)`. */
    function Alert(msg: string): void;

    /**
     * Returns the pattern reference (ACL or map storage) called `name`, to edit it
     * directly. Not usable in the body context (the configuration is not parsed yet).
     * @since 3.2
     */
    function get_patref(name: string): HaproxyPatref;
    /** Adds `key` to the ACL referenced by `name` (a file name or a virtual reference). Legacy: prefer `Patref.add()` on 3.2+. */
    function add_acl(name: string, key: string): void;
    /** Deletes the entry `key` from the ACL referenced by `name`. Legacy: prefer `Patref.del()` on 3.2+. */
    function del_acl(name: string, key: string): void;
    /** Deletes the entry `key` from the map referenced by `name`. Legacy: prefer `Patref.del()` on 3.2+. */
    function del_map(name: string, key: string): void;
    /** Sets `value` for `key` in the map referenced by `name`, replacing any previous value. Legacy: prefer `Patref.set()` on 3.2+. */
    function set_map(name: string, key: string, value: string): void;

    /**
     * Returns the process information also shown by "show info" on the
     * management socket (uptime, pid, pools, tasks...), keyed by field name.
     */
    function get_info(): LuaTable<string, string | number>;
    /**
     * Returns the value of a "proc." scoped variable converted to a Lua value,
     * or nil when it is not set. Only the "proc." scope is reachable from here.
     * @since 2.9
     */
    function get_var(name: string): string | number | boolean | undefined;
    /**
     * Returns the current time as `{ sec, usec }`. The value is refreshed only
     * between Lua executions/resumes, so two calls in a row usually agree.
     */
    function now(): HaproxyTime;
    /** Parses an HTTP date in IMF, RFC850 or ASCTIME format and returns it as a Unix timestamp, or nil if it does not parse. */
    function http_date(date: string): number | undefined;
    /** Parses an IMF date ("Sun, 06 Nov 1994 08:49:37 GMT") and returns it as a Unix timestamp, or nil if it does not parse. */
    function imf_date(date: string): number | undefined;
    /** Parses an RFC850 date ("Sunday, 06-Nov-94 08:49:37 GMT") and returns it as a Unix timestamp, or nil if it does not parse. */
    function rfc850_date(date: string): number | undefined;
    /** Parses an ASCTIME date ("Sun Nov  6 08:49:37 1994") and returns it as a Unix timestamp, or nil if it does not parse. */
    function asctime_date(date: string): number | undefined;

    /** Suspends the Lua execution for the given number of milliseconds (yields; task and action contexts). */
    function msleep(milliseconds: number): void;
    /** Suspends the Lua execution for the given number of seconds (yields; task and action contexts). */
    function sleep(seconds: number): void;
    /** Hands control back to the HAProxy scheduler, for long computations (task and action contexts). */
    function yield(): void;
    /** Changes the nice value of the current task or stream, between -1024 and 1024. */
    function set_nice(nice: number): void;

    /**
     * Registers `func` as an action usable in the configuration as "lua.<name>"
     * in the rule sets listed in `actions`. `nb_args` (default 0) is the number
     * of configuration arguments passed after the transaction. Body context only.
     * "http-after-res" is only accepted by newer HAProxy versions (2.6 rejects it).
     */
    function register_action(
        name: string,
        actions: HaproxyActionFacility[],
        func: HaproxyActionFunction,
        nb_args?: number
    ): void;
    /**
     * Registers `func` as a converter usable as "lua.<name>": it receives the input
     * sample as a string plus up to 5 string arguments and returns the result.
     */
    function register_converters(name: string, func: HaproxyConverterFunction): void;
    /**
     * Registers `func` as a sample fetch usable as "lua.<name>": it receives the
     * transaction plus up to 5 string arguments and returns the sample, or nil.
     */
    function register_fetches(name: string, func: HaproxyFetchFunction): void;
    /**
     * Registers a filter usable as "filter lua.<name>": `Flt` is the filter class
     * (id, flags, callbacks) and `func` receives a new instance and the arguments
     * of the filter line, and returns the instance to use or nil to skip it.
     * @since 2.5
     */
    function register_filter<F extends HaproxyFilterClass>(
        name: string,
        Flt: F,
        func: (this: void, flt: F, args: string[]) => F | undefined
    ): void;
    /**
     * Registers `func` as a service usable with "use-service lua.<name>". In "http"
     * mode it receives a `HaproxyAppletHTTP` (HTTP proxies only); in "tcp" mode a `HaproxyAppletTCP`.
     */
    function register_service(name: string, mode: "http", func: HaproxyHttpServiceFunction): void;
    /**
     * Registers `func` as a service usable with "use-service lua.<name>". In "http"
     * mode it receives a `HaproxyAppletHTTP` (HTTP proxies only); in "tcp" mode a `HaproxyAppletTCP`.
     */
    function register_service(name: string, mode: "tcp", func: HaproxyTcpServiceFunction): void;
    /** Registers `func` to run once, after the configuration has been parsed (init context). Body context only. */
    function register_init(func: (this: void) => void): void;
    /**
     * Registers and starts an independent task, run once the scheduler starts. The
     * optional extra arguments (up to 4, HAProxy 2.8+) are passed as-is to `func`.
     */
    function register_task(func: (this: void) => void): void;
    /**
     * Registers and starts an independent task, passing up to 4 arguments of any type to it.
     * @since 2.8
     */
    function register_task<A extends unknown[]>(func: (this: void, ...args: A) => void, ...args: A): void;
    /**
     * Registers a command for the management socket: `path` is the sequence of
     * words that triggers it, `usage` the help line; `func` receives an
     * `HaproxyAppletTCP` for I/O and every word of the command line.
     */
    function register_cli(path: string[], usage: string, func: HaproxyCliFunction): void;

    /** Returns a new TCP `HaproxySocket` (init, task and action contexts). */
    function tcp(): HaproxySocket;
    /**
     * Returns a new `HaproxyHTTPClient` to send outbound HTTP requests (init, task and action contexts).
     * @since 2.5
     */
    function httpclient(): HaproxyHTTPClient;
    /** Returns a new `HaproxyConcat`, a fast string builder. */
    function concat(): HaproxyConcat;
    /**
     * Returns a new `HaproxyQueue`, a FIFO that can pass data between Lua contexts (tasks, actions...).
     * @since 2.8
     */
    function queue(): HaproxyQueue;

    /**
     * Immediately stops the current Lua execution and returns `data` to the caller
     * (a fetch or converter result; ignored for actions and init): a multi-level
     * "return". HAProxy unwinds the Lua stack with an internal error, so do not
     * call it inside `pcall`.
     */
    function done(data?: unknown): never;

    /** Parses an IPv4/IPv6 address with an optional prefix length ("127.0.0.1/8"), or returns nil on error. */
    function parse_addr(address: string): HaproxyNetworkAddress | undefined;
    /** Returns true if the two networks created by `core.parse_addr()` match. */
    function match_addr(addr1: HaproxyNetworkAddress, addr2: HaproxyNetworkAddress): boolean;
    /**
     * Splits `str` on any character of `separators` and returns the pieces as a
     * (1-based) Lua list; with `noblank` true, empty pieces are dropped.
     */
    function tokenize(str: string, separators: string, noblank?: boolean): string[];

    /**
     * Subscribes `func` to system events (e.g. "SERVER_ADD", "SERVER_DOWN", or a
     * whole family such as "SERVER"). The callback runs on the subscribing thread,
     * one event at a time, and receives the event name, its data, the
     * subscription and the event date (Unix seconds).
     * @since 2.8
     */
    function event_sub(
        event_types: string[],
        func: (this: void, event: string, event_data: HaproxyServerEvent | undefined, sub: HaproxyEventSub, when: number) => void
    ): HaproxyEventSub;
    /**
     * Stops the legacy e-mail alerts of "mailers" sections, for scripts that send
     * alerts themselves (body and init contexts). Legacy feature.
     * @since 2.8
     */
    function disable_legacy_mailers(): void;
}
