// Load benchmark of the CORS module in a real HAProxy, side by side with no CORS, hand-written HAProxy
// rules and a minimal Lua floor. See bench/README.md.
//
//   npx tsx bench/run.ts [--smoke [--write]] [--duration S] [--rounds N] [--no-micro] [--only REGEX]
//   npx tsx bench/run.ts --instructions [--smoke [--write]] [--requests N] [--only REGEX]
//   npx tsx bench/run.ts --paired [--smoke [--write]] [--pairs N] [--pair-seconds S]
//
// One HAProxy (nbthread 1, pinned to CPU 0) holds every configuration as its own frontend, plus an
// "app" frontend that answers 200 itself and is reached through a `server` line, so the response phase
// of the frontend under test really runs. wrk (1 thread, 50 keep-alive connections, pinned to CPU 1)
// loads one frontend at a time; rounds are interleaved and the best req/s per row is kept.
//
// The rows measured with counting on (counted-file) are measured in a second HAProxy of the same configuration,
// pinned to the same CPU, which also serves `lua.cors-metrics`: counting is on in a process only when a rule
// uses that service, and then for every frontend of the process (src/runtime/metrics.ts).
//
// With --instructions, the same HAProxy runs under valgrind (bench/callgrind.ts) and each row is sent N
// requests one after the other, its instructions counted and, with Lua's collector stopped meanwhile
// (bench/gc.lua), what Lua allocated: figures that do not depend on the machine's load (bench/README.md,
// "Profile", item 13, says what still varies).

import { spawn, spawnSync, ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as http from "node:http";
import * as os from "node:os";
import * as path from "node:path";
import { converterConfiguration } from "../test/support/config";
import { COUNTS_TABLE_SECTION, EVERY_RESPONSE_RULES } from "../src/converters/rules";
import { freeBenchPort, waitForPort } from "../test/support/http";
import { CountedProcess, missingCounter, startCounted } from "./callgrind";
import { median, medianInterval } from "./stats";

const ROOT = path.resolve(__dirname, "..");
const CORS_LUA = path.join(ROOT, "dist", "cors.lua");
const FLOOR_LUA = path.join(__dirname, "floor.lua");
const GC_LUA = path.join(__dirname, "gc.lua");
const HAPROXY = "/usr/sbin/haproxy";
const WRK = "/usr/bin/wrk";
const CONNECTIONS = 50;

// ---------------------------------------------------------------- options

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}
const SMOKE = process.argv.includes("--smoke");
const ROUNDS = Number(argValue("--rounds") ?? (SMOKE ? 1 : 3));
const DURATION = Number(argValue("--duration") ?? (SMOKE ? 1 : 3));
const INSTRUCTIONS = process.argv.includes("--instructions");
/** --instructions: requests counted per row (after a few unmeasured ones). */
const REQUESTS = Number(argValue("--requests") ?? (SMOKE ? 50 : 1000));
const RUN_MICRO = !process.argv.includes("--no-micro") && !INSTRUCTIONS;
/** --only keeps the rows whose "<configuration> <mix>" matches (base and floor always stay, for the ratios); its report is not written to docs/. */
const ONLY = argValue("--only") === undefined ? undefined : new RegExp(argValue("--only") as string);
/**
 * --paired measures the floor targets in pairs instead of rounds: a HAProxy serving only `floor`, `floor-api`
 * and the extended form with an origins file (1,000 + 100), each against `floor` in turn, --pairs times for
 * --pair-seconds a side (alternating which runs first), the median of the ratios kept with its 95 % interval.
 * Writes docs/bench-paired.md.
 */
const PAIRED = process.argv.includes("--paired");
const PAIRS = Number(argValue("--pairs") ?? (SMOKE ? 2 : 40));
const PAIR_SECONDS = Number(argValue("--pair-seconds") ?? 1);
/** --smoke writes docs/ only with --write (otherwise its report stays in the temporary directory). */
const WRITE = (!SMOKE && ONLY === undefined) || process.argv.includes("--write");
if (!(ROUNDS >= 1 && ROUNDS <= 20 && DURATION >= 1 && DURATION <= 60 && REQUESTS >= 10 && REQUESTS <= 100000 && PAIRS >= 1 && PAIRS <= 100 && PAIR_SECONDS >= 1 && PAIR_SECONDS <= 10)) {
  console.error("--rounds must be 1..20, --duration 1..60 seconds, --requests 10..100000, --pairs 1..100, --pair-seconds 1..10");
  process.exit(2);
}
if (PAIRED && (INSTRUCTIONS || ONLY !== undefined)) {
  console.error("--paired measures its own rows in requests per second: without --instructions or --only");
  process.exit(2);
}

// ---------------------------------------------------------------- what is measured

const ALLOWED = "https://allowed.example.org";
const DENIED = "https://denied.example.invalid";
const METHODS = "GET,POST,PUT";
const HEADERS = "content-type,x-requested-with";

/** The requests a client can send to make the module work (docs/threat-model.md), each against the hostile-* rows' ordinary preflight. */
const HOSTILE_MIXES = ["h-acrm", "h-acrh-names", "h-acrh-commas", "h-acrh-repeat", "h-acrh-spaces", "h-acrh-lines", "h-acrm-lines", "h-origin", "h-origins", "h-names", "h-vary", "h-vary-short", "h-any-names", "h-any-spaces"] as const;
type HostileMix = (typeof HOSTILE_MIXES)[number];
type Mix = "allowed" | "allowed-browser" | "allowed-sub" | "denied" | "no-origin" | "preflight" | "preflight-fwd" | "preflight-h" | HostileMix;
const MIX_LABEL: Record<Mix, string> = {
  allowed: "allowed GET",
  "allowed-browser": "allowed GET, a browser's headers",
  "allowed-sub": "allowed GET (subdomain pattern)",
  denied: "denied GET",
  "no-origin": "GET without Origin",
  preflight: "preflight answered by HAProxy",
  "preflight-fwd": "preflight forwarded to backend",
  "preflight-h": "ordinary allowed preflight",
  "h-acrm": "ACRM of 14 KB",
  "h-acrh-names": "ACRH of 1,400 distinct names",
  "h-acrh-commas": "ACRH of 14,000 commas",
  "h-acrh-repeat": "ACRH: one name 3,000 times",
  "h-acrh-spaces": "ACRH: 14,000 spaces inside",
  "h-acrh-lines": "90 ACRH lines",
  "h-acrm-lines": "90 ACRM lines",
  "h-origin": "GET, Origin of 14 KB",
  "h-origins": "GET, 90 Origin lines",
  "h-names": "GET, 90 long header names",
  "h-vary": "GET, backend Vary of 8 KB",
  "h-vary-short": "GET, backend Vary of 128 one-byte names",
  "h-any-names": "ACRH: 32 names in 1 KB (headers=* allows them)",
  "h-any-spaces": "ACRH: 1 KB, mostly spaces (headers=*)",
};

function isHostile(mix: Mix): mix is HostileMix {
  return (HOSTILE_MIXES as readonly string[]).includes(mix);
}

/** base has no CORS: its preflight row is an OPTIONS request forwarded to the app like any other. */
function mixLabel(row: { kind: string; mix: Mix }): string {
  return row.kind === "base" && row.mix === "preflight" ? "OPTIONS preflight (no CORS, to backend)" : MIX_LABEL[row.mix];
}

interface Request {
  method: string;
  /** A header given a list is sent once per value, in order. */
  headers: Record<string, string | string[]>;
  path?: string;
}

/**
 * The headers of a cross-origin fetch() from Chromium 130 over HTTP/1.1 (wrk sends them in an order of its
 * own, and adds Host): what the module searches on a real request is this list of names, not two.
 */
const BROWSER_HEADERS: Record<string, string> = {
  Connection: "keep-alive",
  "sec-ch-ua": '"Chromium";v="130", "Not?A_Brand";v="99"',
  "sec-ch-ua-mobile": "?0",
  "User-Agent": "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
  "sec-ch-ua-platform": '"Linux"',
  Accept: "*/*",
  Origin: ALLOWED,
  "Sec-Fetch-Site": "cross-site",
  "Sec-Fetch-Mode": "cors",
  "Sec-Fetch-Dest": "empty",
  Referer: `${ALLOWED}/`,
  "Accept-Encoding": "gzip, deflate, br",
  "Accept-Language": "en-US,en;q=0.9",
};

/** The subdomain origin matches the last pattern, which exists whenever patterns > 0. */
function subOrigin(patterns: number): string {
  return `https://www.sub${patterns - 1}.example.net`;
}

/** The origin the hostile-* policy allows exactly, and what the backend's long Vary is served for. */
const HOSTILE_ORIGIN = "https://app.example.com";
const VARY_PATH = "/vary";
/** A Vary within MAX_MERGED_VARY_LENGTH (256 bytes) with the most elements: read up to MAX_MERGED_VARY_TOKENS, then appended unread. */
const SHORT_VARY_PATH = "/vary-short";
const SHORT_VARY = Array.from({ length: 128 }, () => "a").join(",").slice(0, 256);
const LONG_VARY = Array.from({ length: 800 }, (_, i) => `x-v${i}`).join(", ").slice(0, 8 * 1024);
const repeat = (text: string, count: number): string => new Array(count + 1).join(text);

