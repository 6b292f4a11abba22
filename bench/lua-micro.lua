-- Micro-benchmark of the CORS module's actions without HAProxy.
--   lua5.3 bench/lua-micro.lua dist/cors.lua [N]
-- Loads dist/cors.lua with a minimal fake `core` that captures the registered actions (and a configuration
-- of the actions with the response action in http-response for its check to read), then times with
-- os.clock (CPU time): the first request of a 10,000-origin + 100-pattern policy (it compiles the
-- policy), and N request+response action pairs for an allowed, a denied and a subdomain-matched origin.
-- The fake transaction is built fresh for every pair; its own cost is measured too ("fake txn only").

local path = arg[1] or "dist/cors.lua"
local N = tonumber(arg[2] or "50000")

local actions = {}
local alerts = 0
core = {
  register_action = function(name, phases, fn)
    for _, phase in ipairs(phases) do actions[phase .. ":" .. name] = fn end
  end,
  register_converters = function(name, fn) actions["converter:" .. name] = fn end,
  register_cli = function() end,
  register_service = function() end,
  register_task = function() end,
  register_init = function(fn) end,
  Alert = function(message) alerts = alerts + 1; io.stderr:write("ALERT ", message, "\n") end,
}

-- The configuration the module's check reads: the actions' rules with the response action in
-- http-response (no native response rules, so the request action records nothing in txn.cors_edit).
local config = os.tmpname()
do
  local out = assert(io.open(config, "wb"))
  out:write("frontend api\n  http-response lua.cors\n")
  out:close()
end
local open = io.open
io.open = function(name, mode)
  if name ~= "/proc/self/cmdline" then return open(name, mode) end
  local cmdline = "haproxy\0-f\0" .. config .. "\0"
  return { read = function() return cmdline end, close = function() end }
end

local t0 = os.clock()
dofile(path)
local loadTime = os.clock() - t0
io.open = open
os.remove(config)
local req, res = actions["http-req:cors-policy"], actions["http-res:cors"]
local reqDropIn = actions["http-req:cors"]
assert(req and res and reqDropIn, "cors.lua did not register its actions")

-- HAProxy's header tables: lower-case name -> values indexed from 0.
local RES_HEADERS = { ["content-type"] = { [0] = "text/plain" }, ["content-length"] = { [0] = "2" } }
local calls = 0

