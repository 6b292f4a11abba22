// The runtime API's commands (HAProxy's stats socket; `core.register_cli`):
//   cors show policies                                        every policy this module knows
//   cors explain <frontend> <origin> [<method> [<header,...>]]  what the frontend's policies decide
// Under lua-load-per-thread a command runs in one thread's Lua state; every state scanned the same
// configuration, so each knows the same policies. Nothing here runs on the request path, and explaining
// counts nothing and records nothing.

import { quote } from "../policy/errors";
import { describePolicy, explainLines } from "../policy/explain";
import { fault } from "./fault";
import { KnownPolicy, knownPolicies } from "./knownPolicies";
import { rejectedKeys } from "./originMaps";

const EXPLAIN_USAGE = "cors explain <frontend> <origin> [<method> [<header,header>]]";

/** How a policy is written in the configuration: the rule or the converter call, arguments quoted (and cut short). */
function ruleOf(known: KnownPolicy): string {
  const args = known.args.map((arg) => quote(arg));
  if (known.use === "converter") return `converter lua.${known.action}(${args.join(",")})`;
  return `${known.use === "action" ? "http-request " : ""}lua.${known.action} ${args.join(" ")}`;
}

function headingOf(known: KnownPolicy): string {
  if (known.section === undefined) return `(first used at run time, not in the scanned configuration): ${ruleOf(known)}`;
  return `${known.section} (${known.where}): ${ruleOf(known)}`;
}

export function showPolicies(): string {
  if (knownPolicies.length === 0) return "no CORS policy\n";
  const blocks: string[] = [];
  for (const known of knownPolicies) {
    const lines = [headingOf(known)];
    if (known.refused) lines.push("  refused: denies every origin (see the log)");
    for (const line of describePolicy(known.policy)) lines.push(`  ${line}`);
    for (const name of known.policy.policy.originMaps) {
      const keys = rejectedKeys(name);
      if (keys.length > 0) lines.push(`  map ${quote(name)}: keys that never match (see the log): ${keys.map((key) => quote(key)).join(", ")}`);
    }
    blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n") + "\n";
}

/** The answer of `cors explain`, for every distinct policy of the frontend. */
export function explain(words: readonly (string | undefined)[]): string {
  const [frontend, origin, method, headers] = words;
  if (frontend === undefined || origin === undefined || frontend === "" || origin === "") return `usage: ${EXPLAIN_USAGE}\n`;
  const policies: KnownPolicy[] = [];
  const sections: string[] = [];
  for (const known of knownPolicies) {
    if (known.section !== undefined && sections.indexOf(known.section) < 0) sections.push(known.section);
    if (known.section !== frontend) continue;
    // The converter configuration names its policy in an action and a converter: explained once.
    if (policies.some((seen) => seen.policy === known.policy)) continue;
    policies.push(known);
  }
  if (policies.length === 0) return `cors: no policy in ${quote(frontend)}; sections with policies: ${sections.length > 0 ? sections.join(", ") : "none"}\n`;
  const question = { origin, method: method === "" ? undefined : method, headers: headers === "" ? undefined : headers };
  const blocks: string[] = [];
  for (const known of policies) {
    const lines = policies.length > 1 ? [`# ${headingOf(known)}`] : [];
    for (const line of explainLines(known.policy, question)) lines.push(line);
    blocks.push(lines.join("\n"));
  }
  return blocks.join("\n\n") + "\n";
}

/** Runs a command's work under pcall: a fault is logged and answered, never raised into HAProxy. */
function answer(applet: HaproxyAppletTCP, work: () => string): void {
  const [ok, text] = pcall(work);
  if (ok) return applet.send(text);
  fault("the runtime API command (cors)", text);
  applet.send("cors: internal error, see the log\n");
}

function onShowPolicies(this: void, applet: HaproxyAppletTCP): void {
  return answer(applet, showPolicies);
}

function onExplain(this: void, applet: HaproxyAppletTCP, ...words: (string | undefined)[]): void {
  // The words of the command line, the command's own ("cors", "explain") first.
  return answer(applet, () => explain(words.slice(2)));
}

export function registerCli(): void {
  core.register_cli(["cors", "show", "policies"], "cors show policies : list the CORS policies, where they come from and their options", onShowPolicies);
  core.register_cli(["cors", "explain"], `${EXPLAIN_USAGE} : what the frontend's CORS policies decide for such a request`, onExplain);
}
