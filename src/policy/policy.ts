// A policy: what the operator wrote, validated. Two spellings produce the same Policy:
//   drop-in   http-request lua.cors "<methods>" "<origins>" "<headers>"   (haproxytech/haproxy-lua-cors)
//   extended  http-request lua.cors-policy "origins=... methods=... headers=... expose=... credentials ..."
// Every mistake is collected, none stops the others from being found.

import { isToken, splitList, splitOnWhiteSpace, splitWords } from "./chars";
import { ErrorSubject, PolicyError, Problem, quote } from "./errors";
import { OriginPattern, parseOriginPattern, PatternSyntax } from "./origin";
import { forEachMapKey, KeyJudge, MAP_ENTRY_PREFIX } from "./originMaps";
import { BUILT_IN_SUFFIXES, SuffixListSource } from "./publicSuffixSource";

export type PolicyForm = "drop-in" | "extended";

/** A list option: either the wildcard or the names as written (methods normalized, see below). */
export type NameList = { readonly any: true; readonly names: readonly string[] } | { readonly any: false; readonly names: readonly string[] };

export interface Policy {
  readonly form: PolicyForm;
  /** `*`: every origin. */
  readonly anyOrigin: boolean;
  readonly origins: readonly OriginPattern[];
  /** The files of the maps whose keys are allowed origins too (`map:<file>`, originMaps.ts). */
  readonly originMaps: readonly string[];
  readonly methods: NameList;
  /** Request headers a preflight may ask for; with `any`, `names` holds the ones also named (Authorization). */
  readonly headers: NameList;
  readonly expose: NameList;
  readonly credentials: boolean;
  /** Seconds, as written; undefined omits Access-Control-Max-Age. */
  readonly maxAge: string | undefined;
  /** "answer": HAProxy answers preflights itself; "forward": the backend answers and the reply is decorated. */
  readonly preflight: "answer" | "forward";
}

export type PolicyResult = { readonly ok: true; readonly policy: Policy } | { readonly ok: false; readonly errors: readonly PolicyError[] };

/** What the predecessor sent on every allowed preflight, kept for the drop-in form. */
export const DROP_IN_MAX_AGE = "600";
export const MAX_MAX_AGE = 86400;

/**
 * The Fetch standard's "normalize a method": these six names are upper-cased by browsers, so the policy
 * upper-cases them too ("get,put" keeps working); every other method is compared byte for byte.
 */
const NORMALIZED_METHODS = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];
/** The Fetch standard's forbidden methods: a browser never sends them, allowing them is a mistake. */
const FORBIDDEN_METHODS = ["CONNECT", "TRACE", "TRACK"];

export function normalizeMethod(method: string): string {
  const upper = method.toUpperCase();
  return NORMALIZED_METHODS.indexOf(upper) >= 0 ? upper : method;
}

function parseMethods(value: string, errors: PolicyError[]): NameList {
  const names: string[] = [];
  let any = false;
  for (const item of splitList(value)) {
    if (item === "*") {
      any = true;
    } else if (!isToken(item)) {
      errors.push({ subject: "method", value: item, problem: Problem.malformedToken });
    } else if (FORBIDDEN_METHODS.indexOf(item.toUpperCase()) >= 0) {
      errors.push({ subject: "method", value: item, problem: Problem.forbiddenMethod });
    } else {
      const method = normalizeMethod(item);
      if (names.indexOf(method) < 0) names.push(method);
    }
  }
  return { any, names };
}

/** Header names are case-insensitive: kept as written for the response, compared lower-cased. */
function parseHeaderNames(value: string, subject: ErrorSubject, errors: PolicyError[]): NameList {
  const names: string[] = [];
  const seen: string[] = [];
  let any = false;
  for (const item of splitList(value)) {
    if (item === "*") {
      any = true;
    } else if (!isToken(item)) {
      errors.push({ subject, value: item, problem: Problem.malformedToken });
    } else if (seen.indexOf(item.toLowerCase()) < 0) {
      seen.push(item.toLowerCase());
      names.push(item);
    }
  }
  return { any, names };
}

/**
 * Reads a file (an origins file for an `@<path>` entry; for the configuration check, haproxy.cfg and
 * maps): its text, or why it cannot be read. The policy does no I/O itself; the runtime glue reads with
 * Lua's io library (runtime/files.ts), the tests with Node's fs. The module's one file-reader type.
 */
export type ReadFile = (path: string) => { readonly text: string } | { readonly error: string };

const NO_FILES: ReadFile = () => ({ error: "files are not read here" });

/**
 * The entries of an origins file: one or more per line, separated by commas or white space; `#` starts
 * a comment that runs to the end of the line.
 */
export function originsFileEntries(text: string): string[] {
  const entries: string[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    let line = text.substring(start, end);
    const hash = line.indexOf("#");
    if (hash >= 0) line = line.substring(0, hash);
    for (const item of splitWords(line)) entries.push(item);
    start = end + 1;
  }
  return entries;
}

