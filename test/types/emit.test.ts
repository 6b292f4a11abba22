// Pins the Lua that TypeScriptToLua emits for code written against @haproxy-ts/types (types/):
// HAProxy calls `core`, `Regex`, `Map`, `act` and `filter` functions with a dot and the methods of
// its objects (TXN, HTTP, Fetches, Converters, Reply, Map and Regex instances...) with a colon, and
// a callback it invokes must not get an extra `self` parameter. A wrong dot/colon only shows up
// when HAProxy loads the file, so it is checked here on the emitted text.

import * as path from "path";
import * as ts from "typescript";
import * as tstl from "typescript-to-lua";

const projectRoot = path.resolve(__dirname, "..", "..");
const snippetFile = path.join(projectRoot, "test", "types", "__snippet__.ts");

interface CompileResult {
  lua: string;
  diagnostics: string[];
}

/** The project's options (tsconfig.json + tstl.json), minus the bundling. */
function compilerOptions(): tstl.CompilerOptions {
  const converted = ts.convertCompilerOptionsFromJson(
    {
      target: "ES2022",
      lib: ["ES2022"],
      module: "ESNext",
      moduleResolution: "bundler",
      moduleDetection: "force",
      strict: true,
      skipLibCheck: false,
      types: ["lua-types/5.3", "@haproxy-ts/types"],
      rootDir: projectRoot,
      outDir: path.join(projectRoot, "__never_written__"),
    },
    projectRoot,
  );
  if (converted.errors.length > 0) throw new Error(ts.flattenDiagnosticMessageText(converted.errors[0].messageText, "\n"));
  return {
    ...converted.options,
    luaTarget: tstl.LuaTarget.Lua53,
    luaLibImport: tstl.LuaLibImportKind.RequireMinimal,
    noHeader: true,
    noImplicitSelf: true,
  };
}

/** Compiles `source` as one module of the project, in memory; returns its Lua and every diagnostic. */
function compile(source: string): CompileResult {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getCurrentDirectory = () => projectRoot;
  host.fileExists = (fileName) => fileName === snippetFile || fileExists(fileName);
  host.readFile = (fileName) => (fileName === snippetFile ? source : readFile(fileName));
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    fileName === snippetFile
      ? ts.createSourceFile(fileName, source, languageVersion, true)
      : getSourceFile(fileName, languageVersion, onError, shouldCreate);

  const program = ts.createProgram([snippetFile], options, host);
  const outputs: Record<string, string> = {};
  const emitted = new tstl.Transpiler().emit({
    program,
    writeFile: (fileName, data) => {
      outputs[fileName] = data;
    },
  });
  const diagnostics = [...ts.getPreEmitDiagnostics(program), ...emitted.diagnostics].map(
    (d) => `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`,
  );
  const luaFile = Object.keys(outputs).find((name) => path.basename(name) === "__snippet__.lua");
  return { lua: luaFile === undefined ? "" : outputs[luaFile], diagnostics };
}

/** The Lua text with every run of whitespace made a single space, so assertions ignore line breaks. */
function flat(lua: string): string {
  return lua.replace(/\s+/g, " ");
}

