// The converter configuration (README, "Converter configuration") decides an ordinary request in a Lua
// converter and edits the response with native HAProxy rules, so that neither phase runs a Lua action.
// A converter returns one string and cannot set variables, so the decision travels as a record in
// `txn.cors_edit`, which the native rules split with HAProxy's `field` converter:
//
//   <decision>;<allow-origin>;<allow-credentials>;<expose-headers>;<vary>
//
// <allow-origin> is "=" (echo the Origin, kept in `txn.cors_origin`), "*" or empty; the other fields are
// the header's value, or empty for no header. No field can hold the delimiter: the Origin itself is not
// in the record, and header names are tokens, which never contain ";". A record exists only for the
// decisions a converter can make (not CORS, denied, allowed); a preflight always goes to the action.

import { DecisionName, Header } from "../policy/decision";

export const RECORD_DELIMITER = ";";
/** The converter's last argument when the request has no Origin (its input is then ignored). */
export const NO_ORIGIN = "no-origin";
/**
 * The converter's last argument that names the map the module fills with the policy's exact origins
 * (`map=<file>`): the configuration looks an Origin up there with `map_str` first, and calls the
 * converter only when it is not found. The converter itself decides as without the argument.
 */
export const MAP_ARGUMENT = "map=";

/** The map a converter's last argument names (`map=<file>`), or undefined for any other argument. */
export function mapArgumentFile(arg: string): string | undefined {
  if (arg.length <= MAP_ARGUMENT.length || arg.substring(0, MAP_ARGUMENT.length) !== MAP_ARGUMENT) return undefined;
  return arg.substring(MAP_ARGUMENT.length);
}
/**
 * The map's key for a request without Origin. No Origin value can equal it: HAProxy trims the white
 * space around a header value (HTTP/1.1 and HTTP/2 alike), so a value is never a lone space.
 */
export const NO_ORIGIN_KEY = " ";
/** The <allow-origin> field that echoes the request's Origin. */
export const ECHO_ORIGIN = "=";

const ALLOW_ORIGIN = "access-control-allow-origin";
const ALLOW_CREDENTIALS = "access-control-allow-credentials";
const EXPOSE_HEADERS = "access-control-expose-headers";

/** What the response phase needs of an ordinary decision. */
export interface EditRecord {
  readonly name: DecisionName;
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
  return [record.name, allowOrigin, credentials, expose, vary].join(RECORD_DELIMITER);
}

/** The record written by formatEditRecord, or undefined for any other text. */
export function parseEditRecord(text: string): EditRecord | undefined {
  const fields = text.split(RECORD_DELIMITER);
  if (fields.length !== 5) return undefined;
  const [name, allowOrigin, credentials, expose, vary] = fields;
  if (!isRecordName(name)) return undefined;
  if (allowOrigin !== "" && allowOrigin !== ECHO_ORIGIN && allowOrigin !== "*") return undefined;
  if (credentials !== "" && credentials !== "true") return undefined;
  const headers: Header[] = [];
  if (allowOrigin === "*") headers.push([ALLOW_ORIGIN, "*"]);
  if (credentials !== "") headers.push([ALLOW_CREDENTIALS, credentials]);
  if (expose !== "") headers.push([EXPOSE_HEADERS, expose]);
  const tokens: string[] = [];
  if (vary !== "") for (const token of vary.split(",")) tokens.push(token.trim());
  return { name, echoOrigin: allowOrigin === ECHO_ORIGIN, headers, vary: tokens };
}
