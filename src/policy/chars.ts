// ASCII character classes by code. The core never relies on locale or Unicode case rules: Lua's
// string.lower follows the C locale while JavaScript's toLowerCase follows Unicode, so any value is
// checked to be ASCII before it is lower-cased, and both runtimes then agree byte for byte.

import { ByteClass, byteClass, indexOfByteIn, runAt } from "./luaPatterns";

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

export function isLowerAlpha(code: number): boolean {
  return code >= 97 && code <= 122;
}

export function isUpperAlpha(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** RFC 9110 `tchar`: the bytes of a method or a header name. */
export function isTokenChar(code: number): boolean {
  if (isDigit(code) || isLowerAlpha(code) || isUpperAlpha(code)) return true;
  // ! # $ % & ' * + - . ^ _ ` | ~
  return (
    code === 33 || (code >= 35 && code <= 39) || code === 42 || code === 43 || code === 45 || code === 46 ||
    code === 94 || code === 95 || code === 96 || code === 124 || code === 126
  );
}

// The classes searched for in luaPatterns.ts, each a Lua character class and a predicate that hold the
// same bytes.
const TOKEN_BYTES = "0-9A-Za-z!#$%%&'*+%-.^_`|~";
const WHITE_SPACE_BYTES = " \t\r\n";
const COMMA = 44;
const TOKEN: ByteClass = byteClass(TOKEN_BYTES, isTokenChar);
/** The bytes of a lower-case host name's labels and the dots between them: [a-z0-9_.-]. */
const HOST_NAME: ByteClass = byteClass("a-z0-9_.%-", (code) => isLowerAlpha(code) || isDigit(code) || code === 95 || code === 46 || code === 45);
const NOT_WHITE_SPACE: ByteClass = byteClass(`^${WHITE_SPACE_BYTES}`, (code) => !isWhiteSpace(code));

/** The bytes of a scheme after its first letter: [a-z0-9+.-]. */
const SCHEME: ByteClass = byteClass("a-z0-9+.%-", (code) => isLowerAlpha(code) || isDigit(code) || code === 43 || code === 46 || code === 45);

/** A scheme as serialized: a lower-case letter, then [a-z0-9+.-] (one search in Lua). */
export function isScheme(value: string): boolean {
  return value.length > 0 && isLowerAlpha(value.charCodeAt(0)) && runAt(value, 0, SCHEME).length === value.length;
}

/** Every byte of `value` is a lower-case letter, a digit, "_", "." or "-" (one search in Lua). */
export function isHostNameBytes(value: string): boolean {
  return runAt(value, 0, HOST_NAME).length === value.length;
}

export function isToken(value: string): boolean {
  return value.length > 0 && runAt(value, 0, TOKEN).length === value.length;
}

/**
 * The elements of a comma-separated list of tokens, as RFC 9110 writes a list (white space around an
 * element and empty elements ignored), or undefined when the list holds a byte that is neither a token
 * byte, a comma nor white space, when an element holds white space, or past `atMost` elements. Each element
 * is one match of the string (runAt), so it costs a few calls however long it is.
 */
export function readTokenList(value: string, atMost: number): string[] | undefined {
  const items: string[] = [];
  // Whether an element ended since the last comma: a token after it means white space inside an element.
  let afterElement = false;
  let at = 0;
  while (at < value.length) {
    const token = runAt(value, at, TOKEN);
    const end = at + token.length;
    if (token.length > 0) {
      if (afterElement || items.length >= atMost) return undefined;
      items.push(token);
      if (end === value.length) return items;
      afterElement = true;
    }
    // The byte at `end` is not a token byte: a comma ends an element, white space is skipped, anything
    // else has no place in a list of tokens.
    const code = value.charCodeAt(end);
    if (code === COMMA) {
      afterElement = false;
      at = end + 1;
    } else if (isWhiteSpace(code)) {
      at = indexOfByteIn(value, end, NOT_WHITE_SPACE);
      if (at < 0) return items;
    } else {
      return undefined;
    }
  }
  return items;
}

/** Optional white space in HTTP lists: space and horizontal tab. */
export function isOws(code: number): boolean {
  return code === 32 || code === 9;
}

export function hasUpperAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    if (isUpperAlpha(value.charCodeAt(i))) return true;
  }
  return false;
}

export function isAscii(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code < 32 || code > 126) return false;
  }
  return true;
}

/**
 * Splits a comma-separated list, trims white space around elements and drops empty ones, in one pass (for
 * policies, read once; a request's lists are read by readTokenList).
 */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let start = 0;
  while (start <= value.length) {
    let end = value.indexOf(",", start);
    if (end < 0) end = value.length;
    let first = start;
    let last = end;
    while (first < last && isWhiteSpace(value.charCodeAt(first))) first++;
    while (last > first && isWhiteSpace(value.charCodeAt(last - 1))) last--;
    if (last > first) items.push(value.substring(first, last));
    start = end + 1;
  }
  return items;
}

function isBlankOrComma(code: number): boolean {
  return code === 44 || isWhiteSpace(code);
}

/** Space, tab, CR and LF. */
export function isWhiteSpace(code: number): boolean {
  return isOws(code) || code === 10 || code === 13;
}

/** Splits where `isSeparator` says, dropping empty items, in one pass. */
function splitWhere(value: string, isSeparator: (code: number) => boolean): string[] {
  const items: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const separator = i === value.length || isSeparator(value.charCodeAt(i));
    if (separator && start >= 0) {
      items.push(value.substring(start, i));
      start = -1;
    } else if (!separator && start < 0) {
      start = i;
    }
  }
  return items;
}

/** Splits on commas and white space (an origins file's separators). */
export function splitWords(value: string): string[] {
  return splitWhere(value, isBlankOrComma);
}

/** Splits on white space only (the extended form's options). */
export function splitOnWhiteSpace(value: string): string[] {
  return splitWhere(value, isWhiteSpace);
}
