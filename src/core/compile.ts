// Compiling a policy: everything that does not depend on the request is decided here, once, so that the
// request path only looks things up and copies precomputed header values.

import { compileOriginMatcher, OriginMatcher } from "./originMatcher";
import { Policy } from "./policy";

export type Header = readonly [name: string, value: string];

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
  /** Access-Control-Allow-Methods when it does not echo the request; undefined: echo it. */
  readonly allowMethods: string | undefined;
  /** Access-Control-Allow-Headers when it does not echo the request ("" omits it); undefined: echo it. */
  readonly allowHeaders: string | undefined;
  /** Headers every allowed actual response carries after Access-Control-Allow-Origin. */
  readonly actualHeaders: readonly Header[];
  /** Headers every allowed preflight carries besides the origin, methods and headers ones. */
  readonly preflightHeaders: readonly Header[];
  /** With a fixed "*": the whole answer to an actual request (Allow-Origin "*" and the above); else empty. */
  readonly fixedAnswer: readonly Header[];
}

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
  const fixedAnswer: Header[] = fixedAnyOrigin ? [["access-control-allow-origin", "*"]] : [];
  if (fixedAnyOrigin) for (const header of actualHeaders) fixedAnswer.push(header);

  return {
    policy,
    origins: compileOriginMatcher(policy.origins),
    fixedAnyOrigin,
    methods: new Set(policy.methods.names),
    headers,
    allowMethods,
    allowHeaders,
    actualHeaders,
    preflightHeaders,
    fixedAnswer,
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
