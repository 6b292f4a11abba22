-- A Lua service for `bench/run.ts --instructions`: /stop runs a full collection and stops Lua's collector,
-- /restart starts it again. Both answer the size of the Lua heap in bytes, so the benchmark reads what the
-- requests between the two allocated, and counts their instructions without the collector's share.
core.register_service("bench-gc", "http", function(applet)
  if applet.path == "/stop" then
    collectgarbage("collect")
    collectgarbage("stop")
  elseif applet.path == "/restart" then
    collectgarbage("restart")
  end
  local body = string.format("%.0f", collectgarbage("count") * 1024)
  applet:set_status(200)
  applet:add_header("content-length", tostring(#body))
  applet:start_response()
  applet:send(body)
end)
