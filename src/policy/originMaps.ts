// Origins from HAProxy maps (`map:<file>` in a policy's origins): the allowed origins are the keys of a map
// that the runtime API can change while HAProxy runs (`add map`, `del map`, `clear map`, `prepare map` /
// `commit map`); the values are ignored.
//
// The map is read by key only, never listed, so a request costs a few lookups whatever the map's size:
// the Origin itself (an exact origin), then the keys of the patterns that could allow it, built from its
// parts: the any-port key, and for each parent domain the subdomain keys ("https://*.tenant.example").
// Each pattern has one spelling in a map, the one `printPattern` writes, so that the probes can be few.
//
// Nothing can refuse a key added at run time, so a key a probe finds is judged before it counts, once:
// a key that is not a valid entry of the policy (bad syntax, another spelling, a wildcard over a public
// suffix) never matches and is reported once. The configuration check refuses the map file's own bad keys.

import { cutOrigin, isSerializedOrigin, OriginPattern, parseOriginPattern, PatternSyntax, printPattern } from "./origin";
import { isSerializedSubdomain } from "./originMatcher";
import { didYouMean, PolicyError, Problem } from "./errors";
import { coveredPublicSuffix, PublicSuffixList, suffixRefusal } from "./publicSuffixList";
import { SuffixListSource } from "./publicSuffixSource";

/** The origins entry that names a map: `map:<file>`. */
export const MAP_ENTRY_PREFIX = "map:";

/** A map read by key: HAProxy's Map object at run time (`Map.new(file, Map._str)`), a JavaScript one in tests. */
export interface KeyLookup {
  lookup(key: string): string | undefined;
}

/** How a compiled policy reaches its maps: the runtime opens HAProxy's and logs the keys it rejects. */
export interface OriginMapAccess {
  open(this: void, name: string): KeyLookup;
  /** A key found at run time that is not valid for the policy: called once per key and map in a Lua state. */
  reject(this: void, name: string, key: string, error: PolicyError): void;
}

/** A map with no key. */
export const EMPTY_MAP: KeyLookup = { lookup: () => undefined };

/** No maps (a policy compiled where maps cannot be opened): every map is empty. */
export const NO_MAP_ACCESS: OriginMapAccess = { open: () => EMPTY_MAP, reject: () => undefined };

/**
 * Visits the keys of a map file: the first word of each line; blank lines and `#` comments skipped
 * (HAProxy's format). Nothing is kept: a file of 100,000 keys is read without a table per key.
 */
export function forEachMapKey(text: string, visit: (key: string, line: number) => void): void {
  let start = 0;
  let line = 1;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let from = start;
    while (from < end && isBlank(text.charCodeAt(from))) from++;
    if (from < end && text.charCodeAt(from) !== 35) {
      let to = from;
      while (to < end && !isBlank(text.charCodeAt(to))) to++;
      visit(text.substring(from, to), line);
    }
    start = end + 1;
    line++;
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 13;
}

/** What a key of a map is for a policy: the Origin value it allows exactly, a pattern, or nothing. */
export const enum KeyKind {
  Invalid = 0,
  Exact = 1,
  Pattern = 2,
}

/**
 * Judges map keys, and the subdomain patterns of the policy's own list, for one policy's form and
 * credentials; the Public Suffix List is loaded on first need.
 */
export class KeyJudge {
  private list: PublicSuffixList | PolicyError | undefined;

  constructor(
    private readonly syntax: PatternSyntax,
    private readonly credentials: boolean,
    private readonly suffixes: SuffixListSource,
  ) {}

