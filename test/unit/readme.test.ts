// The converter configuration in the README is the one the behaviour table runs through
// (test/support/config.ts, CONVERTER_RULES): an operator copies what was tested.

import * as fs from "node:fs";
import * as path from "node:path";
import { extended } from "../cases/behaviour";
import { converterConfiguration } from "../support/config";

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
