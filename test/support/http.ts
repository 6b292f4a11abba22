// A raw HTTP/1.1 client: it sends exactly the bytes a case asks for (repeated headers, odd values),
// which higher-level clients normalize away. And the ports that tests and the benchmark listen on and
// wait for.

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

// Ports. Every process that listens takes its ports from a range of its own, below the kernel's
// ephemeral range (32768 up, where client sockets live) and away from the demo's fixed ports (8000, 8080,
// 8081): jest worker n takes the 1500 ports from CORS_TEST_PORT_BASE + (n - 1) * 1500 (six workers,
// 21000-29999 by default), the benchmark (bench/run.ts) 30000-31499 whatever the base. So two test
// processes, or a test and the benchmark, never pick the same port, and one process never picks a port
// twice. CORS_TEST_PORT_BASE moves the test ranges, for a second test run on the same machine (12000 or
// 15000 keep it clear of the default and of the benchmark).
const RANGE_SIZE = 1500;
const BENCH_FIRST_PORT = 30000;

/** Whether a loopback port is free now (nothing listens on it). */
export function canListen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** Free loopback ports from `first` on, each once, up to the range's end. */
function portRange(first: number): () => Promise<number> {
  let next = first;
  const last = first + RANGE_SIZE;
  return async () => {
    while (next < last) {
      const port = next++;
      if (await canListen(port)) return port;
    }
    throw new Error(`no free port left in the range ${first}-${last - 1}`);
  };
}

const workerId = Number(process.env.JEST_WORKER_ID ?? "1");

/** A free loopback port of this jest worker's range, never the same twice in a test file. */
export const freePort = portRange(Number(process.env.CORS_TEST_PORT_BASE ?? 21000) + ((workerId - 1) % 6) * RANGE_SIZE);

/** A free loopback port of the benchmark's range (bench/run.ts only). */
export const freeBenchPort = portRange(BENCH_FIRST_PORT);

/** Waits until a port (on loopback unless told) accepts connections; fails after `timeoutMs` (a wait, not a measure). */
export async function waitForPort(port: number, timeoutMs: number, host = "127.0.0.1"): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host, port });
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
