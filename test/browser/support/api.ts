// The API behind HAProxy in the browser tests. It records every request it receives (method, path,
// headers), so a test can tell what the browser's request actually reached, and answers JSON with a
// header the page can only read when a policy exposes it.

import * as http from "node:http";
import { listenOnAnyPort } from "../../support/http";

export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
}

export interface BrowserTestApi {
  readonly port: number;
  readonly received: readonly ReceivedRequest[];
  /** Requests whose path starts with `prefix` (each test uses its own paths). */
  receivedUnder(prefix: string): ReceivedRequest[];
  close(): Promise<void>;
}

export const TOTAL_COUNT = "42";
export const SESSION_COOKIE = "session=abc";

export function startApi(): Promise<BrowserTestApi> {
  const received: ReceivedRequest[] = [];
  const server = http.createServer((req, res) => {
    const path = req.url ?? "";
    received.push({ method: req.method ?? "", path, headers: req.headers });
    const headers: http.OutgoingHttpHeaders = { "content-type": "application/json", "x-total-count": TOTAL_COUNT };
    if (path === "/login" || path.endsWith("/login")) headers["set-cookie"] = `${SESSION_COOKIE}; Path=/; SameSite=Lax`;
    req.resume();
    req.on("end", () => {
      res.writeHead(200, headers);
      res.end(JSON.stringify({ ok: true, method: req.method, path }));
    });
  });
  return listenOnAnyPort(server).then(({ port, close }) => ({
    port,
    received,
    receivedUnder: (prefix: string) => received.filter((r) => r.path.startsWith(prefix)),
    close,
  }));
}

/** A blank HTML page for any path and any Host: the calling page, on its own port (its own origin). */
export function startPageServer(): Promise<{ port: number; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" });
    res.end('<!doctype html><meta charset="utf-8"><link rel="icon" href="data:,"><title>calling page</title>');
  });
  return listenOnAnyPort(server);
}
