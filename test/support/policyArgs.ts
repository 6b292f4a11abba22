import { PolicyLine } from "../cases/behaviour";

/** The action name and arguments that haproxy.cfg passes for a policy line. */
export function actionOf(policy: PolicyLine): { action: "cors" | "cors-policy"; args: string[] } {
  return policy.form === "drop-in"
    ? { action: "cors", args: [policy.methods, policy.origins, policy.headers] }
    : { action: "cors-policy", args: [policy.options] };
}
