// Mirrors doc/lua-api/index.rst, section "Regex class" (HAProxy 2.2 .. 3.2).
//
// `Regex` is a global table; `Regex.new(...)` is called with a dot (hence the
// `@noSelf` interface) and returns two values, typed with `LuaMultiReturn`:
//   const [ok, re] = Regex.new("^https://", false);
//   if (ok) { re.exec(s); } else { core.Alert(re); }   // re: HaproxyRegex | string
// Compiled regexes use a colon (`re:exec(s)`).

/**
 * A regular expression compiled by HAProxy (libc regex, PCRE or PCRE JIT,
 * following HAProxy's build), since plain Lua has no regexes. Compiling is
 * costly: create regexes in the body context and reuse them.
 */
interface HaproxyRegex {
    /** Returns true if `str` matches the regex. */
    exec(str: string): boolean;
    /**
     * Matches `str` and returns the status, then a (1-based) list holding the
     * whole match followed by the captured groups (at most 20 expressions);
     * the list is empty when there is no match.
     */
    match(str: string): LuaMultiReturn<[boolean, string[]]>;
}

/**
 * HAProxy's global `Regex` table.
 * @noSelf
 */
interface HaproxyRegexConstructor {
    /**
     * Compiles `regex`, matching case-sensitively or not. Returns `true` and the
     * compiled `HaproxyRegex`, or `false` and a string explaining why it did not compile.
     */
    "new"(regex: string, case_sensitive: boolean): LuaMultiReturn<[true, HaproxyRegex] | [false, string]>;
}

/** HAProxy's global `Regex` table: `Regex.new(re, case_sensitive)` compiles a regex. */
declare const Regex: HaproxyRegexConstructor;
