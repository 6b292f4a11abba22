// Mirrors doc/lua-api/index.rst, section "Server class" (HAProxy 2.2 .. 3.2).
//
// Servers are reached through `proxy.servers`. Methods are called with a
// colon (`srv:set_drain()`); most mirror a management socket command.

/** A server of a backend, to inspect and to change at run time. */
interface HaproxyServer {
    /**
     * The name of the server.
     * @deprecated Use `get_name()` (2.8+).
     */
    readonly name: string;
    /**
     * The identifier of the server within its proxy.
     * @deprecated Use `get_puid()` (2.8+).
     */
    readonly puid: number;

    /**
     * Returns the name of the server.
     * @since 2.8
     */
    get_name(): string;
    /**
     * Returns the identifier of the server within its proxy.
     * @since 2.8
     */
    get_puid(): number;
    /**
     * Returns the revision ID of the server; with the name or id it identifies the server process-wide.
     * @since 2.8
     */
    get_rid(): number;
    /** Returns true if the server is draining sticky connections. */
    is_draining(): boolean;
    /**
     * Returns true if the server is a backup server.
     * @since 2.8
     */
    is_backup(): boolean;
    /**
     * Returns true if the server was added at run time (e.g. from the CLI).
     * @since 2.8
     */
    is_dynamic(): boolean;
    /**
     * Returns the number of sessions currently active on the server.
     * @since 2.8
     */
    get_cur_sess(): number;
    /**
     * Returns the number of connections waiting for the server.
     * @since 2.8
     */
    get_pend_conn(): number;
    /** Changes the maximum number of connections of the server. */
    set_maxconn(maxconn: string | number): void;
    /** Returns the maximum number of connections of the server. */
    get_maxconn(): number;
    /** Changes the weight of the server (a string as accepted by the management socket). */
    set_weight(weight: string | number): void;
    /** Returns the weight of the server. */
    get_weight(): number;
    /** Changes the address, and optionally the port, of the server. */
    set_addr(addr: string, port?: number | string): void;
    /** Returns the address of the server as a string. */
    get_addr(): string;
    /** Returns the server's statistics, keyed by field name. */
    get_stats(): LuaTable<string, string | number | boolean>;
    /**
     * Returns the proxy the server belongs to, or nil.
     * @since 2.8
     */
    get_proxy(): HaproxyProxy | undefined;
    /** Shuts down every session attached to the server. */
    shut_sess(): void;
    /** Puts the server in drain mode. */
    set_drain(): void;
    /** Puts the server in maintenance mode. */
    set_maint(): void;
    /** Puts the server back in normal mode. */
    set_ready(): void;
    /** Enables the health checks. */
    check_enable(): void;
    /** Disables the health checks. */
    check_disable(): void;
    /** Forces the health check status to up. */
    check_force_up(): void;
    /** Forces the health check status to nolb. */
    check_force_nolb(): void;
    /** Forces the health check status to down. */
    check_force_down(): void;
    /** Enables the agent check. */
    agent_enable(): void;
    /** Disables the agent check. */
    agent_disable(): void;
    /** Forces the agent check status to up. */
    agent_force_up(): void;
    /** Forces the agent check status to down. */
    agent_force_down(): void;
    /**
     * Returns the server this one tracks, or nil if it tracks none.
     * @since 2.8
     */
    tracking(): HaproxyServer | undefined;
    /**
     * Returns the (1-based) list of servers tracking this one; possibly empty.
     * @since 2.8
     */
    get_trackers(): HaproxyServer[];
    /**
     * Like `core.event_sub()`, but only for the events of this server
     * (cheaper than filtering global events).
     * @since 2.8
     */
    event_sub(
        event_types: string[],
        func: (this: void, event: string, event_data: HaproxyServerEvent | undefined, sub: HaproxyEventSub, when: number) => void
    ): HaproxyEventSub;
}
