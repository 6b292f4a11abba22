// The map of the converter configuration (README, "Converter configuration"): a converter written with
// `map=<file>` has the module fill that map, when HAProxy starts, with the policy's exact origins and
// the record of the allowed decision, and a key for requests without Origin (policy/decide.ts,
// originMapEntries). The configuration looks the request up there with `map_str` first, so that an
// allowed exact origin and a request without Origin are decided without Lua; the converter decides
// everything else.
//
// The configuration check (configCheck.ts) finds the maps, and `register_init` fills them: only then
// does HAProxy know the maps its configuration reads. A map belongs to the process, not to a Lua state,
// so one state fills it: the shared one (core.thread 0) or, with lua-load-per-thread, thread 1's. In
// HAProxy 2.6 `core.set_map` searches the map's entries one by one, so every state filling the same
// 10,000 origins again costs seconds (measured with lua-load-per-thread and 4 threads: HAProxy ready
// after 9 s when each state filled the map, 2.7 s now, 2.35 s without a map).

import { CompiledPolicy } from "../policy/compile";
import { originMapEntries } from "../policy/decide";
import { quote } from "../policy/errors";

const fills: { mapFile: string; policy: CompiledPolicy }[] = [];

/** Fills `mapFile` with the policy's exact origins when HAProxy starts (the check allows one policy per map). */
export function fillMapAtStart(mapFile: string, policy: CompiledPolicy): void {
  for (const fill of fills) if (fill.mapFile === mapFile) return;
  fills.push({ mapFile, policy });
}

function fillOne(this: void, mapFile: string, policy: CompiledPolicy): void {
  for (const [key, record] of originMapEntries(policy)) core.set_map(mapFile, key, record);
}

function fillAll(this: void): void {
  if (core.thread > 1) return;
  for (const { mapFile, policy } of fills) {
    // A map the check could not see read (it reads the -f files only) stays empty: the converter then
    // decides every request, with the same result, and the log says why it is slower.
    const [ok, error] = pcall(fillOne, mapFile, policy);
    if (!ok) core.Alert(`cors: map ${quote(mapFile)} not filled, its converter decides every request: ${String(error)}`);
  }
}

export function registerMapFill(): void {
  core.register_init(fillAll);
}
