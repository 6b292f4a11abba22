// Origins as browsers send them, and the origin patterns a policy allows.
//
// A browser sends a serialized origin (Fetch standard, "Origin header"; HTML, "serialization of an
// origin"): lower-case scheme "://" lower-case ASCII host [":" port], the port omitted when it is the
// scheme's default, no path, no trailing slash; or the string "null". Anything else never matches.

import { hasUpperAscii, isAscii, isDigit, isHostNameBytes, isScheme } from "./chars";
import { didYouMean, PolicyError, Problem } from "./errors";

export interface ParsedOrigin {
  readonly scheme: string;
  /** A host name, an IPv4 address, or an IPv6 address in brackets. */
  readonly host: string;
  /** The port digits, or undefined when the origin has none (the scheme's default). */
  readonly port: string | undefined;
}

/** Longer than any serialized origin (a 253-byte host, a scheme and a port): refused without a look. */
export const MAX_ORIGIN_LENGTH = 512;

const DEFAULT_PORTS: { readonly [scheme: string]: string } = { http: "80", https: "443" };

export function defaultPortOf(scheme: string): string | undefined {
  return scheme === "http" || scheme === "https" ? DEFAULT_PORTS[scheme] : undefined;
}

/**
 * A lower-case DNS name or IPv4 address: labels of [a-z0-9_-] of 1 to 63 bytes. The bytes are checked by
 * one search (chars.ts, isHostNameBytes), then the labels dot by dot: in Lua, a loop over the bytes would
 * cost a step per byte (luaPatterns.ts), and this runs on every denied Origin (decide.ts, originDenial).
 */
export function isHostName(value: string): boolean {
  if (value.length === 0 || value.length > 253 || !isHostNameBytes(value)) return false;
  let start = 0;
  for (;;) {
    let dot = value.indexOf(".", start);
    if (dot < 0) dot = value.length;
    if (dot === start || dot - start > 63) return false;
    if (dot === value.length) return true;
    start = dot + 1;
  }
}

/** A bracketed IPv6 address as browsers serialize it: hex digits, colons and (embedded IPv4) dots. */
export function isIpv6Literal(value: string): boolean {
  const last = value.length - 1;
  if (value.length < 4 || value.charCodeAt(0) !== 91 || value.charCodeAt(last) !== 93) return false;
  let colons = 0;
  for (let i = 1; i < last; i++) {
    const code = value.charCodeAt(i);
    if (code === 58) colons++;
    else if (!(isDigit(code) || (code >= 97 && code <= 102) || code === 46)) return false;
  }
  return colons >= 2;
}

function isNumericHost(host: string): boolean {
  for (let i = 0; i < host.length; i++) {
    const code = host.charCodeAt(i);
    if (!isDigit(code) && code !== 46) return false;
  }
  return true;
}

/** Port digits as serialized: 0..65535 without leading zeros. */
export function isPort(value: string): boolean {
  if (value.length === 0 || value.length > 5) return false;
  for (let i = 0; i < value.length; i++) {
    if (!isDigit(value.charCodeAt(i))) return false;
  }
  if (value.length > 1 && value.charCodeAt(0) === 48) return false;
  return Number(value) <= 65535;
}

/**
 * Cuts a value shaped like `scheme://host[:port]` into its parts without checking their bytes (an IPv6
 * literal is cut at its closing bracket). Undefined when it has no such shape or is longer than
 * MAX_ORIGIN_LENGTH. The matcher probes its tables with the parts first and checks them only on a hit.
 */
export function cutOrigin(origin: string): ParsedOrigin | undefined {
  if (origin.length > MAX_ORIGIN_LENGTH) return undefined;
  const schemeEnd = origin.indexOf("://");
  if (schemeEnd <= 0) return undefined;
  const scheme = origin.substring(0, schemeEnd);
  const authority = origin.substring(schemeEnd + 3);
  if (authority.charCodeAt(0) === 91) {
    const close = authority.indexOf("]");
    if (close < 0) return undefined;
    const rest = authority.substring(close + 1);
    if (rest.length > 0 && rest.charCodeAt(0) !== 58) return undefined;
    return { scheme, host: authority.substring(0, close + 1), port: rest.length > 0 ? rest.substring(1) : undefined };
  }
  const colon = authority.indexOf(":");
  if (colon < 0) return { scheme, host: authority, port: undefined };
  return { scheme, host: authority.substring(0, colon), port: authority.substring(colon + 1) };
}

