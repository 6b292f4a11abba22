// Runs once before any test file: builds the Lua harness (test/lua/vm) that the Lua runners share.
// Building it here, not in each file, keeps parallel jest workers from reading a half-written file.
const { spawnSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  const root = path.resolve(__dirname, "../..");
  const result = spawnSync("npx", ["tstl", "-p", "test/lua/vm/tsconfig.json"], { cwd: root, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`building the Lua harness failed:\n${result.stdout}${result.stderr}`);
};
