// From the arguments HAProxy hands an action to a compiled policy, or to the errors that refuse it.

import { compilePolicy, CompiledPolicy } from "../policy/compile";
import { PolicyError } from "../policy/errors";
import { OriginMapAccess } from "../policy/originMaps";
import { CheckedMaps, parseDropInPolicy, parseExtendedPolicy, PolicyResult, ReadFile } from "../policy/policy";
import { SuffixListSource } from "../policy/publicSuffixSource";

/** The two actions that take a policy: their names as written in haproxy.cfg after `lua.`. */
export type PolicyAction = "cors" | "cors-policy";

/** How many arguments each action takes: the drop-in form three, the extended form one. */
export const ARGUMENT_COUNT: { readonly [action in PolicyAction]: number } = { cors: 3, "cors-policy": 1 };

export type CompileResult = { readonly ok: true; readonly policy: CompiledPolicy } | { readonly ok: false; readonly errors: readonly PolicyError[] };

/** `suffixes`: the Public Suffix List subdomain patterns are judged by (the built-in copy by default). */
export function parsePolicyArguments(action: PolicyAction, args: readonly string[], readFile?: ReadFile, suffixes?: SuffixListSource, checked?: CheckedMaps): PolicyResult {
  if (action === "cors") return parseDropInPolicy(args[0], args[1], args[2], readFile, suffixes, checked);
  return parseExtendedPolicy(args[0], readFile, suffixes, checked);
}

/**
 * `maps`: how the compiled policy reads its origins maps at run time (policy/originMaps.ts); `checked`: the
 * origins map files the process checked already (policy.ts, CheckedMaps).
 */
export function compilePolicyArguments(action: PolicyAction, args: readonly string[], readFile?: ReadFile, suffixes?: SuffixListSource, maps?: OriginMapAccess, checked?: CheckedMaps): CompileResult {
  const parsed = parsePolicyArguments(action, args, readFile, suffixes, checked);
  return parsed.ok ? { ok: true, policy: compilePolicy(parsed.policy, maps, suffixes) } : parsed;
}
