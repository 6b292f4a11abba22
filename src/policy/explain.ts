// Saying why a request was denied, for the operator who asks (`txn.cors_debug`, the CORS-Debug header, the
// runtime API's `cors explain`): what failed, and what the policy allows instead. Never on the usual path:
// only a denied request whose operator turned debugging on gets here.

import { readTokenList } from "./chars";
import type { CompiledPolicy } from "./compile";
import { CorsRequest, decide } from "./decide";
import { Decision, DenialReason, makeDecision } from "./decision";
import { DEBUG_HEADER, Header } from "./headers";
import { quote } from "./errors";
import { isAllowedHeaderName, MAX_ANY_METHOD_LENGTH, MAX_REQUEST_HEADERS_LINES, SAFELISTED_METHODS } from "./preflightRequest";
import { printPattern } from "./origin";

/** How many allow-list entries a detail names before "and N more". */
const ENTRIES_SHOWN = 8;

/** The allowed origins in a few words: the first entries of the allow-list, and how many there are. */
function allowedOrigins(policy: CompiledPolicy): string {
  const entries = policy.policy.origins;
  const maps = policy.policy.originMaps;
  if (entries.length === 0 && maps.length === 0) return "no origin";
  const shown: string[] = [];
  for (let i = 0; i < entries.length && i < ENTRIES_SHOWN; i++) shown.push(printPattern(entries[i]));
  if (entries.length > ENTRIES_SHOWN) shown[shown.length - 1] += ` and ${entries.length - ENTRIES_SHOWN} more`;
  // A map's keys are not listed: it is read by key only.
  for (const name of maps) shown.push(`the keys of map ${quote(name)}`);
  return shown.join(", ");
}

function allowedMethods(policy: CompiledPolicy): string {
  const names = SAFELISTED_METHODS.slice();
  for (const name of policy.policy.methods.names) if (names.indexOf(name) < 0) names.push(name);
  const any = policy.anyMethod ? `any method of at most ${MAX_ANY_METHOD_LENGTH} bytes` : "";
  return any === "" ? names.join(", ") : `${any} (named: ${names.join(", ")})`;
}

function allowedHeaders(policy: CompiledPolicy): string {
  const names = policy.policy.headers.names;
  if (policy.anyHeader) {
    const base = policy.anyHeaderCoversAuthorization ? "any header" : "any header but Authorization";
    return names.length > 0 ? `${base} (named: ${names.join(", ")})` : base;
  }
  return names.length > 0 ? names.join(", ") : "no header";
}

/** The requested header names the policy does not allow, or what else makes the list refused. */
function headersProblem(policy: CompiledPolicy, values: readonly string[]): string {
  if (values.length > MAX_REQUEST_HEADERS_LINES) return `${values.length} Access-Control-Request-Headers lines (at most ${MAX_REQUEST_HEADERS_LINES} are read)`;
  const refused: string[] = [];
  let refusedCount = 0;
  let length = values.length - 1;
  for (const value of values) {
    length += value.length;
    // Read whole (the request path stops at the policy's limits; this runs only for a denied request).
    const names = readTokenList(value.toLowerCase(), value.length);
    if (names === undefined) return `Access-Control-Request-Headers ${quote(value)} is not a list of header names`;
    for (const name of names) {
      if (isAllowedHeaderName(policy, name)) continue;
      refusedCount++;
      if (refused.length < ENTRIES_SHOWN) refused.push(quote(name));
    }
  }
  // A client may ask for a thousand names: the detail names a few, so that CORS-Debug stays a short header.
  if (refusedCount > 0) return `header ${refused.join(", ")}${refusedCount > refused.length ? ` and ${refusedCount - refused.length} more` : ""} not allowed`;
  const limits = policy.requestHeadersLimits;
  if (length > limits.length) return `Access-Control-Request-Headers of ${length} bytes, longer than the ${limits.length} the allowed names take (a name repeated?)`;
  return `more than the ${limits.names} header names allowed`;
}

/**
 * What failed and what the policy allows, for a request denied for `reason`: one line, printable ASCII
 * (request values quoted and cut short), for the CORS-Debug header and `txn.cors_detail`.
 */
export function denialDetail(policy: CompiledPolicy, request: CorsRequest, reason: DenialReason): string {
  switch (reason) {
    case "several-origins":
      return `${request.origins.length} Origin headers, a CORS request has one`;
    case "origin-malformed":
      return `Origin ${quote(request.origins[0] ?? "")} is not a serialized origin (scheme://host[:port] in lower case, no default port, no path); allowed: ${allowedOrigins(policy)}`;
    case "origin-not-allowed":
      return `Origin ${quote(request.origins[0] ?? "")} not allowed; allowed: ${allowedOrigins(policy)}`;
    case "method-not-allowed": {
      const methods = request.requestMethods;
      const what = methods.length === 1 ? `method ${quote(methods[0])} not allowed` : `${methods.length} Access-Control-Request-Method headers, a preflight has one`;
      return `${what}; allowed: ${allowedMethods(policy)}`;
    }
    case "headers-not-allowed":
      return `${headersProblem(policy, request.requestHeaders)}; allowed: ${allowedHeaders(policy)}`;
  }
}