function preflight(headers: Record<string, string | string[]>): Request {
  return { method: "OPTIONS", headers: { Origin: HOSTILE_ORIGIN, "Access-Control-Request-Method": "PUT", ...headers } };
}

function hostileRequest(mix: HostileMix): Request {
  switch (mix) {
    case "h-acrm": return preflight({ "Access-Control-Request-Method": repeat("P", 14 * 1024) });
    case "h-acrh-names": return preflight({ "Access-Control-Request-Headers": Array.from({ length: 1400 }, (_, i) => `x-n${i}`).join(",") });
    case "h-acrh-commas": return preflight({ "Access-Control-Request-Headers": repeat(",", 14000) });
    case "h-acrh-repeat": return preflight({ "Access-Control-Request-Headers": repeat("x-a,", 3000) + "x-a" });
    case "h-acrh-spaces": return preflight({ "Access-Control-Request-Headers": `x-a,${repeat(" ", 14000)}x-b` });
    case "h-acrh-lines": return preflight({ "Access-Control-Request-Headers": Array.from({ length: 90 }, () => repeat("x-a,", 30) + "x-b") });
    case "h-acrm-lines": return preflight({ "Access-Control-Request-Method": Array.from({ length: 90 }, () => "PUT") });
    case "h-origin": return { method: "GET", headers: { Origin: `https://${repeat("a", 14000)}.example.org` } };
    case "h-origins": return { method: "GET", headers: { Origin: Array.from({ length: 90 }, () => HOSTILE_ORIGIN) } };
    case "h-names": {
      const headers: Record<string, string> = { Origin: HOSTILE_ORIGIN };
      for (let i = 0; i < 90; i++) headers[`x-filler-${repeat("n", 100)}-${i}`] = "1";
      return { method: "GET", headers };
    }
    case "h-vary": return { method: "GET", headers: { Origin: HOSTILE_ORIGIN }, path: VARY_PATH };
    case "h-vary-short": return { method: "GET", headers: { Origin: HOSTILE_ORIGIN }, path: SHORT_VARY_PATH };
    case "h-any-names": return preflight({ "Access-Control-Request-Headers": Array.from({ length: 32 }, (_, i) => `x-name-${String(i).padStart(23, "0")}`).join(",").slice(0, 1024) });
    case "h-any-spaces": return preflight({ "Access-Control-Request-Headers": `x-a,${repeat(" ", 1024 - 7)}x-b` });
  }
}

function requestOf(mix: Mix, patterns: number): Request {
  if (isHostile(mix)) return hostileRequest(mix);
  switch (mix) {
    case "preflight-h": return preflight({ "Access-Control-Request-Headers": "x-a,content-type" });
    case "allowed": return { method: "GET", headers: { Origin: ALLOWED } };
    case "allowed-browser": return { method: "GET", headers: BROWSER_HEADERS };
    case "allowed-sub": return { method: "GET", headers: { Origin: subOrigin(patterns) } };
    case "denied": return { method: "GET", headers: { Origin: DENIED } };
    case "no-origin": return { method: "GET", headers: {} };
    case "preflight":
    case "preflight-fwd":
      return { method: "OPTIONS", headers: { Origin: ALLOWED, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "content-type" } };
  }
}

type Kind = "base" | "native" | "floor" | "floor-hdrs" | "floor-priv" | "floor-api" | "floor-conv" | "drop-in" | "extended" | "extended-fwd" | "extended-file" | "extended-map" | "counted-file" | "every-file" | "converters" | "converters-lua" | HostileKind;
/** The policy of the hostile requests' measurements (docs/threat-model.md), in each form and the converter configuration. */
const HOSTILE_KINDS = ["hostile-drop-in", "hostile-extended", "hostile-converters", "hostile-any"] as const;
type HostileKind = (typeof HOSTILE_KINDS)[number];
const HOSTILE_OPTIONS = "origins=https://app.example.com,https://*.example.org methods=GET,PUT headers=x-a,x-b,content-type credentials";
const HOSTILE_DROP_IN = ["GET,PUT", "https://app.example.com,.example.org", "x-a,x-b,content-type"];
/** hostile-any: the same origins, any method and header, with credentials (so the names are echoed). */
const HOSTILE_ANY_OPTIONS = "origins=https://app.example.com,https://*.example.org methods=* headers=* credentials";
/**
 * The kinds measured with the module counting its decisions for the metrics service (issue 18): counted-file
 * is extended-file, in a process that serves `lua.cors-metrics` (see Measured).
 */
const COUNTING_KINDS: readonly Kind[] = ["counted-file"];
function counting(row: Row): boolean {
  return COUNTING_KINDS.includes(row.kind);
}

interface Row {
  name: string;
  kind: Kind;
  mix: Mix;
  exact: number;
  patterns: number;
  port: number;
  /** Requests per second, best round; with --instructions, requests per 10^9 instructions (so the ratios read alike). */
  best: number;
  samples: number[];
  /** --instructions, per request: instructions outside the C library's allocator, those in it, and the bytes Lua allocated. */
  instructions: number;
  allocator: number;
  luaBytes: number;
  /** Requests answered to this row (checks, warm-up and measured ones): the least a counting process's metrics must hold. */
  sent: number;
  errors: string[];
}

function rowName(kind: Kind, exact: number, patterns: number): string {
  if (kind === "drop-in" || kind === "extended" || kind === "extended-fwd" || kind === "extended-file" || kind === "extended-map" || kind === "counted-file" || kind === "every-file" || kind === "converters" || kind === "converters-lua") return `${kind} ${exact}+${patterns}p`;
  return kind;
}

function newRow(kind: Kind, mix: Mix, exact = 0, patterns = 0): Row {
  return { name: rowName(kind, exact, patterns), kind, mix, exact, patterns, port: 0, best: 0, samples: [], instructions: 0, allocator: 0, luaBytes: 0, sent: 0, errors: [] };
}

function matrix(): Row[] {
  const rows: Row[] = [];
  const add = (kind: Kind, mix: Mix, exact = 0, patterns = 0): void => {
    rows.push(newRow(kind, mix, exact, patterns));
  };
  if (SMOKE) {
    add("base", "allowed");
    add("native", "allowed");
    add("floor", "allowed");
    add("drop-in", "allowed", 1, 0);
    add("drop-in", "allowed", 10000, 100);
    add("extended", "allowed", 1000, 100);
    add("extended", "denied", 1000, 100);
    add("extended", "no-origin", 1000, 100);
    add("extended", "allowed-sub", 1000, 100);
    add("extended", "preflight", 1000, 100);
    add("extended-fwd", "preflight-fwd", 1000, 100);
    add("extended-file", "allowed", 1, 0);
    add("extended-file", "allowed", 10000, 100);
    add("extended-file", "allowed", 1000, 100);
    add("extended-map", "allowed", 1000, 100);
    add("extended-map", "allowed-sub", 1000, 100);
    add("counted-file", "allowed", 1000, 100);
    add("every-file", "allowed", 1000, 100);
    add("converters", "allowed", 1000, 100);
    add("converters", "no-origin", 1000, 100);
    add("floor", "allowed-browser");
    add("extended-file", "allowed-browser", 1000, 100);
    for (const mix of ["preflight-h", "h-acrm", "h-acrh-commas", "h-origins", "h-vary"] as Mix[]) add("hostile-extended", mix);
    return rows;
  }
  // References, allowed GET (base also for the preflight, which it forwards to the app).
  add("base", "allowed");
  add("base", "preflight");
  add("native", "allowed");
  add("native", "denied");
  add("native", "no-origin");
  add("native", "preflight");
  add("floor", "allowed");
  add("floor-hdrs", "allowed");
  add("floor-priv", "allowed");
  add("floor-api", "allowed");
  add("floor-conv", "allowed");
  // Flatness across list sizes, allowed GET: drop-in over the whole grid, extended on its diagonal.
  for (const exact of [1, 1000, 10000]) for (const patterns of [0, 10, 100]) add("drop-in", "allowed", exact, patterns);
  for (const [exact, patterns] of [[1, 0], [1000, 10], [10000, 100]]) add("extended", "allowed", exact, patterns);
  // The same lists read from a file (origins=@path): the rule's argument stays short.
  for (const [exact, patterns] of [[1, 0], [1000, 10], [1000, 100], [10000, 100]]) add("extended-file", "allowed", exact, patterns);
  // Every mix at one mid size (1,000 exact + 10 patterns).
  for (const mix of ["allowed-sub", "denied", "no-origin", "preflight"] as Mix[]) add("drop-in", mix, 1000, 10);
  for (const mix of ["allowed-sub", "denied", "no-origin", "preflight"] as Mix[]) add("extended", mix, 1000, 10);
  add("extended-fwd", "preflight-fwd", 1000, 10);
  // The converter configuration (README): the policy of extended-file, no Lua action for ordinary requests.
  for (const [exact, patterns] of [[1, 0], [1000, 100], [10000, 100]]) add("converters", "allowed", exact, patterns);
  for (const mix of ["allowed-sub", "denied", "no-origin", "preflight"] as Mix[]) add("converters", mix, 1000, 100);
  // The same block without its map: every ordinary request goes to the converter (what the map saves).
  add("converters-lua", "allowed", 1000, 100);
  add("extended-file", "denied", 1000, 100);
  add("extended-file", "no-origin", 1000, 100);
  // The configuration the README recommends, which gives HAProxy's own responses the answer too (on this
  // HAProxy's version), beside extended-file (the response action in http-response): the same policy.
  for (const mix of ["allowed", "denied", "no-origin"] as Mix[]) add("every-file", mix, 1000, 100);
  // The same origins from an HAProxy map (origins=map:path, issue 20: within 5 % of the file), from an exact
  // origin and from a pattern, and denied.
  for (const mix of ["allowed-sub", "denied"] as Mix[]) add("extended-file", mix, 10000, 100);
  for (const mix of ["allowed", "allowed-sub", "denied"] as Mix[]) add("extended-map", mix, 10000, 100);
  // extended-file with the decisions counted for the metrics service (issue 18: within 3 % of it).
  for (const mix of ["allowed", "denied", "no-origin", "allowed-browser"] as Mix[]) add("counted-file", mix, 1000, 100);
  // A browser's request (a dozen headers) against its own base and floor.
  for (const kind of ["base", "native", "floor", "floor-api"] as Kind[]) add(kind, "allowed-browser");
  for (const kind of ["extended-file", "every-file", "converters"] as Kind[]) add(kind, "allowed-browser", 1000, 100);
  // Hostile requests, each against the same configuration's ordinary allowed preflight.
  for (const kind of HOSTILE_KINDS) for (const mix of ["preflight-h", ...HOSTILE_MIXES] as Mix[]) add(kind, mix);
  for (const mix of ["preflight-h", ...HOSTILE_MIXES] as Mix[]) add("base", mix);
  return rows;
}

