// Generators for policies and requests that sit near the edges of the rules: origins one character away
// from the patterns, odd case, default ports, paths, look-alike domains, junk bytes, header lists of
// commas and spaces, repeated headers.

import fc from "fast-check";
import { CaseRequest, HeaderList, PolicyLine } from "../cases/behaviour";

/** One generated case: a policy line, a request, and the headers the backend answers with. */
export interface Sample {
  readonly policy: PolicyLine;
  readonly request: CaseRequest;
  readonly backend: HeaderList;
}

/** Draws per chunk and chunks at most, per value wanted: past them the generators have stopped giving what is kept. */
const CHUNK_DRAWS_PER_VALUE = 10;
const MAX_CHUNKS = 10;

/**
 * Exactly `wanted` values that `keep` accepts, drawn in order from streams that `seed` fixes (the same seed,
 * the same values): chunk k is fast-check's sample for seed + k. Throws, naming the seed, when the bound
 * is reached first.
 */
export function drawWhere<T>(arbitrary: fc.Arbitrary<T>, keep: (value: T) => boolean, wanted: number, seed: number): T[] {
  const kept: T[] = [];
  let draws = 0;
  for (let chunk = 0; chunk < MAX_CHUNKS && kept.length < wanted; chunk++) {
    for (const value of fc.sample(arbitrary, { numRuns: wanted * CHUNK_DRAWS_PER_VALUE, seed: (seed + chunk) % 2147483647 })) {
      draws++;
      if (keep(value)) kept.push(value);
      if (kept.length === wanted) break;
    }
  }
  if (kept.length < wanted) throw new Error(`only ${kept.length} of ${wanted} wanted values in ${draws} draws (seed ${seed}): the generators give too few that are kept`);
  return kept;
}

const byte = fc.integer({ min: 0, max: 255 }).map((code) => String.fromCharCode(code));
const junk = fc.string({ unit: byte, maxLength: 24 });

const HOSTS = ["example.com", "a.example.com", "a.b.example.com", "evilexample.com", "example.com.evil.com", "localhost", "app.localhost", "127.0.0.1", "[::1]", "xn--bcher-kva.example", "Example.com", "ex_ample.com", "a..example.com", "-a.example.com", ""];
const SCHEMES = ["http", "https", "HTTPS", "ftp", "chrome-extension", "h2c+x", ""];
const PORTS = ["", ":80", ":443", ":8080", ":08080", ":65535", ":65536", ":0", ":*", ":", ":8a"];
const SUFFIXES = ["", "", "", "/", "/path", "?q", "#f", ".", " "];

const LIKELY_ALLOWED = ["https://a.example.com", "http://a.b.example.com", "https://example.com", "http://example.com", "http://localhost:3000", "http://localhost", "https://a.example.com:8080", "http://127.0.0.1:8080"];

export const origin: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...LIKELY_ALLOWED) },
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...SCHEMES), fc.constantFrom(...HOSTS), fc.constantFrom(...PORTS), fc.constantFrom(...SUFFIXES)).map(([s, h, p, x]) => `${s}://${h}${p}${x}`) },
  { weight: 1, arbitrary: fc.constantFrom("null", "", "*", "//example.com", "example.com", "https://", "https:///") },
  { weight: 1, arbitrary: junk },
);

const patternScheme = fc.constantFrom("", "//", "http://", "https://", "HTTP://", "ftp://");
const patternHost = fc.constantFrom("example.com", "*.example.com", ".example.com", "a.example.com", "*.com", ".com", "localhost", "*.localhost", "127.0.0.1", "*.127.0.0.1", "[::1]", "app*.example.com", "Example.com");
const patternPort = fc.constantFrom("", "", ":8080", ":*", ":443", ":80", ":0x");
const VALID_PATTERNS = ["https://*.example.com", "http://*.example.com:*", "https://example.com", "http://localhost:*", "https://a.example.com:8080", "http://127.0.0.1:8080"];
const DROP_IN_PATTERNS = ["example.com", ".example.com", "//localhost:*", ".example.com:8080", "@{fixtures}/origins.txt", "@{fixtures}/missing.txt"];
const pattern: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...VALID_PATTERNS) },
  { weight: 4, arbitrary: fc.constantFrom(...DROP_IN_PATTERNS) },
  { weight: 3, arbitrary: fc.tuple(patternScheme, patternHost, patternPort, fc.constantFrom("", "", "", "/")).map((parts) => parts.join("")) },
  { weight: 1, arbitrary: fc.constantFrom("*", "null", " ", "") },
);
const list = (items: fc.Arbitrary<string>, max: number): fc.Arbitrary<string> =>
  fc.array(items, { maxLength: max }).chain((values) => fc.constantFrom(", ", ",", " , ").map((sep) => values.join(sep)));

