// The origins maps of the policies (`map:<file>`, policy/originMaps.ts) as HAProxy holds them: each is
// opened with Map.new, which shares the map HAProxy loaded from the file (and the runtime API changes)
// between every Lua state; and the keys a request found that are not valid for their policy are logged
// once for the whole process and listed by `cors show policies`.

import { formatPolicyError, PolicyError, quote } from "../policy/errors";
import { EMPTY_MAP, KeyLookup, OriginMapAccess } from "../policy/originMaps";
import { CheckedMaps } from "../policy/policy";
import { SHARED_MAP, sharedMap } from "./sharedMap";

/** How many rejected keys of a map a state lists (`cors show policies`); the log has every one. */
const KEYS_LISTED = 20;

/** This state's rejected keys, by map. */
const rejectedHere = new LuaTable<string, string[]>();

function listedKey(thread: number, name: string): string {
  return `rejected-keys ${thread} ${name}`;
}

function reject(this: void, name: string, key: string, error: PolicyError): void {
  let keys = rejectedHere.get(name);
  if (keys === undefined) {
    keys = [];
    rejectedHere.set(name, keys);
  }
  const map = sharedMap;
  if (keys.length < KEYS_LISTED) {
    keys.push(key);
    if (map !== undefined) core.set_map(SHARED_MAP, listedKey(core.thread, name), keys.join("\n"));
  }
  // Once per process: another state may have logged it already.
  const logged = `logged-key ${name} ${key}`;
  if (map !== undefined && map.lookup(logged) !== undefined) return;
  if (map !== undefined) core.set_map(SHARED_MAP, logged, "1");
  core.Warning(`cors: origins map ${quote(name)}: a key never matches, ${formatPolicyError(error)}`);
}

/**
 * HAProxy's map of that name. HAProxy opens maps only while it starts (the body and init contexts): a policy
 * the configuration check did not see is compiled on its first request, where its maps cannot be opened, so
 * their origins are denied (fail closed), and the log says why.
 */
function open(this: void, name: string): KeyLookup {
  const [ok, map] = pcall(() => HaproxyMap.new(name, HaproxyMap._str));
  if (ok) return map as HaproxyMap;
  core.Alert(`cors: origins map ${quote(name)} cannot be opened once HAProxy has started (${String(map)}), its origins are denied: write the rule where the configuration check sees it (README, Limitations)`);
  return EMPTY_MAP;
}

/** The policies' access to their maps in HAProxy. */
export const haproxyMaps: OriginMapAccess = { open, reject };

/** The keys of `name` that some state rejected, at most KEYS_LISTED of each state's, without repeats. */
export function rejectedKeys(name: string): string[] {
  const keys: string[] = [];
  const map = sharedMap;
  const threads = Number(core.get_info().get("Nbthread") ?? 1);
  for (let thread = 0; thread <= threads; thread++) {
    const text = map === undefined ? rejectedHere.get(name)?.join("\n") : map.lookup(listedKey(thread, name));
    if (text === undefined || text === "") continue;
    for (const key of text.split("\n")) if (keys.indexOf(key) < 0) keys.push(key);
    if (map === undefined) break;
  }
  return keys;
}

/**
 * The origins map files some Lua state of this process checked (runtime/configCheck.ts): under
 * lua-load-per-thread the states run the configuration check one after the other, and the later ones skip
 * a file the first found valid (a bad one stops HAProxy at the first).
 */
export const checkedMaps: CheckedMaps = {
  has: (key) => sharedMap !== undefined && sharedMap.lookup(`checked-map ${key}`) !== undefined,
  add: (key) => {
    if (sharedMap !== undefined) core.set_map(SHARED_MAP, `checked-map ${key}`, "1");
  },
};