// ---------------------------------------------------------------- haproxy.cfg

function cfgQuote(value: string): string {
  return `"${value.replace(/[\\"$]/g, (c) => `\\${c}`)}"`;
}

/** Exact origins first, then subdomain patterns, the tested allowed origin LAST. */
function originList(form: "drop-in" | "extended", exact: number, patterns: number): string {
  const items: string[] = [];
  for (let i = 0; i < exact - 1; i++) items.push(`https://app${i}.example.com`);
  for (let i = 0; i < patterns; i++) items.push(form === "drop-in" ? `.sub${i}.example.net` : `https://*.sub${i}.example.net`);
  items.push(ALLOWED);
  return items.join(",");
}

/** `counted`: in the counting process, where a converter block must count its decisions (COUNT_RULE). */
function frontendRules(row: Row, counted: boolean): string[] {
  switch (row.kind) {
    case "base":
      return [];
    case "native":
      return [
        "http-request set-var(txn.origin) req.hdr(origin)",
        `acl cors_origin var(txn.origin) -m str ${ALLOWED}`,
        "acl cors_preflight method OPTIONS",
        "acl cors_acrm req.hdr(access-control-request-method) -m found",
        'http-request return status 204 hdr Access-Control-Allow-Origin "%[var(txn.origin)]" hdr Access-Control-Allow-Methods "GET, POST, PUT" ' +
          'hdr Access-Control-Allow-Headers "content-type, x-requested-with" hdr Access-Control-Max-Age 600 hdr Vary Origin if cors_preflight cors_acrm cors_origin',
        'http-response set-header Access-Control-Allow-Origin "%[var(txn.origin)]" if cors_origin',
        "http-response add-header Vary Origin",
      ];
    case "floor":
    case "floor-hdrs":
      return [`http-request lua.${row.kind}`, "http-response lua.floor"];
    case "floor-conv":
      // One Lua converter call (no TXN object is built for it) and native response rules.
      return [
        "http-request set-var(txn.floor_origin) req.fhdr(origin),lua.floor_conv",
        'http-response set-header access-control-allow-origin "%[var(txn.floor_origin)]" if { var(txn.floor_origin) -m found }',
        "http-response add-header vary Origin",
      ];
    case "floor-priv":
    case "floor-api":
      return [`http-request lua.${row.kind}`, `http-response lua.${row.kind}`];
    case "drop-in":
      return [`http-request lua.cors ${cfgQuote(METHODS)} ${cfgQuote(originList("drop-in", row.exact, row.patterns))} ${cfgQuote(HEADERS)}`, "http-response lua.cors"];
    case "extended-file":
    case "counted-file":
      return [`http-request lua.cors-policy ${cfgQuote(fileOptions(row))}`, "http-response lua.cors"];
    case "extended-map":
      return [`http-request lua.cors-policy ${cfgQuote(mapOptions(row))}`, "http-response lua.cors"];
    case "every-file":
      // HAProxy 2.9+ runs the response action in http-after-response; older versions, the native rules.
      return [`http-request lua.cors-policy ${cfgQuote(fileOptions(row))}`, ...EVERY_RESPONSE_RULES];
    case "converters":
      return converterBlock(row, counted).rules;
    case "converters-lua": {
      const map = mapFile(row);
      return converterBlock(row, counted)
        .rules.filter((rule) => !rule.includes(`map_str(${map})`))
        .map((rule) => rule.split(`,map=${map}`).join(""));
    }
    case "hostile-extended":
      return [`http-request lua.cors-policy ${cfgQuote(HOSTILE_OPTIONS)}`, "http-response lua.cors"];
    case "hostile-any":
      return [`http-request lua.cors-policy ${cfgQuote(HOSTILE_ANY_OPTIONS)}`, "http-response lua.cors"];
    case "hostile-drop-in":
      return [`http-request lua.cors ${HOSTILE_DROP_IN.map(cfgQuote).join(" ")}`, "http-response lua.cors"];
    case "hostile-converters": {
      const file = path.join(originsDir, "cors_hostile.map");
      fs.writeFileSync(file, "");
      return converterConfiguration({ form: "extended", options: HOSTILE_OPTIONS }, "CORS_HOSTILE", file, undefined, counted).rules;
    }
    case "extended":
    case "extended-fwd": {
      const fwd = row.kind === "extended-fwd" ? " preflight=forward" : "";
      const options = `origins=${originList("extended", row.exact, row.patterns)} methods=${METHODS} headers=${HEADERS} max-age=600${fwd}`;
      return [`http-request lua.cors-policy ${cfgQuote(options)}`, "http-response lua.cors"];
    }
  }
}

/** Where the extended-file rows write their origins files (set by main before the configuration). */
let originsDir = os.tmpdir();

/**
 * The extended policy of a row, its origins in a file (origins=@path). A file per kind: the module compiles
 * a policy once per text, and a frontend whose rules read txn.cors_edit makes its policy's request action
 * record its decisions there, which a kind without such rules must not share. And counted-file's policy must
 * be written in its own frontend only, as a deployment's usually is: the module then counts its decisions
 * without fetching the frontend's name (src/runtime/metrics.ts).
 */
function fileOptions(row: Row): string {
  const file = path.join(originsDir, `origins-${row.kind}-${row.exact}-${row.patterns}.txt`);
  fs.writeFileSync(file, originList("extended", row.exact, row.patterns).split(",").join("\n") + "\n");
  return `origins=@${file} methods=${METHODS} headers=${HEADERS} max-age=600`;
}

/** The extended policy of a row, its origins the keys of an HAProxy map (origins=map:path), one per line. */
function mapOptions(row: Row): string {
  const file = path.join(originsDir, `origins-${row.kind}-${row.exact}-${row.patterns}.map`);
  fs.writeFileSync(file, originList("extended", row.exact, row.patterns).split(",").map((origin) => `${origin} 1`).join("\n") + "\n");
  return `origins=map:${file} methods=${METHODS} headers=${HEADERS} max-age=600`;
}

function envPrefix(row: Row): string {
  return `CORS_${row.exact}_${row.patterns}`;
}

/** The map the module fills with a converter row's exact origins: an empty file, one per policy. */
function mapFile(row: Row): string {
  const file = path.join(originsDir, `${envPrefix(row).toLowerCase()}.map`);
  fs.writeFileSync(file, "");
  return file;
}

/** The converter configuration of a converter row: the policy of extended-file, in CORS_<exact>_<patterns>. */
function converterBlock(row: Row, counted = false): { setenv: string[]; rules: string[] } {
  return converterConfiguration({ form: "extended", options: fileOptions(row) }, envPrefix(row), mapFile(row), undefined, counted);
}

/** The global section's setenv lines of the converter rows (converterConfiguration keeps the policy there). */
function converterSetenv(rows: Row[]): string[] {
  const lines = new Set<string>();
  for (const row of rows) {
    if (row.kind === "converters" || row.kind === "converters-lua") for (const line of converterBlock(row).setenv) lines.add(`  ${line}`);
    if (row.kind === "hostile-converters") for (const line of converterConfiguration({ form: "extended", options: HOSTILE_OPTIONS }, "CORS_HOSTILE", "").setenv) lines.add(`  ${line}`);
  }
  return [...lines];
}

/** The ports of a process's app frontend, bench-gc service and metrics service; each measured row's is set in the row. */
interface BenchPorts {
  readonly app: number;
  /** The app that answers the hostile rows' /vary paths with a long Vary (the other rows never reach it). */
  readonly varyApp: number;
  readonly gc: number;
  /** `http-request use-service lua.cors-metrics`, in the counting process only: the rule that turns counting on. */
  readonly metrics: number | undefined;
}

