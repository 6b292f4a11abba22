// Fast path: searches of a string for the bytes of a class, made by one call into C where the core runs in
// Lua.
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

/** A set of bytes, as Lua patterns and as a predicate on a byte (made by `byteClass`). */
export interface ByteClass {
  /** One byte of the class. */
  readonly one: string;
  /** The longest run of the class's bytes at the start (init) of the subject. */
  readonly run: string;
  readonly has: (this: void, code: number) => boolean;
}

/** `set`: the inside of a Lua character class ("a-z", "^ \t"); `has`: the same set as a predicate. */
export function byteClass(set: string, has: (this: void, code: number) => boolean): ByteClass {
  return { one: `[${set}]`, run: `^[${set}]*`, has };
}

/** The part of Lua's string library used here (a plain function table: called with a dot). */
interface LuaStringLibrary {
  find(this: void, value: string, pattern: string, init: number): number | undefined;
  match(this: void, value: string, pattern: string, init: number): string;
}

/** Lua's string library when the core runs in Lua (TypeScriptToLua reads globalThis as _G), else undefined. */
const luaString = (globalThis as unknown as { string?: LuaStringLibrary }).string;

/** The index of the first byte at or after `from` that is in `byteClass`, or -1. */
export function indexOfByteIn(value: string, from: number, byteClass: ByteClass): number {
  if (luaString !== undefined) {
    // Lua counts from 1; find returns nil when nothing matches.
    const at = luaString.find(value, byteClass.one, from + 1);
    return at === undefined ? -1 : at - 1;
  }
  for (let i = from; i < value.length; i++) {
    if (byteClass.has(value.charCodeAt(i))) return i;
  }
  return -1;
}

/** The bytes from `from` on that are in `byteClass`, up to the first that is not ("" when that is the first). */
export function runAt(value: string, from: number, byteClass: ByteClass): string {
  // A pattern that may match nothing always matches: Lua's match returns "" then, never nil.
  if (luaString !== undefined) return luaString.match(value, byteClass.run, from + 1);
  let end = from;
  while (end < value.length && byteClass.has(value.charCodeAt(end))) end++;
  return value.substring(from, end);
}
