// The table of errors (docs/errors.md), from the closed set in src/policy/errors.ts (`Problem`): one row per
// problem, the message the code itself produces for an example configuration, so the table cannot drift
// from the module. `npx tsx scripts/errorsTable.ts` rewrites the table between the file's "errors"
// markers; test/unit/readme.test.ts fails when the file's table is not what this renders.

import * as fs from "node:fs";
import * as path from "node:path";
import { findConverterCalls, mapUseErrors, uncountedConverterSections } from "../src/converters/scan";
import { findUnguardedAfterResponse } from "../src/haproxy/configScan";
import { formatPolicyError, PolicyError, Problem } from "../src/policy/errors";
import type { ReadFile } from "../src/policy/policy";
import { parsePolicyArguments, PolicyAction } from "../src/haproxy/actionArguments";
import { loadPublicSuffixList } from "../src/policy/publicSuffixSource";

export const ERRORS_FILE = path.resolve(__dirname, "../docs/errors.md");
export const ERRORS_START = "<!-- errors:start -->";
export const ERRORS_END = "<!-- errors:end -->";

type ProblemKey = keyof typeof Problem;

/** A missing file, as Lua's io.open reports it. */
const missing = (file: string) => ({ error: `${file}: No such file or directory` });
const files = (texts: { [file: string]: string }): ReadFile => (file) => (file in texts ? { text: texts[file] } : missing(file));

/** What the example is (as an operator writes it), and the errors the code gives for it. */
interface Example {
  readonly written: string;
  readonly errors: () => readonly PolicyError[];
}

function policy(action: PolicyAction, args: readonly string[], readFile?: ReadFile): Example {
  const written = action === "cors" ? `lua.cors ${args.map((a) => `"${a}"`).join(" ")}` : `lua.cors-policy "${args[0]}"`;
  return {
    written,
    errors: () => {
      const result = parsePolicyArguments(action, args, readFile);
      return result.ok ? [] : result.errors;
    },
  };
}

const extended = (options: string, readFile?: ReadFile) => policy("cors-policy", [options], readFile);

function converter(expression: string): Example {
  return {
    written: expression,
    errors: () => findConverterCalls(`  http-request set-var(txn.cors_edit) "${expression}"`, () => undefined).flatMap((rule) => (rule.converterError ? [rule.converterError] : [])),
  };
}

function maps(written: string, uses: { mapFile: string; policy: string }[], mapsRead: string[], readFile: ReadFile): Example {
  return { written, errors: () => mapUseErrors(uses.map((use, i) => ({ ...use, where: `haproxy.cfg:${i + 1}` })), mapsRead, readFile).map((e) => e.error) };
}

const MAP = "/etc/haproxy/cors-api.map";
const APP = "origins=https://app.example.com";

