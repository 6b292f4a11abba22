// Compiling a policy: everything that does not depend on the request is decided here, once, so that the
// request path only looks things up and copies precomputed header values.

import { Decision, makeDecision } from "./decision";
import { ALLOW_CREDENTIALS, ALLOW_ORIGIN, EXPOSE_HEADERS, Header, MAX_AGE, NO_HEADERS, NO_STRINGS, VARY_ORIGIN } from "./headers";
import { compileOriginMatcher, OriginMatcher } from "./originMatcher";
import { compileOriginMaps, KeyJudge, NO_MAP_ACCESS, OriginMapAccess, OriginMaps } from "./originMaps";
import { Policy } from "./policy";
import { BUILT_IN_SUFFIXES, SuffixListSource } from "./publicSuffixSource";
import { RequestHeadersLimits, requestHeadersLimits } from "./preflightRequest";

export interface CompiledPolicy {
  readonly policy: Policy;
  /** The allow-list; its table of exact origins holds the allowed decision for each (decisionByOrigin). */
  readonly origins: OriginMatcher<Decision>;
  /** The maps whose keys are allowed origins too (`map:<file>`), read on each request; undefined: none. */
  readonly originMaps: OriginMaps | undefined;
  /** `origins=*` (or "*" in the drop-in form): every Origin value is allowed. */
  readonly anyOrigin: boolean;
  /** `methods=*`: a preflight may ask for any method (preflightRequest.ts bounds it). */
  readonly anyMethod: boolean;
  /** `headers=*`: a preflight may ask for any header but Authorization (preflightRequest.ts bounds it). */
  readonly anyHeader: boolean;
  /**
   * The drop-in form's "*" for headers covers Authorization too: the predecessor answered
   * `Access-Control-Allow-Headers: *`, which Chromium, Firefox and WebKit all read as covering it, so the
   * APIs that rely on it keep working (the answer names the requested headers, which every browser accepts).
   */
  readonly anyHeaderCoversAuthorization: boolean;
  /** `preflight=forward`: preflights go to the backend, whose response gets the answer's headers. */
  readonly forwardPreflights: boolean;
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
  readonly allowed: Decision;
  /** Denied: a serialized origin (or `null`) the policy does not allow (reason origin-not-allowed). */
  readonly denied: Decision;
  /** Denied: an Origin value that is not a serialized origin (reason origin-malformed). */
  readonly malformed: Decision;
  /** Denied: more than one Origin header (reason several-origins). */
  readonly severalOrigins: Decision;
  /**
   * The ordinary decisions that need no matching, as data (decide.ts, decideFromList): `allowed` for each
   * Origin value the allow-list names exactly (the matcher's own table of exact origins), and for any other
   * value `otherOrigins`, the decision when it does not depend on the value (`allowed` for any origin), else
   * undefined (the value must be matched against the patterns, and a denied one tells why).
   */
  readonly decisionByOrigin: { readonly [origin: string]: Decision | undefined };
  readonly otherOrigins: Decision | undefined;
}


/**
 * `maps`: how the policy opens its origins maps and reports their bad keys (the runtime's HAProxy maps; by
 * default every map is empty); `suffixes`: the Public Suffix List their subdomain keys are judged by.
 */
export function compilePolicy(policy: Policy, maps: OriginMapAccess = NO_MAP_ACCESS, suffixes: SuffixListSource = BUILT_IN_SUFFIXES): CompiledPolicy {
  const headers = new Set<string>();
  for (const name of policy.headers.names) headers.add(name.toLowerCase());

  // A browser reads "*" as a wildcard only without credentials (Fetch standard, CORS-preflight fetch,
  // steps on Access-Control-Allow-Methods/-Headers); with credentials the request is echoed instead.
  let allowMethods: string | undefined = policy.methods.names.join(",");
  if (policy.methods.any) allowMethods = policy.credentials ? undefined : "*";

  let allowHeaders: string | undefined = policy.headers.names.join(",");
  const anyHeaderCoversAuthorization = policy.headers.any && policy.form === "drop-in";
  if (policy.headers.any) {
    // "*" never covers Authorization (Fetch standard, CORS-preflight fetch): a policy that names it
    // besides "*" must name it in the answer too. The drop-in form's "*", which covers it, echoes the
    // requested names instead, and so does a policy with credentials (no wildcard then).
    allowHeaders = policy.credentials || anyHeaderCoversAuthorization ? undefined : ["*"].concat(policy.headers.names).join(",");
  }

  const actualHeaders: Header[] = [];
  const preflightHeaders: Header[] = [];
  if (policy.credentials) {
    actualHeaders.push([ALLOW_CREDENTIALS, "true"]);
    preflightHeaders.push([ALLOW_CREDENTIALS, "true"]);
  }
  const expose = policy.expose.any ? ["*"].concat(policy.expose.names) : policy.expose.names;
  if (expose.length > 0) actualHeaders.push([EXPOSE_HEADERS, expose.join(",")]);
  if (policy.maxAge !== undefined) preflightHeaders.push([MAX_AGE, policy.maxAge]);

  const fixedAnyOrigin = policy.anyOrigin && !policy.credentials;
  // With a fixed "*": the whole answer to an actual request (Allow-Origin "*" and the headers above).
  const fixedAnswer: Header[] = fixedAnyOrigin ? [[ALLOW_ORIGIN, "*"]] : [];
  if (fixedAnyOrigin) for (const header of actualHeaders) fixedAnswer.push(header);

  const allowed = fixedAnyOrigin ? makeDecision("allowed", undefined, false, fixedAnswer, NO_STRINGS) : makeDecision("allowed", undefined, true, actualHeaders, VARY_ORIGIN);
  const origins = compileOriginMatcher(policy.origins, allowed);
  return {
    policy,
    anyOrigin: policy.anyOrigin,
    anyMethod: policy.methods.any,
    anyHeader: policy.headers.any,
    anyHeaderCoversAuthorization,
    forwardPreflights: policy.preflight === "forward",
    origins,
    originMaps: policy.originMaps.length === 0 ? undefined : compileOriginMaps(policy.originMaps, new KeyJudge(policy.form, policy.credentials, suffixes), policy.form === "drop-in", maps),
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
    notCors: fixedAnyOrigin ? makeDecision("not-cors", undefined, false, fixedAnswer, NO_STRINGS) : makeDecision("not-cors", undefined, false, NO_HEADERS, VARY_ORIGIN),
    allowed,
    denied: makeDecision("denied", undefined, false, NO_HEADERS, VARY_ORIGIN, "origin-not-allowed"),
    malformed: makeDecision("denied", undefined, false, NO_HEADERS, VARY_ORIGIN, "origin-malformed"),
    severalOrigins: makeDecision("denied", undefined, false, NO_HEADERS, VARY_ORIGIN, "several-origins"),
    decisionByOrigin: origins.exact,
    otherOrigins: policy.anyOrigin ? allowed : undefined,
  };
}

/** A list of names that allows nothing. */
const NO_NAMES = { any: false, names: NO_STRINGS } as const;

/** What replaces an invalid policy: it allows no origin, so it never emits CORS headers. */
export const DENY_ALL: CompiledPolicy = compilePolicy({
  form: "extended",
  anyOrigin: false,
  origins: [],
  originMaps: [],
  methods: NO_NAMES,
  headers: NO_NAMES,
  expose: NO_NAMES,
  credentials: false,
  maxAge: undefined,
  preflight: "answer",
});
