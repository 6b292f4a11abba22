// Policies compiled once per Lua state and looked up by the arguments HAProxy hands the action.
// (With lua-load-per-thread every thread has its own state, and so its own cache.)
//
// The cache is keyed by the arguments themselves, one table level per argument: HAProxy hands them to
// the action anew on every request, so joining them into one key would copy them on every request.
// The levels are plain Lua tables: a lookup is one index, where a Map would add a method call. Each entry
// holds the policy's request decider too (transaction.ts), made once with the policy.

import { CompiledPolicy, DENY_ALL } from "../policy/compile";
import { formatPolicyErrors } from "../policy/errors";
import { compilePolicyArguments, CompileResult, PolicyAction } from "../haproxy/actionArguments";
import { fault } from "./fault";
import { readTextFile } from "./files";
import { publicSuffixes } from "./publicSuffixes";
import { RequestDecider, requestDecider } from "./transaction";

export interface CacheEntry {
  readonly policy: CompiledPolicy;
  /** The request action's protected function for this policy. */
  readonly decide: RequestDecider;
}

const dropIn = new LuaTable<string, LuaTable<string, LuaTable<string, CacheEntry>>>();
const extended = new LuaTable<string, CacheEntry>();

/** A policy that failed to compile denies everything (its errors are reported where it is compiled). */
function entryOf(policy: CompiledPolicy): CacheEntry {
  return { policy, decide: requestDecider(policy) };
}

function entryOfResult(result: CompileResult): CacheEntry {
  return entryOf(result.ok ? result.policy : DENY_ALL);
}

function levelOf<V>(table: LuaTable<string, LuaTable<string, V>>, key: string): LuaTable<string, V> {
  let level = table.get(key);
  if (level === undefined) {
    level = new LuaTable();
    table.set(key, level);
  }
  return level;
}

function storeEntry(action: PolicyAction, args: readonly string[], entry: CacheEntry): void {
  if (action === "cors") levelOf(levelOf(dropIn, args[0]), args[1]).set(args[2], entry);
  else extended.set(args[0], entry);
}

/** Stores a policy compiled ahead of the first request (the configuration check does this). */
export function storePolicy(action: PolicyAction, args: readonly string[], result: CompileResult): void {
  storeEntry(action, args, entryOfResult(result));
}

/**
 * Compiles a policy the configuration check did not see. Never raises, so that the actions can look
 * policies up outside their protected call: the compiler reports bad input as errors, and anything it
 * raised all the same is logged once and gives a policy that denies everything.
 */
function compileNow(action: PolicyAction, args: readonly string[]): CacheEntry {
  const [ok, result] = pcall(compilePolicyArguments, action, args, readTextFile, publicSuffixes);
  if (!ok) {
    fault(`lua.${action} (compiling its policy)`, result);
    const denied = entryOf(DENY_ALL);
    storeEntry(action, args, denied);
    return denied;
  }
  const entry = entryOfResult(result);
  storeEntry(action, args, entry);
  if (!result.ok) core.Alert(`cors: policy refused, every origin denied:\n${formatPolicyErrors(result.errors)}`);
  return entry;
}

/** The drop-in policy's entry, compiled on first use (an invalid one denies everything, reported once). */
export function dropInEntry(methods: string, origins: string, headers: string): CacheEntry {
  const entry = dropIn.get(methods)?.get(origins)?.get(headers);
  return entry === undefined ? compileNow("cors", [methods, origins, headers]) : entry;
}

/** The extended policy's entry, compiled on first use (an invalid one denies everything, reported once). */
export function extendedEntry(options: string): CacheEntry {
  const entry = extended.get(options);
  return entry === undefined ? compileNow("cors-policy", [options]) : entry;
}
