// A map that lives in HAProxy, not in a Lua state: what one state writes there every other state reads
// (under lua-load-per-thread the states share no memory). Map.new() shares one map between every state
// that names the same file, and a map needs a file to exist when it is created: this name reads the empty
// /dev/null, and is one no configuration writes (`show map` lists it). Its keys:
//   <thread>                       that state's decision counts (runtime/metrics.ts)
//   rejected-keys <thread> <map>   the origins map keys that state rejected (runtime/originMaps.ts)
//   logged-key <map> <key>         a rejected key some state logged already
//   checked-map <form> <cred> <map>  a map file some state's configuration check found valid

export const SHARED_MAP = "/dev/./null";

// Made when the file loads: HAProxy makes maps in the body and init contexts.
const [made, result] = pcall(() => HaproxyMap.new(SHARED_MAP, HaproxyMap._str));

/** The shared map; undefined when HAProxy refused to make it (sharedMapError says why). */
export const sharedMap: HaproxyMap | undefined = made ? (result as HaproxyMap) : undefined;
export const sharedMapError: string = made ? "" : String(result);