/**
 * One HAProxy of the run. Counting is process-wide, so the rows measured with it on are measured in a
 * second process: a configuration of the same shape (its own app, vary_app and, under valgrind, bench-gc and
 * callgrind control), plus a metrics frontend that the measured requests never reach. Both run at the same
 * time (in a req/s run pinned to the same CPU); the rows are measured one at a time, so they do not compete.
 */
interface Measured {
  readonly label: string;
  /** The rows measured in this process. */
  readonly rows: Row[];
  /** One frontend per configuration it serves: the row that gives its rules, and its port. */
  readonly frontends: { readonly row: Row; readonly port: number }[];
  readonly ports: BenchPorts;
  readonly cfgPath: string;
}

/** The processes of the run: the first measures every row but the counting ones, which get one of their own. */
async function measuredProcesses(rows: Row[], work: string): Promise<Measured[]> {
  const plain = rows.filter((row) => !counting(row));
  const counted = rows.filter(counting);
  // In a req/s run both processes serve every frontend of the run, each measured on its own rows only:
  // each policy's Lua heap slows every Lua row of its process (README, "Profile", item 12), and the two
  // configurations then differ by the metrics frontend alone. Not under valgrind: the collector is stopped
  // and the allocator counted apart there, and the metrics task, which formats the counts of every frontend
  // it knows every 500 ms, would weigh on requests some 50 times slower than outside it.
  const served = (own: Row[]): Row[] => (INSTRUCTIONS ? own : rows);
  const processes = [await measuredProcess("haproxy", plain, served(plain), false, work)];
  if (counted.length > 0) processes.push(await measuredProcess("haproxy-counting", counted, served(counted), true, work));
  return processes;
}

/**
 * Takes the process's free ports from the benchmark's range (test/support/http.ts): the app's, bench-gc's,
 * the metrics service's, and one per distinct configuration served, which the rows measured there take.
 */
async function measuredProcess(label: string, rows: Row[], served: Row[], metrics: boolean, work: string): Promise<Measured> {
  const ports = { app: await freeBenchPort(), varyApp: await freeBenchPort(), gc: await freeBenchPort(), metrics: metrics ? await freeBenchPort() : undefined };
  const byName = new Map<string, number>();
  const frontends: { row: Row; port: number }[] = [];
  for (const row of served) {
    if (byName.has(row.name)) continue;
    const port = await freeBenchPort();
    byName.set(row.name, port);
    frontends.push({ row, port });
  }
  for (const row of rows) row.port = byName.get(row.name) as number;
  return { label, rows, frontends, ports, cfgPath: path.join(work, `${label}.cfg`) };
}

function haproxyConfig(proc: Measured): string {
  const { ports } = proc;
  const lines = [
    "global",
    "  nbthread 1",
    "  maxconn 4096",
    ...converterSetenv(proc.frontends.map((f) => f.row)),
    `  lua-load ${CORS_LUA}`,
    `  lua-load ${FLOOR_LUA}`,
    ...(INSTRUCTIONS ? [`  lua-load ${GC_LUA}`] : []),
    "defaults",
    "  mode http",
    "  timeout connect 5s",
    "  timeout client 30s",
    "  timeout server 30s",
    "frontend app",
    `  bind 127.0.0.1:${ports.app}`,
    "  http-request return status 200 content-type text/plain string ok",
    "backend be_app",
    `  server app 127.0.0.1:${ports.app}`,
    "frontend vary_app",
    `  bind 127.0.0.1:${ports.varyApp}`,
    `  http-request return status 200 content-type text/plain hdr vary "${LONG_VARY}" string ok if { path ${VARY_PATH} }`,
    `  http-request return status 200 content-type text/plain hdr vary "${SHORT_VARY}" string ok if { path ${SHORT_VARY_PATH} }`,
    "backend be_vary",
    `  server vary_app 127.0.0.1:${ports.varyApp}`,
    ...(INSTRUCTIONS ? ["frontend bench_gc", `  bind 127.0.0.1:${ports.gc}`, "  http-request use-service lua.bench-gc"] : []),
    // With the service, a converter block counts in the table it names (haproxy -c refuses it otherwise).
    ...(ports.metrics !== undefined ? ["frontend cors_metrics", `  bind 127.0.0.1:${ports.metrics}`, "  http-request use-service lua.cors-metrics", ...COUNTS_TABLE_SECTION] : []),
  ];
  // One frontend per distinct configuration (a configuration serves every mix it is measured with).
  proc.frontends.forEach(({ row, port }, i) => {
    lines.push(`frontend fe_${i + 1}  # ${row.name}`, `  bind 127.0.0.1:${port}`);
    for (const rule of frontendRules(row, ports.metrics !== undefined)) lines.push(`  ${rule}`);
    if ((HOSTILE_KINDS as readonly string[]).includes(row.kind)) lines.push(`  use_backend be_vary if { path_beg ${VARY_PATH} }`);
    lines.push("  default_backend be_app");
  });
  lines.push("");
  return lines.join("\n");
}

/** The sum of haproxy_cors_decisions_total that a process's metrics service answers. */
async function decisionsCounted(port: number): Promise<number> {
  const answer = await send(port, { method: "GET", headers: {} }, false, "/metrics");
  if (answer.status !== 200) throw new Error(`the metrics service answered ${answer.status}`);
  let sum = 0;
  for (const match of answer.body.matchAll(/^haproxy_cors_decisions_total\{[^}]*\} (\d+)$/gm)) sum += Number(match[1]);
  return sum;
}

/**
 * Once per run, after its rows: a counting process's metrics must hold at least every request its rows
 * were answered, or they measured a module that did not count (a row error). Each Lua state publishes its
 * counts every 500 ms, so the service is asked again until then.
 */
async function checkCounting(proc: Measured): Promise<void> {
  if (proc.ports.metrics === undefined) return;
  const sent = proc.rows.reduce((sum, row) => sum + row.sent, 0);
  const deadline = Date.now() + (INSTRUCTIONS ? 60_000 : 5000);
  let counted = 0;
  let problem = "";
  for (;;) {
    try {
      counted = await decisionsCounted(proc.ports.metrics);
      problem = "";
    } catch (e) {
      problem = `; ${(e as Error).message}`;
    }
    if (counted >= sent || Date.now() > deadline) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  console.log(`  ${proc.label}: the metrics service counted ${fmt(counted)} decisions for the ${fmt(sent)} requests answered to its rows`);
  if (counted < sent) for (const row of proc.rows) row.errors.push(`counting: the metrics service counted ${counted} decisions, fewer than the ${sent} requests answered to the rows of ${proc.label}${problem}`);
}

// ---------------------------------------------------------------- checks

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

function send(port: number, request: Request, agent: http.Agent | false = false, urlPath = "/"): Promise<Answer & { body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, path: request.path ?? urlPath, method: request.method, headers: request.headers, agent, timeout: INSTRUCTIONS ? 60_000 : 5000 }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}

/** What a correct answer looks like; returns the problems found (empty when fine). */
function checkAnswer(row: Row, a: Answer): string[] {
  const problems: string[] = [];
  const acao = a.headers["access-control-allow-origin"];
  const acam = a.headers["access-control-allow-methods"];
  const vary = String(a.headers["vary"] ?? "").toLowerCase();
  const expect = (ok: boolean, what: string): void => {
    if (!ok) problems.push(what);
  };
  const origin = String(requestOf(row.mix, row.patterns).headers.Origin);
  if (row.kind === "base") {
    expect(a.status === 200, `status ${a.status} != 200`);
    expect(acao === undefined, `unexpected ACAO ${acao}`);
    return problems;
  }
  const floorLike = row.kind.startsWith("floor");
  if (isHostile(row.mix)) {
    // What is decided is the behaviour suite's to check (test/haproxy/hostile.test.ts); here, that the
    // answer is whole and consistent: no 5xx, and Access-Control-Allow-Origin only on an allowed answer.
    const allowedAnswer = a.status === 204 || (requestOf(row.mix, row.patterns).method !== "OPTIONS" && acao !== undefined);
    expect([200, 204, 403].includes(a.status), `status ${a.status}`);
    expect(allowedAnswer ? acao === HOSTILE_ORIGIN : acao === undefined, `ACAO ${acao} with status ${a.status}`);
    return problems;
  }
  switch (row.mix) {
    case "allowed":
    case "allowed-browser":
    case "allowed-sub":
      expect(a.status === 200, `status ${a.status} != 200`);
      expect(acao === origin, `ACAO ${acao} != ${origin}`);
      if (!floorLike || row.kind === "floor-api" || row.kind === "floor-conv") expect(vary.includes("origin"), `Vary "${vary}" lacks Origin`);
      break;
    case "denied":
    case "no-origin":
      expect(a.status === 200, `status ${a.status} != 200`);
      expect(acao === undefined, `unexpected ACAO ${acao}`);
      expect(vary.includes("origin"), `Vary "${vary}" lacks Origin`);
      break;
    case "preflight":
    case "preflight-h":
      expect(a.status === 204, `status ${a.status} != 204`);
      expect(acao === origin, `ACAO ${acao} != ${origin}`);
      expect(acam !== undefined && acam.includes("PUT"), `ACAM ${acam} lacks PUT`);
      break;
    case "preflight-fwd":
      expect(a.status === 200, `status ${a.status} != 200 (backend's answer)`);
      expect(acao === origin, `ACAO ${acao} != ${origin}`);
      expect(acam !== undefined && acam.includes("PUT"), `ACAM ${acam} lacks PUT`);
      break;
  }
  return problems;
}

