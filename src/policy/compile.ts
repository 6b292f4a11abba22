// Compiling a policy: everything that does not depend on the request is decided here, once, so that the
// request path only looks things up and copies precomputed header values.

import { Decision, Header, makeDecision } from "./decision";
import { compileOriginMatcher, OriginMatcher } from "./originMatcher";
import { Policy } from "./policy";
import { RequestHeadersLimits, requestHeadersLimits } from "./preflightRequest";

export interface CompiledPolicy {
  readonly policy: Policy;
  readonly origins: OriginMatcher;
  /**
   * Every origin gets the same `Access-Control-Allow-Origin: *` (any origin, no credentials): the answer
   * does not depend on Origin, so such responses carry no `Vary: Origin` and need no Origin at all.
   */
  readonly fixedAnyOrigin: boolean;
  /** Methods a preflight may ask for, byte for byte (see normalizeMethod). */
  readonly methods: Set<string>;
  /** Request headers a preflight may ask for, lower-cased. */
  readonly headers: Set<string>;
  /** What an allowed preflight's Access-Control-Request-Headers can hold (preflightRequest.ts). */
  readonly requestHeadersLimits: RequestHeadersLimits;
  /** Access-Control-Allow-Methods when it does not echo the request; undefined: echo it. */
  readonly allowMethods: string | undefined;
  /** Access-Control-Allow-Headers when it does not echo the request ("" omits it); undefined: echo it. */
  readonly allowHeaders: string | undefined;
  /** Headers every allowed actual response carries after Access-Control-Allow-Origin. */
  readonly actualHeaders: readonly Header[];
  /** Headers every allowed preflight carries besides the origin, methods and headers ones. */
  readonly preflightHeaders: readonly Header[];
  /** The decisions for requests that are not preflights, shared by every request. */
  readonly notCors: Decision;
  readonly denied: Decision;
  readonly allowed: Decision;
}

const VARY_ORIGIN: readonly string[] = ["Origin"];
const NO_VARY: readonly string[] = [];
const NO_HEADERS: readonly Header[] = [];

export function compilePolicy(policy: Policy): CompiledPolicy {
  const headers = new Set<string>();
  for (const name of policy.headers.names) headers.add(name.toLowerCase());

  // A browser reads "*" as a wildcard only without credentials (Fetch standard, CORS-preflight fetch,
  // steps on Access-Control-Allow-Methods/-Headers); with credentials the request is echoed instead.
  let allowMethods: string | undefined = policy.methods.names.join(",");
  if (policy.methods.any) allowMethods = policy.credentials ? undefined : "*";

  let allowHeaders: string | undefined = policy.headers.names.join(",");
  if (policy.headers.any) {
    // "*" never covers Authorization (Fetch standard, CORS-preflight fetch): a policy that names it
    // besides "*" must name it in the answer too.
    allowHeaders = policy.credentials ? undefined : ["*"].concat(policy.headers.names).join(",");
  }

  const actualHeaders: Header[] = [];
  const preflightHeaders: Header[] = [];
  if (policy.credentials) {
    actualHeaders.push(["access-control-allow-credentials", "true"]);
    preflightHeaders.push(["access-control-allow-credentials", "true"]);
  }
  const expose = policy.expose.any ? ["*"].concat(policy.expose.names) : policy.expose.names;
  if (expose.length > 0) actualHeaders.push(["access-control-expose-headers", expose.join(",")]);
  if (policy.maxAge !== undefined) preflightHeaders.push(["access-control-max-age", policy.maxAge]);

  const fixedAnyOrigin = policy.anyOrigin && !policy.credentials;
  // With a fixed "*": the whole answer to an actual request (Allow-Origin "*" and the headers above).
  const fixedAnswer: Header[] = fixedAnyOrigin ? [["access-control-allow-origin", "*"]] : [];
  if (fixedAnyOrigin) for (const header of actualHeaders) fixedAnswer.push(header);

  return {
    policy,
    origins: compileOriginMatcher(policy.origins),
    fixedAnyOrigin,
    methods: new Set(policy.methods.names),
    headers,
    requestHeadersLimits: requestHeadersLimits(policy.headers.names, policy.headers.any),
    allowMethods,
    allowHeaders,
    actualHeaders,
    preflightHeaders,
    // With a fixed "*" every response carries it, CORS or not, so that a shared cache never hands a
    // response stored for a request without Origin to one with it (and no Vary is needed).
    notCors: fixedAnyOrigin ? makeDecision("not-cors", undefined, false, fixedAnswer, NO_VARY) : makeDecision("not-cors", undefined, false, NO_HEADERS, VARY_ORIGIN),
    denied: makeDecision("denied", undefined, false, NO_HEADERS, VARY_ORIGIN),
    allowed: fixedAnyOrigin ? makeDecision("allowed", undefined, false, fixedAnswer, NO_VARY) : makeDecision("allowed", undefined, true, actualHeaders, VARY_ORIGIN),
  };
}

const NOTHING = { any: false, names: [] } as const;

/** What replaces an invalid policy: it allows no origin, so it never emits CORS headers. */
export const DENY_ALL: CompiledPolicy = compilePolicy({
  form: "extended",
  anyOrigin: false,
  origins: [],
  methods: NOTHING,
  headers: NOTHING,
  expose: NOTHING,
  credentials: false,
  maxAge: undefined,
  preflight: "answer",
});
