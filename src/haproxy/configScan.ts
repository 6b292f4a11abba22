// Finding the module's rules in haproxy.cfg text, so that a bad policy fails `haproxy -c`.
//
// HAProxy hands an action its arguments only when a request runs it, and `register_init` does not run
// under `-c`; the file's main chunk does. So the main chunk reads the configuration files itself and
// validates every `http-request lua.cors ...` / `lua.cors-policy ...` line it finds. Words are split as
// HAProxy's own parser splits them (configuration manual, 2.2 and 2.3): quotes, backslash escapes, `#`
// comments and environment variables in double quotes. Conditional blocks (`.if`) are not evaluated:
// every branch is checked.

import { isOws } from "../policy/chars";
import { ARGUMENT_COUNT, PolicyAction } from "./actionArguments";
import { PolicyError, Problem } from "../policy/errors";
import { ANSWERED_VAR, EDIT_VAR } from "./variables";

export interface CorsRule {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The action (or the converter of the same name, converters/scan.ts), and the policy's arguments. */
  readonly action: PolicyAction;
  readonly args: readonly string[];
}

export type EnvLookup = (name: string) => string | undefined;

function isNameChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

const ESCAPES: { readonly [char: string]: string } = { " ": " ", "\\": "\\", "#": "#", "'": "'", '"': '"', r: "\r", n: "\n", t: "\t", $: "$" };

function parseHexByte(text: string): number | undefined {
  if (text.length !== 2) return undefined;
  let value = 0;
  for (let i = 0; i < 2; i++) {
    const code = text.charCodeAt(i);
    let digit: number;
    if (code >= 48 && code <= 57) digit = code - 48;
    else if (code >= 97 && code <= 102) digit = code - 87;
    else if (code >= 65 && code <= 70) digit = code - 55;
    else return undefined;
    value = value * 16 + digit;
  }
  return value;
}

/** Splits one configuration line into words; returns undefined for an unterminated quote. */
export function splitConfigLine(line: string, env: EnvLookup): string[] | undefined {
  const words: string[] = [];
  // The word is collected in pieces and joined once: appending to a string would copy it every time,
  // which a 275 KB policy line makes quadratic.
  let word: string[] = [];
  let inWord = false;
  let quote = 0; // 0, 34 ("), 39 (')
  let i = 0;
  while (i < line.length) {
    const code = line.charCodeAt(i);
    const char = line.substring(i, i + 1);
    if (quote === 39) {
      if (code === 39) quote = 0;
      else word.push(char);
      i++;
      continue;
    }
    if (code === 92 && i + 1 < line.length) {
      const next = line.substring(i + 1, i + 2);
      const escaped = ESCAPES[next];
      if (escaped !== undefined) {
        word.push(escaped);
        inWord = true;
        i += 2;
        continue;
      }
      const byte = next === "x" ? parseHexByte(line.substring(i + 2, i + 4)) : undefined;
      if (byte !== undefined) {
        word.push(String.fromCharCode(byte));
        inWord = true;
        i += 4;
        continue;
      }
      word.push(char);
      inWord = true;
      i++;
      continue;
    }
    // Environment variables are expanded inside double quotes only (configuration manual, 2.3).
    if (code === 36 && quote === 34) {
      const expansion = expandVariable(line, i, env);
      if (expansion !== undefined) {
        word.push(expansion.value);
        inWord = true;
        i = expansion.end;
        continue;
      }
    }
    if (quote === 34) {
      if (code === 34) quote = 0;
      else word.push(char);
      i++;
      continue;
    }
    if (code === 34 || code === 39) {
      quote = code;
      inWord = true;
    } else if (code === 35) {
      break;
    } else if (isOws(code)) {
      if (inWord) words.push(word.join(""));
      word = [];
      inWord = false;
    } else {
      word.push(char);
      inWord = true;
    }
    i++;
  }
  if (quote !== 0) return undefined;
  if (inWord) words.push(word.join(""));
  return words;
}

/** `$NAME`, `${NAME}` and `${NAME-default}` at `start`; undefined when there is no variable there. */
function expandVariable(line: string, start: number, env: EnvLookup): { value: string; end: number } | undefined {
  if (line.charCodeAt(start + 1) === 123) {
    const close = line.indexOf("}", start + 2);
    if (close < 0) return undefined;
    const body = line.substring(start + 2, close);
    const dash = body.indexOf("-");
    const name = dash < 0 ? body : body.substring(0, dash);
    const value = env(name);
    return { value: value === undefined ? (dash < 0 ? "" : body.substring(dash + 1)) : value, end: close + 1 };
  }
  let end = start + 1;
  while (end < line.length && isNameChar(line.charCodeAt(end))) end++;
  if (end === start + 1) return undefined;
  const value = env(line.substring(start + 1, end));
  return { value: value === undefined ? "" : value, end };
}

