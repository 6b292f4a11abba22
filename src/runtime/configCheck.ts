// Validating every policy written in the configuration while HAProxy loads this file, so that
// `haproxy -c` refuses a bad one (see haproxy/configScan.ts for why the file is read here).
//
// Limits (README, "Configuration check"): the files are the ones named by -f on HAProxy's command
// line, read from /proc/self/cmdline (Linux); a directory given to -f and a configuration read from
// standard input are not scanned. Whatever the check misses is still refused at run time: an invalid
// policy never emits CORS headers and is reported once in the log.

import { compilePolicyArguments } from "../haproxy/actionArguments";
import { configurationFiles, CorsRule, findCorsRules, findStatsSockets, findUnguardedAfterResponse, namesVariable, scanSections, sectionAt, usesLuaService } from "../haproxy/configScan";
import { DEBUG_VAR } from "../haproxy/variables";
import { CompiledPolicy, DENY_ALL } from "../policy/compile";
import { formatPolicyError } from "../policy/errors";
import { fillMapAtStart } from "../converters/glue";
import { findConverterCalls, findMapFiles, MapUse, mapUseErrors, uncountedConverterSections } from "../converters/scan";
import { recordEveryPolicy, recordForNativeRules } from "./editRecords";
import { readTextFile } from "./files";
import { knownSections, rememberPolicy, sectionOfEachPolicy } from "./knownPolicies";
import { METRICS_SERVICE, startCounting } from "./metrics";
import { cachedPolicy, storePolicy } from "./policyCache";
import { debugging } from "./transaction";
import { auditPolicy, auditThrough } from "./keyAudit";
import { checkedMaps, haproxyMaps } from "./originMaps";
import { publicSuffixes } from "./publicSuffixes";

function readFile(path: string): string | undefined {
  const file = readTextFile(path);
  return "text" in file ? file.text : undefined;
}

/** Raises one Lua error listing every refused policy with its file and line; HAProxy then stops. */
export function checkConfiguration(): void {
  const cmdline = readFile("/proc/self/cmdline");
  // Without the configuration, every request action records its decisions for native rules, which may be
  // there, and counts them for the metrics service, which may be there.
  if (cmdline === undefined) {
    recordEveryPolicy();
    return startCounting([], []);
  }
  const env = (name: string): string | undefined => os.getenv(name);
  const problems: string[] = [];
  const mapsRead: string[] = [];
  const mapUses: MapUse[] = [];
  /** Compiles a rule's policy into the cache; returns the cached one when it is valid, else lists its problems. */
  const compile = (file: string, rule: CorsRule): CompiledPolicy | undefined => {
    // A valid policy seen before is not compiled again (an invalid one is, for its problems on this line).
    const known = cachedPolicy(rule.action, rule.args);
    if (known !== undefined && known !== DENY_ALL) return known;
    const result = compilePolicyArguments(rule.action, rule.args, readTextFile, publicSuffixes, haproxyMaps, checkedMaps);
    const policy = storePolicy(rule.action, rule.args, result);
    if (result.ok) {
      auditPolicy(policy);
      return policy;
    }
    for (const error of result.errors) problems.push(`${file}:${rule.line}: ${formatPolicyError(error)}`);
    return undefined;
  };
  const texts: { file: string; text: string }[] = [];
  for (const file of configurationFiles(cmdline)) {
    const text = readFile(file);
    if (text !== undefined) texts.push({ file, text });
    else recordEveryPolicy();
  }
  if (texts.length === 0) recordEveryPolicy();
  let metricsServed = texts.length === 0;
  for (const { text } of texts) if (usesLuaService(text, env, METRICS_SERVICE)) metricsServed = true;
  auditThrough(texts.flatMap(({ text }) => findStatsSockets(text, env)));
  if (texts.length > 0 && !texts.some(({ text }) => namesVariable(text, env, DEBUG_VAR))) debugging.possible = false;
  for (const { file, text } of texts) {
    const sections = scanSections(text, env);
    const readsRecord = (line: number): boolean => sectionAt(sections, line)?.readsRecord === true;
    /** Compiles the policy, and remembers it with its section for the runtime API (runtime/cli.ts). */
    const check = (rule: CorsRule, use: "action" | "converter"): CompiledPolicy | undefined => {
      const policy = compile(file, rule);
      if (policy !== undefined) rememberPolicy({ section: sectionAt(sections, rule.line)?.name, where: `${file}:${rule.line}`, use, action: rule.action, args: rule.args, policy, refused: false });
      return policy;
    };
    for (const { line, error } of findUnguardedAfterResponse(text, env)) problems.push(`${file}:${line}: ${formatPolicyError(error)}`);
    for (const mapFile of findMapFiles(text, env)) mapsRead.push(mapFile);
    const calls = findConverterCalls(text, env);
    if (metricsServed) for (const { line, error } of uncountedConverterSections(text, env, calls)) problems.push(`${file}:${line}: ${formatPolicyError(error)}`);
    for (const call of calls) {
      if (call.converterError !== undefined) {
        problems.push(`${file}:${call.line}: ${formatPolicyError(call.converterError)}`);
        continue;
      }
      const policy = check(call, "converter");
      if (policy !== undefined && readsRecord(call.line)) recordForNativeRules(policy);
      if (policy !== undefined && call.mapFile !== undefined) {
        mapUses.push({ where: `${file}:${call.line}`, mapFile: call.mapFile, policy: [call.action, ...call.args].join("\n") });
        fillMapAtStart(call.mapFile, policy);
      }
    }
    for (const rule of findCorsRules(text, env)) {
      const policy = check(rule, "action");
      if (policy !== undefined && readsRecord(rule.line)) recordForNativeRules(policy);
    }
  }
  for (const { where, error } of mapUseErrors(mapUses, mapsRead, readTextFile)) problems.push(`${where}: ${formatPolicyError(error)}`);
  if (problems.length > 0) error(`invalid CORS policy:\n${problems.join("\n")}`, 0);
  if (metricsServed) startCounting(knownSections(), sectionOfEachPolicy());
}
