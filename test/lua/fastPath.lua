-- Does dist/cors.lua take the fast path of src/policy/luaPatterns.ts in Lua? That file reaches Lua's string
-- library as `globalThis.string`, which TypeScriptToLua emits as `_G.string`; were that ever nil, the
-- portable loop would run instead, with the same answers and a thousand instructions a byte in HAProxy.
-- Counts the calls of string.match and string.find with a character-class pattern while the request
-- action decides a preflight whose header list holds white space and several names.
--
--   lua5.x test/lua/fastPath.lua dist/cors.lua      prints "<match calls> <find calls> <decision>"

local path = assert(arg[1], "usage: lua fastPath.lua dist/cors.lua")
local counts = { match = 0, find = 0 }
for _, name in ipairs({ "match", "find" }) do
  local original = string[name]
  string[name] = function(s, pattern, ...)
    if type(pattern) == "string" and (pattern:sub(1, 2) == "^[" or pattern:sub(1, 1) == "[") then counts[name] = counts[name] + 1 end
    return original(s, pattern, ...)
  end
end
local actions = dofile((arg[0]:match("^(.*[/\\])") or "") .. "loadModule.lua")(path)

local headers = {
  { "host", "x" },
  { "origin", "https://a.example" },
  { "access-control-request-method", "PUT" },
  { "access-control-request-headers", "x-a, x-b ,x-c" },
}
local decision
local txn = {
  f = {
    fe_name = function() return "fake" end,
    req_hdr_names = function(_, delimiter)
      local names = {}
      for i, header in ipairs(headers) do names[i] = header[1] end
      return table.concat(names, delimiter or ",")
    end,
    req_fhdr = function(_, name)
      for _, header in ipairs(headers) do if header[1] == name then return header[2] end end
    end,
    method = function() return "OPTIONS" end,
  },
  http = {},
  set_var = function(_, name, value) if name == "txn.cors_decision" then decision = value end end,
  set_priv = function() end,
  reply = function(_, reply) return reply end,
  done = function() end,
}
actions["http-req cors-policy"](txn, "origins=https://a.example methods=* headers=*")
print(counts.match, counts.find, decision)