// ---------------------------------------------------------------- wrk

/** Sends the row's request once and checks the answer: the problems found (none when it is right). */
async function checkOnce(row: Row, request: Request = requestOf(row.mix, row.patterns)): Promise<string[]> {
  const answer = await send(row.port, request).catch((e: Error) => ({ status: 0, headers: {}, error: e.message }));
  if ("error" in answer) return [`no answer: ${answer.error}`];
  row.sent++;
  return checkAnswer(row, answer);
}

/**
 * Writes a report's files to docs/ (or, when WRITE is off, leaves them in the work directory, which is
 * otherwise removed) and prints where they went.
 */
function writeReport(work: string, files: Record<string, string>, elapsed: number, failed: boolean): void {
  const outDir = WRITE ? path.join(ROOT, "docs") : work;
  fs.mkdirSync(outDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(outDir, name), text);
  if (outDir !== work) fs.rmSync(work, { recursive: true, force: true });
  console.log(`\nwrote ${outDir}/${Object.keys(files).join(" and ")}; wall time ${elapsed.toFixed(0)} s; ${failed ? "FAILED" : "all configurations checked"}`);
}

function wrkScript(request: Request): string {
  if (Object.values(request.headers).some((value) => Array.isArray(value))) {
    // A header sent several times: wrk's headers table holds one value per name, so the request is given whole.
    const lines = [`${request.method} ${request.path ?? "/"} HTTP/1.1`, "Host: 127.0.0.1"];
    for (const [name, value] of Object.entries(request.headers)) for (const one of ([] as string[]).concat(value)) lines.push(`${name}: ${one}`);
    return `local raw = ${JSON.stringify(lines.join("\r\n") + "\r\n\r\n")}\nrequest = function() return raw end\n`;
  }
  const lines = [`wrk.method = ${JSON.stringify(request.method)}`, "wrk.headers = {}"];
  if (request.path !== undefined) lines.push(`wrk.path = ${JSON.stringify(request.path)}`);
  for (const [name, value] of Object.entries(request.headers)) lines.push(`wrk.headers[${JSON.stringify(name)}] = ${JSON.stringify(value)}`);
  return lines.join("\n") + "\n";
}

interface WrkResult {
  rps: number;
  /** Responses wrk received. */
  requests: number;
  problems: string[];
}

function runWrk(port: number, script: string, seconds: number, denials = false): Promise<WrkResult> {
  return new Promise((resolve) => {
    const args = ["-c", "1", WRK, "-t1", `-c${CONNECTIONS}`, `-d${seconds}s`, "--timeout", "5s", "-s", script, `http://127.0.0.1:${port}/`];
    const child = spawn("taskset", args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.stderr.on("data", (d) => (out += d));
    const killer = setTimeout(() => child.kill("SIGKILL"), (seconds + 15) * 1000);
    child.on("close", () => {
      clearTimeout(killer);
      const problems: string[] = [];
      const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(out)?.[1] ?? 0);
      const requests = Number(/(\d+) requests in /.exec(out)?.[1] ?? 0);
      const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
      const sockErr = /Socket errors:(.*)/.exec(out);
      if (rps === 0) problems.push(`wrk gave no figure: ${out.trim().slice(0, 300)}`);
      if (non2xx && !denials) problems.push(`${non2xx[1]} non-2xx/3xx responses`);
      if (sockErr) problems.push(`socket errors:${sockErr[1]}`);
      resolve({ rps, requests, problems });
    });
  });
}

// ---------------------------------------------------------------- environment

function firstLine(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, { encoding: "utf8" });
  return `${r.stdout ?? ""}${r.stderr ?? ""}`.split("\n")[0].trim();
}

interface Env {
  haproxy: string;
  lua: string;
  wrk: string;
  cpu: string;
  cores: number;
  date: string;
  node: string;
}

function environment(): Env {
  const vv = spawnSync(HAPROXY, ["-vv"], { encoding: "utf8" }).stdout ?? "";
  const lua = /Built with Lua version : (.*)/.exec(vv)?.[1]?.trim() ?? "unknown";
  const cpuinfo = fs.readFileSync("/proc/cpuinfo", "utf8");
  return {
    haproxy: firstLine(HAPROXY, ["-v"]),
    lua,
    wrk: firstLine(WRK, ["-v"]).replace(/ Copyright.*/, ""),
    cpu: /model name\s*:\s*(.*)/.exec(cpuinfo)?.[1]?.trim() ?? "unknown",
    cores: os.cpus().length,
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    node: process.version,
  };
}

// ---------------------------------------------------------------- micro-benchmark (plain Lua)

interface MicroResult {
  lua: string;
  output: string;
  ok: boolean;
}

function runMicro(iterations: number): MicroResult[] {
  const results: MicroResult[] = [];
  for (const lua of ["lua5.3", "lua5.4"]) {
    const r = spawnSync(lua, [path.join(__dirname, "lua-micro.lua"), CORS_LUA, String(iterations)], { encoding: "utf8", timeout: 120_000 });
    results.push({ lua, output: `${r.stdout ?? ""}${r.stderr ?? ""}`.trim(), ok: r.status === 0 });
  }
  return results;
}

// ---------------------------------------------------------------- report

const fmt = (n: number): string => Math.round(n).toLocaleString("en-US");
const ratio = (a: number, b: number): string => (a > 0 && b > 0 ? (a / b).toFixed(2) : "-");
/** A ratio to hold against a bound of a few per cent. */
const ratio3 = (a: number, b: number): string => (a > 0 && b > 0 ? (a / b).toFixed(3) : "-");

/** The reference mix of a row: a browser's request is compared with a browser's request. */
function referenceMix(row: Row): Mix {
  if (row.mix === "allowed-browser") return "allowed-browser";
  return row.mix.startsWith("preflight") ? "preflight" : "allowed";
}
function baseFor(rows: Row[], row: Row): number {
  const sameMix = rows.find((r) => r.kind === "base" && r.mix === referenceMix(row));
  return (sameMix ?? rows.find((r) => r.kind === "base"))?.best ?? 0;
}
function floorFor(rows: Row[], row: Row): number {
  const sameMix = row.mix === "allowed-browser" ? rows.find((r) => r.kind === "floor" && r.mix === "allowed-browser") : undefined;
  return (sameMix ?? rows.find((r) => r.kind === "floor" && r.mix === "allowed"))?.best ?? 0;
}
function floorOf(rows: Row[]): number {
  return rows.find((r) => r.kind === "floor" && r.mix === "allowed")?.best ?? 0;
}
function find(rows: Row[], kind: Kind, mix: Mix, exact: number, patterns: number): Row | undefined {
  return rows.find((r) => r.kind === kind && r.mix === mix && r.exact === exact && r.patterns === patterns);
}

interface Targets {
  lines: string[];
}

