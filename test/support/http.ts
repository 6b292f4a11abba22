// A raw HTTP/1.1 client: it sends exactly the bytes a case asks for (repeated headers, odd values),
// which higher-level clients normalize away.

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

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
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
