// Runs dist/cors.lua in a plain Lua VM (lua5.3 / lua5.4) against a fake HAProxy, for the cases that a
// jest test writes as a Lua file. Prints one JSON object per line: first the load report, then one per
// case. Usage: lua harness.lua <cors.lua> <cases.lua> [<core.thread> [-f <haproxy.cfg>]]; with -f, the
// module's configuration check finds that file on the command line, as it finds HAProxy's.

import { DONE, FakeCore, FakeTxn, HeaderPair } from "./fakeHaproxy";

interface LuaCase {
  readonly action: string;
  readonly args: string[];
  readonly method: string;
  readonly headers: HeaderPair[];
  readonly backend: HeaderPair[];
  readonly converterInput?: string;
  /** The operator's rule set txn.cors_debug before the action. */
  readonly debug?: boolean;
}

function jsonString(value: string): string {
  let out = '"';
  for (let i = 1; i <= value.length; i++) {
    const byte = string.byte(value, i);
    if (byte === 34) out += '\\"';
    else if (byte === 92) out += "\\\\";
    else if (byte < 32 || byte > 126) out += string.format("\\u%04x", byte);
    else out += string.char(byte);
  }
  return out + '"';
}

function json(value: unknown): string {
  if (value === undefined) return "null";
  if (typeof value === "string") return jsonString(value);
  if (typeof value === "number" || typeof value === "boolean") return tostring(value);
  const table = value as LuaTable<AnyNotNil, unknown>;
  if (table.get(1) !== undefined || next(table)[0] === undefined) {
    const items: string[] = [];
    for (const item of value as unknown[]) items.push(json(item));
    return `[${items.join(",")}]`;
  }
  const fields: string[] = [];
  for (const [key, item] of pairs(table)) fields.push(`${jsonString(key as string)}:${json(item)}`);
  return `{${fields.join(",")}}`;
}

function globalNames(): LuaTable<string, boolean> {
  const names = new LuaTable<string, boolean>();
  for (const [name] of pairs(_G as unknown as LuaTable<string, unknown>)) names.set(name as string, true);
  return names;
}

/**
 * What the converter configuration's converter records for the request (haproxy/converterRecord.ts), when the
 * configuration gives it to the converter: no Access-Control-Request-Method, at most one Origin.
 */
function converterRecord(fake: FakeCore, testCase: LuaCase): unknown {
  const converter = fake.converters.get(testCase.action);
  if (converter === undefined) return `converter lua.${testCase.action} is not registered`;
  let origins = 0;
  let origin = "";
  for (const [name, value] of testCase.headers) {
    const lower = name.toLowerCase();
    if (lower === "access-control-request-method") return undefined;
    if (lower === "origin") {
      origins++;
      origin = value;
    }
  }
  if (origins > 1) return undefined;
  let args = origins === 0 ? [...testCase.args, "no-origin"] : testCase.args;
  if (testCase.converterInput !== undefined) args = [...testCase.args, testCase.converterInput];
  const [ok, result] = pcall(() => converter(origin, ...args));
  return ok ? (result === undefined ? "nil" : result) : `converter raised: ${tostring(result)}`;
}

function runCase(fake: FakeCore, testCase: LuaCase): object {
  const alertsBefore = fake.alerts.length;
  const record = converterRecord(fake, testCase);
  const txn = new FakeTxn(testCase.method, testCase.headers);
  if (testCase.debug === true) txn.vars.set("txn.cors_debug", true);
  const request = fake.actions.get(`http-req ${testCase.action}`);
  const response = fake.actions.get("http-res cors");
  if (request === undefined || response === undefined) return { error: `action lua.${testCase.action} is not registered` };
  if (request.nbArgs !== testCase.args.length) return { error: `lua.${testCase.action} takes ${request.nbArgs} arguments` };

  const [ok, err] = pcall(() => request.fn(txn as unknown as HaproxyTXN, ...testCase.args));
  if (!ok && err !== DONE) return { error: `request action raised: ${tostring(err)}` };
  if (txn.ended && ok) txn.violations.push("the request action went on after txn:done()");

  let answeredBy = "haproxy";
  let status = 0;
  let headers: HeaderPair[] = [];
  if (txn.answer !== undefined) {
    status = txn.answer.status;
    headers = txn.answer.headers;
  } else {
    answeredBy = "backend";
    status = 200;
    txn.responseHeaders = testCase.backend;
    const [responseOk, responseError] = pcall(() => response.fn(txn as unknown as HaproxyTXN));
    if (!responseOk) return { error: `response action raised: ${tostring(responseError)}` };
    headers = txn.responseHeaders;
  }
  const alerts: string[] = [];
  for (let i = alertsBefore; i < fake.alerts.length; i++) alerts.push(fake.alerts[i]);
  return {
    record,
    decision: txn.vars.get("txn.cors_decision"),
    reason: txn.vars.get("txn.cors_reason"),
    origin: txn.vars.get("txn.cors_origin"),
    answeredBy,
    status,
    headers,
    alerts,
    violations: txn.violations,
    calls: txn.calls,
  };
}

function main(modulePath: string, casesPath: string, thread: number): void {
  const fake = new FakeCore(thread);
  const before = globalNames();
  (_G as unknown as LuaTable<string, unknown>).set("core", fake.api());
  (_G as unknown as LuaTable<string, unknown>).set("Map", fake.mapClass());
  const [loaded, loadError] = pcall(() => dofile(modulePath));
  const leaked: string[] = [];
  for (const [name] of pairs(_G as unknown as LuaTable<string, unknown>)) {
    if (name !== "core" && name !== "Map" && before.get(name as string) === undefined) leaked.push(name as string);
  }
  // HAProxy runs the init functions once the configuration is parsed, before any request.
  let init = "ok";
  for (const fn of fake.inits) {
    const [ok, err] = pcall(fn);
    if (!ok) init = tostring(err);
  }
  print(json({ load: loaded ? "ok" : tostring(loadError), init: loaded ? init : "not run", inits: fake.inits.length, maps: fake.maps, leakedGlobals: leaked, version: _VERSION }));
  if (!loaded) return;
  const cases = dofile(casesPath) as LuaCase[];
  for (const testCase of cases) print(json(runCase(fake, testCase)));
}

declare const arg: LuaTable<number, string>;
main(arg.get(1), arg.get(2), arg.get(3) === undefined ? 0 : (tonumber(arg.get(3)) as number));