/**
 * The argument list of a converter call whose "(" is at `open`, split as HAProxy splits it: commas
 * between arguments, single or double quotes around one, a backslash taking the next character as is.
 * Undefined when the list is not closed.
 */
export function converterArguments(word: string, open: number): string[] | undefined {
  const args: string[] = [];
  let arg: string[] = [];
  let quote = 0;
  for (let i = open + 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code === 92 && i + 1 < word.length) {
      arg.push(word.substring(i + 1, i + 2));
      i++;
    } else if (quote !== 0) {
      if (code === quote) quote = 0;
      else arg.push(word.substring(i, i + 1));
    } else if (code === 39 || code === 34) {
      quote = code;
    } else if (code === 44) {
      args.push(arg.join(""));
      arg = [];
    } else if (code === 41) {
      args.push(arg.join(""));
      return args;
    } else {
      arg.push(word.substring(i, i + 1));
    }
  }
  return undefined;
}

/** Calls each configuration line (CR stripped) with its 1-based number. */
export function forEachLine(text: string, visit: (line: string, lineNumber: number) => void): void {
  let lineNumber = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf("\n", start);
    if (end < 0) end = text.length;
    lineNumber++;
    let line = text.substring(start, end);
    if (line.length > 0 && line.charCodeAt(line.length - 1) === 13) line = line.substring(0, line.length - 1);
    start = end + 1;
    visit(line, lineNumber);
  }
}

/**
 * Every `http-request lua.cors` and `http-request lua.cors-policy` rule of a configuration file (the calls
 * of the converters of the same names are found by converters/scan.ts).
 */
export function findCorsRules(text: string, env: EnvLookup): CorsRule[] {
  const rules: CorsRule[] = [];
  forEachLine(text, (line, lineNumber) => {
    if (line.indexOf("lua.cors") < 0) return;
    const words = splitConfigLine(line, env);
    if (words === undefined || words.length < 2 || words[0] !== "http-request") return;
    const action = words[1] === "lua.cors" ? "cors" : words[1] === "lua.cors-policy" ? "cors-policy" : undefined;
    if (action === undefined) return;
    const count = ARGUMENT_COUNT[action];
    if (words.length < 2 + count) return; // HAProxy itself refuses a rule with missing arguments
    rules.push({ line: lineNumber, action, args: words.slice(2, 2 + count) });
  });
  return rules;
}

/** The sections whose rules apply to HTTP transactions (the others hold no http-* rule). */
const PROXY_SECTIONS: readonly string[] = ["global", "defaults", "frontend", "backend", "listen"];

/** A section of a configuration file that may hold the module's rules. */
export interface Section {
  /** global, defaults, frontend, backend or listen. */
  readonly kind: string;
  /** Its name ("" for global and an unnamed defaults). */
  readonly name: string;
  /** 1-based line of its keyword. */
  readonly line: number;
  /**
   * Its rules read `txn.cors_edit` (the converter configuration, or the actions' native response rules of
   * HAProxy 2.2 to 2.8): its request action records its decisions there too, and its response action
   * removes the record once it has applied the decision (converters/rules.ts, RESPONSE_RULES).
   */
  readonly readsRecord: boolean;
}

/** The proxy sections of a configuration file, in order. */
export function scanSections(text: string, env: EnvLookup): Section[] {
  const sections: { kind: string; name: string; line: number; readsRecord: boolean }[] = [];
  forEachLine(text, (line, lineNumber) => {
    let i = 0;
    while (i < line.length && isOws(line.charCodeAt(i))) i++;
    let end = i;
    while (end < line.length && !isOws(line.charCodeAt(end))) end++;
    if (PROXY_SECTIONS.indexOf(line.substring(i, end)) >= 0) {
      const words = splitConfigLine(line, env);
      sections.push({ kind: line.substring(i, end), name: words !== undefined && words.length > 1 ? words[1] : "", line: lineNumber, readsRecord: false });
      return;
    }
    if (sections.length === 0 || line.indexOf(EDIT_VAR) < 0) return;
    const words = splitConfigLine(line, env);
    if (words !== undefined && words.join(" ").indexOf(EDIT_VAR) >= 0) sections[sections.length - 1].readsRecord = true;
  });
  return sections;
}

