// The behaviour table: every rule of the module as (what it shows, policy, request, wanted outcome), with
// the WHOLE set of CORS response headers, Vary included. It is run by three runners: the TypeScript core
// (test/unit), the compiled dist/cors.lua in Lua 5.3 and 5.4 (test/lua), and a real HAProxy (test/haproxy).

export type PolicyLine =
  | { readonly form: "drop-in"; readonly methods: string; readonly origins: string; readonly headers: string }
  | { readonly form: "extended"; readonly options: string };

export type HeaderList = ReadonlyArray<readonly [string, string]>;

export interface CaseRequest {
  readonly method: string;
  readonly headers: HeaderList;
  /** The operator's rule sets `txn.cors_debug` for this request (README, "Debugging"). */
  readonly debug?: boolean;
}

export type DecisionName = "not-cors" | "allowed" | "denied" | "preflight-allowed" | "preflight-denied";

/** Why a request was denied (`txn.cors_reason`). */
export type DenialReason = "origin-not-allowed" | "origin-malformed" | "several-origins" | "method-not-allowed" | "headers-not-allowed";

export interface Outcome {
  readonly decision: DecisionName;
  /** Set for a denied decision (denied, preflight-denied) only. */
  readonly reason?: DenialReason;
  /** Who answered: HAProxy itself (the backend never saw the request) or the backend. */
  readonly answeredBy: "haproxy" | "backend";
  readonly status: number;
  /** Every header whose name holds access-control- and Vary of the final response (names lower-case, repeated lines joined by ", "). */
  readonly headers: { readonly [name: string]: string };
  /** The CORS-Debug header, when the response carries one. */
  readonly debug?: string;
}

export interface BehaviourCase {
  readonly name: string;
  readonly policy: PolicyLine;
  readonly request: CaseRequest;
  /** Headers the backend adds to its 200 answer. */
  readonly backend?: HeaderList;
  readonly want: Outcome;
}

export const BACKEND_STATUS = 200;

/** What `txn.cors_origin` must hold after a request: its Origin when it has exactly one (any name case). */
export function expectedOriginVar(request: CaseRequest): string | undefined {
  const origins = request.headers.filter(([name]) => name.toLowerCase() === "origin");
  return origins.length === 1 ? origins[0][1] : undefined;
}

export const dropIn = (methods: string, origins: string, headers: string): PolicyLine => ({ form: "drop-in", methods, origins, headers });
export const extended = (options: string): PolicyLine => ({ form: "extended", options });

// The policies the table uses. The HAProxy runner gives each its own frontend.
export const README_DROP_IN = dropIn("GET,PUT,POST", "https://app.example.com,.example.org", "X-Custom-Header");
export const DROP_IN_PATTERNS = dropIn(
  "get,put",
  "example.com, //both.example.net ,http://port.example.com:8080,.sub.example.com:8443,http://any.example.com:*",
  " ",
);
export const DROP_IN_ANY = dropIn("*", "*", "*");
export const EXTENDED = extended(
  "origins=https://app.example.com,https://*.example.com,http://localhost:* methods=GET,PUT,patch headers=X-Custom-Header,Content-Type expose=X-Total-Count max-age=300",
);
export const CREDENTIALS = extended("origins=https://app.example.com methods=* headers=* credentials expose=X-Total-Count");
export const PUBLIC = extended("origins=* headers=*,Authorization expose=*");
export const FORWARD = extended("origins=https://app.example.com methods=PUT headers=X-Custom-Header preflight=forward");
/** Origins read from test/fixtures/origins.txt; `{fixtures}` is where each runner sees that folder. */
export const FROM_FILE = extended("origins=@{fixtures}/origins.txt methods=GET,PUT");
export const DROP_IN_FROM_FILE = dropIn("GET", "@{fixtures}/origins.txt, https://extra.example.com", " ");
/** Origins from an HAProxy map (test/fixtures/origins.map), which the runtime API can change while HAProxy runs. */
export const FROM_MAP = extended("origins=map:{fixtures}/origins.map methods=GET,PUT headers=X-Tenant");
export const DROP_IN_FROM_MAP = dropIn("GET", "map:{fixtures}/drop-in-origins.map,https://extra.example.com", " ");
/** Names nobody can register under on the Internet (not in the Public Suffix List): any wildcard form. */
export const PRIVATE_USE = extended("origins=https://*.corp,https://*.internal,http://*.home.arpa:* credentials");
export const DROP_IN_PRIVATE_USE = dropIn("GET", ".corp,.internal,.lan,.local,.test", " ");
/** Registrable domains under public suffixes, and a public suffix as an exact origin. */
export const UNDER_SUFFIXES = extended("origins=https://*.myteam.github.io,https://*.example.co.uk,https://github.io credentials");
/** A hosting suffix of the list's private section without credentials: fewer origins than `*`. */
export const HOSTING_SUFFIX = extended("origins=https://*.github.io");

const APP = "https://app.example.com";

function get(origin: string | undefined, ...more: Array<readonly [string, string]>): CaseRequest {
  const headers: Array<readonly [string, string]> = origin === undefined ? [] : [["origin", origin]];
  return { method: "GET", headers: headers.concat(more) };
}

function preflight(origin: string, method: string, requestHeaders?: string): CaseRequest {
  const headers: Array<readonly [string, string]> = [["origin", origin], ["access-control-request-method", method]];
  if (requestHeaders !== undefined) headers.push(["access-control-request-headers", requestHeaders]);
  return { method: "OPTIONS", headers };
}

function debugging(request: CaseRequest): CaseRequest {
  return { ...request, debug: true };
}

const VARY = { vary: "Origin" };
const allowed = (origin: string, more: Outcome["headers"] = {}): Outcome => ({
  decision: "allowed",
  answeredBy: "backend",
  status: BACKEND_STATUS,
  headers: { "access-control-allow-origin": origin, vary: "Origin", ...more },
});
const denied = (reason: DenialReason): Outcome => ({ decision: "denied", reason, answeredBy: "backend", status: BACKEND_STATUS, headers: VARY });
const notCors: Outcome = { decision: "not-cors", answeredBy: "backend", status: BACKEND_STATUS, headers: VARY };
const preflightDenied = (reason: DenialReason): Outcome => ({ decision: "preflight-denied", reason, answeredBy: "haproxy", status: 403, headers: VARY });
const preflightAllowed = (headers: Outcome["headers"]): Outcome => ({ decision: "preflight-allowed", answeredBy: "haproxy", status: 204, headers });

