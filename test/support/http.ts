// A raw HTTP/1.1 client: it sends exactly the bytes a case asks for (repeated headers, odd values),
// which higher-level clients normalize away. And the ports the tests listen on and wait for.

import type * as http from "node:http";
import * as net from "node:net";

export interface RawResponse {
  readonly status: number;
  readonly headers: Array<[string, string]>;
  readonly body: string;
}

export function rawRequest(port: number, method: string, path: string, headers: ReadonlyArray<readonly [string, string]>, timeoutMs = 5000): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const lines = [`${method} ${path} HTTP/1.1`, "host: cors.test", ...headers.map(([n, v]) => `${n}: ${v}`), "connection: close", "", ""];
    const socket = net.connect({ host: "127.0.0.1", port });
    const chunks: Buffer[] = [];
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    socket.on("connect", () => socket.write(Buffer.from(lines.join("\r\n"), "latin1")));
    socket.on("data", (chunk) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("latin1");
      const end = text.indexOf("\r\n\r\n");
      if (end < 0) return reject(new Error(`incomplete response: ${JSON.stringify(text)}`));
      const [statusLine, ...headerLines] = text.substring(0, end).split("\r\n");
      const status = Number(statusLine.split(" ")[1]);
      const parsed = headerLines.map((line): [string, string] => {
        const colon = line.indexOf(":");
        return [line.substring(0, colon).toLowerCase(), line.substring(colon + 1).trim()];
      });
      resolve({ status, headers: parsed, body: text.substring(end + 4) });
    });
  });
}

// Test ports come from a range of their own per jest worker, below the kernel's ephemeral range
// (where client sockets live) and away from the demo's and the benchmark's fixed ports, so two test
// processes never pick the same port, and one process never picks a port twice. CORS_TEST_PORT_BASE
// moves the ranges, for a second test run on the same machine (12000 keeps it clear of the default).
const RANGE_SIZE = 1500;
const workerId = Number(process.env.JEST_WORKER_ID ?? "1");
let nextPort = Number(process.env.CORS_TEST_PORT_BASE ?? 21000) + ((workerId - 1) % 6) * RANGE_SIZE;
const lastPort = nextPort + RANGE_SIZE;

function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A free loopback port, never the same twice in a test run. */
export async function freePort(): Promise<number> {
  while (nextPort < lastPort) {
    const port = nextPort++;
    if (await canListen(port)) return port;
  }
  throw new Error(`no free port left in this worker's range (up to ${lastPort})`);
}

export async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port });
      socket.on("connect", () => {
        socket.destroy();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`port ${port} did not open within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts a test server on a port the kernel picks; close() also ends its idle keep-alive connections. */
export function listenOnAnyPort(server: http.Server, host = "127.0.0.1"): Promise<{ port: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    server.on("error", reject);
    server.listen(0, host, () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      resolve({
        port,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

/** One command on HAProxy's runtime API (a stats socket: a Unix path, or a loopback TCP port), its whole answer. */
export function runtimeApi(socket: string | number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const client = typeof socket === "number" ? net.createConnection({ host: "127.0.0.1", port: socket }) : net.createConnection(socket);
    client.on("connect", () => client.end(`${command}\n`));
    let answer = "";
    client.on("data", (chunk) => (answer += chunk));
    client.on("end", () => resolve(answer));
    client.on("error", reject);
  });
}

/** "<key> <value>" of each entry a runtime API `show map` lists (its lines are "<id> <key> <value>"), sorted. */
export function mapEntries(shown: string): string[] {
  return shown
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => line.split(" ").slice(1).join(" "))
    .sort();
}
