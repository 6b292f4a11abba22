-- Does an action of dist/cors.lua make Lua reallocate its coroutine's stack? HAProxy runs the actions of
-- each stream in a new coroutine, whose stack starts at 40 slots (35 usable in Lua 5.3), and every call
-- into a C function asks for 20 free slots above its arguments. A request that pushes the stack past them
-- pays a reallocation (and a copy) on every request (bench/README.md, "Profile", item 10).
--
--   lua5.x test/lua/stack.lua dist/cors.lua
--
-- Each case runs an action the way HAProxy does: the action function at slot 1 of a coroutine, the
-- transaction and the arguments above it (the coroutine's function runs `prepare`, then calls the action
-- as a tail call, which Lua runs in its frame). The bytes the action allocates are measured after three
-- preparations:
--   fresh     nothing ran before (a new stream's coroutine);
--   calls     a chain of 11 small nested calls ran first: the call records Lua keeps are there, the
--             stack is not grown;
--   grown     a function with 100 locals ran first: the stack is grown.
-- `calls` equal to `grown` means the action did not grow the stack; `fresh` less `calls` is what the
-- action's call records cost (one per call level it reaches). Every HAProxy call of the fake is a C
-- function (rawget, rawset, getmetatable, table.insert, table.unpack) so that each asks for its 20 slots
-- as HAProxy's do.
-- Prints one line per case and phase (tab-separated): name, phase, fresh, calls, grown. The last case is a
-- control that grows the stack on purpose.

local path = assert(arg[1], "usage: lua stack.lua dist/cors.lua")
-- loadModule.lua sits next to this script.
local loadModule = dofile((arg[0]:match("^(.*[/\\])") or "") .. "loadModule.lua")

-- The hdr_names fetches take no argument: getmetatable answers the list that the __metatable field of f's
-- metatable holds (f.names, which a case changes between the request and the response).
local function newTxn(names, origin)
  local lists = { __metatable = names }
  return {
    f = setmetatable({ req_hdr_names = getmetatable, req_fhdr = rawget, res_hdr_names = getmetatable, res_fhdr = rawget, names = lists, origin = origin }, lists),
    http = { res_add_header = rawset, res_set_header = rawset, res_del_header = rawset },
    set_var = rawset, get_var = rawget, unset_var = rawget, set_priv = table.insert, get_priv = table.unpack,
  }
end

local function nest(n) if n > 0 then nest(n - 1) end end
local function grow()
  local a01, a02, a03, a04, a05, a06, a07, a08, a09, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20
  local b01, b02, b03, b04, b05, b06, b07, b08, b09, b10, b11, b12, b13, b14, b15, b16, b17, b18, b19, b20
  local c01, c02, c03, c04, c05, c06, c07, c08, c09, c10, c11, c12, c13, c14, c15, c16, c17, c18, c19, c20
  local d01, d02, d03, d04, d05, d06, d07, d08, d09, d10, d11, d12, d13, d14, d15, d16, d17, d18, d19, d20
  local e01, e02, e03, e04, e05, e06, e07, e08, e09, e10, e11, e12, e13, e14, e15, e16, e17, e18, e19, e20
end
local PREPARE = { fresh = function() end, calls = function() nest(10) end, grown = grow }

local before
local function allocated(preparation, action, ...)
  local prepare = PREPARE[preparation]
  -- A tail call: Lua runs the action in this function's frame, at slot 1 with its arguments above.
  local co = coroutine.create(function(...)
    prepare()
    before = collectgarbage("count")
    return action(...)
  end)
  local ok, err = coroutine.resume(co, ...)
  local after = collectgarbage("count")
  assert(ok, err)
  return math.floor((after - before) * 1024 + 0.5)
end

local EXTENDED = { "origins=https://a.example,https://allowed.example.org methods=GET" }
local DROP_IN = { "GET,PUT", "https://allowed.example.org,.example.net", "X-Custom-Header" }
local ALLOWED = "https://allowed.example.org"
-- Origins from a map (origins=map:<file>): the usual one an exact key, the others a subdomain pattern.
local MAP_FILE = os.tmpname()
do
  local out = assert(io.open(MAP_FILE, "wb"))
  out:write("https://a.example 1\n" .. ALLOWED .. " 1\nhttps://*.example.net 1\n")
  out:close()
end
local FROM_MAP = { "origins=map:" .. MAP_FILE .. " methods=GET" }
local CASES = {
  { "extended, allowed GET", "cors-policy", EXTENDED, ALLOWED },
  { "extended, denied GET", "cors-policy", EXTENDED, "https://evil.example" },
  { "extended, GET without Origin", "cors-policy", EXTENDED, nil },
  { "drop-in, allowed GET", "cors", DROP_IN, ALLOWED },
  { "drop-in, GET without Origin", "cors", DROP_IN, nil },
  { "drop-in, subdomain GET", "cors", DROP_IN, "https://www.example.net" },
  { "map, allowed GET", "cors-policy", FROM_MAP, ALLOWED },
  { "map, subdomain GET", "cors-policy", FROM_MAP, "https://www.example.net" },
  { "map, denied GET", "cors-policy", FROM_MAP, "https://evil.example" },
}

-- The control: a request action that reaches a C function through nested frames of ten locals each,
-- which must show as grown.
local function deep(n)
  local a, b, c, d, e, f, g, h, i, j = n, n, n, n, n, n, n, n, n, n
  if n == 0 then return rawlen({ a, b, c, d, e, f, g, h, i, j }) end
  return deep(n - 1) + a
end
-- The module runs the usual request and response in three configurations: the response action in
-- http-after-response (HAProxy 2.9+); the native response rules of HAProxy 2.2 to 2.8, for which the
-- request action also records its decision in txn.cors_edit (the response action then removes it); and the
-- first with the metrics service, for which the request action counts its decisions.
local CONFIGURATIONS = {
  { "lua rules", "http-after-res cors", "frontend api\n  http-after-response lua.cors unless { var(txn.cors_answered) -m found }\n" },
  { "native rules", "http-res cors", table.concat({
    "frontend api",
    "  http-request lua.cors-policy \"" .. EXTENDED[1] .. "\"",
    "  http-request lua.cors-policy \"" .. FROM_MAP[1] .. "\"",
    "  http-request lua.cors \"" .. table.concat(DROP_IN, "\" \"") .. "\"",
    "  http-after-response add-header vary \"%[var(txn.cors_edit),field(5,;)]\"",
  }, "\n") },
  { "metrics", "http-after-res cors", table.concat({
    "frontend api",
    "  http-request use-service lua.cors-metrics if { path /metrics }",
    "  http-request lua.cors-policy \"" .. EXTENDED[1] .. "\"",
    "  http-request lua.cors-policy \"" .. FROM_MAP[1] .. "\"",
    "  http-request lua.cors \"" .. table.concat(DROP_IN, "\" \"") .. "\"",
    "  http-after-response lua.cors unless { var(txn.cors_answered) -m found }",
  }, "\n") },
}

collectgarbage("stop")
for _, configuration in ipairs(CONFIGURATIONS) do
  local label, respond = configuration[1], configuration[2]
  local actions = loadModule(path, configuration[3])
  local cases = { table.unpack(CASES) }
  actions["http-req control"] = function(txn) deep(3); txn:set_priv(true) end
  cases[#cases + 1] = { "control, nested frames", "control", {}, ALLOWED }
  
  -- The reference for call levels: one protected call, from which a Lua function calls C (action, pcall, the
  -- function, the C function). Each level a coroutine reaches costs it one call record, allocated on first use.
  local function protected(txn) return rawget(txn, "f") end
  actions["http-req reference"] = function(txn) pcall(protected, txn); txn:set_priv(true) end
  cases[#cases + 1] = { "reference, one protected call", "reference", {}, ALLOWED }
  for _, case in ipairs(cases) do
    local name, action, args, origin = case[1], case[2], case[3], case[4]
    local names = origin and "host,user-agent,origin,accept" or "host,user-agent,accept"
    -- once first: the policy is compiled on its first request, and each list of header names is classified
    -- the first time it is seen (the actions remember its class, transaction.ts)
    local first = newTxn(names, origin)
    actions["http-req " .. action](first, table.unpack(args))
    first.f.names.__metatable = "content-type,content-length"
    actions[respond](first)
    local request, response = {}, {}
    for _, preparation in ipairs({ "fresh", "calls", "grown" }) do
      local txn = newTxn(names, origin)
      request[#request + 1] = allocated(preparation, actions["http-req " .. action], txn, table.unpack(args))
      assert(#txn == 1, name .. ": the request action left nothing in the private slot")
      -- The native rules read the record the request action writes; without them it writes none.
      if action == "cors" or action == "cors-policy" then
        assert((txn["txn.cors_edit"] ~= nil) == (label == "native rules"), label .. ", " .. name .. ": txn.cors_edit is " .. tostring(txn["txn.cors_edit"]))
      end
      txn.f.names.__metatable = "content-type,content-length"
      response[#response + 1] = allocated(preparation, actions[respond], txn)
    end
    print(string.format("%s: %s\trequest\t%d\t%d\t%d", label, name, request[1], request[2], request[3]))
    print(string.format("%s: %s\tresponse\t%d\t%d\t%d", label, name, response[1], response[2], response[3]))
  end
end
os.remove(MAP_FILE)
