// A typed fake of the parts of HAProxy's Lua API that cors.lua uses, for running dist/cors.lua in a
// plain Lua VM. It is written against @haproxy-ts/types, so it cannot drift from the declarations the
// module is compiled with. It mimics HAProxy where it matters to the module: header tables indexed from
// 0, lower-case header names, and txn:done() aborting the action by raising.

export type HeaderPair = [string, string];

/** Raised by txn:done(), as HAProxy does, so that an action cannot go on after it. */
export const DONE = "fake-haproxy: txn:done() ended the action";

export interface Registered {
  readonly fn: HaproxyActionFunction;
  readonly nbArgs: number;
}

export class FakeCore {
  public readonly actions = new LuaTable<string, Registered>();
  public readonly converters = new LuaTable<string, HaproxyConverterFunction>();
  /** The runtime API's commands, by their words joined with spaces. */
  public readonly commands = new LuaTable<string, HaproxyCliFunction>();
  /** Services (`use-service lua.<name>`) and tasks, as registered (the fake runs no task). */
  public readonly services = new LuaTable<string, HaproxyHttpServiceFunction>();
  public readonly tasks: Array<(this: void) => void> = [];
  public readonly alerts: string[] = [];
  public readonly inits: Array<(this: void) => void> = [];
  /** What core.set_map wrote, by map name and key. */
  public readonly maps = new LuaTable<string, LuaTable<string, string>>();

  /** core.thread: 0 for the shared Lua state (lua-load), 1..n for lua-load-per-thread's states. */
  constructor(private readonly thread = 0) {}

  public api(): typeof core {
    const actions = this.actions;
    const converters = this.converters;
    const commands = this.commands;
    const services = this.services;
    const tasks = this.tasks;
    const alerts = this.alerts;
    const inits = this.inits;
    const maps = this.maps;
    const fake: Partial<typeof core> = {
      thread: this.thread,
      register_init: (fn) => {
        inits.push(fn);
      },
      set_map: (name, key, value) => putEntry(maps, name, key, value),
      register_action: (name, facilities, fn, nbArgs) => {
        for (const facility of facilities) actions.set(`${facility} ${name}`, { fn, nbArgs: nbArgs === undefined ? 0 : nbArgs });
      },
      register_converters: (name, fn) => {
        converters.set(name, fn);
      },
      register_cli: (path, _usage, fn) => {
        commands.set(path.join(" "), fn);
      },
      register_service: (name: string, _mode: string, fn: HaproxyHttpServiceFunction) => {
        services.set(name, fn);
      },
      register_task: (fn: (this: void) => void) => {
        tasks.push(fn);
      },
      Alert: (msg) => {
        alerts.push(msg);
      },
      Warning: (msg) => {
        alerts.push(msg);
      },
    };
    return fake as typeof core;
  }

  /**
   * HAProxy's global `Map`: a map reads what core.set_map wrote under its name; a map first made from a
   * file holds the file's entries, as HAProxy loads them (each line's first word a key, the rest its value).
   */
  public mapClass(): HaproxyMapConstructor {
    const maps = this.maps;
    const fake: Partial<HaproxyMapConstructor> = {
      _str: 0,
      new: (name: string) => {
        if (maps.get(name) === undefined) {
          // (An empty file leaves no entry, so that `maps` shows what the module wrote.)
          const [file] = io.open(name, "rb");
          if (file !== undefined) {
            for (const [line] of file.lines()) {
              const [key, value] = string.match(line, "^%s*([^%s#]%S*)%s*(.-)%s*$");
              if (key !== undefined) putEntry(maps, name, key, value ?? "");
            }
            file.close();
          }
        }
        return {
          lookup: (_self: unknown, key: string) => maps.get(name)?.get(key),
          slookup: (_self: unknown, key: string) => maps.get(name)?.get(key) ?? "",
        } as unknown as HaproxyMap;
      },
    };
    return fake as HaproxyMapConstructor;
  }
}

function putEntry(maps: LuaTable<string, LuaTable<string, string>>, name: string, key: string, value: string): void {
  let map = maps.get(name);
  if (map === undefined) {
    map = new LuaTable();
    maps.set(name, map);
  }
  map.set(key, value);
}

function headerTable(headers: readonly HeaderPair[]): HaproxyHeaders {
  const table = new LuaTable<string, LuaTable<number, string>>();
  for (const [rawName, value] of headers) {
    const name = rawName.toLowerCase();
    let values = table.get(name);
    if (values === undefined) {
      values = new LuaTable<number, string>();
      table.set(name, values);
    }
    let index = 0;
    while (values.get(index) !== undefined) index++;
    values.set(index, value);
  }
  return table as HaproxyHeaders;
}

/** What HAProxy's hdr_names fetches give: every name, lower case, in order, joined by the delimiter. */
function joinedNames(headers: readonly HeaderPair[], delim: string | undefined): string {
  const names: string[] = [];
  for (const [name] of headers) names.push(name.toLowerCase());
  return names.join(delim === undefined ? "," : delim);
}

