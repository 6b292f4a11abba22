-- Floor actions for the CORS benchmark: the cheapest Lua that still does "read Origin in the request,
-- write Access-Control-Allow-Origin in the response", with no policy at all. Each variant changes one
-- HAProxy API call so its cost can be read off the benchmark (see bench/README.md, "Profile").
--
--   http-request lua.floor        / http-response lua.floor        txn.f:req_fhdr + set_var/get_var  (the floor)
--   http-request lua.floor-hdrs   / http-response lua.floor        txn.http:req_get_headers() instead of req_fhdr
--   http-request lua.floor-priv   / http-response lua.floor-priv   set_priv/get_priv instead of set_var/get_var
--   http-request lua.floor-api    / http-response lua.floor-api    the module's HAProxy calls, no policy:
--        f:req_hdr_names + f:req_fhdr + 2x set_var + set_priv ; get_priv + f:res_hdr_names + 2x res_add_header
--   http-request set-var(...) req.fhdr(origin),lua.floor_conv     a converter instead of an action (HAProxy
--        builds no TXN object for it), the response side in native rules (see bench/run.ts, "floor-conv")

-- floor
core.register_action("floor", { "http-req" }, function(txn)
  local origin = txn.f:req_fhdr("origin")
  if origin ~= nil then txn:set_var("txn.floor_origin", origin) end
end, 0)
core.register_action("floor", { "http-res" }, function(txn)
  local origin = txn:get_var("txn.floor_origin")
  if origin ~= nil then txn.http:res_set_header("access-control-allow-origin", origin) end
end, 0)

-- floor-hdrs: the whole header table instead of one fetch
core.register_action("floor-hdrs", { "http-req" }, function(txn)
  local values = txn.http:req_get_headers()["origin"]
  local origin = values and values[0]
  if origin ~= nil then txn:set_var("txn.floor_origin", origin) end
end, 0)

-- floor-priv: the Lua private slot instead of a txn variable
core.register_action("floor-priv", { "http-req" }, function(txn)
  local origin = txn.f:req_fhdr("origin")
  if origin ~= nil then txn:set_priv(origin) end
end, 0)
core.register_action("floor-priv", { "http-res" }, function(txn)
  local origin = txn:get_priv()
  if origin ~= nil then txn.http:res_set_header("access-control-allow-origin", origin) end
end, 0)

-- floor-api: the same HAProxy API calls as the module makes for an allowed GET, without any policy work
core.register_action("floor-api", { "http-req" }, function(txn)
  local names = txn.f:req_hdr_names()
  local origin
  if names ~= nil and string.find(names, "origin", 1, true) then origin = txn.f:req_fhdr("origin") end
  txn:set_var("txn.cors_decision", origin and "allowed" or "not-cors")
  if origin ~= nil then txn:set_var("txn.cors_origin", origin) end
  txn:set_priv({ owner = "floor", decision = "allowed", origin = origin })
end, 0)
core.register_action("floor-api", { "http-res" }, function(txn)
  local pending = txn:get_priv()
  if type(pending) ~= "table" or pending.owner ~= "floor" then return end
  local names = txn.f:res_hdr_names()
  if names ~= nil and string.find(names, "access-control-", 1, true) then return end
  if pending.origin ~= nil then txn.http:res_add_header("access-control-allow-origin", pending.origin) end
  txn.http:res_add_header("vary", "Origin")
end, 0)

-- floor-conv: a Lua converter that passes the Origin through; the rules around it are in bench/run.ts
core.register_converters("floor_conv", function(origin) return origin end)