/** True when the parts cut from a value are those of a serialized origin (see parseSerializedOrigin). */
export function isSerializedOrigin(parts: ParsedOrigin): boolean {
  if (!isScheme(parts.scheme)) return false;
  const hostOk = parts.host.charCodeAt(0) === 91 ? isIpv6Literal(parts.host) : isHostName(parts.host);
  return hostOk && (parts.port === undefined || (isPort(parts.port) && parts.port !== defaultPortOf(parts.scheme)));
}

/**
 * Parses a request's Origin value. Returns undefined for anything that is not a serialized origin
 * (including "null", paths, trailing slashes, upper case, explicit default ports): such a value never
 * matches a pattern. Never throws; work is bounded by MAX_ORIGIN_LENGTH.
 */
export function parseSerializedOrigin(origin: string): ParsedOrigin | undefined {
  const parts = cutOrigin(origin);
  return parts !== undefined && isSerializedOrigin(parts) ? parts : undefined;
}

/** An allowed origin, or a family of them. */
export interface OriginPattern {
  /** The scheme; undefined means http or https (drop-in patterns written without a scheme). */
  readonly scheme: string | undefined;
  /** The host; for a subdomain pattern the parent domain, without its leading "*." or ".". */
  readonly host: string;
  /** True when the pattern allows every subdomain of `host` (one or more labels), never `host` itself. */
  readonly subdomains: boolean;
  /** undefined: no port (the scheme's default); "*": any port or none; otherwise the port. */
  readonly port: string | undefined;
}

export type PatternSyntax = "drop-in" | "extended";

export type PatternResult = { readonly pattern: OriginPattern } | { readonly error: PolicyError };

function refuse(value: string, problem: PolicyError["problem"], hint?: string): PatternResult {
  return { error: hint === undefined ? { subject: "origin", value, problem } : { subject: "origin", value, problem, hint } };
}

/** Writes a pattern back in the extended syntax (used for hints and by the README's examples). */
export function formatPattern(pattern: OriginPattern): string {
  const scheme = pattern.scheme === undefined ? "https" : pattern.scheme;
  const host = pattern.subdomains ? "*." + pattern.host : pattern.host;
  const port = pattern.port === undefined ? "" : ":" + pattern.port;
  return `${scheme}://${host}${port}`;
}

/** One allow-list entry, as the policy's form writes it (printPolicy.ts; the one spelling of an origins map's key, originMaps.ts). */
export function printPattern(pattern: OriginPattern): string {
  const port = pattern.port === undefined ? "" : `:${pattern.port}`;
  if (pattern.scheme === undefined) {
    // Only the drop-in form has patterns without a scheme (http or https).
    return pattern.subdomains ? `.${pattern.host}${port}` : `//${pattern.host}${port}`;
  }
  const host = pattern.subdomains ? `*.${pattern.host}` : pattern.host;
  return `${pattern.scheme}://${host}${port}`;
}

/**
 * Parses one allowed-origin entry of a policy (already trimmed, not "*").
 *
 * Extended syntax: `scheme://host[:port]`, `scheme://*.domain[:port]`, with `:*` for any port or none.
 * Drop-in syntax (haproxytech/haproxy-lua-cors) also takes `host`, `//host` (http or https) and
 * `.domain` (every subdomain, http or https).
 */