  /** The pattern `key` writes, or why it is not a valid key of an origins map for this policy. */
  judge(key: string): { readonly pattern: OriginPattern } | { readonly error: PolicyError } {
    // Most keys are exact origins, which are their own one spelling: a serialized origin is a valid one.
    const parts = cutOrigin(key);
    if (parts !== undefined && isSerializedOrigin(parts)) return { pattern: { scheme: parts.scheme, host: parts.host, subdomains: false, port: parts.port } };
    const parsed = parseOriginPattern(key, this.syntax);
    if ("error" in parsed) return parsed;
    const pattern = parsed.pattern;
    const spelling = printPattern(pattern);
    if (spelling !== key) return { error: { subject: "origin", value: key, problem: Problem.mapSpelling, hint: didYouMean(spelling) } };
    if (!pattern.subdomains) return parsed;
    if (labelsOf(pattern.host) > MAX_PATTERN_LABELS) return { error: { subject: "origin", value: key, problem: Problem.mapPatternDepth, hint: `a map's pattern names at most ${MAX_PATTERN_LABELS} labels after "*."` } };
    const refusal = this.suffixError(key, pattern.host);
    return refusal === undefined ? parsed : { error: refusal };
  }

  /**
   * Why a subdomain pattern over `host` (written `entry`) is refused for the sites strangers can create under
   * it (publicSuffixList.ts, suffixRefusal), or undefined; when the list cannot be read, its own error, the
   * same object each time. The policy's own entries are judged by this too (policy.ts).
   */
  suffixError(entry: string, host: string): PolicyError | undefined {
    if (this.list === undefined) {
      const loaded = this.suffixes();
      this.list = "error" in loaded ? loaded.error : loaded.list;
    }
    if ("problem" in this.list) return this.list;
    const covered = coveredPublicSuffix(this.list, host);
    return covered === undefined ? undefined : suffixRefusal(entry, covered, this.credentials);
  }
}

/** One map of a compiled policy, with what its keys are, judged once each. */
export interface CompiledOriginMap {
  readonly name: string;
  readonly map: KeyLookup;
  readonly kinds: { [key: string]: KeyKind | undefined };
}

export interface OriginMaps {
  readonly maps: readonly CompiledOriginMap[];
  /** The drop-in form: its keys may have no scheme (`//host`, `.domain`), for http and https. */
  readonly schemeless: boolean;
  readonly judge: KeyJudge;
  readonly access: OriginMapAccess;
}

export function compileOriginMaps(names: readonly string[], judge: KeyJudge, schemeless: boolean, access: OriginMapAccess): OriginMaps {
  const maps: CompiledOriginMap[] = [];
  // The tables of kinds have no prototype in JavaScript, so that no key ("constructor") finds an inherited member.
  for (const name of names) maps.push({ name, map: access.open(name), kinds: { __proto__: null } as unknown as CompiledOriginMap["kinds"] });
  return { maps, schemeless, judge, access };
}

function kindOf(maps: OriginMaps, map: CompiledOriginMap, key: string): KeyKind {
  const known = map.kinds[key];
  if (known !== undefined) return known;
  const verdict = maps.judge.judge(key);
  let kind = KeyKind.Invalid;
  if ("error" in verdict) maps.access.reject(map.name, key, verdict.error);
  else kind = verdict.pattern.subdomains || verdict.pattern.scheme === undefined || verdict.pattern.port === "*" ? KeyKind.Pattern : KeyKind.Exact;
  map.kinds[key] = kind;
  return kind;
}

/**
 * Judges a key of the map once, as a request that finds it would: a bad one is rejected (reported) now
 * rather than when a request finds it, or never, for a key no probe is spelled like. For the runtime's
 * audit of every key (runtime/keyAudit.ts).
 */
export function auditKey(maps: OriginMaps, map: CompiledOriginMap, key: string): void {
  kindOf(maps, map, key);
}

/** The kind of `key` in the first map from `from` on that holds it as a valid key, or Invalid. */
function probe(maps: OriginMaps, key: string, from = 0): KeyKind {
  // (An index loop: in Lua, for...of on an array calls an iterator function at each step.)
  for (let i = from; i < maps.maps.length; i++) {
    const map = maps.maps[i];
    if (map.map.lookup(key) === undefined) continue;
    const kind = kindOf(maps, map, key);
    if (kind !== KeyKind.Invalid) return kind;
  }
  return KeyKind.Invalid;
}

