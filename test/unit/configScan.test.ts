// How the configuration check reads haproxy.cfg: words split as HAProxy splits them.

import { configurationFiles, converterArguments, findCorsRules, findUnguardedAfterResponse, namesVariable, scanSections, sectionAt, usesLuaService, splitConfigLine } from "../../src/haproxy/configScan";
import { findConverterCalls, findMapFiles, isEmptyPatternFile, MapUse, mapUseErrors } from "../../src/converters/scan";
import { formatPolicyError, Problem } from "../../src/policy/errors";

const env = (name: string): string | undefined => ({ ORIGINS: "https://a.example.com", EMPTY: "" } as Record<string, string>)[name];

describe("configuration lines are split into words as HAProxy does", () => {
  test.each([
    ['http-request lua.cors "GET,PUT" "a, b" "X-A"', ["http-request", "lua.cors", "GET,PUT", "a, b", "X-A"]],
    ["  http-request\tlua.cors-policy 'origins=${ORIGINS}'", ["http-request", "lua.cors-policy", "origins=${ORIGINS}"]],
    ['http-request lua.cors-policy "origins=${ORIGINS} credentials"', ["http-request", "lua.cors-policy", "origins=https://a.example.com credentials"]],
    ["http-request lua.cors-policy origins=$ORIGINS", ["http-request", "lua.cors-policy", "origins=$ORIGINS"]],
    ['x "${MISSING-https://b.example.com}"', ["x", "https://b.example.com"]],
    ['x a\\ b c\\#d # a comment "unterminated', ["x", "a b", "c#d"]],
    ['x "a \\"quoted\\" word" \\x41', ["x", 'a "quoted" word', "A"]],
    ['x pre"mid dle"post', ["x", "premid dlepost"]],
    ['x "" y', ["x", "", "y"]],
  ])("%s", (line, words) => {
    expect(splitConfigLine(line, env)).toEqual(words);
  });

  test("an unterminated quote gives no words", () => {
    expect(splitConfigLine('x "open', env)).toBeUndefined();
  });
});

describe("the module's rules are found with their line numbers and arguments", () => {
  const config = [
    "global",
    "  lua-load /etc/haproxy/cors.lua",
    "frontend api",
    '  http-request lua.cors "GET" "https://a.example.com" "X-A" if { path_beg /api }',
    "  http-response lua.cors",
    "  # http-request lua.cors-policy \"origins=null\"",
    '  http-request lua.cors-policy "origins=https://b.example.com max-age=60"\r',
    "  http-request lua.cors-other \"x\"",
    "  http-request lua.cors \"GET\"",
  ].join("\n");

  test("both forms are found, comments, other actions and short rules are not", () => {
    expect(findCorsRules(config, env)).toEqual([
      { line: 4, action: "cors", args: ["GET", "https://a.example.com", "X-A"] },
      { line: 7, action: "cors-policy", args: ["origins=https://b.example.com max-age=60"] },
    ]);
  });
});

