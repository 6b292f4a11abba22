// Which Public Suffix List the policies are judged by: the file an operator names, else the system's
// (Debian and most distributions ship it, and update it), else the copy built into cors.lua, so that a
// host without the file still refuses what it should. See README, "Public suffixes".

import { PolicyError, Problem } from "./errors";
import type { ReadFile } from "./policy";
import { BUILT_IN_ICANN_RULES, BUILT_IN_LIST_DATE, BUILT_IN_PRIVATE_RULES } from "./publicSuffixData";
import { parseCompactRules, parsePublicSuffixList, PublicSuffixList } from "./publicSuffixList";

/** Where Debian's `publicsuffix` package (and Fedora's, Alpine's, Arch's) puts the list. */
export const SYSTEM_PUBLIC_SUFFIX_LIST = "/usr/share/publicsuffix/public_suffix_list.dat";
/** The environment variable (`setenv` in haproxy.cfg's global section) that names another file. */
export const PUBLIC_SUFFIX_LIST_VARIABLE = "CORS_PUBLIC_SUFFIX_LIST";

export type SuffixListResult = { readonly list: PublicSuffixList } | { readonly error: PolicyError };

/** The list a policy's subdomain patterns are judged by; asked for only when a policy has one. */
export type SuffixListSource = () => SuffixListResult;

let builtIn: PublicSuffixList | undefined;

/** The built-in copy, read from its compact form on first use (once per Lua state). */
export function builtInPublicSuffixList(): PublicSuffixList {
  if (builtIn === undefined) builtIn = parseCompactRules(BUILT_IN_ICANN_RULES, BUILT_IN_PRIVATE_RULES, `the built-in list of ${BUILT_IN_LIST_DATE}`);
  return builtIn;
}

export const BUILT_IN_SUFFIXES: SuffixListSource = () => ({ list: builtInPublicSuffixList() });

/**
 * The list named by `named` (the variable's value), refused when it cannot be read or is not a list; without
 * a name, the system's list when it reads as one, else the built-in copy.
 */
export function loadPublicSuffixList(named: string | undefined, readFile: ReadFile): SuffixListResult {
  if (named !== undefined && named.length > 0) {
    const file = readFile(named);
    if ("error" in file) return { error: { subject: "public suffix list", value: named, problem: Problem.unreadableFile, hint: file.error } };
    const list = parsePublicSuffixList(file.text, named);
    return list === undefined ? { error: { subject: "public suffix list", value: named, problem: Problem.notSuffixList } } : { list };
  }
  const system = readFile(SYSTEM_PUBLIC_SUFFIX_LIST);
  const list = "text" in system ? parsePublicSuffixList(system.text, SYSTEM_PUBLIC_SUFFIX_LIST) : undefined;
  return { list: list === undefined ? builtInPublicSuffixList() : list };
}
