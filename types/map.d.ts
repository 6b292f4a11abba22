// Mirrors doc/lua-api/index.rst, section "Map class" (HAProxy 2.2 .. 3.2).
//
// About the name. HAProxy's global is literally called `Map`, which clashes
// twice with ECMAScript's `Map`:
//   1. in TypeScript, `declare const Map` would replace the type of ES `Map`
//      for the whole program (lib.es2015 declares `Map` already);
//   2. in the emitted Lua, TypeScriptToLua imports its own `Map` implementation
//      as a file-level local (`local Map = ____lualib.Map`) in every file that
//      uses `new Map()`, which would shadow HAProxy's global `Map` there.
// So the TypeScript name is `HaproxyMap`, and the `@customName _G.Map`
// annotation makes TypeScriptToLua (checked with 1.37) emit `_G.Map` for it:
// `HaproxyMap.new(f, HaproxyMap._str)` becomes `_G.Map.new(f, _G.Map._str)`,
// which reaches HAProxy's global table whatever the file imports. (`_G` is
// Lua's table of globals; HAProxy loads the standard base library, so it is
// always there.) The statics (`new` and the match methods) are called with a
// dot, hence the `@noSelf` interface; map instances use a colon
// (`map:lookup(key)`).

/**
 * A map loaded by `HaproxyMap.new()` (HAProxy's `Map.new()`). The declared
 * maps can still be modified at run time through the management socket.
 */
interface HaproxyMap {
    /** Looks `str` up in the map and returns the associated value, or nil when nothing matches. */
    lookup(str: string): string | undefined;
    /** Looks `str` up in the map and returns the associated value, or "" (empty string) when nothing matches. */
    slookup(str: string): string;
}

/**
 * HAProxy's global `Map` table: the map loader and the pattern matching
 * methods (see configuration.txt, "ACL basics", for their meaning).
 * @noSelf
 */
interface HaproxyMapConstructor {
    /** Match method "int": integer match. */
    readonly _int: number;
    /** Match method "ip": IPv4/IPv6 address or network match. */
    readonly _ip: number;
    /** Match method "str": exact string match. */
    readonly _str: number;
    /** Match method "beg": prefix match. */
    readonly _beg: number;
    /** Match method "sub": substring match. */
    readonly _sub: number;
    /** Match method "dir": slash-delimited subdirectory match. */
    readonly _dir: number;
    /** Match method "dom": dot-delimited domain match. */
    readonly _dom: number;
    /** Match method "end": suffix match. */
    readonly _end: number;
    /** Match method "reg": regular expression match. */
    readonly _reg: number;
    /** Same as `_int`, kept for compatibility. */
    readonly int: number;
    /** Same as `_ip`, kept for compatibility. */
    readonly ip: number;
    /** Same as `_str`, kept for compatibility. */
    readonly str: number;
    /** Same as `_beg`, kept for compatibility. */
    readonly beg: number;
    /** Same as `_sub`, kept for compatibility. */
    readonly sub: number;
    /** Same as `_dir`, kept for compatibility. */
    readonly dir: number;
    /** Same as `_dom`, kept for compatibility. */
    readonly dom: number;
    /** Same as `_reg`, kept for compatibility. */
    readonly reg: number;

    /**
     * Loads the map referenced by `name` (usually a file name) with the match
     * `method` (one of the constants above) and returns it. Raises a Lua error
     * if the map cannot be loaded; load maps in the body context.
     */
    "new"(name: string, method: number): HaproxyMap;
}

/**
 * HAProxy's global `Map` (emitted as `_G.Map`, see the top of this file):
 * `HaproxyMap.new(name, HaproxyMap._str)` loads a map for lookups.
 * @customName _G.Map
 */
declare const HaproxyMap: HaproxyMapConstructor;
