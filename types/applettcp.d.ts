// Mirrors doc/lua-api/index.rst, section "AppletTCP class" (HAProxy 2.2 .. 3.2).
//
// An AppletTCP is what a TCP service registered with
// `core.register_service(name, "tcp", fn)` or a CLI command registered with
// `core.register_cli()` receives. Methods are called with a colon. The
// private slot and variable methods (`get_priv`, `set_priv`, `get_var`,
// `set_var`, `unset_var`) are those of `HaproxyTransactionStorage`
// (txn.d.ts), shared with TXN and AppletHTTP.

/** A TCP service handling one stream, like a server behind HAProxy. */
interface HaproxyAppletTCP extends HaproxyTransactionStorage {
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
}
