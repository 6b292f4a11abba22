// The Public Suffix List: its algorithm on a list written here, the built-in copy against the dated file
// it is generated from, the system's file against the built-in copy, and which list the module chooses.

import * as fs from "node:fs";
import { domainToASCII } from "node:url";
import { readFileLikeLua } from "../support/files";
import { DATA_FILE, moduleText, MODULE_FILE, rulesOf } from "../../scripts/publicSuffixData";
import { ReadFile } from "../../src/policy/policy";
import { coveredPublicSuffix, parsePublicSuffixList, PublicSuffixList } from "../../src/policy/publicSuffixList";
import { builtInPublicSuffixList, loadPublicSuffixList, SYSTEM_PUBLIC_SUFFIX_LIST } from "../../src/policy/publicSuffixSource";
import { asciiNameOf, punycodeOf } from "../../src/policy/punycode";

/** A file's text as the module reads it (bytes, one character per byte). */
const bytesOf = (path: string): string => fs.readFileSync(path, "latin1");

/** Text as Lua reads it: UTF-8 bytes, one character per byte. */
const asBytes = (text: string): string => Buffer.from(text, "utf8").toString("latin1");

const SMALL_LIST = asBytes(
  [
    "// A list in the format of https://publicsuffix.org/list/",
    "// ===BEGIN ICANN DOMAINS===",
    "com",
    "uk",
    "co.uk",
    "*.ck",
    "!www.ck",
    "jp",
    "*.kawasaki.jp",
    "!city.kawasaki.jp",
    "arpa",
    "cn",
    "公司.cn",
    "  // an indented comment",
    "net   trailing words are ignored",
    "// ===END ICANN DOMAINS===",
    "// ===BEGIN PRIVATE DOMAINS===",
    "github.io",
    "s3.amazonaws.com",
    "*.compute.amazonaws.com",
    "users.example.net",
    "deep.er.example.net",
    "// ===END PRIVATE DOMAINS===",
  ].join("\n"),
);

describe("the list's algorithm (https://github.com/publicsuffix/list/wiki/Format#algorithm)", () => {
  const list = parsePublicSuffixList(SMALL_LIST, "small") as PublicSuffixList;

  test.each([
    ["com", { suffix: "com", section: "ICANN", isBase: true }],
    ["co.uk", { suffix: "co.uk", section: "ICANN", isBase: true }],
    // A wildcard rule makes every name one label under it a public suffix...
    ["anything.ck", { suffix: "anything.ck", section: "ICANN", isBase: true }],
    // ...and the name it hangs from has public suffixes beneath it.
    ["ck", { suffix: "*.ck", section: "ICANN", isBase: false }],
    ["kawasaki.jp", { suffix: "*.kawasaki.jp", section: "ICANN", isBase: false }],
    ["xn--55qx5d.cn", { suffix: "xn--55qx5d.cn", section: "ICANN", isBase: true }],
    ["github.io", { suffix: "github.io", section: "private", isBase: true }],
    ["s3.amazonaws.com", { suffix: "s3.amazonaws.com", section: "private", isBase: true }],
    ["x.compute.amazonaws.com", { suffix: "x.compute.amazonaws.com", section: "private", isBase: true }],
    // A domain with a suffix beneath it: the first rule beneath, as the list writes it.
    ["amazonaws.com", { suffix: "s3.amazonaws.com", section: "private", isBase: false }],
    ["example.net", { suffix: "users.example.net", section: "private", isBase: false }],
    ["er.example.net", { suffix: "deep.er.example.net", section: "private", isBase: false }],
    ["net", { suffix: "net", section: "ICANN", isBase: true }],
  ])("%s is or covers a public suffix", (base, covered) => {
    expect(coveredPublicSuffix(list, base)).toEqual(covered);
  });

  test.each([
    "www.ck", // an exception rule frees the name it names
    "city.kawasaki.jp",
    "a.www.ck",
    "example.co.uk",
    "example.com",
    "myteam.github.io",
    "a.x.compute.amazonaws.com",
    "home.arpa", // under a listed name, but no rule makes it a suffix
    // Unlisted top-level names: the implicit "*" rule is not applied (README, "Public suffixes").
    "internal",
    "corp",
    "lan",
    "local",
    "test",
    "localhost",
    "example",
  ])("%s is no public suffix and has none beneath it", (base) => {
    expect(coveredPublicSuffix(list, base)).toBeUndefined();
  });

  test("a beneath rule of the ICANN section is named before one of the private section", () => {
    const mixed = parsePublicSuffixList("// ===BEGIN PRIVATE DOMAINS===\na.example.org\n// ===BEGIN ICANN DOMAINS===\nb.example.org\n", "mixed") as PublicSuffixList;
    expect(coveredPublicSuffix(mixed, "example.org")).toEqual({ suffix: "b.example.org", section: "ICANN", isBase: false });
  });

  test("text without the ICANN section is not the list", () => {
    expect(parsePublicSuffixList("com\nnet\n", "plain")).toBeUndefined();
    expect(parsePublicSuffixList("", "empty")).toBeUndefined();
  });

  test("lines that are no host names are skipped, not kept as rules", () => {
    const odd = parsePublicSuffixList("// ===BEGIN ICANN DOMAINS===\nCOM\n*.\n\xff\n..\nok\n", "odd") as PublicSuffixList;
    expect([...odd.rules.keys()]).toEqual(["ok"]);
  });
});