function targets(rows: Row[]): Targets {
  const lines: string[] = [];
  const floor = floorOf(rows);
  for (const kind of ["drop-in", "extended", "extended-file", "converters"] as Kind[]) {
    const one = find(rows, kind, "allowed", 1, 0);
    const big = find(rows, kind, "allowed", 10000, 100);
    if (one && big) lines.push(`flat  (${kind}): module(10,000 exact + 100 patterns) / module(1 origin), allowed GET = ${ratio(big.best, one.best)}`);
    const mid = find(rows, kind, "allowed", 1000, 100) ?? find(rows, kind, "allowed", 1000, 10);
    if (mid && floor) lines.push(`floor (${kind}): module(${mid.exact} exact + ${mid.patterns} patterns) / floor, allowed GET = ${ratio(mid.best, floor)}`);
  }
  // The rounds share one HAProxy, whose Lua heap holds every row's policies (bench/README.md, "Profile", item 12).
  if (!INSTRUCTIONS && floor) lines.push("floor, in pairs: --paired (the second half of npm run bench, docs/bench-paired.md) measures extended-file 1000+100p and floor-api against floor in a HAProxy of their own; in these rounds every row shares one HAProxy and its Lua heap");
  // What the module costs beyond the HAProxy calls its semantics need: floor-api makes the same calls with no policy.
  const calls = rows.find((r) => r.kind === "floor-api" && r.mix === "allowed")?.best ?? 0;
  const withFile = find(rows, "extended-file", "allowed", 1000, 100);
  if (withFile && calls) lines.push(`beyond its calls (extended-file): module(1000 exact + 100 patterns) / floor-api (the same HAProxy calls, no policy), allowed GET = ${ratio(withFile.best, calls)}`);
  const base = rows.find((r) => r.kind === "base" && r.mix === "allowed")?.best ?? 0;
  const beyond = find(rows, "converters", "allowed", 1000, 100);
  if (beyond && base) lines.push(`beyond the floor (converters): module(1,000 exact + 100 patterns) / base, allowed GET = ${ratio(beyond.best, base)}`);
  const file = find(rows, "extended-file", "allowed", 1000, 100);
  const every = find(rows, "every-file", "allowed", 1000, 100);
  // Issue 18: counting the decisions for the metrics service may not make the usual allowed GET measurably slower.
  const counted = find(rows, "counted-file", "allowed", 1000, 100);
  if (file && counted) lines.push(`counting: counted-file 1000+100p allowed GET = ${ratio3(counted.best, file.best)} × extended-file 1000+100p (within 3 % asked)`);
  const otherMixes = (["denied", "no-origin", "allowed-browser"] as Mix[]).flatMap((mix) => {
    const on = find(rows, "counted-file", mix, 1000, 100);
    const off = find(rows, "extended-file", mix, 1000, 100);
    return on && off ? [`${MIX_LABEL[mix]} = ${ratio3(on.best, off.best)}`] : [];
  });
  if (otherMixes.length > 0) lines.push(`counting, the other mixes (counted-file / extended-file 1000+100p): ${otherMixes.join("; ")}`);
  if (file && every) lines.push(`every response (every-file / extended-file): the README's configuration / the response action in http-response, allowed GET = ${ratio(every.best, file.best)}`);
  // Issue 20: origins from a map cost what the same origins from a file do (within 5 % asked).
  const fromMap = (["allowed", "allowed-sub", "denied"] as Mix[]).flatMap((mix) => {
    const map = find(rows, "extended-map", mix, 10000, 100) ?? find(rows, "extended-map", mix, 1000, 100);
    const file = map && find(rows, "extended-file", mix, map.exact, map.patterns);
    return map && file ? [`${MIX_LABEL[mix]} = ${ratio3(map.best, file.best)}`] : [];
  });
  if (fromMap.length > 0) lines.push(`origins map (extended-map / extended-file, same origins): ${fromMap.join("; ")} (within 5 % asked)`);
  const noMap = find(rows, "converters-lua", "allowed", 1000, 100);
  if (beyond && noMap) lines.push(`the map (converters / converters-lua): exact origin in the map / decided by the converter, allowed GET = ${ratio(beyond.best, noMap.best)}`);
  const browserFloor = rows.find((r) => r.kind === "floor" && r.mix === "allowed-browser");
  const browserBase = rows.find((r) => r.kind === "base" && r.mix === "allowed-browser");
  const browserFile = find(rows, "extended-file", "allowed-browser", 1000, 100);
  const browserConverters = find(rows, "converters", "allowed-browser", 1000, 100);
  if (browserFile && browserFloor) lines.push(`floor, a browser's headers (extended-file): module(1,000 exact + 100 patterns) / floor, same request = ${ratio(browserFile.best, browserFloor.best)}`);
  if (browserConverters && browserBase) lines.push(`beyond the floor, a browser's headers (converters): module(1,000 exact + 100 patterns) / base, same request = ${ratio(browserConverters.best, browserBase.best)}`);
  for (const kind of HOSTILE_KINDS) {
    const ordinary = rows.find((r) => r.kind === kind && r.mix === "preflight-h");
    const hostile = rows.filter((r) => r.kind === kind && isHostile(r.mix) && r.best > 0);
    if (!ordinary || hostile.length === 0) continue;
    const worst = hostile.reduce((a, b) => (b.best < a.best ? b : a));
    // What the same request costs HAProxy without CORS: a cost of its own, not the module's.
    const base = rows.find((r) => r.kind === "base" && r.mix === worst.mix);
    const without = base ? `; the same request without CORS / an ordinary allowed preflight = ${ratio(ordinary.best, base.best)}` : "";
    lines.push(`hostile requests (${kind}): cost of the costliest (${MIX_LABEL[worst.mix]}) / cost of an ordinary allowed preflight = ${ratio(ordinary.best, worst.best)} (at most 3)${without}`);
  }
  return { lines };
}

/** Each hostile request's cost against the same configuration's ordinary allowed preflight (docs/threat-model.md: at most 3). */
function hostileTable(rows: Row[]): string[][] {
  const cells: string[][] = [];
  for (const row of rows) {
    if (!isHostile(row.mix) || row.kind === "base") continue;
    const ordinary = rows.find((r) => r.kind === row.kind && r.mix === "preflight-h");
    const base = rows.find((r) => r.kind === "base" && r.mix === row.mix);
    cells.push([row.name, MIX_LABEL[row.mix], ordinary ? ratio(ordinary.best, row.best) : "-", base ? ratio(base.best, row.best) : "-"]);
  }
  return cells;
}
const HOSTILE_HEAD = ["configuration", "hostile request", "x ordinary preflight", "x no CORS"];

function hostileMarkdown(rows: Row[]): string[] {
  const cells = hostileTable(rows);
  if (cells.length === 0) return [];
  return [
    "## Hostile requests",
    "",
    "The cost of each hostile request divided by the cost of an ordinary allowed preflight (ACRH `x-a,content-type`) to the same configuration (higher is costlier; README, \"Threat model\", bounds it at 3), and by the cost of the same request to `base` (no CORS: what HAProxy itself spends on it). The policy: `" + HOSTILE_OPTIONS + "` (drop-in: the same origins, methods and headers).",
    "",
    `| ${HOSTILE_HEAD.join(" | ")} |`,
    "|---|---|---:|---:|",
    ...cells.map((r) => `| ${r.join(" | ")} |`),
    "",
  ];
}

function table(rows: Row[]): string[][] {
  return rows.map((r) => [r.name, mixLabel(r), fmt(r.best), ratio(r.best, baseFor(rows, r)), ratio(r.best, floorFor(rows, r)), r.samples.map(fmt).join(" / "), r.errors.length ? "FAIL" : "ok"]);
}
const HEAD = ["configuration", "mix", "req/s (best)", "x base", "x floor", "all rounds", "check"];
const NUMERIC = new Set(["req/s (best)", "x base", "x floor", "instructions", "in malloc", "Lua bytes", "x ordinary preflight", "x no CORS"]);

function printTable(cells: string[][], head = HEAD): void {
  const all = [head, ...cells];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i].length)));
  const line = (r: string[]): string => r.map((c, i) => (NUMERIC.has(head[i]) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  console.log(line(head));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of cells) console.log(line(r));
}

function markdown(env: Env, rows: Row[], t: Targets, micro: MicroResult[], lineKb: number, elapsed: number): string {
  const out: string[] = [];
  out.push("# CORS module benchmark", "");
  out.push(`Generated by \`npx tsx bench/run.ts${SMOKE ? " --smoke" : ""} --rounds ${ROUNDS} --duration ${DURATION}\` (see bench/README.md for the method).`, "");
  out.push(`- HAProxy: ${env.haproxy} (nbthread 1, pinned to CPU 0)`, `- Lua in HAProxy: ${env.lua}`, `- wrk: ${env.wrk} (1 thread, ${CONNECTIONS} keep-alive connections, pinned to CPU 1)`);
  out.push(`- CPU: ${env.cpu}, ${env.cores} cores (shared, noisy virtual machine: compare the rounds; spreads of 2-3x between rounds were seen)`, `- Date: ${env.date}`, `- Rounds: ${ROUNDS} interleaved, ${DURATION} s per configuration per round, best round kept`);
  out.push(`- Longest haproxy.cfg line: ${lineKb} KB (accepted)`, `- Wall time: ${elapsed.toFixed(0)} s`, "");
  out.push("## Targets", "", ...t.lines.map((l) => `- ${l}`), "");
  out.push("## Results", "");
  out.push(`| ${HEAD.join(" | ")} |`, `|${HEAD.map((_, i) => (i >= 2 && i <= 4 ? "---:" : "---")).join("|")}|`);
  for (const r of table(rows)) out.push(`| ${r.join(" | ")} |`);
  out.push("", "`x base` divides by `base` with the same kind of request (GET or OPTIONS); `x floor` by `floor`, allowed GET.");
  out.push("`drop-in N+Pp` / `extended N+Pp`: N exact origins and P subdomain patterns, the tested origin last in the list.", "");
  out.push(...hostileMarkdown(rows));
  if (micro.length) {
    out.push("## Lua micro-benchmark (policy core without HAProxy, bench/lua-micro.lua)", "");
    for (const m of micro) out.push(`### ${m.lua}${m.ok ? "" : " (FAILED)"}`, "", "```", m.output, "```", "");
  }
  return out.join("\n");
}

