// The record (converters/record.ts) of each ordinary decision, made once per policy: the converters return
// it, and the request action of a frontend with native response rules writes it to `txn.cors_edit`, each
// with one table index.

import { recordOf } from "../converters/record";
import { CompiledPolicy } from "../policy/compile";
import { Decision } from "../policy/decision";

/** The record of each ordinary decision of every policy the cache holds. */
export const editRecords = new LuaTable<Decision, string>();
/**
 * The same, for the policies of frontends whose rules read `txn.cors_edit` (haproxy/configScan.ts,
 * editRecordReaders): their request action writes the record, and their response action removes it once
 * it has applied the decision itself.
 */
export const nativeRecords = new LuaTable<Decision, string>();

/** When the configuration check could not read the configuration: every policy records (native rules may be there). */
let everyPolicyNative = false;

export function recordEveryPolicy(): void {
  everyPolicyNative = true;
}

function ordinaryRecords(policy: CompiledPolicy, table: LuaTable<Decision, string>): void {
  for (const decision of [policy.notCors, policy.allowed, policy.denied, policy.malformed, policy.severalOrigins]) {
    const record = recordOf(decision);
    if (record !== undefined) table.set(decision, record);
  }
}

/** Called for every policy the cache stores. */
export function rememberRecords(policy: CompiledPolicy): void {
  ordinaryRecords(policy, editRecords);
  if (everyPolicyNative) ordinaryRecords(policy, nativeRecords);
}

/** A policy whose frontend has native response rules. */
export function recordForNativeRules(policy: CompiledPolicy): void {
  ordinaryRecords(policy, nativeRecords);
}