describe("Punycode (RFC 3492)", () => {
  test.each([
    ["bücher", "bcher-kva"],
    ["münchen", "mnchen-3ya"],
    ["公司", "55qx5d"],
    // RFC 3492, section 7.1, (A) Arabic (Egyptian) and (L) Japanese with ASCII.
    ["ليهمابتكلموشعربي؟", "egbpdaj6bu4bxfgehfvwxn"],
    ["3年B組金八先生", "3B-ww4c5e180e575a65lsy2b"],
  ])("%s is %s", (unicode, expected) => {
    const points = [...unicode].map((c) => c.codePointAt(0) as number);
    expect(punycodeOf(points)).toBe(expected);
  });

  test("every Unicode rule of the dated list gets the ASCII form Node's IDNA gives it", () => {
    const text = fs.readFileSync(DATA_FILE, "utf8");
    const unicode = text.split("\n").map((line) => line.trim().split(/\s/)[0]).filter((word) => word !== "" && !word.startsWith("//") && /[^\x00-\x7f]/.test(word));
    expect(unicode.length).toBeGreaterThan(400);
    for (const word of unicode) {
      const name = word.replace(/^[!]|^\*\./, "");
      expect([word, asciiNameOf(asBytes(name))]).toEqual([word, domainToASCII(name)]);
    }
  });

  test("bytes that are not UTF-8 have no ASCII form", () => {
    expect(asciiNameOf("\xc3")).toBeUndefined();
    expect(asciiNameOf("a.\xff.b")).toBeUndefined();
  });
});

describe("the built-in copy", () => {
  test("src/policy/publicSuffixData.ts is what scripts/publicSuffixData.ts makes of data/ (npm run build)", () => {
    expect(fs.readFileSync(MODULE_FILE, "utf8")).toBe(moduleText(fs.readFileSync(DATA_FILE, "utf8")));
  });

  test("its compact form holds every rule of the dated file, with its section, and nothing else", () => {
    const parsed = parsePublicSuffixList(bytesOf(DATA_FILE), DATA_FILE) as PublicSuffixList;
    const builtIn = builtInPublicSuffixList();
    expect(builtIn.rules.size).toBe(rulesOf(fs.readFileSync(DATA_FILE, "utf8")).length);
    expect(new Map(builtIn.rules)).toEqual(new Map(parsed.rules));
    expect(new Map(builtIn.beneath)).toEqual(new Map(parsed.beneath));
  });
});

