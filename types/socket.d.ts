// Mirrors doc/lua-api/index.rst, section "Socket class" (HAProxy 2.2 .. 3.2).
//
// A Socket comes from `core.tcp()` and mimics the client side of LuaSocket's
// TCP object. Methods are called with a colon (`sock:connect(...)`); several
// return Lua multiple values, typed with `LuaMultiReturn`.

/** A client TCP socket (init, task and action contexts). */
interface HaproxySocket {
    /** Closes the socket; only `close()` may be called afterwards. Unused sockets should be closed. */
    close(): void;
    /**
     * Connects to `address` (an IP or host name, "ip:port", or a prefixed form
     * such as "unix@/path", "abns@name", "ipv4@", "ipv6@", "fd@"); `port` is
     * required unless it is inside `address`. Returns 1, or nil and an error message.
     */
    connect(address: string, port?: number): LuaMultiReturn<[1] | [undefined, string]>;
    /** Same as `connect()`, over SSL/TLS. Returns 1, or nil and an error message. */
    connect_ssl(address: string, port?: number): LuaMultiReturn<[1] | [undefined, string]>;
    /** Returns the peer's IP address and port, or nil on error. */
    getpeername(): LuaMultiReturn<[string, number] | [undefined]>;
    /** Returns the local IP address and port, or nil on error. */
    getsockname(): LuaMultiReturn<[string, number] | [undefined]>;
    /**
     * Reads according to `pattern`: "*a" (until the connection closes), "*l" (one
     * line without its end-of-line, the default) or a number of bytes, prefixed
     * by `prefix` if given. Returns the data, or nil, an error ("closed" or
     * "timeout") and the partial data.
     */
    receive(pattern?: "*a" | "*l" | number, prefix?: string): LuaMultiReturn<[string] | [undefined, string, string]>;
    /**
     * Sends `data`, or the part of it between `start` and `end` (like
     * `string.sub`). Returns the index of the last byte sent, or nil, an error
     * ("closed" or "timeout") and the index of the last byte sent.
     */
    send(data: string, start?: number, end?: number): LuaMultiReturn<[number] | [undefined, string, number]>;
    /** Accepted for LuaSocket compatibility; does nothing. */
    setoption(option: string, value?: unknown): void;
    /** Sets the inactivity timeout of I/O operations, in seconds (fractions allowed); timeout modes are not implemented. */
    settimeout(value: number, mode?: string): void;
}
