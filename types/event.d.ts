// Mirrors doc/lua-api/index.rst, sections "EventSub class", "ServerEvent class",
// "ServerEventCheckRes class", "ServerEventState class" and
// "ServerEventAdmin class" (HAProxy 2.2 .. 3.2).
//
// These objects reach the callbacks given to `core.event_sub()`,
// `Server.event_sub()` and `Patref.event_sub()`.

/**
 * An event subscription. Its method is called with a colon (`sub:unsub()`).
 * @since 2.8
 */
interface HaproxyEventSub {
    /** Ends the subscription: the callback is not called again. */
    unsub(): void;
}

/**
 * The data of a SERVER family event.
 * @since 2.8
 */
interface HaproxyServerEvent {
    /** The name of the server. */
    readonly name: string;
    /** The identifier of the server within its proxy. */
    readonly puid: number;
    /** The revision ID of the server. */
    readonly rid: number;
    /** The name of the server's proxy. */
    readonly proxy_name: string;
    /** The unique identifier of the server's proxy. */
    readonly proxy_uuid: number;
    /** The live server; nil if it was removed meanwhile (always nil for SERVER_DEL). */
    readonly reference: HaproxyServer | undefined;
    /** Details of a SERVER_STATE event (nil for other events). */
    readonly state: HaproxyServerEventState | undefined;
    /** Details of a SERVER_ADMIN event (nil for other events). */
    readonly admin: HaproxyServerEventAdmin | undefined;
    /** Details of a SERVER_CHECK event (nil for other events). */
    readonly check: HaproxyServerEventCheckRes | undefined;
}

/**
 * The result of a server check.
 * @since 2.8
 */
interface HaproxyServerEventCheckRes {
    /** "FAILED", "PASSED" or "CONDPASS". */
    readonly result: "FAILED" | "PASSED" | "CONDPASS";
    /** True for an agent check, false for a health check. */
    readonly agent: boolean;
    /** How long the check took, in milliseconds. */
    readonly duration: number;
    /** The check status. */
    readonly reason: HaproxyServerEventCheckReason;
    /** The health counter and its thresholds. */
    readonly health: HaproxyServerEventCheckHealth;
}

/**
 * The status of a server check (`HaproxyServerEventCheckRes.reason`).
 * @since 2.8
 */
interface HaproxyServerEventCheckReason {
    /** The short name of the check status. */
    readonly short: string;
    /** The description of the check status. */
    readonly desc: string;
    /** A code, only for checks that went through data analysis (layer 5 and up). */
    readonly code: number | undefined;
}

/**
 * The health counter of a server check (`HaproxyServerEventCheckRes.health`).
 * @since 2.8
 */
interface HaproxyServerEventCheckHealth {
    /** The current counter: 0 .. rise-1 means bad, rise .. rise+fall-1 means good. */
    readonly cur: number;
    /** Consecutive successful checks needed to consider the server operational. */
    readonly rise: number;
    /** Consecutive failed checks needed to consider the server dead. */
    readonly fall: number;
}

/**
 * Details of a SERVER_STATE event.
 * @since 2.8
 */
interface HaproxyServerEventState {
    /** True if the change is administrative, false if it is operational. */
    readonly admin: boolean;
    /** The check result that caused an operational change, if any. */
    readonly check: HaproxyServerEventCheckRes | undefined;
    /** A printable cause; may be empty. */
    readonly cause: string;
    /** The new state: "STOPPED", "STOPPING", "STARTING" or "RUNNING". */
    readonly new_state: "STOPPED" | "STOPPING" | "STARTING" | "RUNNING";
    /** The previous state, with the same values as `new_state`. */
    readonly old_state: "STOPPED" | "STOPPING" | "STARTING" | "RUNNING";
    /** The number of connections requeued because of the change. */
    readonly requeued: number;
}

/**
 * Details of a SERVER_ADMIN event.
 * @since 2.8
 */
interface HaproxyServerEventAdmin {
    /** A printable cause; may be empty. */
    readonly cause: string;
    /** The new admin state flags ("MAINT", "FMAINT", "IMAINT", "RMAINT", "CMAINT", "DRAIN", "FDRAIN", "IDRAIN"). */
    readonly new_admin: string[];
    /** The previous admin state flags. */
    readonly old_admin: string[];
    /** The number of connections requeued because of the change. */
    readonly requeued: number;
}