describe("the converters of the converter configuration are found in sample expressions", () => {
  const envWith = (name: string): string | undefined => (name === "CORS_API" ? "origins=https://a.example.com,https://b.example.com methods=GET,PUT" : undefined);
  const config = [
    "frontend api",
    `  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors-policy('\${CORS_API}')" if !cors_action`,
    `  http-request set-var(txn.cors_edit) "str(),lua.cors-policy('\${CORS_API}',no-origin)"`,
    `  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors('GET,PUT','https://a.example.com,.example.org',X-A)"`,
    `  http-request set-var(txn.cors_edit) "str(),lua.cors(GET,'https://a.example.com',X-A,no-orign)"`,
    `  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors('GET','https://a.example.com')"`,
    `  http-request set-var(txn.x) "req.fhdr(origin),lua.cors-policy('origins=https://a.example.com'"`,
    `  http-request set-var(txn.x) req.fhdr(origin),lua.cors-other(x)`,
  ].join("\n");

  test("each call gives its policy's arguments, split on commas outside quotes, with the line", () => {
    const rules = findConverterCalls(config, envWith);
    expect(rules.slice(0, 3).map(({ line, action, args }) => ({ line, action, args }))).toEqual([
      { line: 2, action: "cors-policy", args: ["origins=https://a.example.com,https://b.example.com methods=GET,PUT"] },
      { line: 3, action: "cors-policy", args: ["origins=https://a.example.com,https://b.example.com methods=GET,PUT"] },
      { line: 4, action: "cors", args: ["GET,PUT", "https://a.example.com,.example.org", "X-A"] },
    ]);
    for (const rule of rules.slice(0, 3)) expect(rule.converterError).toBeUndefined();
  });

  test("a trailing argument other than no-origin, a wrong count or an open list is refused with the culprit", () => {
    const [badInput, badCount, open] = findConverterCalls(config, envWith).slice(3);
    expect(badInput).toMatchObject({ line: 5, converterError: { subject: "converter argument", value: "no-orign", problem: Problem.converterInput } });
    expect(badCount).toMatchObject({ line: 6, converterError: { subject: "converter", problem: Problem.converterArity } });
    expect(formatPolicyError(badCount.converterError!)).toBe(
      `cors: converter "lua.cors('GET','https://a.example.com')" does not take the policy's arguments: lua.cors takes 3, then no-origin for a request without Origin or map=<file> for one with`,
    );
    expect(open).toMatchObject({ line: 7, converterError: { subject: "converter", problem: Problem.converterArity } });
    expect(findConverterCalls(config, envWith)).toHaveLength(6);
  });

  test("without double quotes around the expression, HAProxy's configuration parser takes the single quotes away first", () => {
    const [rule] = findConverterCalls(`  http-request set-var(txn.x) req.fhdr(origin),lua.cors('GET,PUT','https://a.example.com',X-A)`, envWith);
    expect(rule.args).toEqual(["GET", "PUT", "https://a.example.com"]);
    expect(rule.converterError).toMatchObject({ subject: "converter argument", value: "X-A" });
  });

  test("HAProxy's argument quoting: a backslash keeps the next character, a quote protects commas", () => {
    expect(converterArguments(`lua.cors('a,b',"c",d\\,e)`, 8)).toEqual(["a,b", "c", "d,e"]);
    expect(converterArguments(`lua.cors('a\\'b')`, 8)).toEqual(["a'b"]);
    expect(converterArguments(`lua.cors('a'`, 8)).toBeUndefined();
  });
});

describe("the map a converter names with map=<file> (the module fills it with the exact origins)", () => {
  const policy = "origins=https://a.example.com";
  const config = [
    "frontend api",
    `  http-request set-var(txn.cors_edit) req.fhdr(origin),map_str(/etc/haproxy/api.map) if !cors_action`,
    `  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors-policy('${policy}',map=/etc/haproxy/api.map)" if !{ var(txn.cors_edit) -m found }`,
    `  http-request set-var(txn.cors_edit) "req.fhdr(origin),lua.cors-policy('${policy}',map=)"`,
    `  http-request set-var(txn.x) "req.hdr(host),map(\${HOSTS_MAP},none),map_str('/etc/a b.map')"`,
  ].join("\n");
  const env = (name: string): string | undefined => (name === "HOSTS_MAP" ? "/etc/haproxy/hosts.map" : undefined);
  const files: { [path: string]: string } = { "/empty.map": "", "/comments.map": "  # filled by the module\n\n", "/full.map": "# x\nhttps://a.example.com allowed;=;;;Origin\n" };
  const read = (file: string): { text: string } | { error: string } => (file in files ? { text: files[file] } : { error: "No such file or directory" });
  const use = (mapFile: string, where = "h.cfg:3", usePolicy = policy): MapUse => ({ where, mapFile, policy: usePolicy });

  test("the argument names the map; an empty name is refused like any other argument", () => {
    const [named, empty] = findConverterCalls(config, env);
    expect(named).toMatchObject({ line: 3, args: [policy], mapFile: "/etc/haproxy/api.map", converterError: undefined });
    expect(empty).toMatchObject({ line: 4, converterError: { subject: "converter argument", value: "map=", problem: Problem.converterInput } });
  });

  test("the maps a configuration reads: the first argument of every map_str() and map(), variables expanded", () => {
    expect(findMapFiles(config, env).sort()).toEqual(["/etc/a b.map", "/etc/haproxy/api.map", "/etc/haproxy/hosts.map"]);
  });

  test("a map must be read by the configuration, start empty and belong to one policy; virt@ maps have no file", () => {
    const read1 = ["/empty.map", "/comments.map", "/full.map", "/missing.map", "virt@api", "/other.map"];
    expect(mapUseErrors([use("/empty.map"), use("/comments.map"), use("virt@api"), use("/empty.map", "h.cfg:9")], read1, read)).toEqual([]);
    const errors = mapUseErrors([use("/full.map"), use("/missing.map"), use("/not-read.map"), use("/empty.map"), use("/empty.map", "h.cfg:9", "origins=https://b.example.com")], read1, read);
    expect(errors.map(({ where, error }) => `${where}: ${formatPolicyError(error)}`)).toEqual([
      `h.cfg:3: cors: map file "/full.map" is not empty: the module fills it with the policy's exact origins when HAProxy starts`,
      `h.cfg:3: cors: map file "/missing.map" cannot be read: No such file or directory`,
      `h.cfg:3: cors: map file "/not-read.map" is not read by any map_str() of the configuration: look the Origin up with req.fhdr(origin),map_str(/not-read.map) before this converter`,
      `h.cfg:3: cors: map file "/not-read.map" cannot be read: No such file or directory`,
      `h.cfg:9: cors: map file "/empty.map" is filled by two different policies: give each policy its own map`,
    ]);
  });

  test("a pattern file is empty when it holds only blank lines and # comments", () => {
    expect(isEmptyPatternFile("")).toBe(true);
    expect(isEmptyPatternFile("\n \t\n# a comment\r\n   # another\n")).toBe(true);
    expect(isEmptyPatternFile("x")).toBe(false);
    expect(isEmptyPatternFile("# c\n  https://a.example.com v\n")).toBe(false);
  });
});