/** What an allowed preflight to EXTENDED gets. */
const EXTENDED_PREFLIGHT = {
  "access-control-allow-origin": APP,
  "access-control-allow-methods": "GET,PUT,patch",
  "access-control-allow-headers": "X-Custom-Header,Content-Type",
  "access-control-max-age": "300",
  vary: "Origin",
};

/**
 * What an allowed preflight to DROP_IN_ANY gets: wildcards for the origin and the method, and the requested
 * header names (lower case), which its "*" covers, Authorization included, as the predecessor's did.
 */
function anyPreflight(requestedHeaders?: string): Outcome["headers"] {
  const named: Outcome["headers"] = requestedHeaders === undefined ? {} : { "access-control-allow-headers": requestedHeaders.toLowerCase() };
  return { "access-control-allow-origin": "*", "access-control-allow-methods": "*", ...named, "access-control-max-age": "600", vary: "Access-Control-Request-Headers" };
}

/** 32 distinct header names joined by commas, exactly `length` bytes long (at least 1,000). */
function headerList(length: number): string {
  const names = Array.from({ length: 31 }, (_, i) => `x-name-${String(i).padStart(23, "0")}`);
  const rest = length - names.join(",").length - 1;
  return names.concat(["x-" + "z".repeat(rest - 2)]).join(",");
}

const README_PREFLIGHT = {
  "access-control-allow-origin": APP,
  "access-control-allow-methods": "GET,PUT,POST",
  "access-control-allow-headers": "X-Custom-Header",
  "access-control-max-age": "600",
  vary: "Origin",
};

