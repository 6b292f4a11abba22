// Reading origins files in Node the way the module reads them in Lua, with the same messages, so that
// the core runner and the Lua runners give the same refusals.

import * as fs from "node:fs";
import { ReadFile } from "../../src/core/policy";

const MESSAGES: { [code: string]: string } = { ENOENT: "No such file or directory", EACCES: "Permission denied" };

export const readFileLikeLua: ReadFile = (path) => {
  try {
    if (fs.statSync(path).isDirectory()) return { error: "not a regular file" };
    return { text: fs.readFileSync(path, "latin1") };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "";
    return { error: `${path}: ${MESSAGES[code] ?? code}` };
  }
};