const methodName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("GET", "get", "PUT", "put", "PATCH", "patch", "DELETE", "*") },
  { weight: 1, arbitrary: fc.constantFrom("CONNECT", "trace", "X-Y", "GE T", "") },
);
const headerName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("X-Custom-Header", "x-custom-header", "content-type", "Authorization", "*", "x_a") },
  { weight: 1, arbitrary: fc.constantFrom("bad header", "X:B", "") },
);

export const policy: fc.Arbitrary<PolicyLine> = fc.oneof(
  fc.record({ form: fc.constant("drop-in" as const), methods: list(methodName, 4), origins: list(pattern, 3), headers: list(headerName, 3) }),
  fc
    .record({
      origins: list(pattern, 3).map((v) => `origins=${v.replace(/ /g, "")}`),
      methods: fc.option(list(methodName, 3).map((v) => `methods=${v.replace(/ /g, "")}`)),
      headers: fc.option(list(headerName, 3).map((v) => `headers=${v.replace(/ /g, "")}`)),
      expose: fc.option(fc.constantFrom("expose=X-Total-Count", "expose=*", "expose=X-A,X-B")),
      credentials: fc.option(fc.constantFrom("credentials", "credentials", "credentials=yes")),
      maxAge: fc.option(fc.constantFrom("max-age=0", "max-age=600", "max-age=600", "max-age=86401", "max-age=-1")),
      preflight: fc.option(fc.constantFrom("preflight=forward", "preflight=answer", "preflight=answer", "preflight=x")),
      extra: fc.option(fc.constantFrom("allow-all", "origins=https://b.example.com"), { freq: 10 }),
    })
    .map((o) => ({ form: "extended" as const, options: Object.values(o).filter((v): v is string => typeof v === "string").join(" ") })),
);

const requestHeaderList = fc.oneof(list(headerName, 4), fc.constantFrom(",,,", " , ,", "x-custom-header,,authorization"), junk);

export const request: fc.Arbitrary<CaseRequest> = fc
  .record({
    method: fc.constantFrom("GET", "POST", "OPTIONS", "OPTIONS", "OPTIONS", "PUT", "patch"),
    origins: fc.oneof({ weight: 4, arbitrary: fc.array(origin, { minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(origin, { maxLength: 3 }) }),
    requestMethods: fc.oneof({ weight: 3, arbitrary: fc.array(fc.constantFrom<string>("PUT", "GET", "POST", "patch", "PATCH", "DELETE"), { minLength: 1, maxLength: 1 }) }, { weight: 1, arbitrary: fc.array(fc.constantFrom<string>("PUT", "", "GE T"), { maxLength: 2 }) }),
    requestHeaders: fc.array(requestHeaderList, { maxLength: 2 }),
  })
  .map(({ method, origins, requestMethods, requestHeaders }) => ({
    method,
    headers: [
      ...origins.map((v): [string, string] => ["origin", v]),
      ...requestMethods.map((v): [string, string] => ["access-control-request-method", v]),
      ...requestHeaders.map((v): [string, string] => ["access-control-request-headers", v]),
    ],
  }));

export const backend: fc.Arbitrary<HeaderList> = fc.subarray([
  ["access-control-allow-origin", "*"],
  ["vary", "Accept-Encoding"],
  ["Vary", "origin"],
  ["vary", "*"],
  ["access-control-max-age", "5"],
  ["Access-Control-Allow-Credentials", "true"],
] as Array<[string, string]>);
