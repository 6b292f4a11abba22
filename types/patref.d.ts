// Mirrors doc/lua-api/index.rst, section "Patref class" (HAProxy 2.2 .. 3.2).
//
// A Patref comes from `core.get_patref(name)` (HAProxy 3.2+). Methods are
// called with a colon. Each context should use its own Patref object.

/**
 * A pattern reference: the storage behind an ACL or a map, identified by its
 * name (a file name, or "virt@"/"opt@" prefixed). Updates apply to the live
 * version unless `prepare()` started a pending one.
 * @since 3.2
 */
interface HaproxyPatref {
    /** Returns the name of the reference. */
    get_name(): string;
    /** Returns true if the reference holds a map, false for an ACL. */
    is_map(): boolean;
    /** Removes every entry; no commit is needed. */
    purge(): void;
    /** Starts a new empty pending version; updates then apply to it until `commit()` or `giveup()`. */
    prepare(): void;
    /** Atomically commits the pending version. Returns true, or nil and an error message (the pending updates are lost). */
    commit(): LuaMultiReturn<[true] | [undefined, string]>;
    /** Drops the pending version and goes back to the live data. */
    giveup(): void;
    /** Adds `key` (with `value`, for maps). Returns true, or nil and an error message. */
    add(key: string, value?: string): LuaMultiReturn<[true] | [undefined, string]>;
    /**
     * Adds many entries at once (faster than `prepare()` for bulk loads): a list
     * of keys for ACLs, a key-to-value table for maps. Returns true, or nil and an error message.
     */
    add_bulk(entries: string[] | LuaTable<string, string> | { [key: string]: string }): LuaMultiReturn<[true] | [undefined, string]>;
    /** Deletes every entry matching `key`. Returns true on success, false otherwise. */
    del(key: string): boolean;
    /**
     * Maps only: sets every entry matching `key` to `value`; with `force`, creates
     * it if missing. Returns true, or nil and an error message.
     */
    set(key: string, value: string, force?: boolean): LuaMultiReturn<[true] | [undefined, string]>;
    /**
     * Subscribes `func` to the PAT_REF events of this reference ("PAT_REF_ADD",
     * "PAT_REF_DEL", "PAT_REF_SET", "PAT_REF_CLEAR", "PAT_REF_COMMIT", or
     * "PAT_REF" for all); no event data is passed.
     */
    event_sub(
        event_types: string[],
        func: (this: void, event: string, event_data: undefined, sub: HaproxyEventSub, when: number) => void
    ): HaproxyEventSub;
}
