// The README against the code: the converter configuration is the one the behaviour table runs through
// (test/support/config.ts, CONVERTER_RULES), so an operator copies what was tested; every problem of the
// closed set is listed; the built-in Public Suffix List's date is the one stated.

import * as fs from "node:fs";
import * as path from "node:path";
import { extended } from "../cases/behaviour";
import { converterConfiguration } from "../support/config";
import { Problem } from "../../src/core/errors";
import { BUILT_IN_LIST_DATE } from "../../src/core/publicSuffixData";

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

test("the README lists every problem a policy can have", () => {
  const prose = README.replace(/\s+/g, " ");
  const missing = Object.values(Problem).filter((text) => !prose.includes(`\`${text}\``));
  expect(missing).toEqual([]);
});

test("the README states the date of the built-in Public Suffix List", () => {
  expect(README.replace(/\s+/g, " ")).toContain(`the copy built into \`cors.lua\`, the list of ${BUILT_IN_LIST_DATE}`);
});