describe("the configuration files are read off HAProxy's command line", () => {
  test("every -f and every file after --, but not standard input", () => {
    const cmdline = ["haproxy", "-W", "-db", "-f", "/etc/haproxy/a.cfg", "-f", "-", "-f", "conf.d", "--", "b.cfg", "c.cfg", ""].join("\0");
    expect(configurationFiles(cmdline)).toEqual(["/etc/haproxy/a.cfg", "conf.d", "b.cfg", "c.cfg"]);
  });
});

describe("the response rules the scan knows", () => {
  const config = [
    "frontend api",
    '  http-request lua.cors-policy "origins=https://a.example.com"',
    "  http-after-response lua.cors",
    "  http-after-response lua.cors unless { var(txn.cors_answered) -m found }",
    "  # http-after-response lua.cors",
    "  http-after-response lua.cors-other",
  ].join("\n");

  test("an http-after-response lua.cors rule without a condition is refused with the guard to write; a guarded one, a comment or another action is not", () => {
    const found = findUnguardedAfterResponse(config, env);
    expect(found.map(({ line, error }) => `${line}: ${formatPolicyError(error)}`)).toEqual([
      '3: cors: rule "http-after-response lua.cors" would run on the preflights HAProxy answers, whose response HAProxy 2.9 to 3.2 then lose: write http-after-response lua.cors unless { var(txn.cors_answered) -m found }',
    ]);
  });

  test("the sections are seen with their names, and those whose rules read txn.cors_edit (their request action then records its decisions there); a comment is not", () => {
    const sections = scanSections(
      [
        "frontend native",
        '  http-request lua.cors-policy "origins=https://a.example.com"',
        '  http-after-response add-header vary "%[var(txn.cors_edit),field(5,;)]"',
        "frontend plain",
        '  http-request lua.cors-policy "origins=https://a.example.com"',
        "  # http-after-response add-header vary %[var(txn.cors_edit)]",
        "  http-response lua.cors",
        "backend app",
      ].join("\n"),
      env,
    );
    expect(sections.map(({ kind, name, line }) => `${line} ${kind} ${name}`)).toEqual(["1 frontend native", "4 frontend plain", "8 backend app"]);
    const readsRecord = (line: number): boolean => sectionAt(sections, line)?.readsRecord === true;
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(readsRecord)).toEqual([true, true, true, false, false, false, false, false]);
    expect(scanSections(config, env).some((section) => section.readsRecord)).toBe(false);
    expect(sectionAt(scanSections("global\n  lua-load /x.lua\nfrontend api\n", env), 2)).toEqual({ kind: "global", name: "", line: 1, readsRecord: false });
  });

  test("a rule that sets txn.cors_debug or uses the metrics service is seen; a comment is not", () => {
    const config = ["frontend api", "  # http-request set-var(txn.cors_debug) bool(true)", "  # http-request use-service lua.cors-metrics", "  http-request return status 200"].join("\n");
    expect(namesVariable(config, env, "txn.cors_debug")).toBe(false);
    expect(usesLuaService(config, env, "cors-metrics")).toBe(false);
    expect(namesVariable(`${config}\n  http-request set-var(txn.cors_debug) bool(true) if { src 10.0.0.0/8 }`, env, "txn.cors_debug")).toBe(true);
    expect(usesLuaService(`${config}\n  http-request use-service lua.cors-metrics if { path /metrics }`, env, "cors-metrics")).toBe(true);
    expect(usesLuaService(`${config}\n  http-request use-service lua.cors-metrics-other`, env, "cors-metrics")).toBe(false);
  });
});
