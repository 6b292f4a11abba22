// What happens to an invalid policy that the configuration check cannot see (a configuration passed
// as a directory, see README "Configuration check"): HAProxy starts, the policy denies every origin,
// the backend's own CORS headers are removed, and the refusal is logged once.

import { haproxyConfig } from "../support/config";
import { useHaproxy } from "../support/fixture";
import { DIST_CORS_LUA, localTarget } from "../support/haproxy";
import { rawRequest } from "../support/http";
import { corsHeadersOf } from "../support/outcome";
import { extended } from "../cases/behaviour";

const target = localTarget();
const BAD = extended("origins=https://app.example.com/ credentials");

describe(`${target.name}: an invalid policy missed by the configuration check`, () => {
  const running = useHaproxy({
    target,
    asDirectory: true,
    config: ({ ports, backend }) => haproxyConfig({ luaPath: DIST_CORS_LUA, load: "lua-load", nbthread: 1, frontends: [{ port: ports[0], policy: BAD }], backend: `127.0.0.1:${backend.port}` }),
  });

  test("Verify that an invalid policy never emits CORS headers and is reported once in the log", async () => {
    const { backend, haproxy, port } = running;
    backend.setHeaders("", [["access-control-allow-origin", "*"]]);
    for (let i = 0; i < 3; i++) {
      const response = await rawRequest(port, "GET", "/", [["origin", "https://app.example.com"]]);
      expect(response.status).toBe(200);
      expect(corsHeadersOf(response.headers)).toEqual({ vary: "Origin" });
      expect(response.headers).toContainEqual(["x-cors-decision", "denied"]);
    }
    const preflight = await rawRequest(port, "OPTIONS", "/", [["origin", "https://app.example.com"], ["access-control-request-method", "PUT"]]);
    expect(preflight.status).toBe(403);
    const log = haproxy.output();
    expect(log.match(/policy refused/g)).toHaveLength(1);
    expect(log).toContain('cors: origin "https://app.example.com/" has a path: did you mean "https://app.example.com"?');
  });
});
