// Runs bench/lua-micro.lua against dist/cors.lua in lua5.3 and lua5.4.
//   npx tsx bench/micro.ts [N]
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const n = process.argv[2] ?? "5000";
const root = path.resolve(__dirname, "..");
let failed = false;
for (const lua of ["lua5.3", "lua5.4"]) {
  const r = spawnSync(lua, [path.join(__dirname, "lua-micro.lua"), path.join(root, "dist", "cors.lua"), n], { stdio: "inherit", timeout: 300_000 });
  if (r.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
