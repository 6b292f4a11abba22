// The map of the converter configuration (README): the module fills it when HAProxy starts, and an
// allowed exact origin is then decided by `map_str` alone. HAProxy's runtime API shows what the map
// holds, and changing an entry there shows that the response follows the map, not Lua.

import * as fs from "node:fs";
import * as path from "node:path";
import { extended } from "../cases/behaviour";
import { haproxyConfig, LuaLoad } from "../support/config";
import { useHaproxy } from "../support/fixture";
import { localTarget } from "../support/haproxy";
import { mapEntries, rawRequest, runtimeApi } from "../support/http";
import { corsHeadersOf } from "../support/outcome";

const target = localTarget();
const EXACT = ["https://app.example.com", "https://admin.example.com:8443"];
const POLICY = extended(`origins=${EXACT.join(",")},https://*.example.org methods=GET,PUT credentials expose=X-Trace`);
const RECORD = "allowed;=;true;X-Trace;Origin;";
/** The record of a request without Origin, under the map's key " ". */
const NOT_CORS = "not-cors;;;;Origin;";

/** The runtime API splits words on spaces and commands on ";": both are escaped with a backslash. */
const cliValue = (text: string): string => text.replace(/[; ]/g, (c) => `\\${c}`);

describe.each([
  ["lua-load", 1],
  ["lua-load-per-thread", 4],
] as const)(`${target.name}: the converter configuration's map, %s with %i thread(s)`, (load: LuaLoad, nbthread: number) => {
  const statsSocket = (dir: string): string => path.join(dir, "stats.sock");
  const running = useHaproxy({
    target,
    config: ({ ports, backend, dir }) =>
      haproxyConfig({
        luaPath: target.luaPath,
        load,
        nbthread,
        frontends: [{ port: ports[0], policy: POLICY }],
        configuration: "converters",
        global: [`stats socket ${statsSocket(dir)} level admin`],
        backend: `127.0.0.1:${backend.port}`,
      }),
  });
  let socket: string;
  let mapFile: string;

  beforeAll(async () => {
    socket = statsSocket(running.dir);
    // The map's name as HAProxy knows it, the generated file's path: "<id> (<file>) pattern loaded from file ...".
    const listed = await runtimeApi(socket, "show map");
    const name = /\((\/\S+\/cors0\.map)\)/.exec(listed);
    if (name === null) throw new Error(`no cors0.map in show map:\n${listed}`);
    mapFile = name[1];
  });

  test("Verify that the map holds each exact origin of the policy once, with the allowed record, no pattern, and the key of no Origin", async () => {
    expect(mapEntries(await runtimeApi(socket, `show map ${mapFile}`))).toEqual([...EXACT.map((origin) => `${origin} ${RECORD}`), `  ${NOT_CORS}`].sort());
  });

  test("Verify that a request without Origin gets the map's record: changed at run time, the response follows it", async () => {
    const { port } = running;
    const before = await rawRequest(port, "GET", "/", []);
    expect(corsHeadersOf(before.headers)).toEqual({ vary: "Origin" });
    expect(before.headers).toContainEqual(["x-cors-decision", "not-cors"]);
    await runtimeApi(socket, `set map ${mapFile} ${cliValue(" ")} ${cliValue("not-cors;;;;Origin, X-Probe;")}`);
    try {
      const after = await rawRequest(port, "GET", "/", []);
      expect(corsHeadersOf(after.headers)).toEqual({ vary: "Origin, X-Probe" });
    } finally {
      await runtimeApi(socket, `set map ${mapFile} ${cliValue(" ")} ${cliValue(NOT_CORS)}`);
      expect(mapEntries(await runtimeApi(socket, `show map ${mapFile}`))).toContain(`  ${NOT_CORS}`);
    }
  });

  test("Verify that the file the map was read from is left empty", () => {
    expect(fs.readFileSync(mapFile, "utf8")).toBe("");
  });

  test("Verify that an origin in the map gets the map's record: changed at run time, the response follows it", async () => {
    const { port } = running;
    const before = await rawRequest(port, "GET", "/", [["origin", EXACT[0]]]);
    expect(corsHeadersOf(before.headers)).toEqual({ "access-control-allow-origin": EXACT[0], "access-control-allow-credentials": "true", "access-control-expose-headers": "X-Trace", vary: "Origin" });
    await runtimeApi(socket, `set map ${mapFile} ${EXACT[0]} ${cliValue("denied;;;;Origin;origin-not-allowed")}`);
    try {
      const after = await rawRequest(port, "GET", "/", [["origin", EXACT[0]]]);
      expect(corsHeadersOf(after.headers)).toEqual({ vary: "Origin" });
      expect(after.headers).toContainEqual(["x-cors-decision", "denied"]);
    } finally {
      await runtimeApi(socket, `set map ${mapFile} ${EXACT[0]} ${cliValue(RECORD)}`);
      expect(mapEntries(await runtimeApi(socket, `show map ${mapFile}`))).toContain(`${EXACT[0]} ${RECORD}`);
    }
  });

  test("Verify that an origin the map does not hold is decided by the converter: a pattern match, a denied origin", async () => {
    const { port } = running;
    const sub = await rawRequest(port, "GET", "/", [["origin", "https://www.example.org"]]);
    expect(corsHeadersOf(sub.headers)).toEqual({ "access-control-allow-origin": "https://www.example.org", "access-control-allow-credentials": "true", "access-control-expose-headers": "X-Trace", vary: "Origin" });
    const denied = await rawRequest(port, "GET", "/", [["origin", "https://APP.example.com"]]);
    expect(corsHeadersOf(denied.headers)).toEqual({ vary: "Origin" });
    expect(denied.headers).toContainEqual(["x-cors-decision", "denied"]);
  });

  test("HAProxy logged no Lua error and no alert from the module", () => {
    const { haproxy } = running;
    expect(haproxy.output()).not.toMatch(/lua|cors:/i);
  });
});
