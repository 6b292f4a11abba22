// The rule blocks an operator copies, defined once: the converter configuration's, and the actions' on
// each version of HAProxy. The README shows them filled in for one policy, the tests and the benchmark run
// them as this module fills them, and the build ships the converter block as dist/cors-converters.cfg and
// the native response rules as dist/cors-native-rules.cfg (scripts/converterTemplate.ts).

import { ARGUMENT_COUNT, PolicyAction } from "../haproxy/actionArguments";
import { AFTER_RESPONSE_GUARD } from "../haproxy/configScan";
import { DEBUG_VAR, DECISION_VAR, REASON_VAR } from "../haproxy/variables";
import { COUNTS_KEY_LENGTH, COUNTS_TABLE } from "../metrics/counts";
import { MAP_ARGUMENT, NO_ORIGIN } from "./record";

/**
 * The response half, shared by the converter configuration and the actions on HAProxy 2.2 to 2.8 (where
 * Lua cannot run in `http-after-response`): native rules apply the record in `txn.cors_edit` to every
 * response, HAProxy's own (deny, return, redirect, 502, 503, 504, errorfiles) included; the Lua action
 * takes the transactions without a record (preflights forwarded to the backend) and the backend responses
 * with a Vary or Access-Control-* of their own, and removes the record when it has applied the decision.
 */
export const RESPONSE_RULES: readonly string[] = [
  "http-response lua.cors if !{ var(txn.cors_edit) -m found } || { res.hdr_names -m sub vary access-control- }",
  `http-after-response add-header access-control-allow-origin "%[var(txn.cors_origin)]" if { var(txn.cors_edit),field(2,;) -m str = }`,
  `http-after-response add-header access-control-allow-origin "*" if { var(txn.cors_edit),field(2,;) -m str * }`,
  `http-after-response add-header access-control-allow-credentials true if { var(txn.cors_edit),field(3,;) -m str true }`,
  `http-after-response add-header access-control-expose-headers "%[var(txn.cors_edit),field(4,;)]" if { var(txn.cors_edit),field(4,;) -m len 1: }`,
  `http-after-response add-header vary "%[var(txn.cors_edit),field(5,;)]" if { var(txn.cors_edit),field(5,;) -m len 1: }`,
];

/**
 * The converter configuration's rules, in order, with three placeholders: ACTION (the request action and
 * its arguments), CONVERTER( (the converter and its policy's arguments, before its last one) and MAP (the
 * map's file).
 */
export const CONVERTER_RULES: readonly string[] = [
  // OPTIONS requests (every preflight), requests with several Origin headers and, when the operator asks for
  // the detail of denials (txn.cors_debug), every request go to the action.
  "acl cors_action method OPTIONS",
  "acl cors_action req.fhdr_cnt(origin) gt 1",
  `acl cors_action var(${DEBUG_VAR}) -m found`,
  "http-request ACTION if cors_action",
  // Every other request gets the decision's record (record.ts): an exact origin the policy allows, and no
  // Origin (key " "), from the map the module fills (no Lua); any other Origin from the converter (and no
  // Origin too when the map could not be filled).
  // (Conditions are ordered so that the usual request drops out at the first term.)
  "http-request set-var(txn.cors_edit) req.fhdr(origin),map_str(MAP) if !cors_action",
  `http-request set-var(txn.cors_edit) "str(' '),map_str(MAP)" if { req.fhdr_cnt(origin) eq 0 } !cors_action`,
  `http-request set-var(txn.cors_edit) "req.fhdr(origin),CONVERTER(,${MAP_ARGUMENT}MAP)" if !{ var(txn.cors_edit) -m found } { req.fhdr_cnt(origin) eq 1 } !cors_action`,
  `http-request set-var(txn.cors_edit) "str(),CONVERTER(,${NO_ORIGIN})" if !{ var(txn.cors_edit) -m found } { req.fhdr_cnt(origin) eq 0 } !cors_action`,
  // (The action sets both variables itself.)
  "http-request set-var(txn.cors_decision) var(txn.cors_edit),field(1,;) if !cors_action",
  `http-request set-var(${REASON_VAR}) var(txn.cors_edit),field(6,;) if { var(txn.cors_decision) -m str denied } !cors_action`,
  "http-request set-var(txn.cors_origin) req.fhdr(origin) if { var(txn.cors_edit) -m found } !cors_action",
  ...RESPONSE_RULES,
];

/**
 * The response action in http-after-response (HAProxy 2.9 and later): it runs on every response but the
 * answers the request action sends itself, which carry their headers already (and on which HAProxy cannot
 * run it: haproxy/configScan.ts, findUnguardedAfterResponse).
 */
export const AFTER_RESPONSE_RULE = `http-after-response lua.cors ${AFTER_RESPONSE_GUARD}`;

/**
 * With the metrics service (`use-service lua.cors-metrics`), the converter configuration counts the
 * decisions it makes without the action in a stick table (the action counts its own): one tracking rule,
 * after the block's request rules, on the stick counter sc2, and the table's section, once per
 * configuration (binary keys: metrics/counts.ts, COUNTS_TABLE, says why). The configuration check refuses a
 * block without it when the service is there.
 */
