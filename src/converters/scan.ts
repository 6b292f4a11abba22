// The converter configuration's load-time checks (README, "Converter configuration"): every call of the
// converters in the configuration's sample expressions, with what is wrong with its arguments, and what is
// wrong with the maps they name. The configuration check (runtime/configCheck.ts) refuses what they find.

import { ARGUMENT_COUNT, PolicyAction } from "../haproxy/actionArguments";
import { converterArguments, CorsRule, EnvLookup, forEachLine, scanSections, Section, sectionAt, splitConfigLine } from "../haproxy/configScan";
import { COUNTS_TABLE } from "../metrics/counts";
import { isOws } from "../policy/chars";
import { PolicyError, Problem } from "../policy/errors";
import type { ReadFile } from "../policy/policy";
import { MAP_ARGUMENT, NO_ORIGIN, readLastArgument } from "./record";

/** A call of `lua.cors(...)` or `lua.cors-policy(...)` in a sample expression. */
export interface ConverterCall extends CorsRule {
  /** What its arguments get wrong, if anything. */
  readonly converterError?: PolicyError;
  /** The map its `map=<file>` argument names (the module fills it with the exact origins). */
  readonly mapFile?: string;
}

const CONVERTERS: ReadonlyArray<readonly [string, PolicyAction]> = [
  ["lua.cors-policy(", "cors-policy"],
  ["lua.cors(", "cors"],
];

/** Every call of the module's converters in one word (a sample expression), with what it refuses. */
function callsIn(word: string, line: number): ConverterCall[] {
  const rules: ConverterCall[] = [];
  for (const [name, action] of CONVERTERS) {
    let at = word.indexOf(name);
    while (at >= 0) {
      const args = converterArguments(word, at + name.length - 1);
      const count = ARGUMENT_COUNT[action];
      let converterError: PolicyError | undefined;
      let mapFile: string | undefined;
      if (args === undefined || (args.length !== count && args.length !== count + 1)) {
        converterError = {
          subject: "converter",
          value: word.substring(at),
          problem: Problem.converterArity,
          hint: `lua.${action} takes ${count}, then ${NO_ORIGIN} for a request without Origin or ${MAP_ARGUMENT}<file> for one with`,
        };
      } else if (args.length === count + 1) {
        const last = readLastArgument(args[count]);
        if (last.kind === "refused") converterError = last.error;
        else if (last.kind === "decide") mapFile = last.mapFile;
      }
      rules.push({ line, action, args: args === undefined ? [] : args.slice(0, count), converterError, mapFile });
      at = word.indexOf(name, at + name.length);
    }
  }
  return rules;
}

/** Every call of the module's converters in a configuration file, with what each refuses. */
export function findConverterCalls(text: string, env: EnvLookup): ConverterCall[] {
  const calls: ConverterCall[] = [];
  forEachLine(text, (line, lineNumber) => {
    if (line.indexOf("lua.cors") < 0) return;
    const words = splitConfigLine(line, env);
    if (words === undefined) return;
    for (const word of words) {
      if (word.indexOf("lua.cors") >= 0) for (const call of callsIn(word, lineNumber)) calls.push(call);
    }
  });
  return calls;
}

const MAP_CONVERTERS: readonly string[] = ["map_str(", "map("];

/** The file of every `map_str(<file>)` and `map(<file>)` in a configuration: the maps it reads. */
export function findMapFiles(text: string, env: EnvLookup): string[] {
  const files: string[] = [];
  forEachLine(text, (line) => {
    if (line.indexOf("map_str(") < 0 && line.indexOf("map(") < 0) return;
    const words = splitConfigLine(line, env);
    if (words === undefined) return;
    for (const word of words) {
      for (const name of MAP_CONVERTERS) {
        let at = word.indexOf(name);
        while (at >= 0) {
          const args = converterArguments(word, at + name.length - 1);
          if (args !== undefined && args.length > 0) files.push(args[0]);
          at = word.indexOf(name, at + name.length);
        }
      }
    }
  });
  return files;
}

/** The prefix of a map HAProxy (3.0 and later) keeps in memory only, with no file behind it. */
export const VIRTUAL_MAP = "virt@";