/**
 * The origins map files already checked, for the same form and credentials: the runtime remembers them for
 * the whole process, so that each Lua state of lua-load-per-thread does not check the same 100,000 keys
 * again (runtime/configCheck.ts). By default, none.
 */
export interface CheckedMaps {
  has(this: void, key: string): boolean;
  add(this: void, key: string): void;
}

const NOTHING_CHECKED: CheckedMaps = { has: () => false, add: () => undefined };

/** How many bad keys of one map file are listed; the rest are counted. */
const MAP_ERRORS_SHOWN = 10;

/**
 * Checks every key of an origins map file as the request path will judge it (originMaps.ts), so that the
 * configuration check refuses a bad key where it is written.
 */
function checkMapFile(name: string, judge: KeyJudge, errors: PolicyError[], readFile: ReadFile, checked: CheckedMaps, memo: string): void {
  if (checked.has(memo)) return;
  const file = readFile(name);
  if ("error" in file) {
    errors.push({ subject: "origins map", value: name, problem: Problem.unreadableFile, hint: file.error });
    return;
  }
  let bad = 0;
  forEachMapKey(file.text, (key, line) => {
    const verdict = judge.judge(key);
    if (!("error" in verdict)) return;
    bad++;
    const where = `${name}:${line}`;
    if (bad <= MAP_ERRORS_SHOWN) errors.push({ ...verdict.error, hint: verdict.error.hint === undefined ? where : `${where}, ${verdict.error.hint}` });
  });
  if (bad > MAP_ERRORS_SHOWN) errors.push({ subject: "origins map", value: name, problem: Problem.moreMapKeys, hint: `${bad - MAP_ERRORS_SHOWN} more` });
  if (bad === 0) checked.add(memo);
}

function parseOrigins(
  value: string,
  syntax: PatternSyntax,
  credentials: boolean,
  errors: PolicyError[],
  readFile: ReadFile,
  suffixes: SuffixListSource,
  checked: CheckedMaps,
): { any: boolean; patterns: OriginPattern[]; maps: string[] } {
  const patterns: OriginPattern[] = [];
  const maps: string[] = [];
  let any = false;
  const written = splitList(value);
  const entries: string[] = [];
  for (const entry of written) {
    if (entry.indexOf(MAP_ENTRY_PREFIX) === 0) {
      const name = entry.substring(MAP_ENTRY_PREFIX.length);
      if (name.length === 0) errors.push({ subject: "origin", value: entry, problem: Problem.mapNoName, hint: `write ${MAP_ENTRY_PREFIX}<file>` });
      else if (maps.indexOf(name) < 0) maps.push(name);
      continue;
    }
    if (entry.indexOf("@") !== 0) {
      entries.push(entry);
      continue;
    }
    // A long list lives in a file, so that the rule's argument, which HAProxy hands the action on
    // every request, stays short whatever the number of origins.
    const file = readFile(entry.substring(1));
    if ("error" in file) {
      errors.push({ subject: "origins file", value: entry.substring(1), problem: Problem.unreadableFile, hint: file.error });
      continue;
    }
    for (const item of originsFileEntries(file.text)) {
      if (item.indexOf("@") === 0) errors.push({ subject: "origin", value: item, problem: Problem.nestedFile });
      else if (item.indexOf(MAP_ENTRY_PREFIX) === 0) errors.push({ subject: "origin", value: item, problem: Problem.mapInFile });
      else entries.push(item);
    }
  }
  const judge = new KeyJudge(syntax, credentials, suffixes);
  for (const name of maps) checkMapFile(name, judge, errors, readFile, checked, `${syntax} ${credentials ? "credentials" : "-"} ${name}`);
  // The Public Suffix List is read only for a policy with a subdomain pattern, once (KeyJudge).
  for (const entry of entries) {
    if (entry === "*") {
      any = true;
      continue;
    }
    const result = parseOriginPattern(entry, syntax);
    if ("error" in result) {
      errors.push(result.error);
      continue;
    }
    patterns.push(result.pattern);
    if (!result.pattern.subdomains) continue;
    // (A list that cannot be read gives the same error for each pattern: it is reported once.)
    const refusal = judge.suffixError(entry, result.pattern.host);
    if (refusal !== undefined && errors.indexOf(refusal) < 0) errors.push(refusal);
  }
  // The predecessor let "*" anywhere in the list allow everything; the extended form asks for it alone.
  if (any && syntax === "extended" && entries.length + maps.length > 1) {
    errors.push({ subject: "origin", value: "*", problem: Problem.wildcardMixed });
  }
  return { any, patterns, maps };
}

