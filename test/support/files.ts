// Reading origins files (and the Public Suffix List) in Node the way the module reads them in Lua, with
// the same messages, so that the core runner and the Lua runners give the same refusals.

import * as fs from "node:fs";
import { ReadFile } from "../../src/policy/policy";
import { forEachMapKey, OriginMapAccess } from "../../src/policy/originMaps";
import { loadPublicSuffixList, PUBLIC_SUFFIX_LIST_VARIABLE, SuffixListResult, SuffixListSource } from "../../src/policy/publicSuffixSource";

const MESSAGES: { [code: string]: string } = { ENOENT: "No such file or directory", EACCES: "Permission denied" };

export const readFileLikeLua: ReadFile = (path) => {
  try {
    if (fs.statSync(path).isDirectory()) return { error: "not a regular file" };
    return { text: fs.readFileSync(path, "latin1") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return { error: `${path}: ${MESSAGES[code] ?? code}` };
  }
};

let suffixList: SuffixListResult | undefined;

/**
 * The Public Suffix List as the module chooses it in Lua (CORS_PUBLIC_SUFFIX_LIST, else the system's file,
 * else the built-in copy), read once, so that the core runner judges patterns by the same list.
 */
export const suffixListLikeLua: SuffixListSource = () => {
  if (suffixList === undefined) suffixList = loadPublicSuffixList(process.env[PUBLIC_SUFFIX_LIST_VARIABLE], readFileLikeLua);
  return suffixList;
};

/**
 * Origins maps as HAProxy loads them from their files when it starts (each line's first word a key, the
 * rest its value), for the core runner: read once per compile, never changed.
 */
export const mapsLikeHaproxy: OriginMapAccess = {
  open: (name) => {
    const file = readFileLikeLua(name);
    const keys = new Set<string>();
    if ("text" in file) forEachMapKey(file.text, (key) => keys.add(key));
    return { lookup: (key) => (keys.has(key) ? "" : undefined) };
  },
  reject: () => undefined,
};
