// Mirrors doc/lua-api/index.rst, section "Listener class" (HAProxy 2.2 .. 3.2).

/** A listening socket of a proxy (`proxy.listeners`). Methods are called with a colon. */
interface HaproxyListener {
    /** Returns the listener's statistics as a table keyed by field name. */
    get_stats(): LuaTable<string, string | number | boolean>;
}