/** True when a map file holds no entry: only blank lines and `#` comments (the module fills it). */
export function isEmptyPatternFile(text: string): boolean {
  let empty = true;
  forEachLine(text, (line) => {
    let i = 0;
    while (i < line.length && isOws(line.charCodeAt(i))) i++;
    if (i < line.length && line.charCodeAt(i) !== 35) empty = false;
  });
  return empty;
}

/** A converter's map=<file> argument: where it is written, and the policy whose exact origins fill it. */
export interface MapUse {
  /** "<configuration file>:<line>", for messages. */
  readonly where: string;
  readonly mapFile: string;
  /** The policy's arguments as one key: two uses may share a map only with the same policy. */
  readonly policy: string;
}

/**
 * What is wrong with the maps that converters name: each must be read by a map_str() of the
 * configuration (or nothing would look there), start empty (the module is its only writer), and belong to
 * one policy (an origin of one would be allowed with the other's record).
 */
export function mapUseErrors(uses: readonly MapUse[], mapsRead: readonly string[], read: ReadFile): { where: string; error: PolicyError }[] {
  const errors: { where: string; error: PolicyError }[] = [];
  const policyOf: { [mapFile: string]: string } = {};
  const checked: { [mapFile: string]: true } = {};
  for (const use of uses) {
    const { where, mapFile } = use;
    if (mapsRead.indexOf(mapFile) < 0) {
      errors.push({ where, error: { subject: "map file", value: mapFile, problem: Problem.mapNotRead, hint: `look the Origin up with req.fhdr(origin),map_str(${mapFile}) before this converter` } });
    }
    const owner = policyOf[mapFile];
    if (owner === undefined) policyOf[mapFile] = use.policy;
    else if (owner !== use.policy) errors.push({ where, error: { subject: "map file", value: mapFile, problem: Problem.mapShared, hint: "give each policy its own map" } });
    if (checked[mapFile] === true || mapFile.substring(0, VIRTUAL_MAP.length) === VIRTUAL_MAP) continue;
    checked[mapFile] = true;
    const file = read(mapFile);
    if ("error" in file) errors.push({ where, error: { subject: "map file", value: mapFile, problem: Problem.unreadableFile, hint: file.error } });
    else if (!isEmptyPatternFile(file.text)) errors.push({ where, error: { subject: "map file", value: mapFile, problem: Problem.mapNotEmpty, hint: "the module fills it with the policy's exact origins when HAProxy starts" } });
  }
  return errors;
}

/**
 * With the metrics service, the converter calls of each section that has no counting rule (rules.ts,
 * COUNT_RULE: an `http-request track-sc<n> ... table cors-counts`): the decisions made there without the
 * action would go uncounted. One error per section, at its first call.
 */
export function uncountedConverterSections(text: string, env: EnvLookup, calls: readonly ConverterCall[]): { line: number; error: PolicyError }[] {
  const sections = scanSections(text, env);
  const counted: Section[] = [];
  forEachLine(text, (line, lineNumber) => {
    if (line.indexOf(COUNTS_TABLE) < 0 || line.indexOf("track-sc") < 0) return;
    const words = splitConfigLine(line, env);
    const at = words === undefined ? -1 : words.indexOf("table");
    const section = sectionAt(sections, lineNumber);
    if (words !== undefined && words.length > 3 && words[0] === "http-request" && words[1].substring(0, 8) === "track-sc" && words[at + 1] === COUNTS_TABLE && section !== undefined) counted.push(section);
  });
  const reported: Section[] = [];
  const errors: { line: number; error: PolicyError }[] = [];
  for (const call of calls) {
    const section = sectionAt(sections, call.line);
    if (section === undefined || counted.indexOf(section) >= 0 || reported.indexOf(section) >= 0) continue;
    reported.push(section);
    errors.push({ line: call.line, error: { subject: "converter", value: `lua.${call.action}(...)`, problem: Problem.notCounted, hint: "add its counting rule and table (dist/cors-converters.cfg, step 4)" } });
  }
  return errors;
}
