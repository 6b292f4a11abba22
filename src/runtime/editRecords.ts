// The record (converters/record.ts) of each ordinary decision of every policy the cache holds, made when
// the policy is stored: the converters return it, and the request action writes it to `txn.cors_edit` for
// the native response rules, each with one table index.

import { recordOf } from "../converters/record";
import { CompiledPolicy } from "../policy/compile";
import { Decision } from "../policy/decision";

export const editRecords = new LuaTable<Decision, string>();

export function rememberRecords(policy: CompiledPolicy): void {
  for (const decision of [policy.notCors, policy.denied, policy.allowed]) {
    const record = recordOf(decision);
    if (record !== undefined) editRecords.set(decision, record);
  }
}
