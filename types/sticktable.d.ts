// Mirrors doc/lua-api/index.rst, section "StickTable class" (HAProxy 2.2 .. 3.2).

/** A stick table, reached through `proxy.stktable` (task, action and sample-fetch contexts). Methods are called with a colon. */
interface HaproxyStickTable {
    /**
     * Returns the table's attributes: expire (ms), size, used, data (stored data
     * types and their periods, -1 for non-rate counters), length, nopurge and type.
     */
    info(): LuaTable<string, unknown>;
    /**
     * Returns the entry for `key` (an IP address or a string) as a table of its data. On a binary table
     * a shorter key is padded with zero bytes and a longer one cut to the table's length, as when tracked.
     */
    lookup(key: string): LuaTable<string, unknown> | undefined;
    /**
     * Returns every entry, optionally filtered: `filter` is a list of up to 4
     * `{data_type, operator, value}` comparisons ("eq", "ne", "le", "lt", "ge",
     * "gt"). Can be slow on large tables. On a binary table it returns nil and
     * "Unsupported stick table key type" (2.6, 3.0 and 3.2 alike).
     */
    dump(filter?: [string, "eq" | "ne" | "le" | "lt" | "ge" | "gt", number][]): LuaTable<string, LuaTable<string, unknown>>;
}