describe("the emitted Lua of code using @haproxy-ts/types", () => {
  const source = `
    core.register_action("x", ["http-req"], (txn, arg) => {
      txn.set_var("txn.a", "b", true);
      const unset: boolean = txn.unset_var("txn.b");
      const value = txn.get_var("txn.a");
      const headers = txn.http.req_get_headers();
      const origin: string | undefined = txn.f.req_fhdr("origin");
      const safe: string = txn.sf.req_fhdr("origin");
      const other = txn.f.req_hdr_names(",");
      const lower = txn.c.lower("ABC");
      const first = headers.get("origin")?.get(0);
      txn.set_priv({ n: 1 });
      const priv = txn.get_priv<{ n: number }>();
      txn.Info(\`\${arg} \${unset} \${value} \${safe} \${other} \${lower} \${first} \${priv?.n}\`);
      core.Alert("m");
      const reply = txn.reply({ status: 204, headers: { vary: ["origin"] } });
      reply.add_header("x-a", "1");
      if (origin === undefined) txn.done(reply);
      return act.CONTINUE;
    }, 1);
    core.register_fetches("f", (txn, a) => txn.sf.req_fhdr(a));
    core.register_converters("c", (input) => input.toUpperCase());
    core.register_service("s", "http", (applet) => {
      applet.set_status(200);
      applet.set_var("txn.s", 1, true);
      applet.set_priv("p");
      applet.start_response();
      applet.send("ok");
    });
    core.register_cli(["x", "show"], "x show", (cli) => {
      const state = cli.get_var("proc.x");
      cli.unset_var("proc.x");
      cli.send(\`\${state} \${cli.get_priv<string>()}\`);
    });
    core.register_init(() => core.log(core.info, "init"));
    core.register_task(() => core.msleep(10));
    const [ok, re] = Regex.new("^https://", false);
    if (ok) {
      const [matched, groups] = re.match("https://a");
      print(re.exec("https://a"), matched, groups[0]);
    } else {
      const message: string = re;
      core.Warning(message);
    }
    const map = HaproxyMap.new("/etc/haproxy/o.map", HaproxyMap._str);
    const found: string | undefined = map.lookup("k");
    const esMap = new Map<string, string | undefined>([["found", found]]);
    print(esMap.get("found"));
    act.wake_time(10);
  `;
  const result = compile(source);
  const lua = flat(result.lua);

  test("the snippet compiles without a diagnostic", () => {
    expect(result.diagnostics).toEqual([]);
    expect(result.lua).not.toBe("");
  });

  test("core functions compile to dot calls", () => {
    expect(lua).toContain('core.register_action( "x", {"http-req"}, function(txn, arg)');
    expect(lua).toContain('core.Alert("m")');
    expect(lua).toContain('core.register_fetches( "f", function(txn, a)');
    expect(lua).toContain('core.register_converters( "c", function(input)');
    expect(lua).toContain('core.register_service( "s", "http", function(applet)');
    expect(lua).toContain('core.log(core.info, "init")');
    expect(lua).toContain("core.msleep(10)");
    expect(lua).not.toMatch(/core:/);
  });

  test("TXN methods compile to colon calls", () => {
    expect(lua).toContain('txn:set_var("txn.a", "b", true)');
    expect(lua).toContain('txn:unset_var("txn.b")');
    expect(lua).toContain('txn:get_var("txn.a")');
    expect(lua).toContain("txn:Info(");
    expect(lua).toContain('txn:reply({status = 204, headers = {vary = {"origin"}}})');
    expect(lua).toContain("txn:done(reply)");
  });

  test("the private slot and variable methods, declared once, compile to colon calls on TXN and both applets", () => {
    expect(lua).toContain("txn:set_priv({n = 1})");
    expect(lua).toContain("txn:get_priv()");
    expect(lua).toContain('applet:set_var("txn.s", 1, true)');
    expect(lua).toContain('applet:set_priv("p")');
    expect(lua).toContain('cli:get_var("proc.x")');
    expect(lua).toContain('cli:unset_var("proc.x")');
    expect(lua).toContain("cli:get_priv()");
    expect(lua).toContain('core.register_cli( {"x", "show"}, "x show", function(cli)');
  });

  test("HTTP, Fetches and Converters methods compile to colon calls on the txn fields", () => {
    expect(lua).toContain("txn.http:req_get_headers()");
    expect(lua).toContain('txn.f:req_fhdr("origin")');
    expect(lua).toContain('txn.sf:req_fhdr("origin")');
    expect(lua).toContain('txn.f:req_hdr_names(",")');
    expect(lua).toContain('txn.c:lower("ABC")');
    expect(lua).toContain('txn.sf:req_fhdr(a)');
  });

  test("Reply and AppletHTTP methods compile to colon calls", () => {
    expect(lua).toContain('reply:add_header("x-a", "1")');
    expect(lua).toContain("applet:set_status(200)");
    expect(lua).toContain("applet:start_response()");
    expect(lua).toContain('applet:send("ok")');
  });

  test("header tables are read with plain indexing, keeping HAProxy's 0-based index", () => {
    expect(lua).toContain("= headers.origin");
    expect(lua).toMatch(/ and ____opt_\d+\[0\]/);
  });

  test("Regex.new is a dot call whose two results are destructured, and instances use colons", () => {
    expect(lua).toContain('local ok, re = Regex.new("^https://", false)');
    expect(lua).toContain('local matched, groups = re:match("https://a")');
    expect(lua).toContain('re:exec("https://a")');
    expect(lua).toContain("groups[1]");
  });

  test("HaproxyMap compiles to HAProxy's global Map through _G, safe from the lualib Map local", () => {
    expect(lua).toContain('_G.Map.new("/etc/haproxy/o.map", _G.Map._str)');
    expect(lua).toContain('map:lookup("k")');
    // ES Map is still TypeScriptToLua's own Map, imported as a file-level local.
    expect(lua).toContain("local Map = ____lualib.Map");
    expect(lua).toContain("__TS__New(Map");
  });

  test("act and its helpers compile to dot accesses", () => {
    expect(lua).toContain("return act.CONTINUE");
    expect(lua).toContain("act.wake_time(10)");
  });

  test("callbacks HAProxy invokes get no self parameter", () => {
    expect(lua).not.toMatch(/function\(\s*(self|____)\b/);
    expect(lua).toContain("core.register_init(function() return core.log(");
    expect(lua).toContain("core.register_task(function() return core.msleep(10) end)");
  });

  test("a call that does not match the declarations is reported", () => {
    const bad = compile(`
      core.register_action("x", ["http-req"], (txn) => {
        txn.set_var();
      });
    `);
    expect(bad.diagnostics.some((d) => d.startsWith("TS2554:"))).toBe(true);
  });

  test("a value that may be nil must be checked before use", () => {
    const bad = compile(`
      core.register_action("x", ["http-req"], (txn) => {
        const origin: string = txn.f.req_fhdr("origin");
        print(origin);
      });
    `);
    expect(bad.diagnostics.some((d) => d.startsWith("TS2322:"))).toBe(true);
  });
});
