// Every response a browser reads carries the policy's answer, HAProxy's own included: deny (403, and 429
// with a header), return, redirect, 503 without a server, an errorfile, 504 on a server timeout, 502 on an
// invalid response, besides the backend's responses and the preflights HAProxy answers. Run on a target in
// each configuration that covers HAProxy's own responses on its version (src/converters/rules.ts): the
// native response rules and the converter configuration everywhere, the response action in
// http-after-response on 2.9 and later, alone and beside http-response (a frontend that moves from one to
// the other); each under lua-load and lua-load-per-thread. Each response is checked for its status and the
// complete set of CORS headers, each header at most once.

import { extended, HeaderList } from "../cases/behaviour";
import { HANG_PATH, INVALID_PATH } from "./backend";
import { Configuration, DEBUG_REQUEST_HEADER, haproxyConfig, LuaLoad } from "./config";
import { startHaproxy, useHaproxy } from "./fixture";
import { HaproxyTarget, haproxyVersionOf, waitForOutput } from "./haproxy";
import { rawRequest } from "./http";
import { runOnCore } from "./coreRunner";
import { corsHeadersOf, debugHeaderOf } from "./outcome";

/** The configurations that give HAProxy's own responses the policy's answer on a version. */
export function coveringConfigurations(version: number): Configuration[] {
  return version >= 209 ? ["after", "migration", "native", "converters"] : ["native", "converters"];
}

const APP = "https://app.example.com";
const POLICY = extended(`origins=${APP} credentials expose=Retry-After methods=GET,PUT headers=X-Custom-Header max-age=600`);

/** Each response HAProxy makes itself, or the backend, with the path that asks for it and its status. */
const RESPONSES: ReadonlyArray<{ readonly what: string; readonly path: string; readonly status: number; readonly header?: readonly [string, string] }> = [
  { what: "the backend's 200", path: "/", status: 200 },
  { what: "the backend's 200 with a Vary of its own", path: "/vary", status: 200 },
  { what: "deny (403)", path: "/gen/deny", status: 403 },
  { what: "deny 429 with Retry-After", path: "/gen/deny429", status: 429, header: ["retry-after", "7"] },
  { what: "return 200", path: "/gen/return", status: 200 },
  { what: "redirect (302)", path: "/gen/redirect", status: 302, header: ["location", "/elsewhere"] },
  { what: "503, no server", path: "/gen/503", status: 503 },
  { what: "503 from an errorfile", path: "/gen/errorfile", status: 503, header: ["x-errorfile", "maintenance"] },
  { what: "504, server timeout", path: HANG_PATH, status: 504 },
  { what: "502, invalid response", path: INVALID_PATH, status: 502 },
];

/** The frontend's own rules, after the module's: the request action decides before any of them answers. */
const FRONTEND_LINES = [
  "http-request deny if { path /gen/deny }",
  "http-request deny deny_status 429 hdr retry-after 7 if { path /gen/deny429 }",
  "http-request return status 200 content-type text/plain string ok if { path /gen/return }",
  "http-request redirect location /elsewhere if { path /gen/redirect }",
  "use_backend nosrv if { path /gen/503 }",
  "use_backend errfile if { path /gen/errorfile }",
  `use_backend slow if { path ${HANG_PATH} }`,
];

const ALLOWED_ANSWER = { "access-control-allow-origin": APP, "access-control-allow-credentials": "true", "access-control-expose-headers": "Retry-After", vary: "Origin" };
const REQUESTS: ReadonlyArray<{ readonly who: string; readonly origin: string | undefined; readonly answer: { [name: string]: string } }> = [
  { who: "an allowed Origin", origin: APP, answer: ALLOWED_ANSWER },
  { who: "a denied Origin", origin: "https://evil.example", answer: { vary: "Origin" } },
  { who: "no Origin", origin: undefined, answer: { vary: "Origin" } },
];

