// Policies compiled once per Lua state and looked up by the arguments HAProxy hands the action.
// (With lua-load-per-thread every thread has its own state, and so its own cache.)
//
// The cache is keyed by the arguments themselves, one level per argument: HAProxy hands them to the
// action anew on every request, so joining them into one key would copy them on every request.

import { CompiledPolicy, DENY_ALL } from "../core/compile";
import { formatPolicyErrors } from "../core/errors";
import { compilePolicyArguments, CompileResult, PolicyAction } from "../core/policyLine";
import { readTextFile } from "./files";

interface CacheEntry {
  readonly policy: CompiledPolicy;
  /** The refusal message when the written policy is invalid (then `policy` denies everything). */
  readonly refusal: string | undefined;
}

/** A tree of maps, one level per argument, whose leaves are cache entries. */
type CacheLevel = Map<string, CacheLevel | CacheEntry>;

const caches: { [action: string]: CacheLevel } = { cors: new Map(), "cors-policy": new Map() };

function entryOf(result: CompileResult): CacheEntry {
  if (result.ok) return { policy: result.policy, refusal: undefined };
  return { policy: DENY_ALL, refusal: formatPolicyErrors(result.errors) };
}

function lookup(action: PolicyAction, args: readonly string[]): CacheEntry | undefined {
  let level: CacheLevel | CacheEntry | undefined = caches[action];
  for (const arg of args) {
    if (level === undefined || !(level instanceof Map)) return undefined;
    level = level.get(arg);
  }
  return level instanceof Map ? undefined : level;
}

function store(action: PolicyAction, args: readonly string[], entry: CacheEntry): void {
  let level = caches[action];
  for (let i = 0; i < args.length - 1; i++) {
    let next = level.get(args[i]);
    if (next === undefined || !(next instanceof Map)) {
      next = new Map();
      level.set(args[i], next);
    }
    level = next;
  }
  level.set(args[args.length - 1], entry);
}

/** Stores a policy compiled ahead of the first request (the configuration check does this). */
export function storePolicy(action: PolicyAction, args: readonly string[], result: CompileResult): void {
  store(action, args, entryOf(result));
}

/**
 * The compiled policy for these arguments, compiling it on first use. `onRefused` is told, once per
 * policy, why an invalid one was replaced by the deny-all policy.
 */
export function policyFor(action: PolicyAction, args: readonly string[], onRefused: (message: string) => void): CompiledPolicy {
  let entry = lookup(action, args);
  if (entry === undefined) {
    entry = entryOf(compilePolicyArguments(action, args, readTextFile));
    store(action, args, entry);
    if (entry.refusal !== undefined) onRefused(entry.refusal);
  }
  return entry.policy;
}
