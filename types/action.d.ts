// Mirrors doc/lua-api/index.rst, section "Action class" (HAProxy 2.2 .. 3.2).
//
// `act` is a global table of return codes for Lua actions (the values
// returned by the function given to `core.register_action()`). Its function
// is called with a DOT: the manual writes `act:wake_time(ms)`, but HAProxy
// 2.6 rejects that colon form ("'wake_time' needs 1 arguments"), hence the
// `@noSelf` namespace.

/**
 * Return codes of Lua actions (HAProxy's ACT_RET_* codes) and action helpers.
 * @noSelf
 */
declare namespace act {
    /** Continue with the next rule of the rule set (0); the default when an action returns nothing. */
    const CONTINUE: 0;
    /** Stop processing the current rule set (1). */
    const STOP: 1;
    /** Pause processing and run the action again from the start later (2); see `act.wake_time()`. */
    const YIELD: 2;
    /** Internal error (3): processing stops and the transaction ends (HTTP 500). */
    const ERROR: 3;
    /** Stop processing the message (4). */
    const DONE: 4;
    /** Deny the message (5): HTTP 403 during request analysis, 502 during response analysis. */
    const DENY: 5;
    /** Abort the message (6): the transaction ends without reply (a response is assumed sent). */
    const ABORT: 6;
    /** Invalid message (7): HTTP 400 during request analysis, 502 during response analysis. */
    const INVALID: 7;

    /** Wakes an action that returned `act.YIELD` up after at most `milliseconds`. Action context. */
    function wake_time(milliseconds: number): void;
}
