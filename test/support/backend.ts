// The API behind HAProxy in integration tests: it answers 200 with the headers a case asks for and
// remembers which cases reached it, so a test can tell who answered.

import * as http from "node:http";
import { HeaderList } from "../cases/behaviour";
import { listenOnAnyPort } from "./http";

export const CASE_HEADER = "x-case-id";
export const BACKEND_MARK = "x-answered-by-backend";
/** A path the backend never answers (HAProxy then answers 504 when its server timeout ends). */
export const HANG_PATH = "/backend/hang";
/** A path the backend answers with bytes that are not HTTP (HAProxy then answers 502). */
export const INVALID_PATH = "/backend/invalid";

export interface TestBackend {
  readonly port: number;
  /** Case ids that reached the backend, with their method. */
  readonly seen: Map<string, string>;
  /** How many requests reached the backend so far. */
  served(): number;
  setHeaders(caseId: string, headers: HeaderList): void;
  close(): Promise<void>;
}

export function startBackend(host = "127.0.0.1"): Promise<TestBackend> {
  const seen = new Map<string, string>();
  const headersByCase = new Map<string, HeaderList>();
  let served = 0;
  const server = http.createServer((req, res) => {
    served++;
    if (req.url === HANG_PATH) return;
    if (req.url === INVALID_PATH) {
      req.socket.end("NOT HTTP AT ALL\r\n\r\n");
      return;
    }
    const id = String(req.headers[CASE_HEADER] ?? "");
    seen.set(id, req.method ?? "");
    const raw: string[] = [BACKEND_MARK, "1", "content-type", "text/plain"];
    for (const [name, value] of headersByCase.get(id) ?? []) raw.push(name, value);
    res.writeHead(200, raw);
    res.end("backend");
  });
  return listenOnAnyPort(server, host).then(({ port, close }) => ({
    port,
    seen,
    served: () => served,
    setHeaders: (caseId, headers) => headersByCase.set(caseId, headers),
    close,
  }));
}
