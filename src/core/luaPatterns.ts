// Fast path: the search of a string for the first byte of a class, made by one call into C where the core
// runs in Lua.
//
// HAProxy runs Lua with a count hook, so every Lua step costs it about 65 machine instructions and every
// call into Lua's string library 150 to 400 (bench/README.md, "Profile", item 13): a loop over a value's
// bytes costs a thousand instructions and more a byte, where string.find with a pattern searches them all in
// one call. The core also runs in Node, which has no `string` library: there the class's predicate is
// tried on each byte.
//
// Rules: a ByteClass's pattern matches exactly the bytes its predicate accepts. Lua patterns work on bytes
// and classes such as %w follow the C locale, so the patterns list their bytes explicitly (chars.ts holds
// both halves of each class side by side). test/lua/byteClasses.test.ts checks every byte in Lua 5.3 and
// 5.4 against the core in Node.

/** A set of bytes, as a Lua pattern of one character class and as a predicate on a byte. */
export interface ByteClass {
  readonly pattern: string;
  readonly has: (this: void, code: number) => boolean;
}

/** The part of Lua's string library used here (a plain function table: called with a dot). */
interface LuaStringLibrary {
  find(this: void, value: string, pattern: string, init: number): number | undefined;
}

/** Lua's string library when the core runs in Lua (TypeScriptToLua reads globalThis as _G), else undefined. */
const luaString = (globalThis as unknown as { string?: LuaStringLibrary }).string;

/** The index of the first byte at or after `from` that is in `byteClass`, or -1. */
export function indexOfByteIn(value: string, from: number, byteClass: ByteClass): number {
  if (luaString !== undefined) {
    // Lua counts from 1; find returns nil when nothing matches.
    const at = luaString.find(value, byteClass.pattern, from + 1);
    return at === undefined ? -1 : at - 1;
  }
  for (let i = from; i < value.length; i++) {
    if (byteClass.has(value.charCodeAt(i))) return i;
  }
  return -1;
}
