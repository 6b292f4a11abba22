// Writing a policy back as the arguments of its action: parsing what this prints gives the same
// policy (the parser fuzz test checks it), and the text is what an operator would have written.

import { printPattern } from "./origin";
import { MAP_ENTRY_PREFIX } from "./originMaps";
import { NameList, Policy } from "./policy";

function printList(list: NameList): string {
  const names = list.any ? ["*"].concat(list.names) : list.names.slice();
  return names.join(",");
}

function printOrigins(policy: Policy): string {
  const entries: string[] = policy.anyOrigin ? ["*"] : [];
  for (const pattern of policy.origins) entries.push(printPattern(pattern));
  for (const name of policy.originMaps) entries.push(MAP_ENTRY_PREFIX + name);
  return entries.join(",");
}

/** The arguments that produce this policy: three for `lua.cors`, one for `lua.cors-policy`. */
export function printPolicy(policy: Policy): string[] {
  if (policy.form === "drop-in") {
    const headers = printList(policy.headers);
    return [printList(policy.methods), printOrigins(policy), headers === "" ? " " : headers];
  }
  const options = [`origins=${printOrigins(policy)}`];
  options.push(`methods=${printList(policy.methods)}`);
  const headers = printList(policy.headers);
  if (headers !== "") options.push(`headers=${headers}`);
  const expose = printList(policy.expose);
  if (expose !== "") options.push(`expose=${expose}`);
  if (policy.credentials) options.push("credentials");
  if (policy.maxAge !== undefined) options.push(`max-age=${policy.maxAge}`);
  if (policy.preflight === "forward") options.push("preflight=forward");
  return [options.join(" ")];
}
