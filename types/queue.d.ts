// Mirrors doc/lua-api/index.rst, section "Queue class" (HAProxy 2.2 .. 3.2).

/**
 * A FIFO from `core.queue()` that several Lua contexts (main code, tasks,
 * actions) can share to pass data. Methods are called with a colon.
 * @since 2.8
 */
interface HaproxyQueue {
    /** Returns the number of items in the queue. */
    size(): number;
    /** Appends `item` (any non-nil value); returns true on success, false on error. */
    push(item: unknown): boolean;
    /** Removes and returns the oldest item, or nil when the queue is empty. */
    pop(): unknown;
    /** Like `pop()`, but waits (yields) until an item is available; task context. Returns nil on error. */
    pop_wait(): unknown;
}
