// Mirrors doc/lua-api/index.rst, sections "Proxy class" and "ProxyMailers class" (HAProxy 2.2 .. 3.2).
//
// Proxies are reached through `core.proxies`, `core.frontends` and
// `core.backends`. Methods are called with a colon (`px:get_stats()`).

/** A frontend, backend or listen section, with its servers, listeners and statistics. */
interface HaproxyProxy {
    /**
     * The name of the proxy.
     * @deprecated Use `get_name()` (2.8+).
     */
    readonly name: string;
    /**
     * The unique identifier of the proxy.
     * @deprecated Use `get_uuid()` (2.8+).
     */
    readonly uuid: number;
    /** The servers of the proxy, keyed by server name. */
    readonly servers: LuaTable<string, HaproxyServer>;
    /** The stick table attached to the proxy, if any. */
    readonly stktable: HaproxyStickTable | undefined;
    /** The listeners of the proxy, keyed by listener name. */
    readonly listeners: LuaTable<string, HaproxyListener>;

    /**
     * Returns the name of the proxy.
     * @since 2.8
     */
    get_name(): string;
    /**
     * Returns the unique identifier of the proxy.
     * @since 2.8
     */
    get_uuid(): number;
    /** Pauses the proxy (as the management socket does). */
    pause(): void;
    /** Resumes the proxy (as the management socket does). */
    resume(): void;
    /** Stops the proxy (as the management socket does). */
    stop(): void;
    /** Kills the sessions attached to a backup server. */
    shut_bcksess(): void;
    /** Returns the capabilities of the proxy: "frontend", "backend", "proxy" or "ruleset". */
    get_cap(): string;
    /** Returns the mode of the proxy: "tcp", "http", "syslog" or "unknown" (older versions may say "health"). */
    get_mode(): string;
    /**
     * Returns the number of active servers eligible for load balancing.
     * @since 2.8
     */
    get_srv_act(): number;
    /**
     * Returns the number of backup servers eligible for load balancing.
     * @since 2.8
     */
    get_srv_bck(): number;
    /** Returns the proxy's statistics (they differ for frontends and backends), keyed by field name. */
    get_stats(): LuaTable<string, string | number | boolean>;
    /**
     * Returns the legacy mailers settings of the proxy, or nil if it has none.
     * @since 2.8
     */
    get_mailers(): HaproxyProxyMailers | undefined;
}

/**
 * The legacy e-mail alert settings of a proxy, for scripts that send the
 * alerts themselves (see `core.disable_legacy_mailers()`).
 * @since 2.8
 */
interface HaproxyProxyMailers {
    /** True if "option log-health-checks" is set: every check event should trigger an alert. */
    readonly track_server_health: boolean;
    /** The highest log level (0..7) that triggers alerts ("email-alert level"). */
    readonly log_level: number;
    /** The mail servers, as name to full address ("host:port"). */
    readonly mailservers: LuaTable<string, string>;
    /** How long to wait for an e-mail to be sent, in milliseconds ("timeout mail"). */
    readonly mailservers_timeout: number;
    /** The host name used in the SMTP dialogue ("email-alert myhostname"). */
    readonly smtp_hostname: string;
    /** The "MAIL FROM" address ("email-alert from"). */
    readonly smtp_from: string;
    /** The "RCPT TO" address ("email-alert to"). */
    readonly smtp_to: string;
}
