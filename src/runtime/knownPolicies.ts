// The policies this Lua state knows, with where they come from: the configuration scan's rules and converter
// calls (frontend, file:line), and any policy first seen at run time. The runtime API reads them
// (runtime/cli.ts); the request path never does.

import { PolicyAction } from "../haproxy/actionArguments";
import { CompiledPolicy } from "../policy/compile";

export interface KnownPolicy {
  /** The section (frontend, listen, backend) the scan saw it in; undefined when first seen at run time. */
  readonly section: string | undefined;
  /** "file:line" where the scan saw it. */
  readonly where: string | undefined;
  /** The request action, or the converter of the same name (undefined when first seen at run time). */
  readonly use: "action" | "converter" | undefined;
  readonly action: PolicyAction;
  readonly args: readonly string[];
  /** The compiled policy (DENY_ALL for a refused one). */
  readonly policy: CompiledPolicy;
  /** True when the policy was refused: it denies every origin. */
  readonly refused: boolean;
}

export const knownPolicies: KnownPolicy[] = [];

export function rememberPolicy(known: KnownPolicy): void {
  knownPolicies.push(known);
}

/** The sections the configuration check saw policies in, in order. */
export function knownSections(): string[] {
  const sections: string[] = [];
  for (const known of knownPolicies) if (known.section !== undefined && sections.indexOf(known.section) < 0) sections.push(known.section);
  return sections;
}

/** Each policy the check saw, with its section when it saw it in one section only (else undefined). */
export function sectionOfEachPolicy(): Array<readonly [CompiledPolicy, string | undefined]> {
  const policies: CompiledPolicy[] = [];
  const sections: (string | undefined)[] = [];
  for (const known of knownPolicies) {
    if (known.section === undefined) continue;
    const at = policies.indexOf(known.policy);
    if (at < 0) {
      policies.push(known.policy);
      sections.push(known.section);
    } else if (sections[at] !== known.section) {
      sections[at] = undefined;
    }
  }
  return policies.map((policy, i) => [policy, sections[i]] as const);
}