/**
 * The decision with the CORS-Debug header `<decision>; <reason>; <detail>` among its headers (in the reply
 * HAProxy sends, or among those added to the backend's response). Made for one request: only when debugging.
 */
export function withDebugHeader(decision: Decision, detail: string): Decision {
  const debug: Header = [DEBUG_HEADER, `${decision.name}; ${decision.reason}; ${detail}`];
  const reply = decision.reply === undefined ? undefined : { status: decision.reply.status, headers: decision.reply.headers.concat([debug]) };
  const headers = reply === undefined ? decision.headers.concat([debug]) : decision.headers;
  return makeDecision(decision.name, reply, decision.echoOrigin, headers, decision.vary, decision.reason);
}

/** What `cors explain` asks: an Origin, and optionally the method and the request headers of a page's call. */
export interface ExplainQuestion {
  readonly origin: string;
  readonly method: string | undefined;
  /** Header names, comma-separated, as a page would set them. */
  readonly headers: string | undefined;
}

/**
 * The request a browser sends for the question: a GET (or the method given) with the Origin, or, for a
 * method other than GET, HEAD and POST or with request headers, the preflight that precedes such a call.
 */
export function requestOfQuestion(question: ExplainQuestion): CorsRequest {
  const method = question.method ?? "GET";
  const simple = SAFELISTED_METHODS.indexOf(method) >= 0 && question.headers === undefined;
  if (simple) return { method, origins: [question.origin], requestMethods: [], requestHeaders: [] };
  return { method: "OPTIONS", origins: [question.origin], requestMethods: [method], requestHeaders: question.headers === undefined ? [] : [question.headers] };
}

/**
 * The answer to a question, in lines: `decision: <decision>`, `reason: <reason>` when denied, then each
 * response header as `<name>: <value>` (for a request that reaches the backend, those added to a response
 * that has no CORS header or Vary of its own). Lines starting `# ` comment: who answers, a denial's detail.
 */
export function explainLines(policy: CompiledPolicy, question: ExplainQuestion): string[] {
  const request = requestOfQuestion(question);
  const decision = decide(policy, request);
  const lines = [`decision: ${decision.name}`];
  if (decision.reason !== undefined) lines.push(`reason: ${decision.reason}`);
  if (decision.reply !== undefined) {
    lines.push(`# HAProxy answers ${decision.reply.status} with:`);
    for (const [name, value] of decision.reply.headers) lines.push(`${name}: ${value}`);
  } else {
    const edit = decision.plainEdit;
    lines.push("# the request reaches the backend; its response gets:");
    if (edit.echoOrigin) lines.push(`access-control-allow-origin: ${question.origin}`);
    for (const [name, value] of edit.add) lines.push(`${name}: ${value}`);
    if (edit.vary !== undefined) lines.push(`vary: ${edit.vary}`);
  }
  if (decision.reason !== undefined) lines.push(`# ${denialDetail(policy, request, decision.reason)}`);
  return lines;
}

function nameList(list: { readonly any: boolean; readonly names: readonly string[] }): string {
  const names = list.any ? ["*"].concat(list.names) : list.names;
  return names.length > 0 ? names.join(",") : "none";
}

/** A policy's options in a few lines (`cors show policies`): the allow-list as counts, not 100,000 entries. */
export function describePolicy(compiled: CompiledPolicy): string[] {
  const policy = compiled.policy;
  let exact = 0;
  let patterns = 0;
  for (const pattern of policy.origins) {
    if (pattern.subdomains || pattern.port === "*") patterns++;
    else exact++;
  }
  let origins = policy.anyOrigin ? "* (any)" : `${exact} exact, ${patterns} ${patterns === 1 ? "pattern" : "patterns"}`;
  for (const name of policy.originMaps) origins += `, the keys of map ${quote(name)}`;
  return [
    `form: ${policy.form}`,
    `origins: ${origins}`,
    `methods: ${nameList(policy.methods)}`,
    `headers: ${nameList(policy.headers)}`,
    `expose: ${nameList(policy.expose)}`,
    `credentials: ${policy.credentials ? "yes" : "no"}`,
    `max-age: ${policy.maxAge ?? "none"}`,
    `preflight: ${policy.preflight}`,
  ];
}
