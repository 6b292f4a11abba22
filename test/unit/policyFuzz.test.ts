// Fuzzing the policy parser: random and mutated policy strings never make it throw, every refusal is a
// well-formed message, and every accepted policy round-trips (parse, print, parse).

import fc from "fast-check";
import { BEHAVIOUR_CASES } from "../cases/behaviour";
import { readFileLikeLua } from "../support/files";
import { actionOf, FIXTURES_DIR } from "../support/policyArgs";
import { ReadFile } from "../../src/policy/policy";
import { formatPolicyError } from "../../src/policy/errors";
import { parsePolicyArguments } from "../../src/haproxy/actionArguments";
import { printPolicy } from "../../src/policy/printPolicy";

const RUNS = Number(process.env.CORS_FUZZ_RUNS ?? 5000);
const MESSAGE = /^cors: (option|origin|origins file|origins map|method|header|expose header|max-age|preflight|policy) "([^"\\]|\\.)*"(\.\.\.)? [a-z][^\x00-\x1f\x7f-\uffff]*$/;

const byte = fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code));
const ALPHABET = ["origins=", "methods=", "headers=", "expose=", "credentials", "max-age=", "preflight=", "https://", "http://", "*.", ".", "*", ",", " ", ":", "/", "example.com", "GET", "put", "X-A", "Authorization", "null", "443", "8080", "forward", "\t", '"', "\\"];
const token = fc.oneof(fc.constantFrom(...ALPHABET), byte);
const policyText = fc.array(token, { maxLength: 30 }).map((parts) => parts.join(""));

const seeds = [...new Set(BEHAVIOUR_CASES.map((c) => JSON.stringify(actionOf(c.policy))))].map((s) => JSON.parse(s) as { action: "cors" | "cors-policy"; args: string[] });
/** A valid policy of the table with one edit: a character inserted, removed or replaced, or a piece repeated. */
const mutated = fc.record({ seed: fc.constantFrom(...seeds), at: fc.nat(), arg: fc.nat(), edit: fc.constantFrom("insert", "delete", "replace", "repeat"), piece: token }).map(({ seed, at, arg, edit, piece }) => {
  const args = seed.args.slice();
  const i = arg % args.length;
  const text = args[i];
  const p = text.length === 0 ? 0 : at % text.length;
  if (edit === "insert") args[i] = text.slice(0, p) + piece + text.slice(p);
  else if (edit === "delete") args[i] = text.slice(0, p) + text.slice(p + 1);
  else if (edit === "replace") args[i] = text.slice(0, p) + piece + text.slice(p + 1);
  else args[i] = text.slice(0, p) + text.slice(p, p + 8) + text.slice(p);
  return { action: seed.action, args };
});

/** Origins files are read from test/fixtures only: random paths never reach the disk. */
const readFixture: ReadFile = (path) => (path.startsWith(`${FIXTURES_DIR}/`) ? readFileLikeLua(path) : { error: "outside the fixtures" });

function checkParse(action: "cors" | "cors-policy", args: string[]): void {
  const parsed = parsePolicyArguments(action, args, readFixture);
  if (!parsed.ok) {
    expect(parsed.errors.length).toBeGreaterThan(0);
    for (const error of parsed.errors) expect(formatPolicyError(error)).toMatch(MESSAGE);
    return;
  }
  const printed = printPolicy(parsed.policy);
  const reparsed = parsePolicyArguments(action, printed, readFixture);
  expect(reparsed).toEqual({ ok: true, policy: parsed.policy });
}

describe("the policy parser under random and mutated input", () => {
  test("random extended policies never throw, refusals are well formed, accepted ones round-trip", () => {
    fc.assert(fc.property(policyText, (text) => checkParse("cors-policy", [text])), { numRuns: RUNS });
  });

  test("random drop-in arguments never throw, refusals are well formed, accepted ones round-trip", () => {
    fc.assert(fc.property(policyText, policyText, policyText, (m, o, h) => checkParse("cors", [m, o, h])), { numRuns: RUNS });
  });

  test("mutations of the table's valid policies never throw, refusals are well formed, accepted ones round-trip", () => {
    fc.assert(fc.property(mutated, ({ action, args }) => checkParse(action, args)), { numRuns: RUNS });
  });

  test("every valid policy of the table round-trips", () => {
    for (const { action, args } of seeds) {
      const parsed = parsePolicyArguments(action, args, readFixture);
      expect(parsed.ok).toBe(true);
      checkParse(action, args);
    }
  });
});
