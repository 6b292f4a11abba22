// The record that carries a converter's decision to the response, the converters' last argument, and the
// map the module fills (README, "Converter configuration"; this folder's README.md says how the parts fit).
//
// A converter returns one string and cannot set variables, so the decision travels as a record in
// `txn.cors_edit`, which the native rules split with HAProxy's `field` converter:
//
//   <decision>;<allow-origin>;<allow-credentials>;<expose-headers>;<vary>;<reason>
//
// <allow-origin> is "=" (echo the Origin, kept in `txn.cors_origin`), "*" or empty; <reason> is the value
// of `txn.cors_reason` for a denied decision, else empty; the other fields are the header's value, or
// empty for no header. No field can hold the delimiter: the Origin itself is not
// in the record, and header names are tokens, which never contain ";". A record exists only for the
// decisions a converter can make (not CORS, denied, allowed); a preflight always goes to the action.

import { CompiledPolicy } from "../policy/compile";
import { Decision, DecisionName, DENIAL_REASONS, DenialReason } from "../policy/decision";
import { PolicyError, Problem } from "../policy/errors";
import { ALLOW_CREDENTIALS, ALLOW_ORIGIN, EXPOSE_HEADERS, Header } from "../policy/headers";

export const RECORD_DELIMITER = ";";
/** The <allow-origin> field that echoes the request's Origin. */
export const ECHO_ORIGIN = "=";

/** What the response phase needs of an ordinary decision. */
export interface EditRecord {
  readonly name: DecisionName;
  readonly reason: DenialReason | undefined;
  readonly echoOrigin: boolean;
  /** In the order the module adds them: Access-Control-Allow-Origin "*", -Allow-Credentials, -Expose-Headers. */
  readonly headers: readonly Header[];
  /** Tokens the response must list in Vary. */
  readonly vary: readonly string[];
}

function isRecordName(name: string): name is DecisionName {
  return name === "not-cors" || name === "denied" || name === "allowed";
}

/**
 * The record of a decision, or undefined when the record cannot express it (a preflight, or a header
 * other than the three above, or one out of order).
 */
export function formatEditRecord(record: EditRecord): string | undefined {
  if (!isRecordName(record.name)) return undefined;
  let allowOrigin = record.echoOrigin ? ECHO_ORIGIN : "";
  let credentials = "";
  let expose = "";
  // The fields are in header order: a header may only follow the ones before it.
  let next = record.echoOrigin ? 1 : 0;
  for (const [name, value] of record.headers) {
    if (next === 0 && name === ALLOW_ORIGIN && value === "*") {
      allowOrigin = "*";
      next = 1;
    } else if (next <= 1 && name === ALLOW_CREDENTIALS && value === "true") {
      credentials = value;
      next = 2;
    } else if (next <= 2 && name === EXPOSE_HEADERS && value.length > 0 && value.indexOf(RECORD_DELIMITER) < 0) {
      expose = value;
      next = 3;
    } else {
      return undefined;
    }
  }
  const vary = record.vary.join(", ");
  if (vary.indexOf(RECORD_DELIMITER) >= 0) return undefined;
  return [record.name, allowOrigin, credentials, expose, vary, record.reason ?? ""].join(RECORD_DELIMITER);
}

/** The record of a decision the converter can make, or undefined (an answered or forwarded preflight). */
export function recordOf(decision: Decision): string | undefined {
  if (decision.reply !== undefined) return undefined;
  return formatEditRecord(decision);
}

/** The record written by formatEditRecord, or undefined for any other text. */
export function parseEditRecord(text: string): EditRecord | undefined {
  const fields = text.split(RECORD_DELIMITER);
  if (fields.length !== 6) return undefined;
  const [name, allowOrigin, credentials, expose, vary, reasonField] = fields;
  if (!isRecordName(name)) return undefined;
  const reason = reasonField === "" ? undefined : (reasonField as DenialReason);
  if (reason !== undefined && DENIAL_REASONS.indexOf(reason) < 0) return undefined;
  if (allowOrigin !== "" && allowOrigin !== ECHO_ORIGIN && allowOrigin !== "*") return undefined;
  if (credentials !== "" && credentials !== "true") return undefined;
  const headers: Header[] = [];
  if (allowOrigin === "*") headers.push([ALLOW_ORIGIN, "*"]);
  if (credentials !== "") headers.push([ALLOW_CREDENTIALS, credentials]);
  if (expose !== "") headers.push([EXPOSE_HEADERS, expose]);
  const tokens: string[] = [];
  if (vary !== "") for (const token of vary.split(",")) tokens.push(token.trim());
  return { name, reason, echoOrigin: allowOrigin === ECHO_ORIGIN, headers, vary: tokens };
}

// The converters' last argument:
//   req.fhdr(origin),lua.cors-policy('<options>',map=<file>)      a request with one Origin
//   str(),lua.cors-policy('<options>',no-origin)                  a request without Origin
// (lua.cors('<methods>','<origins>','<headers>',...) for the drop-in form).

/** The converter's last argument when the request has no Origin (its input is then ignored). */
export const NO_ORIGIN = "no-origin";
/**
 * The converter's last argument that names the map the module fills with the policy's exact origins
 * (`map=<file>`): the configuration looks an Origin up there with `map_str` first, and calls the
 * converter only when it is not found. The converter itself decides as without the argument.
 */
export const MAP_ARGUMENT = "map=";

/** What a converter's last argument asks: decide the Origin (filling `mapFile`, if named), answer as for no Origin, or nothing. */
export type LastArgument = { readonly kind: "decide"; readonly mapFile?: string } | { readonly kind: "no-origin" } | { readonly kind: "refused"; readonly error: PolicyError };

/** Reads a converter's last argument (undefined when the call has none: decide the Origin). */
export function readLastArgument(arg: string | undefined): LastArgument {
  if (arg === undefined) return { kind: "decide" };
  if (arg === NO_ORIGIN) return { kind: "no-origin" };
  if (arg.length > MAP_ARGUMENT.length && arg.substring(0, MAP_ARGUMENT.length) === MAP_ARGUMENT) return { kind: "decide", mapFile: arg.substring(MAP_ARGUMENT.length) };
  return { kind: "refused", error: { subject: "converter argument", value: arg, problem: Problem.converterInput } };
}

// The map: an Origin found there is decided without Lua.

/**
 * The map's key for a request without Origin. No Origin value can equal it: HAProxy trims the white
 * space around a header value (HTTP/1.1 and HTTP/2 alike), so a value is never a lone space.
 */
export const NO_ORIGIN_KEY = " ";

/** The Origin values the policy allows by exact match (its allow-list's exact entries). */
export function exactAllowedOrigins(policy: CompiledPolicy): string[] {
  const origins: string[] = [];
  for (const origin in policy.origins.exact) origins.push(origin);
  return origins;
}

/**
 * What the converter configuration's map holds: each exact origin with the allowed record, and
 * NO_ORIGIN_KEY with the record of a request without Origin. A key found there gets exactly what the
 * converter would answer; every other Origin value still reaches the converter.
 */
export function originMapEntries(policy: CompiledPolicy): Array<readonly [key: string, record: string]> {
  const entries: Array<readonly [string, string]> = [];
  const allowed = recordOf(policy.allowed);
  if (allowed !== undefined) for (const origin of exactAllowedOrigins(policy)) entries.push([origin, allowed]);
  const notCors = recordOf(policy.notCors);
  if (notCors !== undefined) entries.push([NO_ORIGIN_KEY, notCors]);
  return entries;
}
