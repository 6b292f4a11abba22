-- Loads dist/cors.lua in plain Lua with the least of HAProxy's `core` that loading it needs, for the scripts
-- of this folder that run its actions with transactions of their own (stack.lua, nameClasses.lua). Returns
-- the registered actions, by "<facility> <name>" ("http-req cors-policy", "http-res cors", ...).
-- With `config`, the module's configuration check reads that text as the haproxy.cfg HAProxy was started
-- with (through a /proc/self/cmdline naming it); without, it reads this process's command line, which
-- names no configuration.
--
--   local actions = dofile("test/lua/loadModule.lua")(path_of_cors_lua[, haproxy_cfg_text])
return function(path, config)
  local actions = {}
  local open = io.open
  local file
  if config then
    file = os.tmpname()
    local out = assert(open(file, "wb"))
    out:write(config)
    out:close()
    io.open = function(name, mode)
      if name ~= "/proc/self/cmdline" then return open(name, mode) end
      local cmdline = "haproxy\0-f\0" .. file .. "\0"
      return { read = function() return cmdline end, close = function() end }
    end
  end
  core = {
    thread = 0,
    register_action = function(name, phases, fn) for _, phase in ipairs(phases) do actions[phase .. " " .. name] = fn end end,
    register_converters = function() end,
    register_cli = function() end,
    register_service = function() end,
    register_task = function() end,
    register_init = function(fn) fn() end,
    Alert = function(message) io.stderr:write("ALERT ", message, "\n") end,
    set_map = function() end,
  }
  -- HAProxy's Map class: a map made from a file holds its keys (each line's first word), and its lookup is
  -- a C function (rawget on the map itself) that asks for its 20 stack slots as HAProxy's does.
  Map = { _str = 0, new = function(name)
    local map = { lookup = rawget }
    local file = open(name, "rb")
    if file then
      for line in file:lines() do
        local key, value = line:match("^%s*([^%s#]%S*)%s*(.-)%s*$")
        if key then map[key] = value end
      end
      file:close()
    end
    return map
  end }
  dofile(path)
  io.open = open
  if file then os.remove(file) end
  return actions
end