export const BEHAVIOUR_CASES: readonly BehaviourCase[] = [
  // Drop-in form, the README's line.
  { name: "An allowed origin gets itself back in Access-Control-Allow-Origin", policy: README_DROP_IN, request: get(APP), want: allowed(APP) },
  { name: "The same host on another scheme is denied", policy: README_DROP_IN, request: get("http://app.example.com"), want: denied("origin-not-allowed") },
  { name: "A leading-dot pattern allows a subdomain", policy: README_DROP_IN, request: get("https://a.example.org"), want: allowed("https://a.example.org") },
  { name: "A leading-dot pattern allows a deeper subdomain over http", policy: README_DROP_IN, request: get("http://a.b.example.org"), want: allowed("http://a.b.example.org") },
  { name: "A leading-dot pattern does not allow the bare domain", policy: README_DROP_IN, request: get("https://example.org"), want: denied("origin-not-allowed") },
  { name: "A subdomain pattern is not fooled by a longer label", policy: README_DROP_IN, request: get("https://evilexample.org"), want: denied("origin-not-allowed") },
  { name: "A subdomain pattern is not fooled by a suffix domain", policy: README_DROP_IN, request: get("https://a.example.org.evil.com"), want: denied("origin-not-allowed") },
  { name: "A pattern without a port denies an origin with a port", policy: README_DROP_IN, request: get("https://a.example.org:8443"), want: denied("origin-not-allowed") },
  { name: "An origin with a trailing slash never matches", policy: README_DROP_IN, request: get(APP + "/"), want: denied("origin-malformed") },
  { name: "An origin in upper case never matches", policy: README_DROP_IN, request: get("HTTPS://APP.EXAMPLE.COM"), want: denied("origin-malformed") },
  { name: "An origin with an explicit default port never matches", policy: README_DROP_IN, request: get(APP + ":443"), want: denied("origin-malformed") },
  { name: "The null origin is denied", policy: README_DROP_IN, request: get("null"), want: denied("origin-not-allowed") },
  { name: "An empty Origin is denied", policy: README_DROP_IN, request: get(""), want: denied("origin-malformed") },
  { name: "Two Origin headers are denied even when both are allowed", policy: README_DROP_IN, request: get(APP, ["origin", APP]), want: denied("several-origins") },
  { name: "A request without Origin is not CORS and reaches the backend", policy: README_DROP_IN, request: get(undefined), want: notCors },
  {
    name: "The backend's own Access-Control headers are replaced for an allowed origin",
    policy: README_DROP_IN,
    request: get(APP),
    backend: [["access-control-allow-origin", "https://evil.example"], ["Access-Control-Allow-Credentials", "true"], ["access-control-allow-origin", "*"]],
    want: allowed(APP),
  },
  {
    name: "The backend's own Access-Control headers are removed for a denied origin",
    policy: README_DROP_IN,
    request: get("https://evil.example"),
    backend: [["access-control-allow-origin", "*"], ["access-control-expose-headers", "x-secret"]],
    want: denied("origin-not-allowed"),
  },
  {
    name: "The backend's own Access-Control headers are removed from a response to a request without Origin",
    policy: README_DROP_IN,
    request: get(undefined),
    backend: [["access-control-allow-origin", "*"]],
    want: notCors,
  },
  { name: "The backend's Vary values are kept and Origin is added", policy: README_DROP_IN, request: get(APP), backend: [["vary", "Accept-Encoding"]], want: allowed(APP, { vary: "Accept-Encoding, Origin" }) },
  { name: "A backend Vary that lists Origin already is left alone", policy: README_DROP_IN, request: get("https://nope.example"), backend: [["vary", "accept-encoding, origin"]], want: { ...denied("origin-not-allowed"), headers: { vary: "accept-encoding, origin" } } },
  { name: "Two backend Vary lines are kept and Origin is added", policy: README_DROP_IN, request: get(APP), backend: [["Vary", "Accept-Encoding"], ["vary", "Accept-Language"]], want: allowed(APP, { vary: "Accept-Encoding, Accept-Language, Origin" }) },
  { name: "A backend header whose name only contains access-control- is kept", policy: README_DROP_IN, request: get(APP), backend: [["x-access-control-note", "kept"]], want: allowed(APP, { "x-access-control-note": "kept" }) },
  { name: "Header names that contain origin are not Origin", policy: README_DROP_IN, request: { method: "GET", headers: [["x-origin", APP], ["origin-x", APP]] }, want: notCors },
  { name: "The Origin is found among names that contain origin", policy: README_DROP_IN, request: { method: "GET", headers: [["x-origin", "https://evil.example"], ["origin", APP], ["origin-x", "https://evil.example"]] }, want: allowed(APP) },
  { name: "A GET with a header named like Access-Control-Request-Method is still ordinary", policy: README_DROP_IN, request: get(APP, ["x-access-control-request-method", "PUT"]), want: allowed(APP) },
  { name: "A GET with X-HTTP-Method-Override is still ordinary", policy: README_DROP_IN, request: get(APP, ["x-http-method-override", "PUT"]), want: allowed(APP) },
  { name: "An Origin followed by other headers is found", policy: README_DROP_IN, request: get(APP, ["accept", "*/*"], ["accept-language", "en"]), want: allowed(APP) },
  { name: "An Origin with a header whose name contains origin after it is found", policy: README_DROP_IN, request: get(APP, ["x-original-url", "/items"]), want: allowed(APP) },
  { name: "The Origin header name is case-insensitive", policy: README_DROP_IN, request: { method: "GET", headers: [["ORIGIN", APP]] }, want: allowed(APP) },
  { name: "A backend Vary of * is left alone", policy: README_DROP_IN, request: get(APP), backend: [["vary", "*"]], want: allowed(APP, { vary: "*" }) },
  { name: "An allowed preflight is answered 204 by HAProxy with max-age 600", policy: README_DROP_IN, request: preflight(APP, "PUT", "x-custom-header"), want: preflightAllowed(README_PREFLIGHT) },
  { name: "A preflight for a method outside the policy is answered 403", policy: README_DROP_IN, request: preflight(APP, "DELETE"), want: preflightDenied("method-not-allowed") },
  { name: "A preflight for a header outside the policy is answered 403", policy: README_DROP_IN, request: preflight(APP, "PUT", "x-custom-header,x-other"), want: preflightDenied("headers-not-allowed") },
  { name: "A preflight from a denied origin is answered 403", policy: README_DROP_IN, request: preflight("https://evil.example", "PUT"), want: preflightDenied("origin-not-allowed") },
  { name: "A preflight from a malformed origin is answered 403", policy: README_DROP_IN, request: preflight(APP + "/", "PUT"), want: preflightDenied("origin-malformed") },
  { name: "A preflight from the null origin is answered 403", policy: README_DROP_IN, request: preflight("null", "PUT"), want: preflightDenied("origin-not-allowed") },
  { name: "A preflight with two Origin headers is answered 403", policy: README_DROP_IN, request: { method: "OPTIONS", headers: [["origin", APP], ["origin", APP], ["access-control-request-method", "PUT"]] }, want: preflightDenied("several-origins") },
  { name: "A preflight with two Access-Control-Request-Method headers is answered 403", policy: README_DROP_IN, request: { method: "OPTIONS", headers: [["origin", APP], ["access-control-request-method", "PUT"], ["access-control-request-method", "PUT"]] }, want: preflightDenied("method-not-allowed") },
  { name: "A GET with two Access-Control-Request-Method headers is still ordinary", policy: README_DROP_IN, request: get(APP, ["access-control-request-method", "PUT"], ["access-control-request-method", "PUT"]), want: allowed(APP) },
  { name: "A preflight with an empty Access-Control-Request-Method is answered 403", policy: README_DROP_IN, request: preflight(APP, ""), want: preflightDenied("method-not-allowed") },
  { name: "Requested header names are compared case-insensitively", policy: README_DROP_IN, request: preflight(APP, "PUT", "X-Custom-Header"), want: preflightAllowed(README_PREFLIGHT) },
  { name: "White space around requested header names is ignored", policy: EXTENDED, request: preflight(APP, "PUT", "x-custom-header, content-type"), want: preflightAllowed(EXTENDED_PREFLIGHT) },
  { name: "An empty element among requested header names is ignored", policy: EXTENDED, request: preflight(APP, "PUT", "x-custom-header,,content-type"), want: preflightAllowed(EXTENDED_PREFLIGHT) },
  { name: "A requested header list longer than the policy's names joined is answered 403 unread", policy: README_DROP_IN, request: preflight(APP, "PUT", " X-Custom-Header , ,x-custom-header,"), want: preflightDenied("headers-not-allowed") },
  { name: "A requested header list of only commas asks for nothing", policy: README_DROP_IN, request: preflight(APP, "PUT", ",,, ,"), want: preflightAllowed(README_PREFLIGHT) },
  { name: "A requested header name that is not a token is answered 403", policy: README_DROP_IN, request: preflight(APP, "PUT", "x-custom-header, bad header"), want: preflightDenied("headers-not-allowed") },
  { name: "An OPTIONS without Access-Control-Request-Method is an ordinary request", policy: README_DROP_IN, request: { method: "OPTIONS", headers: [["origin", APP]] }, want: allowed(APP) },
  { name: "An OPTIONS without Origin is not CORS", policy: README_DROP_IN, request: { method: "OPTIONS", headers: [["access-control-request-method", "PUT"]] }, want: notCors },

  // Drop-in origin patterns.
  { name: "A bare host allows http", policy: DROP_IN_PATTERNS, request: get("http://example.com"), want: allowed("http://example.com") },
  { name: "A bare host allows https", policy: DROP_IN_PATTERNS, request: get("https://example.com"), want: allowed("https://example.com") },
  { name: "A bare host denies another port", policy: DROP_IN_PATTERNS, request: get("https://example.com:8443"), want: denied("origin-not-allowed") },
  { name: "A bare host denies its subdomains", policy: DROP_IN_PATTERNS, request: get("https://www.example.com"), want: denied("origin-not-allowed") },
  { name: "A //host pattern allows https", policy: DROP_IN_PATTERNS, request: get("https://both.example.net"), want: allowed("https://both.example.net") },
  { name: "A scheme and port pattern allows exactly that origin", policy: DROP_IN_PATTERNS, request: get("http://port.example.com:8080"), want: allowed("http://port.example.com:8080") },
  { name: "A scheme and port pattern denies the other scheme", policy: DROP_IN_PATTERNS, request: get("https://port.example.com:8080"), want: denied("origin-not-allowed") },
  { name: "A scheme and port pattern denies the default port", policy: DROP_IN_PATTERNS, request: get("http://port.example.com"), want: denied("origin-not-allowed") },
  { name: "A leading-dot pattern with a port allows a subdomain on that port", policy: DROP_IN_PATTERNS, request: get("https://a.sub.example.com:8443"), want: allowed("https://a.sub.example.com:8443") },
  { name: "A leading-dot pattern with a port denies a subdomain without it", policy: DROP_IN_PATTERNS, request: get("https://a.sub.example.com"), want: denied("origin-not-allowed") },
  { name: "A :* pattern allows any port", policy: DROP_IN_PATTERNS, request: get("http://any.example.com:3000"), want: allowed("http://any.example.com:3000") },
  { name: "A :* pattern allows no port", policy: DROP_IN_PATTERNS, request: get("http://any.example.com"), want: allowed("http://any.example.com") },
  { name: "A :* pattern with a scheme denies the other scheme", policy: DROP_IN_PATTERNS, request: get("https://any.example.com:3000"), want: denied("origin-not-allowed") },
  {
    name: "Lower-case drop-in methods are normalized, so a PUT preflight passes",
    policy: DROP_IN_PATTERNS,
    request: preflight("http://example.com", "PUT"),
    want: preflightAllowed({ "access-control-allow-origin": "http://example.com", "access-control-allow-methods": "GET,PUT", "access-control-max-age": "600", vary: "Origin" }),
  },
  { name: "A blank drop-in header list allows no custom header", policy: DROP_IN_PATTERNS, request: preflight("http://example.com", "PUT", "x-custom-header"), want: preflightDenied("headers-not-allowed") },

  // Drop-in "*" everywhere: a fixed answer, so no Vary.
  { name: "With origins * any origin gets *", policy: DROP_IN_ANY, request: get("https://anyone.example"), want: { ...allowed("*"), headers: { "access-control-allow-origin": "*" } } },
  { name: "With origins * a request without Origin still gets * (a cache can share it)", policy: DROP_IN_ANY, request: get(undefined), want: { ...notCors, headers: { "access-control-allow-origin": "*" } } },
  { name: "With origins * two Origin headers are still denied", policy: DROP_IN_ANY, request: get(APP, ["origin", APP]), want: denied("several-origins") },
  {
    name: "With methods and headers * a preflight gets the wildcards, and the requested header named",
    policy: DROP_IN_ANY,
    request: preflight("https://anyone.example", "DELETE", "x-anything"),
    want: preflightAllowed(anyPreflight("x-anything")),
  },
  {
    name: "The drop-in form's headers * covers Authorization too, named in the answer (as the predecessor's * did in every browser)",
    policy: DROP_IN_ANY,
    request: preflight("https://anyone.example", "GET", "Authorization,X-Anything"),
    want: preflightAllowed(anyPreflight("Authorization,X-Anything")),
  },
  { name: "The extended form's headers=* does not cover Authorization (the Fetch standard)", policy: extended("origins=* headers=*"), request: preflight("https://anyone.example", "GET", "authorization"), want: preflightDenied("headers-not-allowed") },

  // Bounds (docs/threat-model.md): a value no policy could allow is refused unread.
  { name: "With methods * a requested method of 64 bytes passes", policy: DROP_IN_ANY, request: preflight("https://anyone.example", "X".repeat(64)), want: preflightAllowed(anyPreflight()) },
  { name: "With methods * a requested method longer than 64 bytes is answered 403 unread", policy: DROP_IN_ANY, request: preflight("https://anyone.example", "X".repeat(65)), want: preflightDenied("method-not-allowed") },
  { name: "With headers * a requested header list of 1,024 bytes passes", policy: DROP_IN_ANY, request: preflight("https://anyone.example", "PUT", headerList(1024)), want: preflightAllowed(anyPreflight(headerList(1024))) },
  { name: "With headers * a requested header list longer than 1,024 bytes is answered 403 unread", policy: DROP_IN_ANY, request: preflight("https://anyone.example", "PUT", headerList(1025)), want: preflightDenied("headers-not-allowed") },
  { name: "With headers * 32 requested header names pass", policy: DROP_IN_ANY, request: preflight("https://anyone.example", "PUT", Array.from({ length: 32 }, (_, i) => `x-${i}`).join(",")), want: preflightAllowed(anyPreflight(Array.from({ length: 32 }, (_, i) => `x-${i}`).join(","))) },
  { name: "With headers * more than 32 requested header names are answered 403", policy: DROP_IN_ANY, request: preflight("https://anyone.example", "PUT", Array.from({ length: 33 }, (_, i) => `x-${i}`).join(",")), want: preflightDenied("headers-not-allowed") },
  { name: "A requested header named twice is answered 403: a browser names each once", policy: README_DROP_IN, request: preflight(APP, "PUT", "x-custom-header,x-custom-header"), want: preflightDenied("headers-not-allowed") },
  {
    name: "Four Access-Control-Request-Headers lines are read, a fifth is answered 403",
    policy: DROP_IN_ANY,
    request: { method: "OPTIONS", headers: [["origin", "https://anyone.example"], ["access-control-request-method", "PUT"], ...Array.from({ length: 5 }, (): [string, string] => ["access-control-request-headers", "x-a"])] },
    want: preflightDenied("headers-not-allowed"),
  },
  {
    name: "Two Access-Control-Request-Headers lines are read as one list",
    policy: EXTENDED,
    request: { method: "OPTIONS", headers: [["origin", APP], ["access-control-request-method", "PUT"], ["access-control-request-headers", "x-custom-header"], ["access-control-request-headers", "content-type"]] },
    want: preflightAllowed(EXTENDED_PREFLIGHT),
  },
  {
    name: "Two Access-Control-Request-Headers lines longer together than the policy's names are answered 403",
    policy: EXTENDED,
    request: { method: "OPTIONS", headers: [["origin", APP], ["access-control-request-method", "PUT"], ["access-control-request-headers", "x-custom-header,content-type"], ["access-control-request-headers", "content-type"]] },
    want: preflightDenied("headers-not-allowed"),
  },

  // Extended form.
  { name: "A *. pattern allows a subdomain", policy: EXTENDED, request: get("https://a.example.com"), want: allowed("https://a.example.com", { "access-control-expose-headers": "X-Total-Count" }) },
  { name: "A *. pattern allows a deeper subdomain", policy: EXTENDED, request: get("https://a.b.example.com"), want: allowed("https://a.b.example.com", { "access-control-expose-headers": "X-Total-Count" }) },
  { name: "A *. pattern denies the bare domain", policy: EXTENDED, request: get("https://example.com"), want: denied("origin-not-allowed") },
  { name: "A *. pattern denies the other scheme", policy: EXTENDED, request: get("http://a.example.com"), want: denied("origin-not-allowed") },
  { name: "localhost:* allows any port", policy: EXTENDED, request: get("http://localhost:3000"), want: allowed("http://localhost:3000", { "access-control-expose-headers": "X-Total-Count" }) },
  { name: "localhost:* allows no port", policy: EXTENDED, request: get("http://localhost"), want: allowed("http://localhost", { "access-control-expose-headers": "X-Total-Count" }) },
  { name: "localhost:* denies a look-alike host", policy: EXTENDED, request: get("http://localhost.evil.com:3000"), want: denied("origin-not-allowed") },
  { name: "Exposed headers are not sent to a denied origin", policy: EXTENDED, request: get("https://evil.example"), want: denied("origin-not-allowed") },
  {
    name: "A safelisted method passes a preflight whatever the policy lists",
    policy: EXTENDED,
    request: preflight(APP, "POST", "content-type"),
    want: preflightAllowed(EXTENDED_PREFLIGHT),
  },
  {
    name: "A method outside the six normalized names is compared byte for byte (allowed)",
    policy: EXTENDED,
    request: preflight(APP, "patch"),
    want: preflightAllowed(EXTENDED_PREFLIGHT),
  },
  { name: "A method outside the six normalized names is compared byte for byte (refused)", policy: EXTENDED, request: preflight(APP, "PATCH"), want: preflightDenied("method-not-allowed") },

  // Credentials.
  {
    name: "With credentials an allowed origin gets Allow-Credentials and exposed headers",
    policy: CREDENTIALS,
    request: get(APP, ["cookie", "session=1"]),
    want: allowed(APP, { "access-control-allow-credentials": "true", "access-control-expose-headers": "X-Total-Count" }),
  },
  { name: "With credentials a denied origin gets nothing", policy: CREDENTIALS, request: get("https://evil.example"), want: denied("origin-not-allowed") },
  {
    name: "With credentials methods and headers * echo the request, which a browser reads literally",
    policy: CREDENTIALS,
    request: preflight(APP, "DELETE", "x-a, X-B"),
    want: preflightAllowed({
      "access-control-allow-origin": APP,
      "access-control-allow-credentials": "true",
      "access-control-allow-methods": "DELETE",
      "access-control-allow-headers": "x-a,x-b",
      vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    }),
  },
  { name: "With credentials headers * does not cover Authorization", policy: CREDENTIALS, request: preflight(APP, "GET", "authorization"), want: preflightDenied("headers-not-allowed") },

  // Public API: "*" with Authorization named.
  {
    name: "Origins * answers * with exposed headers and no Vary",
    policy: PUBLIC,
    request: get("https://anyone.example"),
    want: { ...allowed("*"), headers: { "access-control-allow-origin": "*", "access-control-expose-headers": "*" } },
  },
  {
    name: "Authorization named besides * is allowed and named in the answer",
    policy: PUBLIC,
    request: preflight("https://anyone.example", "GET", "authorization,x-anything"),
    want: preflightAllowed({ "access-control-allow-origin": "*", "access-control-allow-methods": "GET,HEAD,POST", "access-control-allow-headers": "*,Authorization" }),
  },

  // preflight=forward: the backend answers, the proxy decorates.
  {
    name: "A forwarded allowed preflight reaches the backend and its answer is decorated",
    policy: FORWARD,
    request: preflight(APP, "PUT", "x-custom-header"),
    backend: [["access-control-allow-origin", "*"]],
    want: {
      decision: "preflight-allowed",
      answeredBy: "backend",
      status: BACKEND_STATUS,
      headers: { "access-control-allow-origin": APP, "access-control-allow-methods": "PUT", "access-control-allow-headers": "X-Custom-Header", vary: "Origin" },
    },
  },
  {
    name: "A forwarded denied preflight reaches the backend without CORS headers",
    policy: FORWARD,
    request: preflight(APP, "DELETE"),
    backend: [["access-control-allow-methods", "DELETE"]],
    want: { decision: "preflight-denied", reason: "method-not-allowed", answeredBy: "backend", status: BACKEND_STATUS, headers: VARY },
  },

  // Origins from a file (a long list keeps the rule's argument short).
  { name: "An origin listed in an origins file is allowed", policy: FROM_FILE, request: get(APP), want: allowed(APP) },
  { name: "The second origin on a line of an origins file is allowed", policy: FROM_FILE, request: get("https://ops.example.com"), want: allowed("https://ops.example.com") },
  { name: "A subdomain pattern in an origins file is allowed", policy: FROM_FILE, request: get("https://t1.tenants.example.net"), want: allowed("https://t1.tenants.example.net") },
  { name: "An origin that is only in a comment of an origins file is denied", policy: FROM_FILE, request: get("https://two.example.com"), want: denied("origin-not-allowed") },
  { name: "An origin missing from an origins file is denied", policy: FROM_FILE, request: get("https://example.com"), want: denied("origin-not-allowed") },
  { name: "A drop-in origins argument mixes a file and inline entries (file)", policy: DROP_IN_FROM_FILE, request: get("http://localhost:8080"), want: allowed("http://localhost:8080") },
  { name: "A drop-in origins argument mixes a file and inline entries (inline)", policy: DROP_IN_FROM_FILE, request: get("https://extra.example.com"), want: allowed("https://extra.example.com") },

  // Wildcards judged by the Public Suffix List: under a name nobody else can register, they are allowed.
  { name: "A wildcard under a private-use name allows its subdomains with credentials", policy: PRIVATE_USE, request: get("https://wiki.corp"), want: allowed("https://wiki.corp", { "access-control-allow-credentials": "true" }) },
  { name: "A wildcard under internal allows its subdomains", policy: PRIVATE_USE, request: get("https://a.b.internal"), want: allowed("https://a.b.internal", { "access-control-allow-credentials": "true" }) },
  { name: "A wildcard under home.arpa allows its subdomains on any port", policy: PRIVATE_USE, request: get("http://nas.home.arpa:8080"), want: allowed("http://nas.home.arpa:8080", { "access-control-allow-credentials": "true" }) },
  { name: "A wildcard under a private-use name does not allow the name itself", policy: PRIVATE_USE, request: get("https://corp"), want: denied("origin-not-allowed") },
  { name: "A drop-in .corp allows its subdomains", policy: DROP_IN_PRIVATE_USE, request: get("http://wiki.corp"), want: allowed("http://wiki.corp") },
  { name: "A drop-in .local allows its subdomains", policy: DROP_IN_PRIVATE_USE, request: get("https://printer.local"), want: allowed("https://printer.local") },
  { name: "A drop-in .test allows its subdomains", policy: DROP_IN_PRIVATE_USE, request: get("http://app.test"), want: allowed("http://app.test") },
  { name: "A wildcard under a registrable domain of github.io allows its subdomains with credentials", policy: UNDER_SUFFIXES, request: get("https://docs.myteam.github.io"), want: allowed("https://docs.myteam.github.io", { "access-control-allow-credentials": "true" }) },
  { name: "A wildcard under a registrable domain of github.io denies other github.io sites", policy: UNDER_SUFFIXES, request: get("https://evil.github.io"), want: denied("origin-not-allowed") },
  { name: "A wildcard under a registrable domain of co.uk allows its subdomains", policy: UNDER_SUFFIXES, request: get("https://shop.example.co.uk"), want: allowed("https://shop.example.co.uk", { "access-control-allow-credentials": "true" }) },
  { name: "A public suffix as an exact origin is allowed with credentials", policy: UNDER_SUFFIXES, request: get("https://github.io"), want: allowed("https://github.io", { "access-control-allow-credentials": "true" }) },
  { name: "A wildcard over a hosting suffix without credentials allows its sites", policy: HOSTING_SUFFIX, request: get("https://anyone.github.io"), want: allowed("https://anyone.github.io") },

  // Origins from an HAProxy map (policy/originMaps.ts): its keys, looked up by the Origin and its parent domains.
  { name: "An origin that is a key of the origins map is allowed", policy: FROM_MAP, request: get("https://tenant1.example.com"), want: allowed("https://tenant1.example.com") },
  { name: "A subdomain pattern in the origins map allows a subdomain", policy: FROM_MAP, request: get("https://a.tenant2.example"), want: allowed("https://a.tenant2.example") },
  { name: "A subdomain pattern in the origins map allows a deeper subdomain", policy: FROM_MAP, request: get("https://a.b.tenant2.example"), want: allowed("https://a.b.tenant2.example") },
  { name: "A subdomain pattern in the origins map allows a subdomain of thirteen labels", policy: FROM_MAP, request: get("https://a.b.c.d.e.f.g.h.i.j.k.tenant2.example"), want: allowed("https://a.b.c.d.e.f.g.h.i.j.k.tenant2.example") },
  { name: "A subdomain pattern in the origins map does not allow its domain", policy: FROM_MAP, request: get("https://tenant2.example"), want: denied("origin-not-allowed") },
  { name: "An any-port key in the origins map allows a port", policy: FROM_MAP, request: get("http://localhost:3000"), want: allowed("http://localhost:3000") },
  { name: "An any-port key in the origins map allows no port", policy: FROM_MAP, request: get("http://localhost"), want: allowed("http://localhost") },
  { name: "A subdomain pattern with a port in the origins map allows that port", policy: FROM_MAP, request: get("https://x.ports.example:8443"), want: allowed("https://x.ports.example:8443") },
  { name: "A subdomain pattern with a port in the origins map denies another port", policy: FROM_MAP, request: get("https://x.ports.example"), want: denied("origin-not-allowed") },
  { name: "An origin missing from the origins map is denied", policy: FROM_MAP, request: get("https://evil.example"), want: denied("origin-not-allowed") },
  { name: "An Origin spelled like a map's pattern key is not an origin", policy: FROM_MAP, request: get("https://*.tenant2.example"), want: denied("origin-malformed") },
  { name: "An upper-case Origin under a map's pattern is denied", policy: FROM_MAP, request: get("https://A.tenant2.example"), want: denied("origin-malformed") },
  { name: "An Origin with the default port under a map's pattern is denied", policy: FROM_MAP, request: get("https://a.tenant2.example:443"), want: denied("origin-malformed") },
  { name: "A preflight from an origin of the origins map is allowed", policy: FROM_MAP, request: preflight("https://a.tenant2.example", "PUT", "X-Tenant"), want: preflightAllowed({ "access-control-allow-origin": "https://a.tenant2.example", "access-control-allow-methods": "GET,PUT", "access-control-allow-headers": "X-Tenant", vary: "Origin" }) },
  { name: "A preflight from an origin missing from the origins map is denied", policy: FROM_MAP, request: preflight("https://evil.example", "PUT"), want: preflightDenied("origin-not-allowed") },
  { name: "A drop-in map key //host allows https", policy: DROP_IN_FROM_MAP, request: get("https://app.example.net"), want: allowed("https://app.example.net") },
  { name: "A drop-in map key //host allows http", policy: DROP_IN_FROM_MAP, request: get("http://app.example.net"), want: allowed("http://app.example.net") },
  { name: "A drop-in map key //host denies another scheme", policy: DROP_IN_FROM_MAP, request: get("wss://app.example.net"), want: denied("origin-not-allowed") },
  { name: "A drop-in map key .domain allows its subdomains", policy: DROP_IN_FROM_MAP, request: get("https://x.example.io"), want: allowed("https://x.example.io") },
  { name: "A drop-in map key .domain does not allow the domain", policy: DROP_IN_FROM_MAP, request: get("https://example.io"), want: denied("origin-not-allowed") },
  { name: "A drop-in map key with a scheme and a port allows that origin", policy: DROP_IN_FROM_MAP, request: get("https://admin.example.net:8443"), want: allowed("https://admin.example.net:8443") },
  { name: "A drop-in map key with a port denies the origin without it", policy: DROP_IN_FROM_MAP, request: get("https://admin.example.net"), want: denied("origin-not-allowed") },
  { name: "A drop-in origins argument mixes a map and inline entries (inline)", policy: DROP_IN_FROM_MAP, request: get("https://extra.example.com"), want: allowed("https://extra.example.com") },

  // Debugging (txn.cors_debug set by the operator's rule): a denied request's response says why in CORS-Debug.
  { name: "Debugging, a denied origin gets CORS-Debug with the allowed origins", policy: README_DROP_IN, request: debugging(get("https://evil.example")), want: { ...denied("origin-not-allowed"), debug: 'denied; origin-not-allowed; Origin "https://evil.example" not allowed; allowed: https://app.example.com, .example.org' } },
  { name: "Debugging, a malformed origin is told from one not allowed", policy: README_DROP_IN, request: debugging(get(APP + ":443")), want: { ...denied("origin-malformed"), debug: 'denied; origin-malformed; Origin "https://app.example.com:443" is not a serialized origin (scheme://host[:port] in lower case, no default port, no path); allowed: https://app.example.com, .example.org' } },
  { name: "Debugging, two Origin headers are counted", policy: README_DROP_IN, request: debugging(get(APP, ["origin", "https://evil.example"])), want: { ...denied("several-origins"), debug: "denied; several-origins; 2 Origin headers, a CORS request has one" } },
  { name: "Debugging, a denied preflight's method is named with the allowed ones", policy: README_DROP_IN, request: debugging(preflight(APP, "DELETE")), want: { ...preflightDenied("method-not-allowed"), debug: 'preflight-denied; method-not-allowed; method "DELETE" not allowed; allowed: GET, HEAD, POST, PUT' } },
  { name: "Debugging, a denied preflight names the headers that are not allowed", policy: README_DROP_IN, request: debugging(preflight(APP, "PUT", "X-Custom-Header,X-Other,X-More")), want: { ...preflightDenied("headers-not-allowed"), debug: 'preflight-denied; headers-not-allowed; header "x-other", "x-more" not allowed; allowed: X-Custom-Header' } },
  { name: "Debugging, a thousand refused header names are cut to a few in CORS-Debug", policy: extended("origins=* methods=PUT headers=X-A"), request: debugging(preflight("https://anyone.example", "PUT", Array.from({ length: 1000 }, (_, i) => `x-${i}`).join(","))), want: { ...preflightDenied("headers-not-allowed"), debug: 'preflight-denied; headers-not-allowed; header "x-0", "x-1", "x-2", "x-3", "x-4", "x-5", "x-6", "x-7" and 992 more not allowed; allowed: X-A' } },
  { name: "Debugging, Authorization is named when headers=* does not cover it", policy: extended("origins=* headers=*"), request: debugging(preflight("https://anyone.example", "GET", "authorization")), want: { ...preflightDenied("headers-not-allowed"), debug: 'preflight-denied; headers-not-allowed; header "authorization" not allowed; allowed: any header but Authorization' } },
  { name: "Debugging, a forwarded denied preflight's backend response gets CORS-Debug", policy: FORWARD, request: debugging(preflight(APP, "DELETE")), want: { decision: "preflight-denied", reason: "method-not-allowed", answeredBy: "backend", status: BACKEND_STATUS, headers: VARY, debug: 'preflight-denied; method-not-allowed; method "DELETE" not allowed; allowed: GET, HEAD, POST, PUT' } },
  { name: "Debugging, an allowed request gets no CORS-Debug", policy: README_DROP_IN, request: debugging(get(APP)), want: allowed(APP) },
  { name: "Debugging, a request without Origin gets no CORS-Debug", policy: README_DROP_IN, request: debugging(get(undefined)), want: notCors },
  { name: "Without the operator's rule a denied request gets no CORS-Debug", policy: README_DROP_IN, request: get("https://evil.example"), want: denied("origin-not-allowed") },
];