export function parseOriginPattern(entry: string, syntax: PatternSyntax): PatternResult {
  if (entry === "null") {
    return refuse(entry, Problem.nullOrigin, "a sandboxed or opaque page sends it, so anyone can");
  }
  if (!isAscii(entry)) {
    for (let i = 0; i < entry.length; i++) {
      if (entry.charCodeAt(i) > 126) return refuse(entry, Problem.nonAsciiHost, "write its punycode (xn--) form");
    }
    return refuse(entry, Problem.notAnOrigin);
  }
  if (hasUpperAscii(entry)) {
    // Suggest the fix of the lower-case spelling when it has another mistake too (a path, a port).
    const lower = parseOriginPattern(entry.toLowerCase(), syntax);
    return refuse(entry, Problem.uppercase, "error" in lower ? lower.error.hint : didYouMean(entry.toLowerCase()));
  }

  let scheme: string | undefined;
  let rest: string;
  const schemeEnd = entry.indexOf("://");
  if (schemeEnd > 0) {
    scheme = entry.substring(0, schemeEnd);
    if (!isScheme(scheme)) return refuse(entry, Problem.notAnOrigin);
    rest = entry.substring(schemeEnd + 3);
  } else if (schemeEnd === 0) {
    return refuse(entry, Problem.noScheme, didYouMean("https" + entry));
  } else {
    rest = entry.indexOf("//") === 0 ? entry.substring(2) : entry;
    if (syntax === "extended") {
      const host = rest.indexOf(".") === 0 ? "*" + rest : rest;
      return refuse(entry, Problem.noScheme, didYouMean("https://" + host));
    }
  }

  for (let i = 0; i < rest.length; i++) {
    const code = rest.charCodeAt(i);
    if (code === 47 || code === 63 || code === 35) {
      const origin = (scheme === undefined ? entry.substring(0, entry.length - rest.length) : scheme + "://") + rest.substring(0, i);
      return refuse(entry, Problem.hasPath, didYouMean(origin));
    }
    if (code === 64 || code === 32 || code === 44) return refuse(entry, Problem.notAnOrigin);
  }

  let host: string;
  let port: string | undefined;
  if (rest.charCodeAt(0) === 91) {
    const close = rest.indexOf("]");
    host = close < 0 ? rest : rest.substring(0, close + 1);
    const after = close < 0 ? "" : rest.substring(close + 1);
    if (after.length > 0) {
      if (after.charCodeAt(0) !== 58) return refuse(entry, Problem.badHost);
      port = after.substring(1);
    }
  } else {
    const colon = rest.indexOf(":");
    host = colon < 0 ? rest : rest.substring(0, colon);
    if (colon >= 0) port = rest.substring(colon + 1);
  }

  let subdomains = false;
  if (host.indexOf("*.") === 0) {
    subdomains = true;
    host = host.substring(2);
  } else if (host.indexOf(".") === 0 && syntax === "drop-in") {
    subdomains = true;
    host = host.substring(1);
  } else if (host.indexOf(".") === 0) {
    return refuse(entry, Problem.wildcardMisplaced, didYouMean(`${scheme}://*${rest}`));
  }
  if (host.indexOf("*") >= 0) return refuse(entry, Problem.wildcardMisplaced);

  const isIpv6 = host.charCodeAt(0) === 91;
  if (isIpv6 ? !isIpv6Literal(host) : !isHostName(host)) return refuse(entry, Problem.badHost);
  if (subdomains) {
    // Whether strangers can create sites under the domain is the Public Suffix List's to say (policy.ts).
    if (isIpv6 || isNumericHost(host)) return refuse(entry, Problem.badHost, "an IP address has no subdomains");
  }

  if (port !== undefined && port !== "*") {
    if (!isPort(port)) return refuse(entry, Problem.badPort);
    const pattern: OriginPattern = { scheme, host, subdomains, port: undefined };
    if (scheme !== undefined && port === defaultPortOf(scheme)) {
      return refuse(entry, Problem.defaultPort, didYouMean(formatPattern(pattern)));
    }
    if (scheme === undefined && (port === "80" || port === "443")) {
      const withScheme: OriginPattern = { scheme: port === "80" ? "http" : "https", host, subdomains, port: undefined };
      return refuse(entry, Problem.defaultPort, didYouMean(formatPattern(withScheme)));
    }
  }
  return { pattern: { scheme, host, subdomains, port } };
}