const systemText = fs.existsSync(SYSTEM_PUBLIC_SUFFIX_LIST) ? bytesOf(SYSTEM_PUBLIC_SUFFIX_LIST) : undefined;

describe("the system's list", () => {
  // Names whose status does not change from one list to the next.
  const SUFFIXES = ["com", "co.uk", "com.au", "github.io", "vercel.app", "s3.amazonaws.com"];
  const NOT_SUFFIXES = ["internal", "corp", "lan", "local", "home.arpa", "test", "localhost", "example.co.uk", "myteam.github.io"];

  (systemText === undefined ? test.skip : test)(`${SYSTEM_PUBLIC_SUFFIX_LIST}, when present, agrees with the built-in copy`, () => {
    const system = loadPublicSuffixList(undefined, readFileLikeLua);
    if (!("list" in system)) throw new Error("the system's list was refused");
    expect(system.list.source).toBe(SYSTEM_PUBLIC_SUFFIX_LIST);
    const builtIn = builtInPublicSuffixList();
    for (const list of [system.list, builtIn]) {
      for (const name of SUFFIXES) expect([name, coveredPublicSuffix(list, name)?.isBase]).toEqual([name, true]);
      for (const name of NOT_SUFFIXES) expect([name, coveredPublicSuffix(list, name)]).toEqual([name, undefined]);
    }
    // The same file as the dated copy (this machine's), so the same rules.
    if (systemText === bytesOf(DATA_FILE)) {
      expect(new Map(system.list.rules)).toEqual(new Map(builtIn.rules));
    }
  });
});

describe("which list the module uses", () => {
  const SMALL: ReadFile = (path) => (path === SYSTEM_PUBLIC_SUFFIX_LIST || path === "/etc/haproxy/suffixes.dat" ? { text: SMALL_LIST } : { error: `${path}: No such file or directory` });
  const NONE: ReadFile = (path) => ({ error: `${path}: No such file or directory` });

  test("the system's file is preferred to the built-in copy", () => {
    const chosen = loadPublicSuffixList(undefined, SMALL);
    expect("list" in chosen && chosen.list.source).toBe(SYSTEM_PUBLIC_SUFFIX_LIST);
    expect("list" in chosen && chosen.list.rules.size).toBe(17);
  });

  test("without the system's file, the built-in copy", () => {
    const chosen = loadPublicSuffixList(undefined, NONE);
    expect("list" in chosen && chosen.list).toBe(builtInPublicSuffixList());
    expect(builtInPublicSuffixList().source).toBe("the built-in list of 2023-02-09");
  });

  test("a system's file that is not the list gives the built-in copy", () => {
    const chosen = loadPublicSuffixList(undefined, () => ({ text: "" }));
    expect("list" in chosen && chosen.list).toBe(builtInPublicSuffixList());
  });

  test("an empty variable is no name", () => {
    expect("list" in loadPublicSuffixList("", SMALL) && (loadPublicSuffixList("", SMALL) as { list: PublicSuffixList }).list.source).toBe(SYSTEM_PUBLIC_SUFFIX_LIST);
  });

  test("a file named by CORS_PUBLIC_SUFFIX_LIST comes first", () => {
    const chosen = loadPublicSuffixList("/etc/haproxy/suffixes.dat", SMALL);
    expect("list" in chosen && chosen.list.source).toBe("/etc/haproxy/suffixes.dat");
  });

  test("a named file that cannot be read, or is not the list, is refused", () => {
    expect(loadPublicSuffixList("/nowhere.dat", NONE)).toEqual({
      error: { subject: "public suffix list", value: "/nowhere.dat", problem: "cannot be read", hint: "/nowhere.dat: No such file or directory" },
    });
    expect(loadPublicSuffixList("/etc/hosts", () => ({ text: "127.0.0.1 localhost\n" }))).toEqual({ error: { subject: "public suffix list", value: "/etc/hosts", problem: "is not a Public Suffix List" } });
  });
});
