// Guards the naming rule stated at the top of types/index.d.ts: every global type that
// @haproxy-ts/types declares starts with `Haproxy`, and the global values keep HAProxy's Lua names.

import * as fs from "fs";
import * as path from "path";
import * as ts from "typescript";

const projectRoot = path.resolve(__dirname, "..", "..");
const typesDir = path.join(projectRoot, "types");
const probeFile = path.join(projectRoot, "test", "types", "__probe__.ts");

/** The global symbols declared under types/, read by the TypeScript checker from an empty module. */
function declaredGlobals(): ts.Symbol[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2022.d.ts"],
    moduleDetection: ts.ModuleDetectionKind.Force,
    types: ["lua-types/5.3", "@haproxy-ts/types"],
    noEmit: true,
  };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.getCurrentDirectory = () => projectRoot;
  host.fileExists = (fileName) => fileName === probeFile || fileExists(fileName);
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) =>
    fileName === probeFile
      ? ts.createSourceFile(fileName, "export {};", languageVersion, true)
      : getSourceFile(fileName, languageVersion, onError, shouldCreate);
  const program = ts.createProgram([probeFile], options, host);
  const probe = program.getSourceFile(probeFile)!;
  const flags = ts.SymbolFlags.Type | ts.SymbolFlags.Value | ts.SymbolFlags.Namespace;
  return program
    .getTypeChecker()
    .getSymbolsInScope(probe, flags)
    .filter((symbol) =>
      (symbol.declarations ?? []).some((d) => {
        const file = fs.realpathSync(d.getSourceFile().fileName);
        return path.dirname(file) === typesDir;
      }),
    );
}

describe("the names @haproxy-ts/types gives its globals", () => {
  const globals = declaredGlobals();

  test("the declarations are found", () => {
    expect(globals.map((s) => s.name)).toEqual(expect.arrayContaining(["HaproxyTXN", "HaproxyReply", "core"]));
  });

  test("every type starts with Haproxy", () => {
    const types = globals.filter((s) => s.flags & ts.SymbolFlags.Type).map((s) => s.name);
    expect(types.filter((name) => !name.startsWith("Haproxy"))).toEqual([]);
  });

  test("the values are HAProxy's own Lua globals, Map reached as HaproxyMap", () => {
    const values = globals.filter((s) => s.flags & (ts.SymbolFlags.Value | ts.SymbolFlags.Namespace)).map((s) => s.name);
    expect(values.sort()).toEqual(["HaproxyMap", "Regex", "act", "core", "filter"]);
  });
});
