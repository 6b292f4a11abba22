// Reading files with Lua's io library: the configuration (for the load-time check) and origins files.

import { ReadFile } from "../policy/policy";

/** The whole file, or why it cannot be read (Lua's own message, e.g. "No such file or directory"). */
export const readTextFile: ReadFile = (path) => {
  const [file, openError] = io.open(path, "rb");
  if (file === undefined) return { error: openError === undefined ? "cannot open" : openError };
  const text = file.read("a");
  file.close();
  // Reading a directory opens but gives nil.
  return typeof text === "string" ? { text } : { error: "not a regular file" };
};
