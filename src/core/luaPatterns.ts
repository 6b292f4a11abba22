// Fast path: a test of every byte of a string against a class, made by one call into C where the core
// runs in Lua.
//
// HAProxy runs Lua with a count hook, so every Lua step costs it about 65 machine instructions and every
// call into Lua's string library 150 to 400 (bench/README.md, "Profile", item 13): a loop over a value's
// bytes costs about a thousand instructions a byte, where string.find with a pattern tests them all in one
// call. The core also runs in Node, which has no `string` library: there the portable loops of chars.ts
// answer.
//
// Rules: each pattern answers exactly what the portable loop it replaces answers, for every string. Lua
// patterns work on bytes and classes such as %w follow the C locale, so the patterns list their bytes
// explicitly. test/lua/byteClasses.test.ts checks every byte in Lua 5.3 and 5.4 against the Node core.

/** The part of Lua's string library used here (a plain function table: called with a dot). */
interface LuaStringLibrary {
  find(this: void, value: string, pattern: string): number | undefined;
}

/** Lua's string library when the core runs in Lua (TypeScriptToLua reads globalThis as _G), else undefined. */
const luaString = (globalThis as unknown as { string?: LuaStringLibrary }).string;

/** A byte that is not an RFC 9110 `tchar` (see isTokenChar). */
const NON_TOKEN_BYTE = "[^0-9A-Za-z!#$%%&'*+%-.^_`|~]";

/**
 * True or false when Lua can tell whether `value` holds a byte that is not a token byte in one call,
 * undefined in Node (the caller loops).
 */
export function hasNonTokenByte(value: string): boolean | undefined {
  if (luaString === undefined) return undefined;
  return luaString.find(value, NON_TOKEN_BYTE) !== undefined;
}
