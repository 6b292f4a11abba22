// The API behind HAProxy in integration tests: it answers 200 with the headers a case asks for and
// remembers which cases reached it, so a test can tell who answered.

import * as http from "node:http";
import { HeaderList } from "../cases/behaviour";
import { listenOnAnyPort } from "./http";

export const CASE_HEADER = "x-case-id";
export const BACKEND_MARK = "x-answered-by-backend";

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
