// The Public Suffix List (https://publicsuffix.org/list/): the names under which anyone can register a
// domain (its ICANN section: com, co.uk) or create a site (its private section, where companies list
// their hosting suffixes: github.io, vercel.app). A subdomain pattern over such a name lets strangers'
// pages in, so the policy checks its patterns against the list (policy.ts) when it is compiled, never
// per request.
//
// Matching follows the list's algorithm (https://github.com/publicsuffix/list/wiki/Format#algorithm):
// plain rules, "*." wildcard rules and "!" exception rules, exceptions first. One departure, on purpose:
// its implicit rule "*" (every unlisted top-level domain is a public suffix) is not applied. The list
// names every top-level domain of the DNS root as of its date, so an unlisted one is a private-use name
// (internal, corp, lan, local, test, localhost, ...): nobody can register under it on the Internet, and
// intranets put their sites there.

import { isWhiteSpace } from "./chars";
import { asciiNameOf } from "./punycode";
import { isHostName } from "./origin";
import { PolicyError, Problem, quote } from "./errors";

export type SuffixSection = "ICANN" | "private";

export interface PublicSuffixList {
  /** Where the rules came from: a file's path, or the built-in copy and its date. */
  readonly source: string;
  /** Every rule as the list writes it ("com", "*.ck", "!www.ck"), in ASCII, with its section. */
  readonly rules: ReadonlyMap<string, SuffixSection>;
  /** For a name with rules beneath it (not exceptions), the first such rule, an ICANN one if any. */
  readonly beneath: ReadonlyMap<string, string>;
}

/** A public suffix a subdomain pattern's base is, or has beneath it. */
export interface CoveredSuffix {
  /** The name, or for a rule beneath the base, the rule as the list writes it ("*.compute.amazonaws.com"). */
  readonly suffix: string;
  readonly section: SuffixSection;
  /** True when the base itself is the public suffix; false when the suffix is beneath it. */
  readonly isBase: boolean;
}

const ICANN_BEGIN = "===BEGIN ICANN DOMAINS===";
const PRIVATE_BEGIN = "===BEGIN PRIVATE DOMAINS===";

/** Collects rules into the two lookups of a PublicSuffixList. */
class RuleSet {
  readonly rules = new Map<string, SuffixSection>();
  readonly beneath = new Map<string, string>();

  add(rule: string, section: SuffixSection): void {
    if (this.rules.has(rule)) return;
    this.rules.set(rule, section);
    if (rule.indexOf("!") === 0) return; // an exception frees a name, it puts no suffix beneath its parents
    let dot = rule.indexOf(".");
    while (dot >= 0) {
      const parent = rule.substring(dot + 1);
      const known = this.beneath.get(parent);
      if (known === undefined || (section === "ICANN" && this.rules.get(known) === "private")) this.beneath.set(parent, rule);
      dot = rule.indexOf(".", dot + 1);
    }
  }
}

/**
 * Reads the list's text (UTF-8 as bytes, one character per byte, as Lua reads files): one rule per line,
 * up to the first white space; "//" starts a comment; the section markers are comments. A rule in
 * Unicode is kept in its ASCII form; a line that is no host name once converted is skipped. Undefined
 * when the text has no ICANN section: it is not the list.
 */
export function parsePublicSuffixList(text: string, source: string): PublicSuffixList | undefined {
  const set = new RuleSet();
  let sawIcann = false;
  // Rules before any marker count as ICANN, the section whose suffixes a policy never covers.
  let section: SuffixSection = "ICANN";
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    // Cut at the line's end first, so that the searches below stay within the line.
    const line = trimStart(text.substring(start, end));
    start = end + 1;
    if (line.indexOf("//") === 0) {
      if (line.indexOf(ICANN_BEGIN) >= 0) {
        section = "ICANN";
        sawIcann = true;
      } else if (line.indexOf(PRIVATE_BEGIN) >= 0) {
        section = "private";
      }
      continue;
    }
    const word = line.substring(0, firstBlank(line));
    const prefix = word.indexOf("!") === 0 ? "!" : word.indexOf("*.") === 0 ? "*." : "";
    let name: string | undefined = word.substring(prefix.length);
    // Most rules are ASCII host names already: they are checked once; the others converted, then checked.
    if (!isHostName(name)) {
      name = asciiNameOf(name);
      if (name === undefined || !isHostName(name)) continue;
    }
    set.add(prefix + name, section);
  }
  return sawIcann ? { source, rules: set.rules, beneath: set.beneath } : undefined;
}