-- req.hdr_names / res.hdr_names: every name joined by the delimiter (order does not matter here).
local function namesOf(headers, delim)
  local names = {}
  for name, values in pairs(headers) do
    local i = 0
    while values[i] ~= nil do names[#names + 1] = name; i = i + 1 end
  end
  return table.concat(names, delim or ",")
end

local function newTxn(reqHeaders, method)
  local vars, priv, out = {}, nil, {}
  local txn = {
    vars = vars, out = out,
    http = {
      req_get_headers = function() calls = calls + 1; return reqHeaders end,
      res_get_headers = function() calls = calls + 1; return RES_HEADERS end,
      res_add_header = function(_, name, value) calls = calls + 1; out[name] = value end,
      res_set_header = function(_, name, value) calls = calls + 1; out[name] = value end,
      res_del_header = function(_, name) calls = calls + 1; out[name] = nil end,
    },
    f = {
      method = function() calls = calls + 1; return method end,
      req_hdr_names = function(_, delim) calls = calls + 1; return namesOf(reqHeaders, delim) end,
      req_fhdr = function(_, name) calls = calls + 1; local v = reqHeaders[name]; return v and v[#v] end,
      res_hdr_names = function(_, delim) calls = calls + 1; return namesOf(RES_HEADERS, delim) end,
      res_fhdr = function(_, name) calls = calls + 1; local v = RES_HEADERS[name]; return v and v[#v] end,
    },
  }
  function txn.set_var(_, name, value) calls = calls + 1; vars[name] = value end
  function txn.get_var(_, name) calls = calls + 1; return vars[name] end
  function txn.unset_var(_, name) calls = calls + 1; vars[name] = nil end
  function txn.set_priv(_, value) calls = calls + 1; priv = value end
  function txn.get_priv() calls = calls + 1; return priv end
  function txn.reply(_, reply) calls = calls + 1; return reply end
  function txn.done(_, reply) calls = calls + 1; txn.replied = reply end
  return txn
end

-- The policy: 10,000 exact origins (the allowed one last) and 100 subdomain patterns.
local items = {}
for i = 0, 9998 do items[#items + 1] = "https://app" .. i .. ".example.com" end
for i = 0, 99 do items[#items + 1] = "https://*.sub" .. i .. ".example.net" end
items[#items + 1] = "https://allowed.example.org"
local TAIL = " methods=GET,POST,PUT headers=content-type,x-requested-with max-age=600"
local options = "origins=" .. table.concat(items, ",") .. TAIL
local BIG = options

local function oneRequest(origin, method, extra, action)
  local headers = { host = { [0] = "x" } }
  if origin then headers.origin = { [0] = origin } end
  for k, v in pairs(extra or {}) do headers[k] = { [0] = v } end
  local txn = newTxn(headers, method or "GET")
  ;(action or req)(txn, options)
  if not txn.replied then res(txn) end
  return txn
end

print(string.format("%s  (%s, N=%d)", _VERSION, path, N))
print(string.format("  load cors.lua (no config file to scan)         %8.2f ms", loadTime * 1000))
t0 = os.clock()
local first = oneRequest("https://allowed.example.org")
local firstTime = os.clock() - t0
t0 = os.clock()
oneRequest("https://allowed.example.org")
local secondTime = os.clock() - t0
assert(first.out["access-control-allow-origin"] == "https://allowed.example.org", "first request not allowed")
print(string.format("  first request, compiles 10,000 + 100 policy    %8.2f ms  (second request %.3f ms; policy string %d KB)",
  firstTime * 1000, secondTime * 1000, math.floor(#options / 1024)))

local function bench(label, origin, expectAllowed, method, extra)
  -- check once
  local txn = oneRequest(origin, method, extra)
  local acao = (txn.replied and txn.replied.headers["access-control-allow-origin"] and txn.replied.headers["access-control-allow-origin"][1])
    or txn.out["access-control-allow-origin"]
  assert((acao ~= nil) == expectAllowed, label .. ": unexpected Access-Control-Allow-Origin " .. tostring(acao))
  calls = 0
  local headers = { host = { [0] = "x" } }
  if origin then headers.origin = { [0] = origin } end
  for k, v in pairs(extra or {}) do headers[k] = { [0] = v } end
  collectgarbage(); collectgarbage()
  local start = os.clock()
  for _ = 1, N do
    local t = newTxn(headers, method or "GET")
    req(t, options)
    if not t.replied then res(t) end
  end
  local elapsed = os.clock() - start
  print(string.format("  %-44s %10.0f pairs/s  %6.2f us/pair  %4.1f API calls/pair", label, N / elapsed, elapsed / N * 1e6, calls / N))
end

-- Cost of the fake itself, to subtract mentally.
do
  local headers = { host = { [0] = "x" }, origin = { [0] = "https://allowed.example.org" } }
  local start = os.clock()
  for _ = 1, N do local t = newTxn(headers, "GET"); t:set_var("a", "b"); t:get_priv() end
  local elapsed = os.clock() - start
  print(string.format("  %-44s %10.0f /s       %6.2f us", "fake txn only (baseline)", N / elapsed, elapsed / N * 1e6))
end
bench("allowed origin (exact, last in list)", "https://allowed.example.org", true)
bench("denied origin", "https://denied.example.invalid", false)
bench("subdomain match (www.sub99.example.net)", "https://www.sub99.example.net", true)
bench("denied, deep host (a.b.c.d.example.com)", "https://a.b.c.d.example.com", false)
bench("no Origin", nil, false)
bench("preflight answered (OPTIONS, ACRM PUT)", "https://allowed.example.org", true, "OPTIONS",
  { ["access-control-request-method"] = "PUT", ["access-control-request-headers"] = "content-type" })

-- Flatness: the same allowed pair with smaller policies (same TAIL, allowed origin last).
local function policyOf(exact, patterns)
  local list = {}
  for i = 0, exact - 2 do list[#list + 1] = "https://app" .. i .. ".example.com" end
  for i = 0, patterns - 1 do list[#list + 1] = "https://*.sub" .. i .. ".example.net" end
  list[#list + 1] = "https://allowed.example.org"
  return "origins=" .. table.concat(list, ",") .. TAIL
end
for _, size in ipairs({ { 1, 0 }, { 1000, 10 }, { 10000, 100 } }) do
  options = policyOf(size[1], size[2])
  bench(string.format("allowed, policy %d + %d (%d KB argument)", size[1], size[2], math.floor(#options / 1024)), "https://allowed.example.org", true)
end

-- What a request pays for the argument alone: the cache key built by concatenation, then the lookup.
-- (In HAProxy the argument is also pushed as a new Lua string, i.e. copied, on every call.)
do
  local cache = { ["cors-policy\0" .. BIG] = true }
  local start = os.clock()
  for _ = 1, N do local copy = BIG .. ""; assert(cache["cors-policy\0" .. copy]) end
  local elapsed = os.clock() - start
  print(string.format("  %-44s %10.0f /s       %6.2f us", "key concat + lookup, 275 KB argument", N / elapsed, elapsed / N * 1e6))
end
if alerts > 0 then print("alerts: " .. alerts); os.exit(1) end
