// ASCII character classes by code. The core never relies on locale or Unicode case rules: Lua's
// string.lower follows the C locale while JavaScript's toLowerCase follows Unicode, so any value is
// checked to be ASCII before it is lower-cased, and both runtimes then agree byte for byte.

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
 * Splits a comma-separated list, trims white space around elements and drops empty ones, in one pass
 * (bounded work whatever the input: a list of only commas costs its length and yields nothing).
 */
export function splitList(value: string): string[] {
  const items: string[] = [];
  let start = -1;
  let end = -1;
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code === 44) {
      if (start >= 0) items.push(value.substring(start, end + 1));
      start = -1;
    } else if (!isOws(code) && code !== 10 && code !== 13) {
      if (start < 0) start = i;
      end = i;
    }
  }
  if (start >= 0) items.push(value.substring(start, end + 1));
  return items;
}

/** Splits on commas and white space (space, tab, CR, LF), dropping empty items, in one pass. */
export function splitWords(value: string): string[] {
  const items: string[] = [];
  let start = -1;
  for (let i = 0; i <= value.length; i++) {
    const code = i < value.length ? value.charCodeAt(i) : 44;
    const separator = code === 44 || isOws(code) || code === 10 || code === 13;
    if (separator && start >= 0) {
      items.push(value.substring(start, i));
      start = -1;
    } else if (!separator && start < 0) {
      start = i;
    }
  }
  return items;
}
