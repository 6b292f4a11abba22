-- Loads dist/cors.lua in plain Lua with the least of HAProxy's `core` that loading it needs, for the scripts
-- of this folder that run its actions with transactions of their own (stack.lua, nameClasses.lua). Returns
-- the registered actions, by "<facility> <name>" ("http-req cors-policy", "http-res cors", ...).
--
--   local actions = dofile("test/lua/loadModule.lua")(path_of_cors_lua)
return function(path)
  local actions = {}
  core = {
    thread = 0,
    register_action = function(name, phases, fn) for _, phase in ipairs(phases) do actions[phase .. " " .. name] = fn end end,
    register_converters = function() end,
    register_init = function(fn) fn() end,
    Alert = function(message) io.stderr:write("ALERT ", message, "\n") end,
    set_map = function() end,
  }
  dofile(path)
  return actions
end
