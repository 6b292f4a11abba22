// Hostile requests through a real HAProxy: none may raise a Lua error (HAProxy would fail open), get a
// 5xx, or receive CORS headers it is not allowed. Over HTTP/1.1 (pipelined too) and h2c, with the two
// actions and with the converter configuration (README). What they cost is test/haproxy/cost.test.ts's.

import * as http2 from "node:http2";
import * as net from "node:net";
import { extended } from "../cases/behaviour";
import { haproxyConfig } from "../support/config";
import { useHaproxy } from "../support/fixture";
import { localTarget } from "../support/haproxy";
import { rawRequest, RawResponse } from "../support/http";
import { corsHeadersOf } from "../support/outcome";

const target = localTarget();
const POLICY = extended("origins=https://app.example.com,https://*.example.com,http://localhost:* methods=GET,PUT headers=X-Custom-Header credentials max-age=60");
const ALLOWED = "https://app.example.com";
/** A wait for an answer that must come (HAProxy answers in about a millisecond): a failure, not a measure. */
const MAX_MS = 10000;

type Headers = Array<[string, string]>;
const repeat = (text: string, count: number): string => new Array(count + 1).join(text);

interface HostileCase {
  readonly name: string;
  readonly method: string;
  readonly headers: Headers;
  /** True when the request is allowed and must get Access-Control-Allow-Origin. */
  readonly allowed: boolean;
  readonly decision: string;
}

