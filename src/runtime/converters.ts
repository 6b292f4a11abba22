// The converters of the converter configuration (README, "Converter configuration"):
//   req.fhdr(origin),lua.cors-policy('<options>',map=<file>)      a request with one Origin, not in the map
//   str(),lua.cors-policy('<options>',no-origin)                  a request without Origin
// (and lua.cors('<methods>','<origins>','<headers>',...) for the drop-in form; map=<file> is optional and
// only names the map to fill, see originMaps.ts). Each returns the decision's record for `txn.cors_edit`
// (haproxy/converterRecord.ts). HAProxy builds no transaction object for a converter, which is why this
// configuration is faster than the actions; preflights and requests with several Origin headers still go
// to the request action, which the configuration routes with an ACL.

import { CompiledPolicy } from "../policy/compile";
import { decideOrdinary } from "../policy/decide";
import { quote } from "../policy/errors";
import { MAP_ARGUMENT, mapArgumentFile, NO_ORIGIN } from "../haproxy/converterRecord";
import { fault } from "./fault";
import { dropInEntry, extendedEntry } from "./policyCache";

/** What a converter's last argument asks: decide the Origin, answer as for no Origin, or nothing (refused). */
type InputKind = "decide" | "not-cors" | "refused";

/** Each last argument the converters were given, read once: a rule passes the same one on every call. */
const inputKinds = new LuaTable<string, InputKind>();

function kindOf(input: string): InputKind {
  const known = inputKinds.get(input);
  if (known !== undefined) return known;
  let kind: InputKind;
  if (input === NO_ORIGIN) kind = "not-cors";
  // map=<file> only names the map to fill (originMaps.ts): the request is decided as without it.
  else if (mapArgumentFile(input) !== undefined) kind = "decide";
  else {
    // `haproxy -c` refuses this (haproxy/configScan.ts); a configuration it could not scan ends here, once.
    kind = "refused";
    core.Alert(`cors: converter argument ${quote(input)} is not ${NO_ORIGIN} or ${MAP_ARGUMENT}<file>, no CORS headers sent`);
  }
  inputKinds.set(input, kind);
  return kind;
}

function record(policy: CompiledPolicy, origin: string, input: string | undefined): string | undefined {
  const kind = input === undefined ? "decide" : kindOf(input);
  if (kind === "decide") return decideOrdinary(policy, origin).record;
  return kind === "not-cors" ? policy.notCors.record : undefined;
}

function recordDropIn(this: void, origin: string, methods: string, origins: string, headers: string, input: string | undefined): string | undefined {
  return record(dropInEntry(methods, origins, headers).policy, origin, input);
}

function recordExtended(this: void, origin: string, options: string, input: string | undefined): string | undefined {
  return record(extendedEntry(options).policy, origin, input);
}

function onDropIn(this: void, origin: string, methods: string, origins: string, headers: string, input?: string): string | undefined {
  const [ok, result] = pcall(recordDropIn, origin, methods, origins, headers, input);
  if (ok) return result;
  fault("lua.cors converter", result);
  return undefined;
}

function onExtended(this: void, origin: string, options: string, input?: string): string | undefined {
  const [ok, result] = pcall(recordExtended, origin, options, input);
  if (ok) return result;
  fault("lua.cors-policy converter", result);
  return undefined;
}

export function registerConverters(): void {
  core.register_converters("cors", onDropIn);
  core.register_converters("cors-policy", onExtended);
}
