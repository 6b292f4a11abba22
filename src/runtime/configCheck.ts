// Validating every policy written in the configuration while HAProxy loads this file, so that
// `haproxy -c` refuses a bad one (see haproxy/configScan.ts for why the file is read here).
//
// Limits (README, "Configuration check"): the files are the ones named by -f on HAProxy's command
// line, read from /proc/self/cmdline (Linux); a directory given to -f and a configuration read from
// standard input are not scanned. Whatever the check misses is still refused at run time: an invalid
// policy never emits CORS headers and is reported once in the log.

import { configurationFiles, findCorsRules, findMapFiles, MapUse, mapUseErrors } from "../haproxy/configScan";
import { formatPolicyError } from "../policy/errors";
import { compilePolicyArguments } from "../haproxy/actionArguments";
import { readTextFile } from "./files";
import { publicSuffixes } from "./publicSuffixes";
import { fillMapAtStart } from "./originMaps";
import { storePolicy } from "./policyCache";

function readFile(path: string): string | undefined {
  const file = readTextFile(path);
  return "text" in file ? file.text : undefined;
}

/** Raises one Lua error listing every refused policy with its file and line; HAProxy then stops. */
export function checkConfiguration(): void {
  const cmdline = readFile("/proc/self/cmdline");
  if (cmdline === undefined) return;
  const env = (name: string): string | undefined => os.getenv(name);
  const problems: string[] = [];
  const mapsRead: string[] = [];
  const mapUses: MapUse[] = [];
  for (const file of configurationFiles(cmdline)) {
    const text = readFile(file);
    if (text === undefined) continue;
    for (const mapFile of findMapFiles(text, env)) mapsRead.push(mapFile);
    for (const rule of findCorsRules(text, env)) {
      if (rule.converterError !== undefined) {
        problems.push(`${file}:${rule.line}: ${formatPolicyError(rule.converterError)}`);
        continue;
      }
      const result = compilePolicyArguments(rule.action, rule.args, readTextFile, publicSuffixes);
      storePolicy(rule.action, rule.args, result);
      if (!result.ok) {
        for (const error of result.errors) problems.push(`${file}:${rule.line}: ${formatPolicyError(error)}`);
      } else if (rule.mapFile !== undefined) {
        mapUses.push({ where: `${file}:${rule.line}`, mapFile: rule.mapFile, policy: [rule.action, ...rule.args].join("\n") });
        fillMapAtStart(rule.mapFile, result.policy);
      }
    }
  }
  for (const { where, error } of mapUseErrors(mapUses, mapsRead, readTextFile)) problems.push(`${where}: ${formatPolicyError(error)}`);
  if (problems.length > 0) error(`invalid CORS policy:\n${problems.join("\n")}`, 0);
}
