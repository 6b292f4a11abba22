// Mirrors doc/lua-api/index.rst, section "AppletTCP class" (HAProxy 2.2 .. 3.2).
//
// An AppletTCP is what a TCP service registered with
// `core.register_service(name, "tcp", fn)` or a CLI command registered with
// `core.register_cli()` receives. Methods are called with a colon.

/** A TCP service handling one stream, like a server behind HAProxy. */
interface HaproxyAppletTCP {
    /** The sample converters; they return nil when the conversion fails. */
    readonly c: HaproxyConverters;
    /** The string-safe sample converters: every result is a string. */
    readonly sc: HaproxyStringConverters;
    /** The sample fetches. */
    readonly f: HaproxyFetches;
    /** The string-safe sample fetches: every result is a string. */
    readonly sf: HaproxyStringFetches;

    /** Returns one line from the stream ("" at the end of the stream). */
    getline(): string;
    /** Reads `size` bytes, or everything until the end of the stream when omitted; returns "" once the connection is closed. */
    receive(size?: number): string;
    /** Sends `msg` on the stream. */
    send(msg: string): void;
    /** Returns the Lua value stored with `applet:set_priv()`, or nil. */
    get_priv<T = unknown>(): T | undefined;
    /** Stores any Lua value in the current transaction, replacing the previous one. */
    set_priv(data: unknown): void;
    /**
     * Stores `value` in the HAProxy variable `name`; with `ifexist` true only if
     * the name is already known (recommended). Returns true on success.
     */
    set_var(name: string, value: HaproxyVarValue, ifexist?: boolean): boolean;
    /** Unsets the HAProxy variable `name`. Returns true on success. */
    unset_var(name: string): boolean;
    /** Returns the content of the HAProxy variable `name`, or nil if it is not set. */
    get_var(name: string): string | number | boolean | undefined;
}
