// The allow-list, compiled once into lookups so that matching costs the same at one origin or ten
// thousand: a hash set of exact origins, a hash set of "scheme://host" allowed on any port, and a table of
// subdomain rules keyed by parent-domain suffix (".example.com"), probed once per dot of the host.

import { cutOrigin, defaultPortOf, isHostName, isPort, isSerializedOrigin, OriginPattern, ParsedOrigin } from "./origin";

interface SubdomainRule {
  readonly scheme: string | undefined;
  readonly port: string | undefined;
}

// The lookups are plain objects (in Lua, plain tables): a lookup is one index, where a Set or a Map would
// add a method call. No key can collide with what a JavaScript object inherits: any-port keys start with a
// scheme and "://", suffixes with ".", sets are read with `=== true`, and the exact table, read with any
// Origin value, has no prototype.
type StringSet = { readonly [member: string]: true | undefined };
type RuleTable = { readonly [suffix: string]: readonly SubdomainRule[] | undefined };

/**
 * `Exact` is what the table of exact origins holds for each: the compiled policy keeps its allowed
 * decision there (compile.ts), so that the table is both the matcher's and the policy's lookup.
 */
export interface OriginMatcher<Exact = unknown> {
  /** Exact origins, serialized, each with the value the matcher was compiled with. */
  readonly exact: { readonly [origin: string]: Exact | undefined };
  /** "scheme://host" of the patterns that allow any port. */
  readonly anyPort: StringSet;
  readonly hasAnyPort: boolean;
  /** Subdomain rules by parent-domain suffix (".example.com"). */
  readonly subdomainRules: RuleTable;
  readonly hasSubdomainRules: boolean;
  /** False when every pattern is exact: an origin missing from `exact` is then refused without parsing. */
  readonly needsParse: boolean;
}

function schemesOf(pattern: OriginPattern): string[] {
  return pattern.scheme === undefined ? ["http", "https"] : [pattern.scheme];
}

export function compileOriginMatcher<Exact>(patterns: readonly OriginPattern[], exactValue: Exact): OriginMatcher<Exact> {
  // Without a prototype in JavaScript, so that no Origin value ("constructor") finds an inherited member;
  // in Lua, a plain table.
  const exact = { __proto__: null } as unknown as { [origin: string]: Exact };
  const anyPort: { [member: string]: true } = {};
  const subdomainRules: { [suffix: string]: SubdomainRule[] } = {};
  let hasAnyPort = false;
  let hasSubdomainRules = false;
  for (const pattern of patterns) {
    if (pattern.subdomains) {
      const suffix = "." + pattern.host;
      let rules = subdomainRules[suffix] as SubdomainRule[] | undefined;
      if (rules === undefined) {
        rules = [];
        subdomainRules[suffix] = rules;
      }
      rules.push({ scheme: pattern.scheme, port: pattern.port });
      hasSubdomainRules = true;
    } else {
      for (const scheme of schemesOf(pattern)) {
        if (pattern.port === "*") {
          anyPort[`${scheme}://${pattern.host}`] = true;
          hasAnyPort = true;
        } else {
          exact[pattern.port === undefined ? `${scheme}://${pattern.host}` : `${scheme}://${pattern.host}:${pattern.port}`] = exactValue;
        }
      }
    }
  }
  return { exact, anyPort, hasAnyPort, subdomainRules, hasSubdomainRules, needsParse: hasAnyPort || hasSubdomainRules };
}

function ruleAllows(rule: SubdomainRule, scheme: string, port: string | undefined): boolean {
  const schemeOk = rule.scheme === undefined ? scheme === "http" || scheme === "https" : rule.scheme === scheme;
  return schemeOk && (rule.port === "*" || rule.port === port);
}

/**
 * isSerializedOrigin for a value that a subdomain rule allows as cut: its host ends, at `dot`, with the
 * rule's suffix, a host name checked when the policy was compiled (or an origins map's key was judged,
 * originMaps.ts), and its scheme is the rule's (or http, https). Left to check are the labels before the
 * suffix, the host's length and the port, so the loop over the host's bytes stops at the suffix.
 */
export function isSerializedSubdomain(parts: ParsedOrigin, dot: number): boolean {
  const port = parts.port;
  return parts.host.length <= 253 && isHostName(parts.host.substring(0, dot)) && (port === undefined || (isPort(port) && port !== defaultPortOf(parts.scheme)));
}

/**
 * True when the request's Origin value is allowed. The value is compared byte for byte: an exact entry
 * was normalized when compiled, and anything else must first parse as a serialized origin, so a value
 * with a path, upper case or a default port never matches.
 */
export function matchOrigin(matcher: OriginMatcher, origin: string): boolean {
  if (matcher.exact[origin] !== undefined) return true;
  if (!matcher.needsParse) return false;
  // The tables are probed with the parts as cut, unchecked; only a value that a rule would allow has its
  // bytes checked, so a denied origin costs a few lookups instead of a parse.
  const parts = cutOrigin(origin);
  if (parts === undefined) return false;
  if (matcher.hasAnyPort && matcher.anyPort[`${parts.scheme}://${parts.host}`] === true) return isSerializedOrigin(parts);
  if (!matcher.hasSubdomainRules || parts.host.charCodeAt(0) === 91) return false;
  // A suffix starts at a dot that has at least one label before it, so ".example.com" matches
  // "a.example.com" and "a.b.example.com" but never "example.com" or "evilexample.com".
  let dot = parts.host.indexOf(".");
  while (dot > 0) {
    const rules = matcher.subdomainRules[parts.host.substring(dot)];
    if (rules !== undefined) {
      for (const rule of rules) {
        if (ruleAllows(rule, parts.scheme, parts.port)) return isSerializedSubdomain(parts, dot);
      }
    }
    dot = parts.host.indexOf(".", dot + 1);
  }
  return false;
}