function svg(env: Env, rows: Row[]): string {
  const barH = 18, gap = 6, left = 430, width = 1000, top = 70;
  const max = Math.max(...rows.map((r) => r.best), 1);
  const h = top + rows.length * (barH + gap) + 40;
  const esc = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const color = (k: Kind): string =>
    k === "base" ? "#888" : k === "native" ? "#4a8" : k.startsWith("floor") ? "#c93" : k === "drop-in" ? "#37c" : k === "extended-file" || k === "counted-file" || k === "extended-map" ? "#2a9" : k.startsWith("converters") ? "#d55" : "#74c";
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${h}" font-family="sans-serif" font-size="12">`);
  parts.push(`<rect width="100%" height="100%" fill="#fff"/>`);
  parts.push(`<text x="10" y="20" font-size="15" font-weight="bold">HAProxy CORS module: requests/s (best of ${ROUNDS} x ${DURATION} s, 1 HAProxy thread)</text>`);
  parts.push(`<text x="10" y="38">${esc(`${env.haproxy.replace(/ - https.*/, "")}; ${env.lua}; ${env.wrk}; ${env.cpu}; ${env.date}`)}</text>`);
  parts.push(`<text x="10" y="54">${esc(`rounds ${ROUNDS}, duration ${DURATION} s, wrk -t1 -c${CONNECTIONS}; grey base, green native rules, orange Lua floor, blue drop-in, purple extended`)}</text>`);
  const span = width - left - 90;
  rows.forEach((r, i) => {
    const y = top + i * (barH + gap);
    const w = Math.max(1, (r.best / max) * span);
    parts.push(`<text x="${left - 6}" y="${y + 13}" text-anchor="end">${esc(`${r.name} · ${mixLabel(r)}`)}</text>`);
    parts.push(`<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${barH}" fill="${color(r.kind)}"/>`);
    parts.push(`<text x="${(left + w + 4).toFixed(1)}" y="${y + 13}">${fmt(r.best)}${r.errors.length ? " FAIL" : ""}</text>`);
  });
  parts.push("</svg>", "");
  return parts.join("\n");
}

// ---------------------------------------------------------------- --instructions

/** Sends the row's request n times, one after the other on one kept-alive connection (counted in row.sent); returns the problems seen. */
async function sendMany(row: Row, request: Request, n: number): Promise<string[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  try {
    for (let i = 0; i < n; i++) {
      const answer = await send(row.port, request, agent);
      if (answer.status === 0 || answer.status >= 500) return [`request ${i + 1} answered ${answer.status}`];
      row.sent++;
    }
    return [];
  } finally {
    agent.destroy();
  }
}

/** The Lua heap in bytes, after the bench-gc service's `/stop` or `/restart` (bench/gc.lua). */
async function luaHeap(gcPort: number, command: "/stop" | "/restart"): Promise<number> {
  const answer = await send(gcPort, { method: "GET", headers: {} }, false, command);
  const bytes = Number(answer.body);
  if (answer.status !== 200 || !Number.isFinite(bytes)) throw new Error(`bench-gc ${command} answered ${answer.status}: ${answer.body}`);
  return bytes;
}

const WARM_UP = 20;

async function measureInstructions(env: Env, rows: Row[], processes: Measured[], work: string, started: number): Promise<number> {
  const missing = missingCounter();
  if (missing !== undefined) {
    console.error(missing);
    return 1;
  }
  console.log(`instructions: ${REQUESTS} requests per row, one at a time, after ${WARM_UP} unmeasured ones; Lua's collector stopped while counting`);
  // Each process under callgrind of its own, its counters zeroed and dumped around its own rows only.
  const counted = new Map(processes.map((proc) => [proc, startCounted(HAPROXY, ["-db", "-f", proc.cfgPath], work)]));
  const stopAll = (): void => {
    for (const one of counted.values()) one.stop();
  };
  process.on("exit", stopAll);
  try {
    /** What the two calls of each process's bench-gc service allocate themselves, with no request between them. */
    const service = new Map<Measured, number>();
    for (const proc of processes) {
      // Under valgrind HAProxy starts (and compiles every policy) some 50 times slower.
      await waitForPort(proc.ports.app, 600_000);
      for (const { port } of proc.frontends) await waitForPort(port, 60_000);
      service.set(proc, -(await luaHeap(proc.ports.gc, "/stop")) + (await luaHeap(proc.ports.gc, "/restart")));
    }
    for (const row of rows) {
      const proc = processes.find((p) => p.rows.includes(row)) as Measured;
      const counter = counted.get(proc) as CountedProcess;
      const request = requestOf(row.mix, row.patterns);
      const problems = await checkOnce(row, request);
      problems.push(...(await sendMany(row, request, WARM_UP)));
      if (problems.length > 0) {
        row.errors.push(...problems.map((p) => `check: ${p}`));
        console.log(`  ${row.name.padEnd(22)} ${mixLabel(row).padEnd(32)} CHECK FAILED: ${problems.join("; ")}`);
        continue;
      }
      const heapBefore = await luaHeap(proc.ports.gc, "/stop");
      counter.zero();
      const sent = await sendMany(row, request, REQUESTS);
      const count = counter.dump();
      const heapAfter = await luaHeap(proc.ports.gc, "/restart");
      if (sent.length > 0) row.errors.push(...sent);
      row.instructions = (count.total - count.allocator) / REQUESTS;
      row.allocator = count.allocator / REQUESTS;
      row.luaBytes = (heapAfter - heapBefore - (service.get(proc) as number)) / REQUESTS;
      row.best = 1e9 / row.instructions;
      console.log(`  ${row.name.padEnd(22)} ${mixLabel(row).padEnd(32)} ${fmt(row.instructions).padStart(9)} instructions + ${fmt(row.allocator).padStart(6)} in malloc, ${fmt(row.luaBytes).padStart(6)} Lua bytes per request`);
    }
    for (const proc of processes) await checkCounting(proc);
  } finally {
    stopAll();
  }
  const elapsed = (Date.now() - started) / 1000;
  const cells = rows.map((r) => [r.name, mixLabel(r), fmt(r.instructions), ratio(r.best, baseFor(rows, r)), ratio(r.best, floorFor(rows, r)), fmt(r.allocator), fmt(r.luaBytes), r.errors.length ? "FAIL" : "ok"]);
  console.log("");
  printTable(cells, INSTRUCTION_HEAD);
  if (hostileTable(rows).length > 0) {
    console.log("");
    printTable(hostileTable(rows), HOSTILE_HEAD);
  }
  const t = targets(rows);
  console.log("\nThe targets, in instructions (x = the reference's instructions / the row's):");
  for (const l of t.lines) console.log(l);
  for (const row of rows) for (const e of row.errors) console.log(`ERROR ${row.name} / ${mixLabel(row)}: ${e}`);
  const failed = rows.some((r) => r.errors.length > 0 || r.instructions <= 0);
  writeReport(work, { "bench-instructions.md": instructionsMarkdown(env, cells, t, elapsed, hostileMarkdown(rows)) }, elapsed, failed);
  return failed ? 1 : 0;
}

const INSTRUCTION_HEAD = ["configuration", "mix", "instructions", "x base", "x floor", "in malloc", "Lua bytes", "check"];

function instructionsMarkdown(env: Env, cells: string[][], t: Targets, elapsed: number, hostile: string[]): string {
  const out: string[] = [];
  out.push("# CORS module benchmark: instructions per request", "");
  out.push(`Generated by \`npx tsx bench/run.ts --instructions${SMOKE ? " --smoke" : ""} --requests ${REQUESTS}\` (see bench/README.md for the method).`, "");
  out.push(`- HAProxy: ${env.haproxy} (nbthread 1), under valgrind's callgrind`, `- Lua in HAProxy: ${env.lua}`, `- CPU: ${env.cpu} (the counts do not depend on the machine's load; the C library picks its string functions for the CPU)`);
  out.push(`- Date: ${env.date}`, `- ${REQUESTS} requests per configuration, one at a time on one connection, after ${WARM_UP} unmeasured ones; Lua's collector stopped while counting`, `- Wall time: ${elapsed.toFixed(0)} s`, "");
  out.push("## Targets, in instructions", "", ...t.lines.map((l) => `- ${l}`), "");
  out.push("## Results", "");
  out.push(`| ${INSTRUCTION_HEAD.join(" | ")} |`, `|${INSTRUCTION_HEAD.map((h) => (NUMERIC.has(h) ? "---:" : "---")).join("|")}|`);
  for (const r of cells) out.push(`| ${r.join(" | ")} |`);
  out.push("", "`instructions`: user-space instructions HAProxy ran per request, outside the C library's allocator (the kernel's work is not counted). `x base` and `x floor` divide the reference's instructions by the row's, so they read like the req/s ratios (higher is cheaper). `in malloc`: instructions in glibc's allocator, apart because its paths vary with the heap's history (by several thousand between runs of the same row). `Lua bytes`: what Lua allocated per request, HAProxy's objects for each action included; the collector's work, left out of the count, grows with it.", "");
  out.push(...hostile);
  out.push("Rows with a long inline list: HAProxy pushes the rule's argument into Lua on every call, through a cache of Lua's keyed by the argument's address; whether it compares the whole argument with a cached copy or copies it again (`Lua bytes` then grow by the line's length) depends on addresses, and changes from run to run (bench/README.md, \"Profile\", item 12).", "");
  return out.join("\n");
}

// ---------------------------------------------------------------- main

