// The README against the code: the converter configuration is the one the behaviour table runs through
// (src/converters/rules.ts, shipped as dist/cors-converters.cfg), so an operator copies what was tested; every problem of the
// closed set is in the errors table, as scripts/errorsTable.ts renders it from the code; the built-in Public
// Suffix List's date is the one stated.

import * as fs from "node:fs";
import * as path from "node:path";
import { extended } from "../cases/behaviour";
import { converterConfiguration } from "../support/config";
import { ERRORS_END, ERRORS_START, renderErrorsTable } from "../../scripts/errorsTable";
import { BUILT_IN_LIST_DATE } from "../../src/policy/publicSuffixData";

const README = fs.readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");

function between(start: string, end: string): string[] {
  const from = README.indexOf(start);
  const to = README.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README has no ${start} ... ${end}`);
  return README.substring(from + start.length, to).split("\n").map((line) => line.trim());
}

test("the README's converter block holds the tested rules, in order, and the setenv before lua-load", () => {
  const lines = between("<!-- converter-block:start -->", "<!-- converter-block:end -->").filter((line) => line !== "");
  const options = "origins=@/etc/haproxy/origins.txt methods=GET,PUT,POST headers=X-Custom-Header max-age=600";
  const { setenv, rules } = converterConfiguration(extended(options), "CORS_API", "/etc/haproxy/cors-api.map", "/unused");
  const block = lines.filter((line) => rules.includes(line));
  expect(block).toEqual(rules);
  // The rules are consecutive in the frontend.
  const first = lines.indexOf(rules[0]);
  expect(lines.slice(first, first + rules.length)).toEqual(rules);
  const setenvAt = lines.indexOf(setenv[0]);
  expect(setenvAt).toBeGreaterThanOrEqual(0);
  expect(setenvAt).toBeLessThan(lines.indexOf("lua-load /etc/haproxy/cors.lua"));
});

test("the README's errors table is the one the code's list of problems gives", () => {
  const from = README.indexOf(ERRORS_START);
  const to = README.indexOf(ERRORS_END);
  if (from < 0 || to < from) throw new Error(`README has no ${ERRORS_START} ... ${ERRORS_END}`);
  const inReadme = README.substring(from + ERRORS_START.length, to).trim();
  const expected = renderErrorsTable();
  if (inReadme !== expected) {
    throw new Error(`README.md's errors table differs from src/policy/errors.ts; run \`npx tsx scripts/errorsTable.ts\`, or put this between the markers:\n\n${expected}\n`);
  }
});

test("the README states the date of the built-in Public Suffix List", () => {
  expect(README.replace(/\s+/g, " ")).toContain(`the copy built into \`cors.lua\`, the list of ${BUILT_IN_LIST_DATE}`);
});
