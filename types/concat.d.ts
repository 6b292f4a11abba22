// Mirrors doc/lua-api/index.rst, section "Concat class" (HAProxy 2.2 .. 3.2).

/**
 * A fast string builder from `core.concat()`: it avoids the repeated
 * allocations of Lua's `..` operator. Methods are called with a colon.
 */
interface HaproxyConcat {
    /** Appends `str` to the string being built. */
    add(str: string): void;
    /** Returns the string built so far. */
    dump(): string;
}
