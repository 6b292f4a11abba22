// Auditing every key of the origins maps, so that a bad key is reported even when no request finds it
// (another spelling of a pattern, "HTTPS://App.example.com", is never probed: policy/originMaps.ts). A key a
// request finds is judged then anyway; this finds the others, in one Lua state per process (lua-load's, or
// thread 1's under lua-load-per-thread), off the request path:
//   - HAProxy 3.2 and later: the map's pattern reference (core.get_patref), listed again when the runtime
//     API adds keys or commits a version (its events), at most once a second;
//   - earlier versions: the runtime API itself, through a `stats socket` of the global section, whose
//     `show map` the audit asks every AUDIT_PERIOD_S for the maps' versions and sizes, and reads a map whose
//     version or size changed (and every FULL_AUDIT_PERIOD_S, for a key deleted and another added).
// Without either, keys are judged when a request finds them (README, "Changing origins at run time").

import { CompiledPolicy } from "../policy/compile";
import { quote } from "../policy/errors";
import { auditKey, CompiledOriginMap, OriginMaps } from "../policy/originMaps";
import { fault } from "./fault";

const AUDIT_PERIOD_S = 1;
const FULL_AUDIT_PERIOD_S = 30;

interface Audited {
  readonly maps: OriginMaps;
  readonly map: CompiledOriginMap;
}

const audited: Audited[] = [];
const names: string[] = [];
let sockets: readonly string[] = [];

/** Audits the keys of the policy's origins maps (the configuration check calls it for each policy it compiles). */
export function auditPolicy(policy: CompiledPolicy): void {
  const maps = policy.originMaps;
  if (maps === undefined) return;
  for (const map of maps.maps) {
    if (audited.some((known) => known.map === map)) continue;
    audited.push({ maps, map });
    if (names.indexOf(map.name) < 0) names.push(map.name);
  }
}

/** The runtime API's addresses the configuration check found (`stats socket` lines), for HAProxy before 3.2. */
export function auditThrough(addresses: readonly string[]): void {
  sockets = addresses;
}

function auditMapKey(name: string, key: string): void {
  for (const known of audited) if (known.map.name === name) auditKey(known.maps, known.map, key);
}

/** HAProxy 3.2 and later: each map's pattern reference, listed when its events say keys came. */
function auditWithPatrefs(): void {
  const refs = new LuaTable<string, HaproxyPatref>();
  const changed = new LuaTable<string, boolean>();
  for (;;) {
    for (const name of names) {
      if (refs.get(name) !== undefined) continue;
      const ref = core.get_patref(name);
      if (ref === undefined) continue;
      refs.set(name, ref);
      changed.set(name, true);
      ref.event_sub(["PAT_REF_ADD", "PAT_REF_COMMIT"], () => {
        changed.set(name, true);
      });
    }
    for (const [name, ref] of refs) {
      if (changed.get(name) !== true) continue;
      changed.set(name, false);
      for (const [key] of pairs(ref as unknown as LuaTable<string, string>)) auditMapKey(name, key);
    }
    core.msleep(AUDIT_PERIOD_S * 1000);
  }
}

/** One command's whole answer from the runtime API at `address`, or why there is none. */
function ask(address: string, command: string): { text: string } | { error: string } {
  const socket = core.tcp();
  socket.settimeout(10);
  const [connected, connectError] = socket.connect(address);
  if (connected === undefined) {
    socket.close();
    return { error: connectError ?? "cannot connect" };
  }
  socket.send(command + "\n");
  const [text, receiveError] = socket.receive("*a");
  socket.close();
  return text === undefined ? { error: receiveError ?? "no answer" } : { text };
}

/** `show map`'s line for a map ends with its versions and size: "... curr_ver=0 next_ver=0 entry_cnt=3". */
function stateOf(listing: string, name: string): string | undefined {
  const at = listing.indexOf(` (${name}) `);
  if (at < 0) return undefined;
  const end = listing.indexOf("\n", at);
  const line = listing.substring(at, end < 0 ? listing.length : end);
  const version = line.indexOf("curr_ver=");
  return version < 0 ? line : line.substring(version);
}

/** Before HAProxy 3.2: the runtime API, asked for the maps' states and the keys of a map that changed. */
function auditThroughRuntimeApi(address: string): void {
  const seen = new LuaTable<string, string>();
  let lastFull = core.now().sec;
  for (;;) {
    const listing = ask(address, "show map");
    if ("error" in listing || listing.text.indexOf("# id (file)") < 0) {
      const why = "error" in listing ? listing.error : listing.text.substring(0, 80);
      core.Warning(`cors: origins maps: the runtime API at ${quote(address)} cannot list them (${why}): their keys are judged when a request finds them`);
      return;
    }
    const full = core.now().sec - lastFull >= FULL_AUDIT_PERIOD_S;
    if (full) lastFull = core.now().sec;
    for (const name of names) {
      const state = stateOf(listing.text, name);
      if (state === undefined || (!full && seen.get(name) === state)) continue;
      seen.set(name, state);
      const entries = ask(address, `show map ${name}`);
      if ("error" in entries) continue;
      // Each line: "<reference> <key> <value>".
      for (const line of entries.text.split("\n")) {
        const first = line.indexOf(" ");
        if (first < 0) continue;
        const second = line.indexOf(" ", first + 1);
        auditMapKey(name, line.substring(first + 1, second < 0 ? line.length : second));
      }
    }
    core.msleep(AUDIT_PERIOD_S * 1000);
  }
}

function audit(this: void): void {
  if (core.thread > 1 || names.length === 0) return;
  const [ok, error] = pcall(() => {
    if (typeof core.get_patref === "function") return auditWithPatrefs();
    if (sockets.length > 0) return auditThroughRuntimeApi(sockets[0]);
  });
  if (!ok) fault("the origins maps' audit", error);
}

export function registerKeyAudit(): void {
  if (names.length > 0) core.register_task(audit);
}
