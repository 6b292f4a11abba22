// The README against the code: the install lines, the native response rules and the converter configuration
// (src/converters/rules.ts; the last two shipped in dist/) are the ones the tests run, so an
// operator copies what was tested; every problem of the
// closed set is in the errors table (docs/errors.md), as scripts/errorsTable.ts renders it from the code; the built-in Public
// Suffix List's date is the one stated.

import * as fs from "node:fs";
import * as path from "node:path";
import { extended } from "../cases/behaviour";
import { converterConfiguration } from "../support/config";
import { converterTemplate, fillAction, LUA_RESPONSE_RULES, nativeRulesTemplate, RESPONSE_RULES } from "../../src/converters/rules";
import { NATIVE_RULES_PATH, TEMPLATE_PATH } from "../../scripts/converterTemplate";
import { ERRORS_END, ERRORS_FILE, ERRORS_START, renderErrorsTable } from "../../scripts/errorsTable";
import { BUILT_IN_LIST_DATE } from "../../src/policy/publicSuffixData";

const README = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

function between(start: string, end: string): string[] {
  const from = README.indexOf(start);
  const to = README.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README has no ${start} ... ${end}`);
  return README.substring(from + start.length, to).split("\n").map((line) => line.trim());
}

/** The README's lines between two markers that hold HAProxy configuration (blank lines dropped). */
function configBetween(name: string): string[] {
  return between(`<!-- ${name}:start -->`, `<!-- ${name}:end -->`).filter((line) => line !== "" && !line.startsWith("```"));
}

/** True when `rules` stand in `lines` one after the other. */
function consecutive(lines: readonly string[], rules: readonly string[]): boolean {
  const first = lines.indexOf(rules[0]);
  return first >= 0 && JSON.stringify(lines.slice(first, first + rules.length)) === JSON.stringify(rules);
}

test("the README's install lines are the tested configuration of HAProxy 2.9+ (the response action in http-after-response)", () => {
  const lines = configBetween("install-block");
  const rules = fillAction(LUA_RESPONSE_RULES, "cors", ['"GET,PUT,POST"', '"https://app.example.com,.example.org"', '"X-Custom-Header"']);
  expect(consecutive(lines, rules)).toBe(true);
  expect(lines.indexOf("lua-load /etc/haproxy/cors.lua")).toBeGreaterThan(lines.indexOf("tune.lua.bool-sample-conversion normal"));
});

test("the README names the native response rules' file for HAProxy 2.2 to 2.8, which is what the build writes from the tested rules", () => {
  expect(README).toContain("[`dist/cors-native-rules.cfg`](dist/cors-native-rules.cfg)");
  const text = fs.readFileSync(NATIVE_RULES_PATH, "utf8");
  expect(text).toBe(nativeRulesTemplate());
  expect(consecutive(text.split("\n"), RESPONSE_RULES)).toBe(true);
});

test("the README names the converter configuration's file, which is what the build writes from the tested rules", () => {
  expect(README).toContain("[`dist/cors-converters.cfg`](dist/cors-converters.cfg)");
  expect(fs.readFileSync(TEMPLATE_PATH, "utf8")).toBe(converterTemplate());
  // The file's rules are the ones the behaviour table runs through (test/support/config.ts).
  const { rules } = converterConfiguration(extended("origins=https://app.example.com"), "CORS_POLICY", "/etc/haproxy/cors.map", "/unused");
  expect(consecutive(converterTemplate().split("\n"), rules)).toBe(true);
});

test("the errors table (docs/errors.md) is the one the code's list of problems gives", () => {
  const text = fs.readFileSync(ERRORS_FILE, "utf8");
  const from = text.indexOf(ERRORS_START);
  const to = text.indexOf(ERRORS_END);
  if (from < 0 || to < from) throw new Error(`docs/errors.md has no ${ERRORS_START} ... ${ERRORS_END}`);
  const inFile = text.substring(from + ERRORS_START.length, to).trim();
  const expected = renderErrorsTable();
  if (inFile !== expected) {
    throw new Error(`docs/errors.md's errors table differs from src/policy/errors.ts; run \`npx tsx scripts/errorsTable.ts\`, or put this between the markers:\n\n${expected}\n`);
  }
});

test("the README states the date of the built-in Public Suffix List", () => {
  expect(README.replace(/\s+/g, " ")).toContain(`the copy built into \`cors.lua\`, the list of ${BUILT_IN_LIST_DATE}`);
});

test("the README stays an operator's manual of under 20,000 bytes (contributor material lives in CONTRIBUTING.md and docs/)", () => {
  expect(Buffer.byteLength(README, "utf8")).toBeLessThan(20000);
});