async function main(): Promise<number> {
  const started = Date.now();
  if (!fs.existsSync(CORS_LUA)) throw new Error(`${CORS_LUA} missing: run npm run build`);
  const env = environment();
  const rows = PAIRED ? pairedRows() : matrix().filter((row) => ONLY === undefined || (row.kind === "base" && row.mix === "allowed") || row.kind === "floor" || ONLY.test(`${row.name} ${row.mix}`));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "cors-bench-"));
  originsDir = work;
  const processes = await measuredProcesses(rows, work);
  let lineKb = 0;
  for (const proc of processes) {
    const cfg = haproxyConfig(proc);
    fs.writeFileSync(proc.cfgPath, cfg);
    lineKb = Math.max(lineKb, Math.round(Math.max(...cfg.split("\n").map((l) => l.length)) / 1024));
  }
  console.log(`${env.haproxy}\n${env.lua}; ${env.wrk}; ${env.cpu}; ${env.date}`);
  const how = INSTRUCTIONS ? `${REQUESTS} requests per row under valgrind` : PAIRED ? `${PAIRS} pairs x ${PAIR_SECONDS} s per side` : `${ROUNDS} rounds x ${DURATION} s`;
  console.log(`${rows.length} rows, ${new Set(rows.map((r) => r.name)).size} frontends, ${processes.length} HAProxy processes, ${how}, longest cfg line ${lineKb} KB`);

  for (const proc of processes) {
    const check = spawnSync(HAPROXY, ["-c", "-f", proc.cfgPath], { encoding: "utf8", timeout: 60_000 });
    if (check.status !== 0) {
      console.error(`haproxy -c refused the configuration (${proc.cfgPath}):\n${check.stdout}${check.stderr}`);
      return 1;
    }
  }

  if (INSTRUCTIONS) return measureInstructions(env, rows, processes, work, started);

  const running: { proc: Measured; child: ChildProcess; log: string }[] = [];
  const stop = (): void => {
    for (const { child } of running) if (child.exitCode === null) child.kill("SIGKILL");
  };
  process.on("exit", stop);
  process.on("SIGINT", () => {
    stop();
    process.exit(130);
  });
  for (const proc of processes) {
    const one = { proc, child: spawn("taskset", ["-c", "0", HAPROXY, "-db", "-f", proc.cfgPath], { stdio: ["ignore", "ignore", "pipe"] }), log: "" };
    one.child.stderr?.on("data", (d) => (one.log += d));
    running.push(one);
  }
  let failed = false;
  try {
    for (const proc of processes) {
      await waitForPort(proc.ports.app, 30_000);
      for (const { port } of proc.frontends) await waitForPort(port, 10_000);
    }

    const scripts = new Map<Row, string>();
    rows.forEach((row, i) => {
      const file = path.join(work, `mix${i}.lua`);
      fs.writeFileSync(file, wrkScript(requestOf(row.mix, row.patterns)));
      scripts.set(row, file);
    });

    if (PAIRED) return await measurePaired(env, rows, scripts, work, started);
    for (let round = 1; round <= ROUNDS; round++) {
      // Round-robin: every row once per round; the order rotates so no row always follows the same one.
      const order = rows.map((_, i) => rows[(i + round - 1) % rows.length]);
      for (const row of order) {
        const problems = await checkOnce(row);
        if (problems.length > 0) {
          row.errors.push(...problems.map((p) => `round ${round} check: ${p}`));
          row.samples.push(0);
          console.log(`  round ${round}  ${row.name.padEnd(22)} ${mixLabel(row).padEnd(32)} CHECK FAILED: ${problems.join("; ")}`);
          continue;
        }
        const result = await runWrk(row.port, scripts.get(row)!, DURATION, isHostile(row.mix));
        row.samples.push(result.rps);
        row.sent += result.requests;
        row.best = Math.max(row.best, result.rps);
        if (result.problems.length) row.errors.push(...result.problems.map((p) => `round ${round} wrk: ${p}`));
        console.log(`  round ${round}  ${row.name.padEnd(22)} ${mixLabel(row).padEnd(32)} ${fmt(result.rps).padStart(8)} req/s${result.problems.length ? "  " + result.problems.join("; ") : ""}`);
      }
    }
    for (const proc of processes) await checkCounting(proc);
  } finally {
    stop();
  }
  for (const { proc, log } of running) if (log.trim()) console.log(`${proc.label} stderr:\n${log.trim().split("\n").slice(0, 20).join("\n")}`);

  const micro = RUN_MICRO ? runMicro(SMOKE ? 1000 : 5000) : [];
  const elapsed = (Date.now() - started) / 1000;
  console.log("");
  printTable(table(rows));
  if (hostileTable(rows).length > 0) {
    console.log("");
    printTable(hostileTable(rows), HOSTILE_HEAD);
  }
  const t = targets(rows);
  console.log("");
  for (const l of t.lines) console.log(l);
  for (const m of micro) console.log(`\n${m.lua}${m.ok ? "" : " FAILED"}:\n${m.output}`);
  for (const row of rows) for (const e of row.errors) console.log(`ERROR ${row.name} / ${mixLabel(row)}: ${e}`);
  failed = rows.some((r) => r.errors.length > 0 || r.best <= 0) || micro.some((m) => !m.ok);

  // A smoke run (CI) must not overwrite the recorded figures unless asked with --write.
  writeReport(work, { "bench.md": markdown(env, rows, t, micro, lineKb, elapsed), "bench.svg": svg(env, rows) }, elapsed, failed);
  return failed ? 1 : 0;
}

// ---------------------------------------------------------------- paired (--paired)

/** The rows of the floor targets: `floor`, `floor-api`, and the extended form with 1,000 + 100 origins in a file. */
function pairedRows(): Row[] {
  return [newRow("floor", "allowed"), newRow("floor-api", "allowed"), newRow("extended-file", "allowed", 1000, 100)];
}

/**
 * Each row against `floor`, PAIRS times: the two sides run one after the other (which one first alternates),
 * so that both see the machine as it is at that moment; the median of the ratios is kept. One HAProxy serves
 * only these rows, so no other row's policies weigh on its Lua heap (bench/README.md, "Profile", item 12).
 */
async function measurePaired(env: Env, rows: Row[], scripts: Map<Row, string>, work: string, started: number): Promise<number> {
  const floor = rows.find((r) => r.kind === "floor") as Row;
  for (const row of rows) row.errors.push(...(await checkOnce(row)).map((p) => `check: ${p}`));
  const results: { row: Row; ratios: number[] }[] = [];
  for (const row of rows) {
    if (row === floor || rows.some((r) => r.errors.length > 0)) continue;
    const ratios: number[] = [];
    for (let pair = 1; pair <= PAIRS; pair++) {
      const order = pair % 2 === 1 ? [row, floor] : [floor, row];
      const rps = new Map<Row, number>();
      for (const side of order) {
        const result = await runWrk(side.port, scripts.get(side) as string, PAIR_SECONDS);
        rps.set(side, result.rps);
        side.errors.push(...result.problems.map((p) => `pair ${pair} wrk: ${p}`));
      }
      const [mine, floors] = [rps.get(row) as number, rps.get(floor) as number];
      ratios.push(mine / floors);
      console.log(`  pair ${String(pair).padStart(2)}  ${row.name.padEnd(24)} ${fmt(mine).padStart(8)} / floor ${fmt(floors).padStart(8)} = ${ratio3(mine, floors)}`);
    }
    results.push({ row, ratios });
  }
  const elapsed = (Date.now() - started) / 1000;
  const lines = results.map(({ row, ratios }) => {
    const what = row.kind === "floor-api" ? "floor-api (the module's HAProxy calls, no policy)" : `${row.name} (module, ${row.exact} exact + ${row.patterns} patterns)`;
    const interval = medianInterval(ratios);
    const within = interval === undefined ? "" : `, 95 % interval ${interval[0].toFixed(3)} to ${interval[1].toFixed(3)}`;
    return `floor, paired: ${what} / floor, allowed GET = ${median(ratios).toFixed(3)} (median of ${ratios.length} pairs${within}; all ${Math.min(...ratios).toFixed(3)} to ${Math.max(...ratios).toFixed(3)})`;
  });
  console.log("");
  for (const l of lines) console.log(l);
  for (const row of rows) for (const e of row.errors) console.log(`ERROR ${row.name} / ${mixLabel(row)}: ${e}`);
  const failed = rows.some((r) => r.errors.length > 0) || results.length === 0;
  const out = [
    "# CORS module benchmark: the floor targets in pairs",
    "",
    `Generated by \`npx tsx bench/run.ts --paired${SMOKE ? " --smoke" : ""} --pairs ${PAIRS} --pair-seconds ${PAIR_SECONDS}\` (see bench/README.md for the method).`,
    "",
    `- HAProxy: ${env.haproxy} (nbthread 1, pinned to CPU 0), serving only the rows below`,
    `- Lua in HAProxy: ${env.lua}`,
    `- wrk: ${env.wrk} (1 thread, ${CONNECTIONS} keep-alive connections, pinned to CPU 1), ${PAIR_SECONDS} s per side of a pair`,
    `- CPU: ${env.cpu}, ${env.cores} cores (shared virtual machine)`,
    `- Date: ${env.date}`,
    `- Wall time: ${elapsed.toFixed(0)} s`,
    "",
    "## Targets",
    "",
    ...lines.map((l) => `- ${l}`),
    "",
    "## Pairs (row / floor, requests per second)",
    "",
    `| pair | ${results.map(({ row }) => row.name).join(" | ")} |`,
    `|---|${results.map(() => "---:").join("|")}|`,
    ...Array.from({ length: PAIRS }, (_, i) => `| ${i + 1} | ${results.map(({ ratios }) => (ratios[i] === undefined ? "-" : ratios[i].toFixed(3))).join(" | ")} |`),
    "",
  ];
  writeReport(work, { "bench-paired.md": out.join("\n") }, elapsed, failed);
  return failed ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
