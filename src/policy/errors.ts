// One error format for every refused policy: `cors: <subject> "<value>" <problem>[: <hint>]`.
// A policy is validated as a whole and every mistake is reported, so an operator fixes them in one go.

/** What a mistake is about. */
export type ErrorSubject = "option" | "origin" | "origins file" | "method" | "header" | "expose header" | "max-age" | "preflight" | "policy" | "converter" | "converter argument" | "map file" | "origins map" | "public suffix list" | "rule";

/** The closed set of problems a policy can have (the README lists them with examples). */
export const Problem = {
  unknownOption: "is not an option",
  duplicateOption: "is given more than once",
  emptyValue: "has no value",
  unexpectedValue: "takes no value",
  missingOrigins: "has no origins= option",
  noScheme: "has no scheme",
  hasPath: "has a path",
  notAnOrigin: "is not an origin",
  uppercase: "has uppercase letters",
  defaultPort: "has the scheme's default port",
  badPort: "has an invalid port",
  badHost: "has an invalid host",
  nonAsciiHost: "has a non-ASCII host",
  nullOrigin: "is never safe to allow",
  publicSuffix: "covers a public suffix",
  wildcardMisplaced: "has a wildcard that is not a leading \"*.\" label",
  wildcardMixed: "cannot be combined with other origins",
  wildcardWithCredentials: "cannot be combined with credentials",
  malformedToken: "is not a valid token",
  forbiddenMethod: "is forbidden by the Fetch standard",
  maxAgeRange: "is not a whole number from 0 to 86400",
  preflightMode: "is not answer or forward",
  unreadableFile: "cannot be read",
  nestedFile: "names a file inside an origins file",
  notSuffixList: "is not a Public Suffix List",
  converterArity: "does not take the policy's arguments",
  converterInput: "is not no-origin or map=<file>",
  mapNotRead: "is not read by any map_str() of the configuration",
  mapNotEmpty: "is not empty",
  mapShared: "is filled by two different policies",
  mapSpelling: "is not written as an origins map writes it",
  mapInFile: "names a map inside an origins file",
  mapPatternDepth: "names too deep a domain for an origins map",
  mapNoName: "names no map",
  moreMapKeys: "has more keys that are not valid",
  afterResponseUnguarded: "would run on the preflights HAProxy answers, whose response HAProxy 2.9 to 3.2 then lose",
  notCounted: "is not counted for the metrics service",
} as const;

export type ProblemText = (typeof Problem)[keyof typeof Problem];

export interface PolicyError {
  readonly subject: ErrorSubject;
  readonly value: string;
  readonly problem: ProblemText;
  /** Text after the colon: a suggested fix (`did you mean "..."?`) or what to do instead. */
  readonly hint?: string;
}

const MAX_QUOTED = 120;

/**
 * Quotes a configuration value for a message: printable ASCII as is, everything else as `\xHH`, long values
 * shortened, so a message never carries control characters into a log or a terminal.
 */
export function quote(value: string): string {
  const end = value.length < MAX_QUOTED ? value.length : MAX_QUOTED;
  const shown = printable(value.substring(0, end), true);
  return `"${shown}${end < value.length ? "..." : ""}"`;
}

/** Printable ASCII as is, other bytes as `\xHH`; with `inQuotes`, `"` and `\` escaped too. */
function printable(value: string, inQuotes: boolean): string {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (inQuotes && (code === 34 || code === 92)) {
      out += "\\" + String.fromCharCode(code);
    } else if (code >= 32 && code < 127) {
      out += String.fromCharCode(code);
    } else {
      out += "\\x" + hexByte(code);
    }
  }
  return out;
}

const HEX = "0123456789abcdef";

function hexByte(code: number): string {
  const byte = code > 255 ? 63 : code; // a UTF-16 unit above a byte (Node only) shows as "?"
  const high = Math.floor(byte / 16);
  return HEX.substring(high, high + 1) + HEX.substring(byte % 16, (byte % 16) + 1);
}

export function didYouMean(fix: string): string {
  return `did you mean ${quote(fix)}?`;
}

export function formatPolicyError(error: PolicyError): string {
  // A hint may carry text from outside (a file's path in an I/O error): it is made printable too.
  const hint = error.hint === undefined ? "" : `: ${printable(error.hint, false)}`;
  return `cors: ${error.subject} ${quote(error.value)} ${error.problem}${hint}`;
}

/** All errors of a policy in one message, one per line, so they can be raised as a single Lua error. */
export function formatPolicyErrors(errors: readonly PolicyError[]): string {
  const lines: string[] = [];
  for (const error of errors) lines.push(formatPolicyError(error));
  return lines.join("\n");
}