/** The CORS response headers' names that come more than once. */
function repeated(headers: HeaderList): string[] {
  const seen = new Map<string, number>();
  for (const [name] of headers) {
    const lower = name.toLowerCase();
    if (lower.startsWith("access-control-") || lower === "vary") seen.set(lower, (seen.get(lower) ?? 0) + 1);
  }
  return [...seen].filter(([, count]) => count > 1).map(([name]) => name);
}

/** A frontend of the module with an http-after-response rule as given, for haproxy -c. */
function afterResponseConfig(target: HaproxyTarget, rule: string): string {
  return haproxyConfig({ luaPath: target.luaPath, fixturesDir: target.fixturesDir, load: "lua-load", nbthread: 1, frontends: [{ port: 1, policy: POLICY, lines: [rule] }], backend: "127.0.0.1:2" });
}

export function describeGeneratedResponsesOn(target: HaproxyTarget): void {
  const version = haproxyVersionOf(target);
  test(`${target.name}: the HAProxy version is known`, () => {
    if (version === undefined) throw new Error(`the HAProxy version of ${target.name} cannot be read from haproxy -vv`);
  });

  if ((version ?? 0) >= 209) {
    // The fact the guard of http-after-response lua.cors rests on (haproxy/configScan.ts).
    test(`${target.name}: HAProxy fact: a Lua action in http-after-response cannot run on the reply a Lua request action sends with txn:done(); the response is lost`, async () => {
      const LOST = "cannot resume non-suspended coroutine";
      const probe = async (after: string): Promise<{ status: number | string; log: string }> => {
        const running = await startHaproxy({
          target,
          config: ({ target, ports: [port] }) =>
            [
              "global",
              `  lua-load ${target.fixturesDir}/after-response-probe.lua`,
              "defaults",
              "  mode http",
              "  timeout connect 5s",
              "  timeout client 10s",
              "  timeout server 10s",
              "frontend probe",
              `  bind 127.0.0.1:${port}`,
              "  http-request lua.probe_answer",
              `  ${after}`,
              "",
            ].join("\n"),
        });
        try {
          const status = await rawRequest(running.port, "GET", "/", []).then((answer) => answer.status, (error: Error) => error.message);
          // The alert, when there is one, reaches the test after the response.
          return { status, log: typeof status === "number" ? running.haproxy.output() : await waitForOutput(running.haproxy, LOST) };
        } finally {
          await running.stop();
        }
      };
      const unguarded = await probe("http-after-response lua.probe_after");
      expect(unguarded.status).toBe('incomplete response: ""');
      expect(unguarded.log).toContain(LOST);
      const guarded = await probe("http-after-response lua.probe_after unless { always_true }");
      expect(guarded.status).toBe(204);
    });
  }

  test(`${target.name}: haproxy -c refuses http-after-response lua.cors without the guard, and names it`, async () => {
    const unguarded = await target.check(afterResponseConfig(target, "http-after-response lua.cors"));
    expect(unguarded.status).not.toBe(0);
    expect(unguarded.output).toContain(`cors: rule "http-after-response lua.cors" would run on the preflights HAProxy answers`);
    expect(unguarded.output).toContain("write http-after-response lua.cors unless { var(txn.cors_answered) -m found }");
  });

  test(`${target.name}: haproxy -c ${(version ?? 0) >= 209 ? "accepts" : "refuses (before 2.9 Lua cannot run there)"} http-after-response lua.cors with the guard`, async () => {
    const guarded = await target.check(afterResponseConfig(target, "http-after-response lua.cors unless { var(txn.cors_answered) -m found }"));
    if ((version ?? 0) >= 209) expect([guarded.status, guarded.output]).toEqual([0, expect.not.stringMatching(/ALERT|cors:/)]);
    else expect([guarded.status, guarded.output]).toEqual([expect.not.stringMatching(/^0$/), expect.stringContaining("'http-after-response' expects")]);
  });
  const variants = coveringConfigurations(version ?? 0).flatMap((configuration) =>
    (["lua-load", "lua-load-per-thread"] as LuaLoad[]).map((load) => ({ configuration, load })),
  );
  describe.each(variants)(`${target.name}, $configuration configuration with $load: every response carries the policy's answer`, ({ configuration, load }) => {
    // A second frontend, after this one, runs the same policy with the response action in http-response
    // alone: what the configuration check records for the policy must hold for the first one all the same.
    const second = configuration === "converters" ? [] : [{ port: 0, policy: POLICY, configuration: "actions" as const }];
    const running = useHaproxy({
      target,
      ports: 1 + second.length,
      config: ({ target, ports, backend }) =>
        haproxyConfig({
          luaPath: target.luaPath,
          fixturesDir: target.fixturesDir,
          load,
          nbthread: 2,
          frontends: [{ port: ports[0], policy: POLICY, lines: FRONTEND_LINES }, ...second.map((frontend, i) => ({ ...frontend, port: ports[1 + i] }))],
          configuration,
          backend: `127.0.0.1:${backend.port}`,
          sections: ["backend nosrv", "backend errfile", `  errorfile 503 ${target.fixturesDir}/errorfile-503.http`, "backend slow", "  timeout server 300ms", `  server api 127.0.0.1:${backend.port}`],
        }),
    });

    const cases = RESPONSES.flatMap((response) => REQUESTS.map((request) => [response.what, request.who, response, request] as const));
    test.each(cases)("%s, from %s", async (_what, _who, response, request) => {
      const caseId = `${configuration}-${load}-${response.path}-${request.who}`;
      if (response.path === "/vary") running.backend.setHeaders(caseId, [["vary", "Accept-Encoding"]]);
      const headers: [string, string][] = [["x-case-id", caseId]];
      if (request.origin !== undefined) headers.push(["origin", request.origin]);
      const answer = await rawRequest(running.port, "GET", response.path, headers);
      expect(answer.status).toBe(response.status);
      if (response.header) expect(answer.headers).toContainEqual(response.header);
      const wanted = response.path === "/vary" ? { ...request.answer, vary: "Accept-Encoding, Origin" } : request.answer;
      expect(corsHeadersOf(answer.headers)).toEqual(wanted);
      expect(repeated(answer.headers)).toEqual([]);
    });

    test("a preflight HAProxy answers gets the core's answer, each header once", async () => {
      const preflight: HeaderList = [["origin", APP], ["access-control-request-method", "PUT"], ["access-control-request-headers", "x-custom-header"]];
      const wanted = runOnCore(POLICY, { method: "OPTIONS", headers: preflight });
      expect(wanted.status).toBe(204);
      const answer = await rawRequest(running.port, "OPTIONS", "/", preflight);
      expect(answer.status).toBe(204);
      expect(corsHeadersOf(answer.headers)).toEqual(wanted.headers);
      expect(repeated(answer.headers)).toEqual([]);
    });

    // Where the response action runs in http-after-response, HAProxy's own responses get the whole decision of
    // a debugged denial, CORS-Debug included. The native rules apply records, and a debugged denial has none
    // (its decision is the request's own, with CORS-Debug): the backend's responses get it from the Lua
    // response action, HAProxy's own get no header (docs/operations.md, "Debugging").
    const lua = configuration === "after" || configuration === "migration";
    test(`with debugging, HAProxy's own 503 to a denied request ${lua ? "carries Vary and CORS-Debug" : "carries no CORS header"}`, async () => {
      const answer = await rawRequest(running.port, "GET", "/gen/503", [["origin", "https://evil.example"], [DEBUG_REQUEST_HEADER, "1"]]);
      expect(answer.status).toBe(503);
      expect(corsHeadersOf(answer.headers)).toEqual(lua ? { vary: "Origin" } : {});
      expect(debugHeaderOf(answer.headers)).toBe(lua ? `denied; origin-not-allowed; Origin "https://evil.example" not allowed; allowed: ${APP}` : undefined);
    });

    test("HAProxy logged no Lua error and no alert from the module", () => {
      expect(running.haproxy.output()).not.toMatch(/lua|cors:/i);
    });
  });
}