/** One example per problem; the order of the rows is the order of `Problem`. */
const EXAMPLES: { readonly [key in ProblemKey]: Example } = {
  unknownOption: extended(`${APP} allow-all`),
  duplicateOption: extended("origins=https://a.example.com origins=https://b.example.com"),
  emptyValue: extended(`${APP} methods=`),
  unexpectedValue: extended(`${APP} credentials=yes`),
  missingOrigins: extended("methods=GET"),
  noScheme: extended("origins=app.example.com"),
  hasPath: extended("origins=https://app.example.com/"),
  notAnOrigin: extended("origins=https://user@app.example.com"),
  uppercase: extended("origins=https://App.example.com"),
  defaultPort: extended("origins=https://app.example.com:443"),
  badPort: extended("origins=https://app.example.com:99999"),
  badHost: extended("origins=https://app..example.com"),
  nonAsciiHost: extended("origins=https://bücher.example"),
  nullOrigin: extended("origins=null"),
  publicSuffix: extended("origins=https://*.github.io credentials"),
  wildcardMisplaced: extended("origins=https://app*.example.com"),
  wildcardMixed: extended("origins=*,https://a.example.com"),
  wildcardWithCredentials: extended("origins=* credentials"),
  malformedToken: extended(`${APP} headers=X:Bad`),
  forbiddenMethod: policy("cors", ["GET,CONNECT", "https://app.example.com", " "]),
  maxAgeRange: extended(`${APP} max-age=86401`),
  preflightMode: extended(`${APP} preflight=maybe`),
  unreadableFile: extended("origins=@/etc/haproxy/origins.txt", files({})),
  nestedFile: extended("origins=@/etc/haproxy/origins.txt", files({ "/etc/haproxy/origins.txt": "https://app.example.com\n@/etc/haproxy/more.txt\n" })),
  notSuffixList: {
    written: "setenv CORS_PUBLIC_SUFFIX_LIST /etc/haproxy/cors.lua",
    errors: () => {
      const result = loadPublicSuffixList("/etc/haproxy/cors.lua", files({ "/etc/haproxy/cors.lua": "-- not a list\nlocal x = 1\n" }));
      return "error" in result ? [result.error] : [];
    },
  },
  converterArity: converter("req.fhdr(origin),lua.cors('GET','https://app.example.com')"),
  converterInput: converter(`str(),lua.cors-policy('${APP}',no-orign)`),
  mapNotRead: maps(`lua.cors-policy('${APP}',map=${MAP}) without a map_str(${MAP})`, [{ mapFile: MAP, policy: APP }], [], files({ [MAP]: "" })),
  mapNotEmpty: maps(`lua.cors-policy('${APP}',map=${MAP}), the map holding a line`, [{ mapFile: MAP, policy: APP }], [MAP], files({ [MAP]: "https://app.example.com x\n" })),
  mapSpelling: policy("cors", ["GET", "map:/etc/haproxy/cors-origins.map", " "], files({ "/etc/haproxy/cors-origins.map": "app.example.com tenant-a\n" })),
  mapPatternDepth: extended("origins=map:/etc/haproxy/cors-origins.map", files({ "/etc/haproxy/cors-origins.map": "https://*.a.b.c.d.e.f.g.h.i.example.com 1\n" })),
  mapInFile: extended("origins=@/etc/haproxy/origins.txt", files({ "/etc/haproxy/origins.txt": "map:/etc/haproxy/cors-origins.map\n" })),
  mapNoName: extended("origins=map:"),
  moreMapKeys: extended("origins=map:/etc/haproxy/cors-origins.map", files({ "/etc/haproxy/cors-origins.map": Array.from({ length: 12 }, (_, i) => `https://app${i}.example.com/ 1`).join("\n") })),
  mapShared: maps(`map=${MAP} given to two policies`, [{ mapFile: MAP, policy: APP }, { mapFile: MAP, policy: "origins=https://b.example.com" }], [MAP], files({ [MAP]: "" })),
  afterResponseUnguarded: { written: "http-after-response lua.cors", errors: () => findUnguardedAfterResponse("  http-after-response lua.cors", () => undefined).map((found) => found.error) },
  notCounted: {
    written: "a converter block without its counting rule, with the metrics service",
    errors: () => {
      const text = `frontend api\n  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors-policy('${APP}')"\n`;
      return uncountedConverterSections(text, () => undefined, findConverterCalls(text, () => undefined)).map((found) => found.error);
    },
  },
};

/** A table cell: pipes escaped, so a message stays one cell. */
const cell = (text: string) => "`" + text.replace(/\|/g, "\\|") + "`";

/** The table, as docs/errors.md holds it between the markers (no trailing newline). */
export function renderErrorsTable(): string {
  const rows = (Object.keys(Problem) as ProblemKey[]).map((key) => {
    const example: Example | undefined = EXAMPLES[key];
    if (example === undefined) throw new Error(`scripts/errorsTable.ts: no example for the problem ${key}; add one to EXAMPLES`);
    const error = example.errors().find((e) => e.problem === Problem[key]);
    if (error === undefined) throw new Error(`scripts/errorsTable.ts: the example for ${key} (${example.written}) does not give "${Problem[key]}"`);
    return `| ${cell(formatPolicyError(error))} |`;
  });
  return ["| message, one per problem, in the order of `Problem` |", "| --- |", ...rows].join("\n");
}

/** `text` (docs/errors.md) with its errors table replaced by `table`. */
export function withErrorsTable(text: string, table: string): string {
  const from = text.indexOf(ERRORS_START);
  const to = text.indexOf(ERRORS_END);
  if (from < 0 || to < from) throw new Error(`docs/errors.md has no ${ERRORS_START} ... ${ERRORS_END}`);
  return `${text.slice(0, from + ERRORS_START.length)}\n${table}\n${text.slice(to)}`;
}

if (require.main === module) {
  fs.writeFileSync(ERRORS_FILE, withErrorsTable(fs.readFileSync(ERRORS_FILE, "utf8"), renderErrorsTable()));
}
