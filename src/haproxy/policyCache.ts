// Policies compiled once per Lua state and looked up by the arguments HAProxy hands the action.
// (With lua-load-per-thread every thread has its own state, and so its own cache.)

import { CompiledPolicy, DENY_ALL } from "../core/compile";
import { formatPolicyErrors } from "../core/errors";
import { compilePolicyArguments, CompileResult, PolicyAction } from "../core/policyLine";

interface CacheEntry {
  readonly policy: CompiledPolicy;
  /** The refusal message when the written policy is invalid (then `policy` denies everything). */
  readonly refusal: string | undefined;
}


const cache = new Map<string, CacheEntry>();

/** HAProxy configuration strings cannot hold a NUL byte, so it separates the arguments unambiguously. */
function keyOf(action: PolicyAction, args: readonly string[]): string {
  return action === "cors" ? `cors\0${args[0]}\0${args[1]}\0${args[2]}` : `cors-policy\0${args[0]}`;
}

function entryOf(result: CompileResult): CacheEntry {
  if (result.ok) return { policy: result.policy, refusal: undefined };
  return { policy: DENY_ALL, refusal: formatPolicyErrors(result.errors) };
}

/** Stores a policy compiled ahead of the first request (the configuration check does this). */
export function storePolicy(action: PolicyAction, args: readonly string[], result: CompileResult): void {
  cache.set(keyOf(action, args), entryOf(result));
}

/**
 * The compiled policy for these arguments, compiling it on first use. `onRefused` is told, once per
 * policy, why an invalid one was replaced by the deny-all policy.
 */
export function policyFor(action: PolicyAction, args: readonly string[], onRefused: (message: string) => void): CompiledPolicy {
  const key = keyOf(action, args);
  let entry = cache.get(key);
  if (entry === undefined) {
    entry = entryOf(compilePolicyArguments(action, args));
    cache.set(key, entry);
    if (entry.refusal !== undefined) onRefused(entry.refusal);
  }
  return entry.policy;
}