export const COUNT_RULE = `http-request track-sc2 fe_name,concat(/,${DECISION_VAR},/),concat(,${REASON_VAR}) table ${COUNTS_TABLE} if !cors_action`;
export const COUNTS_TABLE_SECTION: readonly string[] = [`backend ${COUNTS_TABLE}`, `    stick-table type binary len ${COUNTS_KEY_LENGTH} size 10k store http_req_cnt`];

/**
 * The actions' rules on HAProxy 2.2 to 2.8, with the placeholder ACTION: the request action, which records
 * its decision in `txn.cors_edit` for the native rules, and the response half.
 */
export const NATIVE_RESPONSE_RULES: readonly string[] = ["http-request ACTION", ...RESPONSE_RULES];

/** The actions' rules on HAProxy 2.9 and later: the response action runs on every response. */
export const LUA_RESPONSE_RULES: readonly string[] = ["http-request ACTION", AFTER_RESPONSE_RULE];

/** The response rules of the install lines on whichever version reads them: one block for every HAProxy from 2.4 (`.if`). */
export const EVERY_RESPONSE_RULES: readonly string[] = [".if version_atleast(2.9)", AFTER_RESPONSE_RULE, ".else", ...RESPONSE_RULES, ".endif"];

/** One policy's block: the form, the environment variables holding its arguments, and its map. */
export interface ConverterBlock {
  readonly action: PolicyAction;
  /** One per argument of the form (three for the drop-in form, one for the extended form), set with `setenv` before `lua-load`. */
  readonly variables: readonly string[];
  readonly mapFile: string;
}

/** The frontend rules of one policy's converter block; `counted`: with COUNT_RULE, after the request rules. */
export function converterRules(block: ConverterBlock, counted = false): string[] {
  const { action, variables, mapFile } = block;
  if (variables.length !== ARGUMENT_COUNT[action]) throw new Error(`lua.${action} takes ${ARGUMENT_COUNT[action]} arguments, not ${variables.length}`);
  const converterArgs = variables.map((name) => `'\${${name}}'`).join(",");
  const rules = fillAction(CONVERTER_RULES, action, variables.map((name) => `"\${${name}}"`)).map((line) => line.split("CONVERTER(").join(`lua.${action}(${converterArgs}`).split("MAP").join(mapFile));
  if (counted) rules.splice(rules.length - RESPONSE_RULES.length, 0, COUNT_RULE);
  return rules;
}

/** Rules with ACTION replaced by the request action and its arguments (as written in haproxy.cfg: quoted words). */
export function fillAction(rules: readonly string[], action: PolicyAction, quotedArgs: readonly string[]): string[] {
  return rules.map((line) => line.split("ACTION").join(`lua.${action} ${quotedArgs.join(" ")}`));
}

/** The text of dist/cors-converters.cfg: the block for one extended policy, with how to adapt it. */
export function converterTemplate(): string {
  const rules = converterRules({ action: "cors-policy", variables: ["CORS_POLICY"], mapFile: "/etc/haproxy/cors.map" });
  return [
    "# The converter configuration of cors.lua (README.md, \"Converter configuration\"): CORS for ordinary",
    "# requests without a Lua action. Generated from src/converters/rules.ts; the tests run these rules.",
    "#",
    "# 1. In the global section, before lua-load, the policy (extended form) in an environment variable:",
    "#        setenv CORS_POLICY \"origins=https://app.example.com methods=GET,POST\"",
    "#        lua-load /etc/haproxy/cors.lua",
    "# 2. An empty map file, one per policy, which the module fills when HAProxy starts:",
    "#        touch /etc/haproxy/cors.map",
    "# 3. The rules below in the frontend, all of them, in this order.",
    "# Drop-in form: three variables, lua.cors \"${M}\" \"${O}\" \"${H}\" and lua.cors('${M}','${O}','${H}',...).",
    "",
    ...rules,
    "",
    "# 4. With the metrics service (http-request use-service lua.cors-metrics), count the decisions made",
    "#    without the action: this rule after the block's http-request rules (it takes the stick counter sc2),",
    "#    and the table's section once in the configuration. haproxy -c refuses a block without it then.",
    `#        ${COUNT_RULE}`,
    ...COUNTS_TABLE_SECTION.map((line) => `#    ${line}`),
    "",
  ].join("\n");
}

/** The text of dist/cors-native-rules.cfg: the response rules of the install lines on HAProxy 2.2 to 2.8. */
export function nativeRulesTemplate(): string {
  return [
    "# The response rules of cors.lua on HAProxy 2.2 to 2.8 (README.md, \"Installation\"), which run no Lua in",
    "# http-after-response: in the frontend, after the request action and instead of",
    `#     ${AFTER_RESPONSE_RULE}`,
    "# Native rules apply the decision the request action records in txn.cors_edit to every response, HAProxy's",
    "# own included; the Lua action merges a backend's own Vary. Generated from src/converters/rules.ts; the",
    "# tests run these rules.",
    "",
    ...RESPONSE_RULES,
    "",
  ].join("\n");
}
