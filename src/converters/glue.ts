// The converter configuration's glue (README, "Converter configuration"): the converters HAProxy calls,
// the map the module fills when HAProxy starts, and the response action's part for a transaction a
// converter decided.

import { CompiledPolicy } from "../policy/compile";
import { decideOrdinary } from "../policy/decide";
import { Decision, makeDecision } from "../policy/decision";
import { formatPolicyError, quote } from "../policy/errors";
import { EDIT_VAR, ORIGIN_VAR } from "../haproxy/variables";
import { fault } from "../runtime/fault";
import { dropInPolicy, extendedPolicy } from "../runtime/policyCache";
import { applyDecision } from "../runtime/response";
import { editRecords } from "../runtime/editRecords";
import { LastArgument, originMapEntries, parseEditRecord, readLastArgument } from "./record";

// The converters.
// HAProxy builds no transaction object for a converter, which is why this configuration is faster than
// the actions. Each returns the decision's record for `txn.cors_edit`.

/** Each last argument the converters were given, read once: a rule passes the same one on every call. */
const lastArguments = new LuaTable<string, LastArgument>();

/** A converter called without the last argument decides the Origin. */
const DECIDE: LastArgument = readLastArgument(undefined);

function lastArgumentOf(arg: string | undefined): LastArgument {
  if (arg === undefined) return DECIDE;
  let known = lastArguments.get(arg);
  if (known === undefined) {
    known = readLastArgument(arg);
    // `haproxy -c` refuses this (scan.ts); a configuration it could not scan ends here, once per argument.
    if (known.kind === "refused") core.Alert(`${formatPolicyError(known.error)}, no CORS headers sent`);
    lastArguments.set(arg, known);
  }
  return known;
}

function convert(policy: CompiledPolicy, origin: string, arg: string | undefined): string | undefined {
  const last = lastArgumentOf(arg);
  if (last.kind === "refused") return undefined;
  return editRecords.get(last.kind === "no-origin" ? policy.notCors : decideOrdinary(policy, origin));
}

function onDropIn(this: void, origin: string, methods: string, origins: string, headers: string, arg?: string): string | undefined {
  const [ok, result] = pcall(convert, dropInPolicy(methods, origins, headers), origin, arg);
  if (ok) return result;
  fault("lua.cors converter", result);
  return undefined;
}

function onExtended(this: void, origin: string, options: string, arg?: string): string | undefined {
  const [ok, result] = pcall(convert, extendedPolicy(options), origin, arg);
  if (ok) return result;
  fault("lua.cors-policy converter", result);
  return undefined;
}

export function registerConverters(): void {
  core.register_converters("cors", onDropIn);
  core.register_converters("cors-policy", onExtended);
}

// The map.
// The configuration check (runtime/configCheck.ts) finds the maps, and `register_init` fills them: only
// then does HAProxy know the maps its configuration reads. A map belongs to the process, not to a Lua
// state, so one state fills it: the shared one (core.thread 0) or, with lua-load-per-thread, thread 1's.
// In HAProxy 2.6 `core.set_map` searches the map's entries one by one, so every state filling the same
// 10,000 origins again costs seconds (measured with lua-load-per-thread and 4 threads: HAProxy ready
// after 9 s when each state filled the map, 2.7 s with one, 2.35 s without a map).

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

// The response.
// The rules send a response to `http-response lua.cors` when the backend sent Vary or Access-Control-*
// headers of its own: the record is applied here as the action's decision would be, and taken out of
// `txn.cors_edit`, so that the native rules that follow leave the response alone.

/**
 * The decisions read back from records, by record text. A policy gives at most five records, and only
 * the converters write them, so each is parsed once: a backend that sends Vary on every response (a
 * compressing one) sends every response here.
 */
const recordedDecisions = new LuaTable<string, Decision>();

function decisionOfRecord(text: string): Decision | undefined {
  const known = recordedDecisions.get(text);
  if (known !== undefined) return known;
  const record = parseEditRecord(text);
  if (record === undefined) return undefined;
  const decision = makeDecision(record.name, undefined, record.echoOrigin, record.headers, record.vary, record.reason);
  recordedDecisions.set(text, decision);
  return decision;
}

/** Applies the record a converter left in `txn.cors_edit`, if any. */
export function applyRecord(txn: HaproxyTXN): void {
  const text = txn.get_var(EDIT_VAR);
  if (typeof text !== "string") return;
  txn.unset_var(EDIT_VAR);
  const decision = decisionOfRecord(text);
  if (decision === undefined) return;
  const origin = txn.get_var(ORIGIN_VAR);
  return applyDecision(txn, decision, typeof origin === "string" ? origin : undefined);
}