/** The section a line of the file belongs to, if any. */
export function sectionAt(sections: readonly Section[], line: number): Section | undefined {
  let index = sections.length - 1;
  while (index >= 0 && sections[index].line > line) index--;
  return index >= 0 ? sections[index] : undefined;
}

/** True when a line of the configuration (not a comment) names the variable, e.g. a rule that sets it. */
export function namesVariable(text: string, env: EnvLookup, variable: string): boolean {
  let found = false;
  forEachLine(text, (line) => {
    if (found || line.indexOf(variable) < 0) return;
    const words = splitConfigLine(line, env);
    found = words !== undefined && words.join(" ").indexOf(variable) >= 0;
  });
  return found;
}

/**
 * The addresses of the runtime API (`stats socket <address>` in the global section), as a Lua socket
 * connects to them: a path or `unix@<path>`, `ipv4@<host>:<port>` or `<host>:<port>` (an address on
 * every interface, `*:<port>` or `:<port>`, is reached on 127.0.0.1), `abns@<name>`. `fd@` is left out.
 */
export function findStatsSockets(text: string, env: EnvLookup): string[] {
  const addresses: string[] = [];
  forEachLine(text, (line) => {
    if (line.indexOf("socket") < 0) return;
    const words = splitConfigLine(line, env);
    if (words === undefined || words.length < 3 || words[0] !== "stats" || words[1] !== "socket") return;
    const address = words[2];
    if (address.indexOf("fd@") === 0) return;
    if (address.indexOf("*:") === 0) addresses.push("127.0.0.1" + address.substring(1));
    else if (address.indexOf(":") === 0) addresses.push("127.0.0.1" + address);
    else addresses.push(address);
  });
  return addresses;
}

/** True when a rule of the configuration uses the Lua service `lua.<service>` (`use-service lua.<service>`). */
export function usesLuaService(text: string, env: EnvLookup, service: string): boolean {
  let found = false;
  const word = `lua.${service}`;
  forEachLine(text, (line) => {
    if (found || line.indexOf(word) < 0) return;
    const words = splitConfigLine(line, env);
    if (words === undefined) return;
    const at = words.indexOf("use-service");
    found = at >= 0 && words[at + 1] === word;
  });
  return found;
}

/** The guard an `http-after-response lua.cors` rule needs (converters/rules.ts, AFTER_RESPONSE_RULE). */
export const AFTER_RESPONSE_GUARD = `unless { var(${ANSWERED_VAR}) -m found }`;

/**
 * The lines of `http-after-response lua.cors` rules with no condition. HAProxy (2.9 to 3.2) runs such a
 * rule on the answer the request action sends with txn:done(), from inside that call, and the Lua action
 * then fails ("cannot resume non-suspended coroutine") and the response is lost: every rule must skip the
 * answers (AFTER_RESPONSE_GUARD).
 */
export function findUnguardedAfterResponse(text: string, env: EnvLookup): { line: number; error: PolicyError }[] {
  const found: { line: number; error: PolicyError }[] = [];
  forEachLine(text, (line, lineNumber) => {
    if (line.indexOf("http-after-response") < 0) return;
    const words = splitConfigLine(line, env);
    if (words === undefined || words.length !== 2 || words[0] !== "http-after-response" || words[1] !== "lua.cors") return;
    found.push({ line: lineNumber, error: { subject: "rule", value: words.join(" "), problem: Problem.afterResponseUnguarded, hint: `write http-after-response lua.cors ${AFTER_RESPONSE_GUARD}` } });
  });
  return found;
}

/**
 * The configuration files on HAProxy's command line (/proc/self/cmdline: words ending in NUL): every
 * `-f <file>` and the files after `--`; "-" (standard input) is left out.
 */
export function configurationFiles(cmdline: string): string[] {
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < cmdline.length; i++) {
    if (cmdline.charCodeAt(i) === 0) {
      words.push(cmdline.substring(start, i));
      start = i + 1;
    }
  }
  if (start < cmdline.length) words.push(cmdline.substring(start));
  const files: string[] = [];
  let afterDashes = false;
  for (let i = 1; i < words.length; i++) {
    if (afterDashes) files.push(words[i]);
    else if (words[i] === "--") afterDashes = true;
    else if (words[i] === "-f" && i + 1 < words.length) files.push(words[++i]);
  }
  return files.filter((file) => file !== "-");
}
