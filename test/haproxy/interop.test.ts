// Living with other Lua modules: the decision travels from the request action to the response action
// in the transaction's Lua private slot (as haproxytech/haproxy-lua-cors did). A module that overwrites
// the slot must make the response action do nothing (fail closed), never raise.

import * as fs from "node:fs";
import * as path from "node:path";
import { extended } from "../cases/behaviour";
import { cfgQuote, haproxyConfig } from "../support/config";
import { useHaproxy } from "../support/fixture";
import { localTarget } from "../support/haproxy";
import { rawRequest } from "../support/http";
import { corsHeadersOf } from "../support/outcome";

const target = localTarget();
const POLICY = "origins=https://app.example.com";

describe(`${target.name}: another Lua module in the same transaction`, () => {
  const running = useHaproxy({
    target,
    config: ({ ports, backend, dir }) => {
      const other = path.join(dir, "other.lua");
      fs.writeFileSync(other, 'core.register_action("take_priv", { "http-req" }, function(txn) txn:set_priv("not yours") end, 0)\n');
      const base = haproxyConfig({ luaPath: target.luaPath, load: "lua-load", nbthread: 1, frontends: [{ port: ports[0], policy: extended(POLICY) }], backend: `127.0.0.1:${backend.port}` });
      return base
        .replace(`  lua-load ${target.luaPath}`, `  lua-load ${target.luaPath}\n  lua-load ${other}`)
        .replace(`  http-request lua.cors-policy ${cfgQuote(POLICY)}`, `  http-request lua.cors-policy ${cfgQuote(POLICY)}\n  http-request lua.take_priv if { path_beg /taken }`);
    },
  });

  test("Verify that the response action decorates when the slot is left alone", async () => {
    const { port } = running;
    const response = await rawRequest(port, "GET", "/", [["origin", "https://app.example.com"]]);
    expect(corsHeadersOf(response.headers)).toEqual({ "access-control-allow-origin": "https://app.example.com", vary: "Origin" });
  });

  test("Verify that a slot overwritten by another module makes the response action add nothing, without error", async () => {
    const { backend, haproxy, port } = running;
    backend.setHeaders("", []);
    const response = await rawRequest(port, "GET", "/taken", [["origin", "https://app.example.com"]]);
    expect(response.status).toBe(200);
    expect(corsHeadersOf(response.headers)).toEqual({});
    expect(response.headers).toContainEqual(["x-cors-decision", "allowed"]);
    expect(haproxy.output()).not.toMatch(/lua|cors:/i);
  });
});
