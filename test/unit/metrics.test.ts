// The counters' texts (src/metrics/counts.ts): what a Lua state publishes reads back as what it counted,
// the converter configuration's stick-table keys add to the same counts, and the Prometheus text lists
// every frontend with every series; and the check that finds a converter block without its counting rule.

import { addCounts, addTableEntry, COUNTS_KEY_LENGTH, countsTableKeys, CountsByFrontend, formatCounts, renderPrometheus, zeroCounts } from "../../src/metrics/counts";
import { findConverterCalls, uncountedConverterSections } from "../../src/converters/scan";
import { COUNT_RULE } from "../../src/converters/rules";
import { formatPolicyError } from "../../src/policy/errors";

const env = (): undefined => undefined;

describe("the counts a state publishes", () => {
  test("read back as the same counts, and two states' texts add up", () => {
    const api = zeroCounts();
    api.allowed = 7;
    api.denied = 3;
    api["origin-not-allowed"] = 2;
    api["origin-malformed"] = 1;
    const admin = zeroCounts();
    admin["preflight-denied"] = 4;
    admin["headers-not-allowed"] = 4;
    const text = formatCounts({ api, admin }, ["api", "admin"]);
    expect(text).toBe("api/allowed=7,api/denied=3,api/origin-not-allowed=2,api/origin-malformed=1,admin/preflight-denied=4,admin/headers-not-allowed=4");
    const total: CountsByFrontend = {};
    const frontends: string[] = [];
    addCounts(total, frontends, text);
    addCounts(total, frontends, "api/allowed=1,other/not-cors=5");
    expect(frontends).toEqual(["api", "admin", "other"]);
    expect(total.api).toEqual({ ...zeroCounts(), allowed: 8, denied: 3, "origin-not-allowed": 2, "origin-malformed": 1 });
    expect(total.other).toEqual({ ...zeroCounts(), "not-cors": 5 });
  });

  test("an item that cannot be read is skipped, and the rest still counts", () => {
    const total: CountsByFrontend = {};
    addCounts(total, [], "api/allowed=x,/allowed=1,api=3,api/unknown=2,api/denied=2,,");
    expect(total.api).toEqual({ ...zeroCounts(), denied: 2 });
  });

  test("the converter configuration's stick-table keys count a decision and, when denied, its reason", () => {
    const total: CountsByFrontend = {};
    const frontends: string[] = [];
    addTableEntry(total, frontends, "api/allowed/", 10);
    addTableEntry(total, frontends, "api/denied/origin-malformed", 2);
    addTableEntry(total, frontends, "api//", 9);
    addTableEntry(total, frontends, "nonsense", 9);
    expect(frontends).toEqual(["api"]);
    expect(total.api).toEqual({ ...zeroCounts(), allowed: 10, denied: 2, "origin-malformed": 2 });
  });

  // The table's keys are binary, and HAProxy's Lua dump() does not list a binary table (it returns nil and
  // "Unsupported stick table key type" on 2.6, 3.0 and 3.2): the service looks up each key a frontend can have,
  // as the string the tracking rule made (lookup() pads it with zero bytes to the table's length).
  test("the service looks up every decision of a frontend, and each reason of a denial", () => {
    expect(countsTableKeys("api")).toEqual([
      "api/not-cors/",
      "api/allowed/",
      "api/denied/",
      "api/preflight-allowed/",
      "api/preflight-denied/",
      "api/denied/origin-not-allowed",
      "api/denied/origin-malformed",
      "api/denied/several-origins",
      "api/denied/method-not-allowed",
      "api/denied/headers-not-allowed",
    ]);
    const total: CountsByFrontend = {};
    const frontends: string[] = [];
    for (const key of countsTableKeys("api")) addTableEntry(total, frontends, key, 1);
    expect(total.api).toEqual({ ...zeroCounts(), "not-cors": 1, allowed: 1, denied: 6, "preflight-allowed": 1, "preflight-denied": 1, "origin-not-allowed": 1, "origin-malformed": 1, "several-origins": 1, "method-not-allowed": 1, "headers-not-allowed": 1 });
  });

  test("a key longer than the table's keys is not read: HAProxy cuts it, and two keys could share an entry", () => {
    expect(COUNTS_KEY_LENGTH).toBe(160);
    const longest = "f".repeat(133);
    expect(countsTableKeys(longest)).toHaveLength(10);
    expect(countsTableKeys(longest).every((key) => key.length <= 160)).toBe(true);
    const longer = "f".repeat(134);
    expect(countsTableKeys(longer)).not.toContain(`${longer}/denied/headers-not-allowed`);
    expect(countsTableKeys(longer)).toContain(`${longer}/denied/origin-malformed`);
    expect(countsTableKeys("f".repeat(160))).toEqual([]);
  });
});

describe("the Prometheus text", () => {
  test("lists every frontend, sorted, with every decision and reason, zeros included", () => {
    const counts = zeroCounts();
    counts.allowed = 3;
    const text = renderPrometheus({ b: counts }, ["b", "a"]);
    const lines = text.split("\n");
    expect(lines.slice(0, 2)).toEqual([
      "# HELP haproxy_cors_decisions_total CORS decisions of cors.lua, by frontend and decision (txn.cors_decision).",
      "# TYPE haproxy_cors_decisions_total counter",
    ]);
    expect(lines.filter((line) => line.startsWith("haproxy_cors_decisions_total"))).toHaveLength(10);
    expect(lines.filter((line) => line.startsWith("haproxy_cors_denials_total"))).toHaveLength(10);
    expect(lines[2]).toBe('haproxy_cors_decisions_total{frontend="a",decision="not-cors"} 0');
    expect(lines).toContain('haproxy_cors_decisions_total{frontend="b",decision="allowed"} 3');
    expect(lines).toContain('haproxy_cors_denials_total{frontend="b",reason="headers-not-allowed"} 0');
    expect(text.endsWith("\n")).toBe(true);
  });
});

describe("with the metrics service, a converter block must count what it decides without Lua", () => {
  const block = (extra: string): string =>
    [
      "frontend api",
      `  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors-policy('origins=https://a.example.com')"`,
      extra,
      "frontend other",
      `  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors-policy('origins=https://b.example.com')"`,
      `  http-request set-var(txn.cors_edit) "str(),lua.cors-policy('origins=https://b.example.com',no-origin)"`,
    ].join("\n");

  test("each section without the rule is reported once, at its first converter call", () => {
    const text = block("");
    const found = uncountedConverterSections(text, env, findConverterCalls(text, env));
    expect(found.map(({ line, error }) => `${line}: ${formatPolicyError(error)}`)).toEqual([
      '2: cors: converter "lua.cors-policy(...)" is not counted for the metrics service: add its counting rule and table (dist/cors-converters.cfg, step 4)',
      '5: cors: converter "lua.cors-policy(...)" is not counted for the metrics service: add its counting rule and table (dist/cors-converters.cfg, step 4)',
    ]);
  });

  test("the shipped rule counts its section; a comment or another table does not", () => {
    const text = block(`  ${COUNT_RULE}`);
    expect(uncountedConverterSections(text, env, findConverterCalls(text, env)).map(({ line }) => line)).toEqual([5]);
    for (const extra of [`  # ${COUNT_RULE}`, "  http-request track-sc2 fe_name table other-table"]) {
      const other = block(extra);
      expect(uncountedConverterSections(other, env, findConverterCalls(other, env)).map(({ line }) => line)).toEqual([2, 5]);
    }
  });
});