/**
 * What HAProxy's fhdr fetches give: the full value of the header's `occurrence` (1 the first, -1 the last,
 * the default), or nil.
 */
function fullValue(headers: readonly HeaderPair[], name: string, occurrence = -1): string | undefined {
  const values: string[] = [];
  for (const [header, value] of headers) {
    if (header.toLowerCase() === name.toLowerCase()) values.push(value);
  }
  return occurrence > 0 ? values[occurrence - 1] : values[values.length + occurrence];
}

export class FakeFetches {
  constructor(private readonly txn: FakeTxn) {}
  public method(): string {
    this.txn.touch("f:method");
    return this.txn.method;
  }
  public fe_name(): string {
    this.txn.touch("f:fe_name");
    return "fake";
  }
  public req_hdr_names(delim?: string): string {
    this.txn.touch("f:req_hdr_names");
    return joinedNames(this.txn.requestHeaders, delim);
  }
  public req_fhdr(name: string, occurrence?: number): string | undefined {
    this.txn.touch("f:req_fhdr");
    return fullValue(this.txn.requestHeaders, name, occurrence);
  }
  public res_hdr_names(delim?: string): string {
    this.txn.touch("f:res_hdr_names");
    return joinedNames(this.txn.responseHeaders, delim);
  }
  public res_fhdr(name: string): string | undefined {
    this.txn.touch("f:res_fhdr");
    return fullValue(this.txn.responseHeaders, name);
  }
}

export class FakeHttp {
  constructor(private readonly txn: FakeTxn) {}
  public req_get_headers(): HaproxyHeaders {
    this.txn.touch("http:req_get_headers");
    return headerTable(this.txn.requestHeaders);
  }
  public res_get_headers(): HaproxyHeaders {
    this.txn.touch("http:res_get_headers");
    return headerTable(this.txn.responseHeaders);
  }
  public res_add_header(name: string, value: string): void {
    this.txn.touch("http:res_add_header");
    this.txn.responseHeaders.push([name, value]);
  }
  public res_del_header(name: string): void {
    this.txn.touch("http:res_del_header");
    const kept: HeaderPair[] = [];
    for (const header of this.txn.responseHeaders) {
      if (header[0].toLowerCase() !== name.toLowerCase()) kept.push(header);
    }
    this.txn.responseHeaders = kept;
  }
  public res_set_header(name: string, value: string): void {
    this.res_del_header(name);
    this.res_add_header(name, value);
  }
}

export class FakeReply {
  public status = 200;
  public readonly headers: HeaderPair[] = [];
}

export class FakeTxn {
  public readonly f = new FakeFetches(this);
  public readonly http = new FakeHttp(this);
  public readonly vars = new LuaTable<string, string | number | boolean>();
  public readonly calls: string[] = [];
  /** Problems the module caused: calls after txn:done(), values HAProxy would refuse. */
  public readonly violations: string[] = [];
  public responseHeaders: HeaderPair[] = [];
  /** The reply sent with txn:done(), when the action answered the request itself. */
  public answer: FakeReply | undefined;
  public ended = false;
  private priv: unknown = undefined;

  constructor(public readonly method: string, public readonly requestHeaders: readonly HeaderPair[]) {}

  public touch(call: string): void {
    this.calls.push(call);
    if (this.ended) this.violations.push(`${call} called after txn:done()`);
  }

  public set_var(name: string, value: string | number | boolean): boolean {
    this.touch("set_var");
    if (name.indexOf("txn.") !== 0) this.violations.push(`set_var on ${name}`);
    this.vars.set(name, value);
    return true;
  }

  public get_var(name: string): string | number | boolean | undefined {
    this.touch("get_var");
    return this.vars.get(name);
  }

  public unset_var(name: string): boolean {
    this.touch("unset_var");
    this.vars.delete(name);
    return true;
  }

  public set_priv(data: unknown): void {
    this.touch("set_priv");
    this.priv = data;
  }

  public get_priv(): unknown {
    this.touch("get_priv");
    return this.priv;
  }

  public Alert(msg: string): void {
    this.violations.push(`txn:Alert ${msg}`);
  }

  public reply(init: HaproxyReplyInit | undefined): FakeReply {
    const reply = new FakeReply();
    if (init !== undefined) {
      if (init.status !== undefined) reply.status = init.status;
      if (init.headers !== undefined) {
        for (const [name, values] of pairs(init.headers)) {
          for (const value of values as string[]) reply.headers.push([name as string, value]);
        }
      }
    }
    return reply;
  }

  public done(reply: FakeReply | HaproxyReplyInit | undefined): never {
    this.touch("done");
    this.answer = reply instanceof FakeReply ? reply : this.reply(reply as HaproxyReplyInit | undefined);
    this.ended = true;
    return error(DONE, 0);
  }
}
