// Policies compiled once per Lua state and looked up by the arguments HAProxy hands the action or the
// converter. (With lua-load-per-thread every thread has its own state, and so its own cache.)
//
// The cache is keyed by the arguments themselves, one table level per argument: HAProxy hands them anew on
// every request, so joining them into one key would copy them on every request. The levels are plain Lua
// tables: a lookup is one index, where a Map would add a method call.

import { CompiledPolicy, DENY_ALL } from "../policy/compile";
import { formatPolicyErrors } from "../policy/errors";
import { compilePolicyArguments, CompileResult, PolicyAction } from "../haproxy/actionArguments";
import { rememberRecords } from "./editRecords";
import { fault } from "./fault";
import { rememberPolicy } from "./knownPolicies";
import { readTextFile } from "./files";
import { haproxyMaps } from "./originMaps";
import { publicSuffixes } from "./publicSuffixes";

const dropIn = new LuaTable<string, LuaTable<string, LuaTable<string, CompiledPolicy>>>();
const extended = new LuaTable<string, CompiledPolicy>();
/**
 * The policies compiled so far, by the action's arguments: each action looks its policy up here, where it
 * needs it (an index per argument, where a call would cost more than the lookups), and calls dropInPolicy or
 * extendedPolicy on a miss.
 */
export const dropInPolicies: ReadonlyLuaMap<string, ReadonlyLuaMap<string, ReadonlyLuaMap<string, CompiledPolicy>>> = dropIn;
export const extendedPolicies: ReadonlyLuaMap<string, CompiledPolicy> = extended;

/** A policy that failed to compile denies everything (its errors are reported where it is compiled). */
function policyOf(result: CompileResult): CompiledPolicy {
  return result.ok ? result.policy : DENY_ALL;
}

function levelOf<V>(table: LuaTable<string, LuaTable<string, V>>, key: string): LuaTable<string, V> {
  let level = table.get(key);
  if (level === undefined) {
    level = new LuaTable();
    table.set(key, level);
  }
  return level;
}

function store(action: PolicyAction, args: readonly string[], policy: CompiledPolicy): void {
  rememberRecords(policy);
  if (action === "cors") levelOf(levelOf(dropIn, args[0]), args[1]).set(args[2], policy);
  else extended.set(args[0], policy);
}

/** Stores a policy compiled ahead of the first request (the configuration check does this). */
export function storePolicy(action: PolicyAction, args: readonly string[], result: CompileResult): CompiledPolicy {
  // A policy written twice (in two frontends) is compiled once: the first stays, so that what the check
  // records about it (runtime/editRecords.ts) holds for every frontend that uses it.
  const stored = cachedPolicy(action, args);
  if (stored !== undefined) return stored;
  const policy = policyOf(result);
  store(action, args, policy);
  return policy;
}

/** The policy the cache holds for these arguments, if any. */
export function cachedPolicy(action: PolicyAction, args: readonly string[]): CompiledPolicy | undefined {
  return action === "cors" ? dropIn.get(args[0])?.get(args[1])?.get(args[2]) : extended.get(args[0]);
}

/**
 * Compiles a policy the configuration check did not see. Never raises, so that the actions can look
 * policies up outside their protected call: the compiler reports bad input as errors, and anything it
 * raised all the same is logged once and gives a policy that denies everything.
 */
function compileNow(action: PolicyAction, args: readonly string[]): CompiledPolicy {
  const [ok, result] = pcall(compilePolicyArguments, action, args, readTextFile, publicSuffixes, haproxyMaps);
  if (!ok) {
    fault(`lua.${action} (compiling its policy)`, result);
    store(action, args, DENY_ALL);
    return DENY_ALL;
  }
  const policy = policyOf(result);
  store(action, args, policy);
  rememberPolicy({ section: undefined, where: undefined, use: undefined, action, args, policy, refused: !result.ok });
  if (!result.ok) core.Alert(`cors: policy refused, every origin denied:\n${formatPolicyErrors(result.errors)}`);
  return policy;
}

/** The drop-in form's policy, compiled on first use (an invalid one denies everything, reported once). */
export function dropInPolicy(methods: string, origins: string, headers: string): CompiledPolicy {
  const policy = dropIn.get(methods)?.get(origins)?.get(headers);
  return policy === undefined ? compileNow("cors", [methods, origins, headers]) : policy;
}

/** The extended form's policy, compiled on first use (an invalid one denies everything, reported once). */
export function extendedPolicy(options: string): CompiledPolicy {
  const policy = extended.get(options);
  return policy === undefined ? compileNow("cors-policy", [options]) : policy;
}