/** probe(maps, origin), the first map's lookup already done (decide.ts): `inFirst` is what it found. */
function probeOrigin(maps: OriginMaps, origin: string, inFirst: boolean): KeyKind {
  const kind = inFirst ? kindOf(maps, maps.maps[0], origin) : KeyKind.Invalid;
  return kind !== KeyKind.Invalid ? kind : probe(maps, origin, 1);
}

/**
 * The deepest domain a map's subdomain pattern may name, in labels: the probes of an Origin's parent
 * domains stop there, so that a host of a hundred labels costs at most this many rounds of lookups (a
 * deeper pattern is refused, at the check and at run time: KeyJudge).
 */
export const MAX_PATTERN_LABELS = 10;

function labelsOf(host: string): number {
  let labels = 1;
  let dot = host.indexOf(".");
  while (dot >= 0) {
    labels++;
    dot = host.indexOf(".", dot + 1);
  }
  return labels;
}

/**
 * True when a map allows the request's Origin value, whose lookup in the first map the caller made (decide.ts,
 * decideFromMaps: `inFirst`, whether it found the value there). An exact key equal to the value needs nothing
 * more (a valid exact key is a serialized origin). Otherwise the keys of the patterns that could allow the
 * value are looked for, built from its parts as cut: a subdomain key for each parent domain of at most
 * MAX_PATTERN_LABELS labels, longest first, then an any-port key. Only the parts no found key vouches for are
 * checked then (the key's scheme and domain were checked when it was judged), as the allow-list's matcher
 * does (originMatcher.ts). Never throws; at most 1 + 2 x MAX_PATTERN_LABELS + 1 lookups per map (twice that
 * in the drop-in form).
 */
export function matchOriginMaps(maps: OriginMaps, origin: string, inFirst: boolean): boolean {
  if ((inFirst || maps.maps.length > 1) && probeOrigin(maps, origin, inFirst) === KeyKind.Exact) return true;
  const parts = cutOrigin(origin);
  if (parts === undefined || parts.host.length > 253) return false;
  const { scheme, host } = parts;
  const port = parts.port === undefined ? "" : ":" + parts.port;
  const web = maps.schemeless && (scheme === "http" || scheme === "https");
  const prefix = scheme + "://";
  if (host.charCodeAt(0) !== 91) {
    // Parent domains: a suffix starts at a dot with at least one label before it; the deeper ones are
    // skipped (counted only for a host that can have that many: MAX_PATTERN_LABELS + 2 labels take at least
    // 2 x MAX_PATTERN_LABELS + 3 bytes).
    let skipped = host.length > 2 * MAX_PATTERN_LABELS + 2 ? labelsOf(host) - 1 - MAX_PATTERN_LABELS : 0;
    let dot = host.indexOf(".");
    while (dot > 0 && skipped > 0) {
      dot = host.indexOf(".", dot + 1);
      skipped--;
    }
    while (dot > 0) {
      const suffix = host.substring(dot);
      const found =
        probe(maps, prefix + "*" + suffix + port) !== KeyKind.Invalid ||
        probe(maps, prefix + "*" + suffix + ":*") !== KeyKind.Invalid ||
        (web && (probe(maps, suffix + port) !== KeyKind.Invalid || probe(maps, suffix + ":*") !== KeyKind.Invalid));
      if (found) return isSerializedSubdomain(parts, dot);
      dot = host.indexOf(".", dot + 1);
    }
  }
  // (An Origin value equal to a pattern's key, "https://*.tenant.example", is no serialized origin.)
  const anyPort = probe(maps, prefix + host + ":*") !== KeyKind.Invalid || (web && (probe(maps, "//" + host + port) !== KeyKind.Invalid || probe(maps, "//" + host + ":*") !== KeyKind.Invalid));
  return anyPort && isSerializedOrigin(parts);
}