const CASES: HostileCase[] = [
  { name: "an 8 KB Origin", method: "GET", headers: [["origin", `https://${repeat("a", 8 * 1024)}.example.com`]], allowed: false, decision: "denied" },
  { name: "an Origin of 8 KB of dots", method: "GET", headers: [["origin", `https://${repeat(".", 8 * 1024)}example.com`]], allowed: false, decision: "denied" },
  { name: "an Origin with a tab inside", method: "GET", headers: [["origin", "https://app.\texample.com"]], allowed: false, decision: "denied" },
  { name: "an Origin with non-ASCII bytes", method: "GET", headers: [["origin", "https://\u00e9xample.example.com"]], allowed: false, decision: "denied" },
  { name: "an Origin of null", method: "GET", headers: [["origin", "null"]], allowed: false, decision: "denied" },
  // The converter configuration's map keeps the record of no Origin under " ": HAProxy trims a value.
  { name: "an Origin of a lone space", method: "GET", headers: [["origin", " "]], allowed: false, decision: "denied" },
  { name: "an Origin padded with spaces and a tab", method: "GET", headers: [["origin", `  ${ALLOWED}\t `]], allowed: true, decision: "allowed" },
  { name: "an Origin with an IPv6 literal", method: "GET", headers: [["origin", "http://[::1]:8080"]], allowed: false, decision: "denied" },
  { name: "an Origin with a broken IPv6 literal", method: "GET", headers: [["origin", "http://[::1:8080"]], allowed: false, decision: "denied" },
  { name: "an Origin with a port out of range", method: "GET", headers: [["origin", "http://localhost:99999"]], allowed: false, decision: "denied" },
  { name: "an Origin with a port of only zeros", method: "GET", headers: [["origin", "http://localhost:00000"]], allowed: false, decision: "denied" },
  { name: "50 Origin headers", method: "GET", headers: Array.from({ length: 50 }, (): [string, string] => ["origin", ALLOWED]), allowed: false, decision: "denied" },
  { name: "a preflight with 10,000 empty header elements", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", "PUT"], ["access-control-request-headers", repeat(",", 10000)]], allowed: false, decision: "preflight-denied" },
  { name: "a preflight with a method of 14 KB", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", repeat("P", 14 * 1024)]], allowed: false, decision: "preflight-denied" },
  { name: "a preflight asking for 1,400 distinct headers", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", "PUT"], ["access-control-request-headers", Array.from({ length: 1400 }, (_, i) => `x-n${i}`).join(",")]], allowed: false, decision: "preflight-denied" },
  { name: "a preflight asking for an allowed header 850 times (13 KB)", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", "PUT"], ["access-control-request-headers", repeat("x-custom-header,", 850)]], allowed: false, decision: "preflight-denied" },
  { name: "a preflight with 14,000 spaces inside its header list", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", "PUT"], ["access-control-request-headers", `x-custom-header,${repeat(" ", 14000)}x-custom-header`]], allowed: false, decision: "preflight-denied" },
  { name: "a preflight with 90 header-list lines", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", "PUT"], ...Array.from({ length: 90 }, (): [string, string] => ["access-control-request-headers", "x-custom-header"])], allowed: false, decision: "preflight-denied" },
  { name: "a preflight with 90 method lines", method: "OPTIONS", headers: [["origin", ALLOWED], ...Array.from({ length: 90 }, (): [string, string] => ["access-control-request-method", "PUT"])], allowed: false, decision: "preflight-denied" },
  { name: "a preflight with 90 Origin lines", method: "OPTIONS", headers: [...Array.from({ length: 90 }, (): [string, string] => ["origin", ALLOWED]), ["access-control-request-method", "PUT"]], allowed: false, decision: "preflight-denied" },
  { name: "a GET with 90 long header names", method: "GET", headers: [["origin", ALLOWED], ...Array.from({ length: 90 }, (_, i): [string, string] => [`x-filler-${repeat("n", 100)}-${i}`, "1"])], allowed: true, decision: "allowed" },
  { name: "a preflight asking for 700 headers", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", "PUT"], ["access-control-request-headers", repeat("x-custom-header,", 700)]], allowed: false, decision: "preflight-denied" },
  { name: "a preflight with a method of odd bytes", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", "P\u00ffT\u0001"]], allowed: false, decision: "preflight-denied" },
  { name: "a preflight with three request methods", method: "OPTIONS", headers: [["origin", ALLOWED], ["access-control-request-method", "PUT"], ["access-control-request-method", "GET"], ["access-control-request-method", "PUT"]], allowed: false, decision: "preflight-denied" },
  { name: "a request with an odd method", method: "M-SEARCH", headers: [["origin", ALLOWED]], allowed: true, decision: "allowed" },
  { name: "a subdomain Origin with an empty label", method: "GET", headers: [["origin", "https://a..example.com"]], allowed: false, decision: "denied" },
  { name: "an Origin that is only a scheme", method: "GET", headers: [["origin", "https://"]], allowed: false, decision: "denied" },
];

const HEADERS = 1;
const RST_STREAM = 3;

/**
 * One h2c GET with literal header fields, written by hand; the frames HAProxy sends back, read until it
 * answers stream 1 (HEADERS) or resets it (RST_STREAM), or closes the connection.
 */
function rawH2Get(port: number, extra: ReadonlyArray<readonly [string, string]>): Promise<Array<{ type: number; stream: number }>> {
  const frame = (type: number, flags: number, stream: number, payload: Buffer): Buffer => {
    const head = Buffer.alloc(9);
    head.writeUIntBE(payload.length, 0, 3);
    head[3] = type;
    head[4] = flags;
    head.writeUInt32BE(stream, 5);
    return Buffer.concat([head, payload]);
  };
  // HPACK "literal header field without indexing, new name", no Huffman coding; every length < 127.
  const field = (name: string, value: string): Buffer => Buffer.concat([Buffer.from([0, name.length]), Buffer.from(name, "latin1"), Buffer.from([value.length]), Buffer.from(value, "latin1")]);
  const fields: Array<readonly [string, string]> = [[":method", "GET"], [":scheme", "http"], [":path", "/"], [":authority", "x"], ...extra];
  const block = Buffer.concat(fields.map(([name, value]) => field(name, value)));
  const preface = Buffer.from("PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n", "latin1");
  const framesOf = (data: Buffer): Array<{ type: number; stream: number }> => {
    const frames: Array<{ type: number; stream: number }> = [];
    for (let i = 0; i + 9 <= data.length; i += 9 + data.readUIntBE(i, 3)) frames.push({ type: data[i + 3], stream: data.readUInt32BE(i + 5) & 0x7fffffff });
    return frames;
  };
  return new Promise((resolve, reject) => {
    let data = Buffer.alloc(0);
    const socket = net.connect({ host: "127.0.0.1", port }, () => socket.write(Buffer.concat([preface, frame(4, 0, 0, Buffer.alloc(0)), frame(HEADERS, 0x5, 1, block)])));
    socket.setTimeout(MAX_MS, () => socket.destroy(new Error(`no answer on stream 1 within ${MAX_MS} ms`)));
    socket.on("data", (chunk) => {
      data = Buffer.concat([data, chunk]);
      if (framesOf(data).some((f) => f.stream === 1 && (f.type === HEADERS || f.type === RST_STREAM))) socket.destroy();
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(framesOf(data)));
  });
}

describe.each(["actions", "converters"] as const)(`${target.name}: hostile requests, %s configuration`, (configuration) => {
  // The same frontend also speaks HTTP/2 in clear text (h2c, prior knowledge) on a second port.
  const running = useHaproxy({
    target,
    ports: 2,
    config: ({ ports: [h1, h2], backend }) =>
      haproxyConfig({ luaPath: target.luaPath, load: "lua-load", nbthread: 2, frontends: [{ port: h1, policy: POLICY, h2cPort: h2 }], configuration, backend: `127.0.0.1:${backend.port}` }),
  });

  function checkResponse(response: RawResponse | { status: number; headers: Headers }, allowed: boolean): void {
    expect(response.status).toBeLessThan(500);
    const cors = corsHeadersOf(response.headers);
    if (allowed) expect(cors["access-control-allow-origin"]).toBe(ALLOWED);
    else expect(Object.keys(cors).filter((name) => name !== "vary")).toEqual([]);
  }

  test.each(CASES.map((c) => [c.name, c] as const))("Verify that %s gets no error and only the headers it may have (HTTP/1.1)", async (_name, hostile) => {
    const [h1] = running.ports;
    const response = await rawRequest(h1, hostile.method, "/", hostile.headers, MAX_MS);
    checkResponse(response, hostile.allowed);
    // The value reached the module (HAProxy did not refuse the request before it): the decision says so.
    expect(response.headers).toContainEqual(["x-cors-decision", hostile.decision]);
  });

  test("Verify that pipelined requests each get their own decision", async () => {
    const [h1] = running.ports;
    const requests = [
      ["GET / HTTP/1.1", "host: x", `origin: ${ALLOWED}`, "", ""],
      ["GET / HTTP/1.1", "host: x", "origin: https://evil.example", "", ""],
      ["OPTIONS / HTTP/1.1", "host: x", `origin: ${ALLOWED}`, "access-control-request-method: PUT", "", ""],
      ["GET / HTTP/1.1", "host: x", "connection: close", "", ""],
    ].map((lines) => lines.join("\r\n"));
    const text = await new Promise<string>((resolve, reject) => {
      const socket = net.connect({ host: "127.0.0.1", port: h1 }, () => socket.write(requests.join("")));
      let data = "";
      socket.setTimeout(MAX_MS, () => socket.destroy(new Error("timeout")));
      socket.on("data", (chunk) => (data += chunk.toString("latin1")));
      socket.on("error", reject);
      socket.on("close", () => resolve(data));
    });
    const statuses = [...text.matchAll(/^HTTP\/1\.1 (\d+)/gm)].map((m) => Number(m[1]));
    const decisions = [...text.matchAll(/^x-cors-decision: (\S+)/gim)].map((m) => m[1]);
    expect(statuses).toEqual([200, 200, 204, 200]);
    expect(decisions).toEqual(["allowed", "denied", "preflight-allowed", "not-cors"]);
    expect(text.match(/^access-control-allow-origin: /gim)).toHaveLength(2);
  });

  test.each([
    ["an allowed GET", { ":method": "GET", origin: ALLOWED }, 200, true],
    ["a denied GET", { ":method": "GET", origin: "https://evil.example" }, 200, false],
    ["an allowed preflight", { ":method": "OPTIONS", origin: ALLOWED, "access-control-request-method": "PUT" }, 204, true],
    ["a denied preflight", { ":method": "OPTIONS", origin: ALLOWED, "access-control-request-method": "DELETE" }, 403, false],
  ] as const)("Verify that %s over h2c is decided as over HTTP/1.1", async (_name, headers, status, allowed) => {
    const [, h2] = running.ports;
    const client = http2.connect(`http://127.0.0.1:${h2}`);
    try {
      const response = await new Promise<{ status: number; headers: Headers }>((resolve, reject) => {
        const stream = client.request({ ":path": "/", ...headers });
        stream.on("response", (h) => {
          const list: Headers = [];
          for (const [name, value] of Object.entries(h)) {
            if (!name.startsWith(":")) for (const v of ([] as unknown[]).concat(value)) list.push([name, String(v)]);
          }
          resolve({ status: Number(h[":status"]), headers: list });
          stream.resume();
        });
        stream.on("error", reject);
        stream.end();
      });
      expect(response.status).toBe(status);
      checkResponse(response, allowed);
    } finally {
      client.close();
    }
  });

  // The map of the converter configuration compares C strings: a value with a NUL byte must never reach
  // it, or "<allowed origin>\0..." would be found as the allowed origin. HTTP/1.1 cannot carry a NUL in
  // a header; over HTTP/2, HAProxy resets the stream (pinned here with hand-written frames, since Node's
  // client refuses to send such a value).
  test("Verify that an Origin with a NUL byte over h2c gets no response: HAProxy resets the stream", async () => {
    const [, h2] = running.ports;
    const frames = await rawH2Get(h2, [["origin", `${ALLOWED}\0evil`]]);
    expect(frames.filter((f) => f.stream === 1).map((f) => f.type)).toEqual([RST_STREAM]);
    const control = await rawH2Get(h2, [["origin", ALLOWED]]);
    expect(control.filter((f) => f.stream === 1).map((f) => f.type)).toContain(HEADERS);
  });

  test.each([
    ["a lone space", " ", "denied"],
    ["an allowed origin after a space", ` ${ALLOWED}`, "allowed"],
  ])("Verify that an Origin of %s over h2c is trimmed by HAProxy, as over HTTP/1.1", async (_name, origin, decision) => {
    const [, h2] = running.ports;
    const client = http2.connect(`http://127.0.0.1:${h2}`);
    try {
      const headers = await new Promise<http2.IncomingHttpHeaders>((resolve, reject) => {
        const stream = client.request({ ":path": "/", ":method": "GET", origin });
        stream.on("response", (h) => {
          resolve(h);
          stream.resume();
        });
        stream.on("error", reject);
        stream.end();
      });
      expect(headers["x-cors-decision"]).toBe(decision);
      expect(headers["access-control-allow-origin"]).toBe(decision === "allowed" ? ALLOWED : undefined);
    } finally {
      client.close();
    }
  });

  test("Verify that HAProxy logged no Lua error after all of them", () => {
    const { haproxy } = running;
    expect(haproxy.output()).not.toMatch(/lua|runtime error|cors:/i);
  });
});