/** The drop-in form: the predecessor's three arguments. Preflights carry Access-Control-Max-Age: 600. */
export function parseDropInPolicy(
  methods: string,
  origins: string,
  headers: string,
  readFile: ReadFile = NO_FILES,
  suffixes: SuffixListSource = BUILT_IN_SUFFIXES,
  checked: CheckedMaps = NOTHING_CHECKED,
): PolicyResult {
  const errors: PolicyError[] = [];
  const parsedMethods = parseMethods(methods, errors);
  const parsedOrigins = parseOrigins(origins, "drop-in", false, errors, readFile, suffixes, checked);
  const parsedHeaders = parseHeaderNames(headers, "header", errors);
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    policy: {
      form: "drop-in",
      anyOrigin: parsedOrigins.any,
      origins: parsedOrigins.patterns,
      originMaps: parsedOrigins.maps,
      methods: parsedMethods,
      headers: parsedHeaders,
      expose: { any: false, names: [] },
      credentials: false,
      maxAge: DROP_IN_MAX_AGE,
      preflight: "answer",
    },
  };
}

const OPTION_NAMES = ["origins", "methods", "headers", "expose", "credentials", "max-age", "preflight"];

function parseMaxAge(value: string, errors: PolicyError[]): string | undefined {
  let digits = value.length > 0 && value.length <= 5;
  for (let i = 0; i < value.length && digits; i++) {
    const code = value.charCodeAt(i);
    digits = code >= 48 && code <= 57;
  }
  if (!digits || (value.length > 1 && value.charCodeAt(0) === 48) || Number(value) > MAX_MAX_AGE) {
    errors.push({ subject: "max-age", value, problem: Problem.maxAgeRange });
    return undefined;
  }
  return value;
}

/** The extended form: one argument of space-separated `name=value` options and the flag `credentials`. */
export function parseExtendedPolicy(text: string, readFile: ReadFile = NO_FILES, suffixes: SuffixListSource = BUILT_IN_SUFFIXES, checked: CheckedMaps = NOTHING_CHECKED): PolicyResult {
  const errors: PolicyError[] = [];
  const given = new Map<string, string>();
  let originsWritten = false;
  for (const option of splitOnWhiteSpace(text)) {
    const equals = option.indexOf("=");
    const name = equals < 0 ? option : option.substring(0, equals);
    const value = equals < 0 ? undefined : option.substring(equals + 1);
    if (name === "origins") originsWritten = true;
    if (OPTION_NAMES.indexOf(name) < 0) {
      errors.push({ subject: "option", value: option, problem: Problem.unknownOption, hint: `the options are ${OPTION_NAMES.join(", ")}` });
    } else if (given.has(name)) {
      errors.push({ subject: "option", value: name, problem: Problem.duplicateOption });
    } else if (name === "credentials" && value !== undefined) {
      errors.push({ subject: "option", value: option, problem: Problem.unexpectedValue, hint: "write credentials alone" });
    } else if (name !== "credentials" && (value === undefined || value.length === 0)) {
      errors.push({ subject: "option", value: option, problem: Problem.emptyValue });
    } else {
      given.set(name, value === undefined ? "" : value);
    }
  }

  if (!originsWritten) {
    errors.push({ subject: "policy", value: text, problem: Problem.missingOrigins, hint: `e.g. ${quote("origins=https://app.example.com")}` });
  }
  // A list option given a value of only commas and spaces says nothing: refused like an empty one.
  for (const name of ["origins", "methods", "headers", "expose"]) {
    const value = given.get(name);
    if (value !== undefined && splitList(value).length === 0) {
      errors.push({ subject: "option", value: `${name}=${value}`, problem: Problem.emptyValue });
      given.delete(name);
    }
  }
  const credentials = given.has("credentials");
  const originsText = given.get("origins");
  const origins = parseOrigins(originsText === undefined ? "" : originsText, "extended", credentials, errors, readFile, suffixes, checked);
  const methodsText = given.get("methods");
  const methods = parseMethods(methodsText === undefined ? "GET,HEAD,POST" : methodsText, errors);
  const headersText = given.get("headers");
  const headers = parseHeaderNames(headersText === undefined ? "" : headersText, "header", errors);
  const exposeText = given.get("expose");
  const expose = parseHeaderNames(exposeText === undefined ? "" : exposeText, "expose header", errors);
  const maxAgeText = given.get("max-age");
  const maxAge = maxAgeText === undefined ? undefined : parseMaxAge(maxAgeText, errors);
  const preflightText = given.get("preflight");
  if (preflightText !== undefined && preflightText !== "answer" && preflightText !== "forward") {
    errors.push({ subject: "preflight", value: preflightText, problem: Problem.preflightMode });
  }

  // With credentials a browser reads "*" literally (Fetch standard, CORS check and
  // Access-Control-Expose-Headers), so a policy that says "*" would not do what it says.
  if (credentials && origins.any) {
    errors.push({ subject: "origin", value: "*", problem: Problem.wildcardWithCredentials, hint: "list the origins that may send credentials" });
  }
  if (credentials && expose.any) {
    errors.push({ subject: "expose header", value: "*", problem: Problem.wildcardWithCredentials, hint: "name the headers to expose" });
  }

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    policy: {
      form: "extended",
      anyOrigin: origins.any,
      origins: origins.patterns,
      originMaps: origins.maps,
      methods,
      headers,
      expose,
      credentials,
      maxAge,
      preflight: preflightText === "forward" ? "forward" : "answer",
    },
  };
}
