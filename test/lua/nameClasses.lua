-- The actions remember the class of each header-name list they see (src/runtime/transaction.ts). A client
-- that sends ever new lists must not grow the Lua state's memory, and every request must still be decided
-- from its own list, whatever was remembered before.
--
--   lua5.x test/lua/nameClasses.lua dist/cors.lua
--
-- Sends 20,000 requests, each with a header-name list never sent before (about 0.4 KB, or about 3 KB, long),
-- whose class cycles through the three a request list can have; each response has a new list too, cycling
-- through the three a response list can have. Prints tab-separated lines:
--   wrong    <request number> <what was wanted> <what happened>    for each request decided wrongly
--   memory   <requests sent> <KB in use after a full collection>   every 2,000 requests, and at 0

local path = assert(arg[1], "usage: lua nameClasses.lua dist/cors.lua")
-- loadModule.lua sits next to this script.
local actions = dofile((arg[0]:match("^(.*[/\\])") or "") .. "loadModule.lua")(path)

local ALLOWED = "https://allowed.example.org"
local POLICY = "origins=" .. ALLOWED .. " methods=GET"

-- HAProxy's header table: lower-case names, each with its values indexed from 0.
local function headerTable(headers)
  local table = {}
  for name, values in pairs(headers) do
    local indexed = {}
    for i, value in ipairs(values) do indexed[i - 1] = value end
    table[name] = indexed
  end
  return table
end

-- A request whose header names are `names`, with the header table the names stand for.
local function newTxn(names, headers, responseNames, responseHeaders)
  local vars, priv, added = {}, nil, {}
  local txn = {
    f = {
      req_hdr_names = function() return names end,
      fe_name = function() return "fake" end,
      req_fhdr = function(_, name) local values = headers[name]; return values and values[#values] end,
      method = function() return "GET" end,
      res_hdr_names = function() return responseNames end,
      res_fhdr = function(_, name) local values = responseHeaders[name]; return values and values[#values] end,
    },
    http = {
      req_get_headers = function() return headerTable(headers) end,
      res_get_headers = function() return headerTable(responseHeaders) end,
      res_add_header = function(_, name, value) added[#added + 1] = name .. ": " .. value end,
      res_set_header = function(_, name, value) added[#added + 1] = name .. ": " .. value end,
      res_del_header = function() end,
    },
    set_var = function(_, name, value) vars[name] = value end,
    get_var = function(_, name) return vars[name] end,
    unset_var = function(_, name) vars[name] = nil end,
    set_priv = function(_, value) priv = value end,
    get_priv = function() return priv end,
    reply = function() return {} end,
    done = function() end,
  }
  return txn, vars, added
end

-- Request classes: no Origin (not CORS), one Origin (allowed), two Origin headers (refused).
local REQUESTS = {
  { tail = "host,accept", headers = {}, decision = "not-cors" },
  { tail = "host,origin,accept", headers = { origin = { ALLOWED } }, decision = "allowed" },
  { tail = "origin,host,origin", headers = { origin = { ALLOWED, ALLOWED } }, decision = "denied" },
}
-- Response classes: plain, one Vary, an Access-Control-* header of the backend's own.
local RESPONSES = {
  { tail = "content-type", headers = {} },
  { tail = "content-type,vary", headers = { vary = { "Accept-Encoding" } } },
  { tail = "access-control-allow-origin,content-type", headers = { ["access-control-allow-origin"] = { "*" } } },
}

local function memory()
  collectgarbage("collect")
  collectgarbage("collect")
  return collectgarbage("count")
end

local request, response = actions["http-req cors-policy"], actions["http-res cors"]
local function send(i)
  local filler = {}
  local count = (i % 2 == 0) and 30 or 250
  for j = 1, count do filler[j] = string.format("x-n%d-%d", i, j) end
  local filled = table.concat(filler, ",")
  local want = REQUESTS[i % 3 + 1]
  local backend = RESPONSES[(i // 3) % 3 + 1]
  local txn, vars, added = newTxn(filled .. "," .. want.tail, want.headers, filled .. "," .. backend.tail, backend.headers)
  request(txn, POLICY)
  response(txn)
  local got = vars["txn.cors_decision"]
  local echoed = false
  for _, line in ipairs(added) do if line == "access-control-allow-origin: " .. ALLOWED then echoed = true end end
  if got ~= want.decision or echoed ~= (want.decision == "allowed") then
    print(string.format("wrong\t%d\t%s\t%s%s", i, want.decision, tostring(got), echoed and " (echoed)" or ""))
  end
end

send(0)
print(string.format("memory\t0\t%.0f", memory()))
for i = 1, 20000 do
  send(i)
  if i % 2000 == 0 then print(string.format("memory\t%d\t%.0f", i, memory())) end
end
