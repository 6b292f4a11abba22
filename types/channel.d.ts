// Mirrors doc/lua-api/index.rst, section "Channel class" (HAProxy 2.2 .. 3.2).
//
// A Channel is one of the two buffers of a stream: `txn.req` (client to
// server) or `txn.res` (server to client). Methods are called with a colon.
// In HTTP contexts only `input`, `output`, `may_recv`, `is_full` and `is_resp`
// may be used; altering the buffer there is forbidden.

/**
 * A request or response buffer: incoming data waiting to be analysed, then
 * outgoing data already processed. Offsets are relative to the incoming data
 * (negative ones count from its end).
 */
interface HaproxyChannel {
    /** Copies `str` at the end of the incoming data; returns the copied length or -1. */
    append(str: string): number;
    /**
     * Returns `length` bytes of incoming data from `offset` without removing them
     * (all of it by default; -1 gets as much as possible, yielding from actions).
     * Returns nil when there is no data and no more can come.
     * @since 2.5
     */
    data(offset?: number, length?: number): string | undefined;
    /** Forwards `length` bytes of incoming data (yields from actions if more data is needed); returns the amount forwarded. */
    forward(length: number): number;
    /**
     * Returns the length of the incoming data.
     * @since 2.5
     */
    input(): number;
    /**
     * Copies `str` into the incoming data at `offset` (the front by default); returns the copied length or -1.
     * @since 2.5
     */
    insert(str: string, offset?: number): number;
    /** Returns true if the buffer is full. */
    is_full(): boolean;
    /**
     * Returns true if this is the response channel.
     * @since 2.5
     */
    is_resp(): boolean;
    /**
     * Returns the first line (with its "\n") found in `length` bytes of incoming
     * data from `offset`, without removing it; all the data if there is no line.
     * @since 2.5
     */
    line(offset?: number, length?: number): string | undefined;
    /**
     * Returns true if the channel may still receive data.
     * @since 2.5
     */
    may_recv(): boolean;
    /**
     * Returns the length of the outgoing data.
     * @since 2.5
     */
    output(): number;
    /**
     * Copies `str` in front of the incoming data; returns the copied length or -1.
     * @since 2.5
     */
    prepend(str: string): number;
    /**
     * Removes `length` bytes of incoming data from `offset` (all by default); returns the amount removed.
     * @since 2.5
     */
    remove(offset?: number, length?: number): number;
    /** Copies `str` in front of the incoming data and forwards it immediately (yields from actions); returns the copied length or -1. */
    send(str: string): number;
    /**
     * Replaces `length` bytes of incoming data from `offset` (all of it by
     * default) with `str`; returns the copied length or -1. Before 2.5 it
     * always replaced the whole buffer content.
     */
    set(str: string, offset?: number, length?: number): number;
    /**
     * Returns all the incoming data without removing it, or nil.
     * @deprecated Use `data()` (2.5+).
     */
    dup(): string | undefined;
    /**
     * Returns all the incoming data and removes it, or nil.
     * @deprecated Use `data()` then `remove()` (2.5+).
     */
    get(): string | undefined;
    /**
     * Returns the first line of the incoming data and removes it, or nil.
     * @deprecated Use `line()` then `remove()` (2.5+).
     */
    getline(): string | undefined;
    /**
     * Returns the length of the incoming data.
     * @deprecated Use `input()` (2.5+).
     */
    get_in_len(): number;
    /**
     * Returns the length of the outgoing data.
     * @deprecated Use `output()` (2.5+).
     */
    get_out_len(): number;
}
