import * as path from "node:path";
import { PolicyLine } from "../cases/behaviour";

/** Where the table's `{fixtures}` placeholder points for runners on this machine. */
export const FIXTURES_DIR = path.resolve(__dirname, "../fixtures");

/** Replaces the `{fixtures}` placeholder of a policy or a message with a runner's fixtures folder. */
export function withFixtures(text: string, fixtures: string = FIXTURES_DIR): string {
  return text.split("{fixtures}").join(fixtures);
}

/** The action name and arguments that haproxy.cfg passes for a policy line. */
export function actionOf(policy: PolicyLine, fixtures: string = FIXTURES_DIR): { action: "cors" | "cors-policy"; args: string[] } {
  const args = policy.form === "drop-in" ? [policy.methods, policy.origins, policy.headers] : [policy.options];
  return { action: policy.form === "drop-in" ? "cors" : "cors-policy", args: args.map((arg) => withFixtures(arg, fixtures)) };
}
