// ASCII character classes by code. The core never relies on locale or Unicode case rules: Lua's
// string.lower follows the C locale while JavaScript's toLowerCase follows Unicode, so any value is
// checked to be ASCII before it is lower-cased, and both runtimes then agree byte for byte.

import { hasNonTokenByte } from "./luaPatterns";

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

export function isToken(value: string): boolean {
  if (value.length === 0) return false;
  const fast = hasNonTokenByte(value); // fast path in Lua (luaPatterns.ts)
  if (fast !== undefined) return !fast;
  for (let i = 0; i < value.length; i++) {
    if (!isTokenChar(value.charCodeAt(i))) return false;
  }
  return true;
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
 * Splits a comma-separated list, trims white space around elements and drops empty ones. The commas are
 * found by a search of the string (in Lua one call into the string library, not a step per byte), so the
 * work is a step per element plus the white space trimmed.
 */
export function splitList(value: string): string[] {
  return splitListUpTo(value, Infinity) as string[];
}

/** splitList, or undefined as soon as the list has more than `atMost` elements (work bounded by `atMost`). */
export function splitListUpTo(value: string, atMost: number): string[] | undefined {
  const items: string[] = [];
  let start = 0;
  while (start <= value.length) {
    let end = value.indexOf(",", start);
    if (end < 0) end = value.length;
    let first = start;
    let last = end;
    while (first < last && isWhiteSpace(value.charCodeAt(first))) first++;
    while (last > first && isWhiteSpace(value.charCodeAt(last - 1))) last--;
    if (last > first) {
      if (items.length >= atMost) return undefined;
      items.push(value.substring(first, last));
    }
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