function trimStart(line: string): string {
  let first = 0;
  while (first < line.length && isWhiteSpace(line.charCodeAt(first))) first++;
  return first === 0 ? line : line.substring(first);
}

/** Where a rule's word ends: "Each line is only read up to the first whitespace" (the list's format). */
function firstBlank(line: string): number {
  let end = line.length;
  for (const blank of [" ", "\t", "\r"]) {
    const at = line.indexOf(blank);
    if (at >= 0 && at < end) end = at;
  }
  return end;
}

/**
 * Reads the compact form of the built-in copy (generated by scripts/publicSuffixData.ts): groups
 * "<parent>:<label>,<label>,..." separated by ";", each label a rule's first label ("*" and "!" kept),
 * the top-level rules under an empty parent. Already ASCII and checked when generated.
 */
export function parseCompactRules(icann: string, privateRules: string, source: string): PublicSuffixList {
  const set = new RuleSet();
  addCompact(set, icann, "ICANN");
  addCompact(set, privateRules, "private");
  return { source, rules: set.rules, beneath: set.beneath };
}

function addCompact(set: RuleSet, groups: string, section: SuffixSection): void {
  let start = 0;
  while (start < groups.length) {
    let end = groups.indexOf(";", start);
    if (end < 0) end = groups.length;
    const colon = groups.indexOf(":", start);
    const parent = groups.substring(start, colon);
    let label = colon + 1;
    while (label < end) {
      let comma = groups.indexOf(",", label);
      if (comma < 0 || comma > end) comma = end;
      const first = groups.substring(label, comma);
      set.add(parent.length > 0 ? first + "." + parent : first, section);
      label = comma + 1;
    }
    start = end + 1;
  }
}

/**
 * The public suffix that a pattern over every subdomain of `base` covers: `base` itself when the list
 * makes it a public suffix, or else a rule beneath it (a site under "x.s3.amazonaws.com" is also under
 * "amazonaws.com"). Undefined when strangers cannot put a site under `base` (a registrable domain such as
 * example.co.uk or myteam.github.io, or a private-use name).
 */
export function coveredPublicSuffix(list: PublicSuffixList, base: string): CoveredSuffix | undefined {
  if (!list.rules.has("!" + base)) {
    const plain = list.rules.get(base);
    if (plain !== undefined) return { suffix: base, section: plain, isBase: true };
    const dot = base.indexOf(".");
    const wildcard = dot < 0 ? undefined : list.rules.get("*." + base.substring(dot + 1));
    if (wildcard !== undefined) return { suffix: base, section: wildcard, isBase: true };
  }
  const under = list.beneath.get(base);
  if (under === undefined) return undefined;
  const section = list.rules.get(under);
  return { suffix: under, section: section === undefined ? "ICANN" : section, isBase: false };
}

/**
 * Refuses a subdomain pattern that lets in sites strangers can create: one over a whole ICANN suffix
 * (`.com`, `https://*.co.uk`: surely a mistake, credentials or not), and with credentials one over a
 * suffix of the list's private section too (`https://*.github.io`: any GitHub Pages site would read the
 * responses with the user's cookies). Without credentials a private-section suffix is allowed: it lets in
 * fewer origins than `*`, which exposes the same responses to every origin (README, "Public suffixes").
 */
export function suffixRefusal(entry: string, covered: CoveredSuffix, credentials: boolean): PolicyError | undefined {
  if (covered.section === "private" && !credentials) return undefined;
  const wildcard = covered.suffix.indexOf("*.") === 0;
  let hint = wildcard
    ? `the names ${quote(covered.suffix)} are public suffixes: anyone can create a site under them; list the sites`
    : `${quote(covered.suffix)} is a public suffix: anyone can create a site under it; list the sites`;
  if (covered.isBase) {
    // The same pattern one label lower, as the operator wrote it (drop-in ".co.uk", extended "*.co.uk").
    const star = entry.indexOf("*.");
    const at = star >= 0 ? star + 2 : entry.indexOf(".") + 1;
    hint += `, or use a registrable domain such as ${quote(entry.substring(0, at) + "example." + entry.substring(at))}`;
  }
  return { subject: "origin", value: entry, problem: Problem.publicSuffix, hint };
}