/** A policy the module must refuse, with every message it must give (each line of the error). */
export interface RefusedPolicyCase {
  readonly name: string;
  readonly policy: PolicyLine;
  readonly errors: readonly string[];
}

export const REFUSED_POLICIES: readonly RefusedPolicyCase[] = [
  { name: "An origin with a path is refused with a fix", policy: extended("origins=https://app.example.com/v1"), errors: ['cors: origin "https://app.example.com/v1" has a path: did you mean "https://app.example.com"?'] },
  { name: "An origin with a trailing slash is refused with a fix", policy: extended("origins=https://app.example.com/"), errors: ['cors: origin "https://app.example.com/" has a path: did you mean "https://app.example.com"?'] },
  { name: "An origin with the default port is refused with a fix", policy: extended("origins=https://app.example.com:443"), errors: ['cors: origin "https://app.example.com:443" has the scheme\'s default port: did you mean "https://app.example.com"?'] },
  { name: "An origin without a scheme is refused in the extended form", policy: extended("origins=app.example.com"), errors: ['cors: origin "app.example.com" has no scheme: did you mean "https://app.example.com"?'] },
  { name: "A leading-dot pattern is refused in the extended form", policy: extended("origins=.example.com"), errors: ['cors: origin ".example.com" has no scheme: did you mean "https://*.example.com"?'] },
  { name: "An origin in upper case is refused with a fix", policy: extended("origins=https://App.Example.com"), errors: ['cors: origin "https://App.Example.com" has uppercase letters: did you mean "https://app.example.com"?'] },
  { name: "The null origin is refused", policy: extended("origins=null"), errors: ['cors: origin "null" is never safe to allow: a sandboxed or opaque page sends it, so anyone can'] },
  {
    name: "A wildcard over a top-level domain is refused",
    policy: extended("origins=https://*.com"),
    errors: ['cors: origin "https://*.com" covers a public suffix: "com" is a public suffix: anyone can create a site under it; list the sites, or use a registrable domain such as "https://*.example.com"'],
  },
  {
    name: "A wildcard over an ICANN public suffix is refused without credentials",
    policy: extended("origins=https://*.co.uk"),
    errors: ['cors: origin "https://*.co.uk" covers a public suffix: "co.uk" is a public suffix: anyone can create a site under it; list the sites, or use a registrable domain such as "https://*.example.co.uk"'],
  },
  {
    name: "A drop-in wildcard over an ICANN public suffix is refused",
    policy: dropIn("GET", ".com,//.com.au", " "),
    errors: [
      'cors: origin ".com" covers a public suffix: "com" is a public suffix: anyone can create a site under it; list the sites, or use a registrable domain such as ".example.com"',
      'cors: origin "//.com.au" covers a public suffix: "com.au" is a public suffix: anyone can create a site under it; list the sites, or use a registrable domain such as "//.example.com.au"',
    ],
  },
  {
    name: "A wildcard over a hosting suffix is refused with credentials",
    policy: extended("origins=https://*.github.io,https://*.s3.amazonaws.com credentials"),
    errors: [
      'cors: origin "https://*.github.io" covers a public suffix: "github.io" is a public suffix: anyone can create a site under it; list the sites, or use a registrable domain such as "https://*.example.github.io"',
      'cors: origin "https://*.s3.amazonaws.com" covers a public suffix: "s3.amazonaws.com" is a public suffix: anyone can create a site under it; list the sites, or use a registrable domain such as "https://*.example.s3.amazonaws.com"',
    ],
  },
  {
    name: "A wildcard over a domain with a public suffix beneath it is refused",
    policy: extended("origins=https://*.kawasaki.jp"),
    errors: ['cors: origin "https://*.kawasaki.jp" covers a public suffix: the names "*.kawasaki.jp" are public suffixes: anyone can create a site under them; list the sites'],
  },
  { name: "A wildcard inside a label is refused", policy: extended("origins=https://app*.example.com"), errors: ['cors: origin "https://app*.example.com" has a wildcard that is not a leading "*." label'] },
  { name: "Origins * with credentials is refused", policy: extended("origins=* credentials"), errors: ['cors: origin "*" cannot be combined with credentials: list the origins that may send credentials'] },
  { name: "Expose * with credentials is refused", policy: extended("origins=https://app.example.com expose=* credentials"), errors: ['cors: expose header "*" cannot be combined with credentials: name the headers to expose'] },
  { name: "CONNECT is refused", policy: extended("origins=https://app.example.com methods=GET,CONNECT"), errors: ['cors: method "CONNECT" is forbidden by the Fetch standard'] },
  { name: "TRACE is refused in any case", policy: extended("origins=https://app.example.com methods=trace"), errors: ['cors: method "trace" is forbidden by the Fetch standard'] },
  { name: "TRACK is refused", policy: dropIn("GET,TRACK", "https://app.example.com", "X-A"), errors: ['cors: method "TRACK" is forbidden by the Fetch standard'] },
  { name: "A malformed method is refused", policy: extended("origins=https://app.example.com methods=GET;"), errors: ['cors: method "GET;" is not a valid token'] },
  { name: "A malformed header name is refused", policy: extended("origins=https://app.example.com headers=X-Good,X:Bad"), errors: ['cors: header "X:Bad" is not a valid token'] },
  { name: "A negative max-age is refused", policy: extended("origins=https://app.example.com max-age=-1"), errors: ['cors: max-age "-1" is not a whole number from 0 to 86400'] },
  { name: "A max-age over a day is refused", policy: extended("origins=https://app.example.com max-age=86401"), errors: ['cors: max-age "86401" is not a whole number from 0 to 86400'] },
  {
    name: "An unknown option is refused with the list of options",
    policy: extended("origins=https://app.example.com allow-all"),
    errors: ['cors: option "allow-all" is not an option: the options are origins, methods, headers, expose, credentials, max-age, preflight'],
  },
  { name: "A policy without origins is refused", policy: extended("methods=GET"), errors: ['cors: policy "methods=GET" has no origins= option: e.g. "origins=https://app.example.com"'] },
  { name: "A repeated option is refused", policy: extended("origins=https://a.example.com origins=https://b.example.com"), errors: ['cors: option "origins" is given more than once'] },
  { name: "A bad preflight mode is refused", policy: extended("origins=https://app.example.com preflight=maybe"), errors: ['cors: preflight "maybe" is not answer or forward'] },
  {
    name: "Every mistake of a policy is reported at once",
    policy: extended("origins=https://app.example.com/,null methods=CONNECT max-age=forever"),
    errors: [
      'cors: origin "https://app.example.com/" has a path: did you mean "https://app.example.com"?',
      'cors: origin "null" is never safe to allow: a sandboxed or opaque page sends it, so anyone can',
      'cors: method "CONNECT" is forbidden by the Fetch standard',
      'cors: max-age "forever" is not a whole number from 0 to 86400',
    ],
  },
  { name: "A drop-in origin with a path is refused", policy: dropIn("GET", "https://app.example.com/api", "X-A"), errors: ['cors: origin "https://app.example.com/api" has a path: did you mean "https://app.example.com"?'] },
  {
    name: "A missing origins file is refused with the reason",
    policy: extended("origins=@{fixtures}/missing.txt"),
    errors: ['cors: origins file "{fixtures}/missing.txt" cannot be read: {fixtures}/missing.txt: No such file or directory'],
  },
  { name: "A folder given as an origins file is refused", policy: extended("origins=@{fixtures}"), errors: ['cors: origins file "{fixtures}" cannot be read: not a regular file'] },
  {
    name: "Every mistake in an origins file is reported",
    policy: dropIn("GET", "@{fixtures}/bad-origins.txt", " "),
    errors: [
      'cors: origin "@/etc/haproxy/more-origins.txt" names a file inside an origins file',
      'cors: origin "https://app.example.com/" has a path: did you mean "https://app.example.com"?',
      'cors: origin "null" is never safe to allow: a sandboxed or opaque page sends it, so anyone can',
    ],
  },
  {
    name: "Every bad key of an origins map is reported with its line",
    policy: extended("origins=map:{fixtures}/bad-origins.map"),
    errors: [
      'cors: origin "HTTPS://Upper.example.com" has uppercase letters: {fixtures}/bad-origins.map:3, did you mean "https://upper.example.com"?',
      'cors: origin "https://*.com" covers a public suffix: {fixtures}/bad-origins.map:4, "com" is a public suffix: anyone can create a site under it; list the sites, or use a registrable domain such as "https://*.example.com"',
      'cors: origin "//app.example.net" has no scheme: {fixtures}/bad-origins.map:5, did you mean "https://app.example.net"?',
      'cors: origin "https://app.example.com/" has a path: {fixtures}/bad-origins.map:6, did you mean "https://app.example.com"?',
    ],
  },
  {
    name: "A drop-in origins map key in another spelling is refused with the map's",
    policy: dropIn("GET", "map:{fixtures}/bad-drop-in-origins.map", " "),
    errors: [
      'cors: origin "app.example.net" is not written as an origins map writes it: {fixtures}/bad-drop-in-origins.map:2, did you mean "//app.example.net"?',
      'cors: origin "*.example.io" is not written as an origins map writes it: {fixtures}/bad-drop-in-origins.map:3, did you mean ".example.io"?',
    ],
  },
  {
    name: "A missing origins map is refused with the reason",
    policy: extended("origins=map:{fixtures}/missing.map"),
    errors: ['cors: origins map "{fixtures}/missing.map" cannot be read: {fixtures}/missing.map: No such file or directory'],
  },
  { name: "An origins entry map: without a file is refused", policy: extended("origins=map:"), errors: ['cors: origin "map:" names no map: write map:<file>'] },
  { name: "A drop-in pattern on port 443 without a scheme is refused", policy: dropIn("GET", ".example.com:443", "X-A"), errors: ['cors: origin ".example.com:443" has the scheme\'s default port: did you mean "https://*.example.com"?'] },
];
