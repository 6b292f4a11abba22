// How the configuration check reads haproxy.cfg: words split as HAProxy splits them.

import { configurationFiles, findCorsRules, splitConfigLine } from "../../src/core/configScan";

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

describe("the configuration files are read off HAProxy's command line", () => {
  test("every -f and every file after --, but not standard input", () => {
    const cmdline = ["haproxy", "-W", "-db", "-f", "/etc/haproxy/a.cfg", "-f", "-", "-f", "conf.d", "--", "b.cfg", "c.cfg", ""].join("\0");
    expect(configurationFiles(cmdline)).toEqual(["/etc/haproxy/a.cfg", "conf.d", "b.cfg", "c.cfg"]);
  });
});
