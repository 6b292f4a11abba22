
local ____modules = {}
local ____moduleCache = {}
local ____originalRequire = require
local function require(file, ...)
    if ____moduleCache[file] then
        return ____moduleCache[file].value
    end
    if ____modules[file] then
        local module = ____modules[file]
        local value = nil
        if (select("#", ...) > 0) then value = module(...) else value = module(file) end
        ____moduleCache[file] = { value = value }
        return value
    else
        if ____originalRequire then
            return ____originalRequire(file)
        else
            error("module '" .. file .. "' not found")
        end
    end
end
____modules = {
["lualib_bundle"] = function(...) 
local function __TS__StringSubstring(self, start, ____end)
    if ____end ~= ____end then
        ____end = 0
    end
    if ____end ~= nil and start > ____end then
        start, ____end = ____end, start
    end
    if start >= 0 then
        start = start + 1
    else
        start = 1
    end
    if ____end ~= nil and ____end < 0 then
        ____end = 0
    end
    return string.sub(self, start, ____end)
end

local __TS__StringSplit
do
    local sub = string.sub
    local find = string.find
    function __TS__StringSplit(source, separator, limit)
        if limit == nil then
            limit = 4294967295
        end
        if limit == 0 then
            return {}
        end
        local result = {}
        local resultIndex = 1
        if separator == nil or separator == "" then
            for i = 1, #source do
                result[resultIndex] = sub(source, i, i)
                resultIndex = resultIndex + 1
            end
        else
            local currentPos = 1
            while resultIndex <= limit do
                local startPos, endPos = find(source, separator, currentPos, true)
                if not startPos then
                    break
                end
                result[resultIndex] = sub(source, currentPos, startPos - 1)
                resultIndex = resultIndex + 1
                currentPos = endPos + 1
            end
            if resultIndex <= limit then
                result[resultIndex] = sub(source, currentPos)
            end
        end
        return result
    end
end

local function __TS__StringTrim(self)
    local result = string.gsub(self, "^[%s ﻿]*(.-)[%s ﻿]*$", "%1")
    return result
end

local function __TS__StringCharCodeAt(self, index)
    if index ~= index then
        index = 0
    end
    if index < 0 then
        return 0 / 0
    end
    return string.byte(self, index + 1) or 0 / 0
end

local function __TS__Number(value)
    local valueType = type(value)
    if valueType == "number" then
        return value
    elseif valueType == "string" then
        local numberValue = tonumber(value)
        if numberValue then
            return numberValue
        end
        if value == "Infinity" then
            return math.huge
        end
        if value == "-Infinity" then
            return -math.huge
        end
        local stringWithoutSpaces = string.gsub(value, "%s", "")
        if stringWithoutSpaces == "" then
            return 0
        end
        return 0 / 0
    elseif valueType == "boolean" then
        return value and 1 or 0
    else
        return 0 / 0
    end
end

local function __TS__ArrayIndexOf(self, searchElement, fromIndex)
    if fromIndex == nil then
        fromIndex = 0
    end
    local len = #self
    if len == 0 then
        return -1
    end
    if fromIndex >= len then
        return -1
    end
    if fromIndex < 0 then
        fromIndex = len + fromIndex
        if fromIndex < 0 then
            fromIndex = 0
        end
    end
    for i = fromIndex + 1, len do
        if self[i] == searchElement then
            return i - 1
        end
    end
    return -1
end

local function __TS__Class(self)
    local c = {prototype = {}}
    c.prototype.__index = c.prototype
    c.prototype.constructor = c
    return c
end

local __TS__Symbol, Symbol
do
    local symbolMetatable = {__tostring = function(self)
        return ("Symbol(" .. (self.description or "")) .. ")"
    end}
    function __TS__Symbol(description)
        return setmetatable({description = description}, symbolMetatable)
    end
    Symbol = {
        asyncDispose = __TS__Symbol("Symbol.asyncDispose"),
        dispose = __TS__Symbol("Symbol.dispose"),
        iterator = __TS__Symbol("Symbol.iterator"),
        hasInstance = __TS__Symbol("Symbol.hasInstance"),
        species = __TS__Symbol("Symbol.species"),
        toStringTag = __TS__Symbol("Symbol.toStringTag")
    }
end

local __TS__Iterator
do
    local function iteratorGeneratorStep(self)
        local co = self.____coroutine
        local status, value = coroutine.resume(co)
        if not status then
            error(value, 0)
        end
        if coroutine.status(co) == "dead" then
            return
        end
        return true, value
    end
    local function iteratorIteratorStep(self)
        local result = self:next()
        if result.done then
            return
        end
        return true, result.value
    end
    local function iteratorStringStep(self, index)
        index = index + 1
        if index > #self then
            return
        end
        return index, string.sub(self, index, index)
    end
    function __TS__Iterator(iterable)
        if type(iterable) == "string" then
            return iteratorStringStep, iterable, 0
        elseif iterable.____coroutine ~= nil then
            return iteratorGeneratorStep, iterable
        elseif iterable[Symbol.iterator] then
            local iterator = iterable[Symbol.iterator](iterable)
            return iteratorIteratorStep, iterator
        else
            return ipairs(iterable)
        end
    end
end

local Map
do
    Map = __TS__Class()
    Map.name = "Map"
    function Map.prototype.____constructor(self, entries)
        self[Symbol.toStringTag] = "Map"
        self.items = {}
        self.size = 0
        self.nextKey = {}
        self.previousKey = {}
        if entries == nil then
            return
        end
        local iterable = entries
        if iterable[Symbol.iterator] then
            local iterator = iterable[Symbol.iterator](iterable)
            while true do
                local result = iterator:next()
                if result.done then
                    break
                end
                local value = result.value
                self:set(value[1], value[2])
            end
        else
            local array = entries
            for ____, kvp in ipairs(array) do
                self:set(kvp[1], kvp[2])
            end
        end
    end
    function Map.prototype.clear(self)
        self.items = {}
        self.nextKey = {}
        self.previousKey = {}
        self.firstKey = nil
        self.lastKey = nil
        self.size = 0
    end
    function Map.prototype.delete(self, key)
        local contains = self:has(key)
        if contains then
            self.size = self.size - 1
            local next = self.nextKey[key]
            local previous = self.previousKey[key]
            if next ~= nil and previous ~= nil then
                self.nextKey[previous] = next
                self.previousKey[next] = previous
            elseif next ~= nil then
                self.firstKey = next
                self.previousKey[next] = nil
            elseif previous ~= nil then
                self.lastKey = previous
                self.nextKey[previous] = nil
            else
                self.firstKey = nil
                self.lastKey = nil
            end
            self.nextKey[key] = nil
            self.previousKey[key] = nil
        end
        self.items[key] = nil
        return contains
    end
    function Map.prototype.forEach(self, callback)
        for ____, key in __TS__Iterator(self:keys()) do
            callback(nil, self.items[key], key, self)
        end
    end
    function Map.prototype.get(self, key)
        return self.items[key]
    end
    function Map.prototype.has(self, key)
        return self.nextKey[key] ~= nil or self.lastKey == key
    end
    function Map.prototype.set(self, key, value)
        local isNewValue = not self:has(key)
        if isNewValue then
            self.size = self.size + 1
        end
        self.items[key] = value
        if self.firstKey == nil then
            self.firstKey = key
            self.lastKey = key
        elseif isNewValue then
            self.nextKey[self.lastKey] = key
            self.previousKey[key] = self.lastKey
            self.lastKey = key
        end
        return self
    end
    Map.prototype[Symbol.iterator] = function(self)
        return self:entries()
    end
    function Map.prototype.entries(self)
        local function getFirstKey()
            return self.firstKey
        end
        local items = self.items
        local nextKey = self.nextKey
        local key
        local started = false
        return {
            [Symbol.iterator] = function(self)
                return self
            end,
            next = function(self)
                if not started then
                    started = true
                    key = getFirstKey(nil)
                else
                    key = nextKey[key]
                end
                return {done = not key, value = {key, items[key]}}
            end
        }
    end
    function Map.prototype.keys(self)
        local function getFirstKey()
            return self.firstKey
        end
        local nextKey = self.nextKey
        local key
        local started = false
        return {
            [Symbol.iterator] = function(self)
                return self
            end,
            next = function(self)
                if not started then
                    started = true
                    key = getFirstKey(nil)
                else
                    key = nextKey[key]
                end
                return {done = not key, value = key}
            end
        }
    end
    function Map.prototype.values(self)
        local function getFirstKey()
            return self.firstKey
        end
        local items = self.items
        local nextKey = self.nextKey
        local key
        local started = false
        return {
            [Symbol.iterator] = function(self)
                return self
            end,
            next = function(self)
                if not started then
                    started = true
                    key = getFirstKey(nil)
                else
                    key = nextKey[key]
                end
                return {done = not key, value = items[key]}
            end
        }
    end
    Map[Symbol.species] = Map
end

local function __TS__New(target, ...)
    local instance = setmetatable({}, target.prototype)
    instance:____constructor(...)
    return instance
end

local Set
do
    Set = __TS__Class()
    Set.name = "Set"
    function Set.prototype.____constructor(self, values)
        self[Symbol.toStringTag] = "Set"
        self.size = 0
        self.nextKey = {}
        self.previousKey = {}
        if values == nil then
            return
        end
        local iterable = values
        if iterable[Symbol.iterator] then
            local iterator = iterable[Symbol.iterator](iterable)
            while true do
                local result = iterator:next()
                if result.done then
                    break
                end
                self:add(result.value)
            end
        else
            local array = values
            for ____, value in ipairs(array) do
                self:add(value)
            end
        end
    end
    function Set.prototype.add(self, value)
        local isNewValue = not self:has(value)
        if isNewValue then
            self.size = self.size + 1
        end
        if self.firstKey == nil then
            self.firstKey = value
            self.lastKey = value
        elseif isNewValue then
            self.nextKey[self.lastKey] = value
            self.previousKey[value] = self.lastKey
            self.lastKey = value
        end
        return self
    end
    function Set.prototype.clear(self)
        self.nextKey = {}
        self.previousKey = {}
        self.firstKey = nil
        self.lastKey = nil
        self.size = 0
    end
    function Set.prototype.delete(self, value)
        local contains = self:has(value)
        if contains then
            self.size = self.size - 1
            local next = self.nextKey[value]
            local previous = self.previousKey[value]
            if next ~= nil and previous ~= nil then
                self.nextKey[previous] = next
                self.previousKey[next] = previous
            elseif next ~= nil then
                self.firstKey = next
                self.previousKey[next] = nil
            elseif previous ~= nil then
                self.lastKey = previous
                self.nextKey[previous] = nil
            else
                self.firstKey = nil
                self.lastKey = nil
            end
            self.nextKey[value] = nil
            self.previousKey[value] = nil
        end
        return contains
    end
    function Set.prototype.forEach(self, callback)
        for ____, key in __TS__Iterator(self:keys()) do
            callback(nil, key, key, self)
        end
    end
    function Set.prototype.has(self, value)
        return self.nextKey[value] ~= nil or self.lastKey == value
    end
    Set.prototype[Symbol.iterator] = function(self)
        return self:values()
    end
    function Set.prototype.entries(self)
        local function getFirstKey()
            return self.firstKey
        end
        local nextKey = self.nextKey
        local key
        local started = false
        return {
            [Symbol.iterator] = function(self)
                return self
            end,
            next = function(self)
                if not started then
                    started = true
                    key = getFirstKey(nil)
                else
                    key = nextKey[key]
                end
                return {done = not key, value = {key, key}}
            end
        }
    end
    function Set.prototype.keys(self)
        local function getFirstKey()
            return self.firstKey
        end
        local nextKey = self.nextKey
        local key
        local started = false
        return {
            [Symbol.iterator] = function(self)
                return self
            end,
            next = function(self)
                if not started then
                    started = true
                    key = getFirstKey(nil)
                else
                    key = nextKey[key]
                end
                return {done = not key, value = key}
            end
        }
    end
    function Set.prototype.values(self)
        local function getFirstKey()
            return self.firstKey
        end
        local nextKey = self.nextKey
        local key
        local started = false
        return {
            [Symbol.iterator] = function(self)
                return self
            end,
            next = function(self)
                if not started then
                    started = true
                    key = getFirstKey(nil)
                else
                    key = nextKey[key]
                end
                return {done = not key, value = key}
            end
        }
    end
    function Set.prototype.union(self, other)
        local result = __TS__New(Set, self)
        for ____, item in __TS__Iterator(other) do
            result:add(item)
        end
        return result
    end
    function Set.prototype.intersection(self, other)
        local result = __TS__New(Set)
        for ____, item in __TS__Iterator(self) do
            if other:has(item) then
                result:add(item)
            end
        end
        return result
    end
    function Set.prototype.difference(self, other)
        local result = __TS__New(Set, self)
        for ____, item in __TS__Iterator(other) do
            result:delete(item)
        end
        return result
    end
    function Set.prototype.symmetricDifference(self, other)
        local result = __TS__New(Set, self)
        for ____, item in __TS__Iterator(other) do
            if self:has(item) then
                result:delete(item)
            else
                result:add(item)
            end
        end
        return result
    end
    function Set.prototype.isSubsetOf(self, other)
        for ____, item in __TS__Iterator(self) do
            if not other:has(item) then
                return false
            end
        end
        return true
    end
    function Set.prototype.isSupersetOf(self, other)
        for ____, item in __TS__Iterator(other) do
            if not self:has(item) then
                return false
            end
        end
        return true
    end
    function Set.prototype.isDisjointFrom(self, other)
        for ____, item in __TS__Iterator(self) do
            if other:has(item) then
                return false
            end
        end
        return true
    end
    Set[Symbol.species] = Set
end

local function __TS__ArrayIsArray(value)
    return type(value) == "table" and (value[1] ~= nil or next(value) == nil)
end

local function __TS__ArrayConcat(self, ...)
    local items = {...}
    local result = {}
    local len = 0
    for i = 1, #self do
        len = len + 1
        result[len] = self[i]
    end
    for i = 1, #items do
        local item = items[i]
        if __TS__ArrayIsArray(item) then
            for j = 1, #item do
                len = len + 1
                result[len] = item[j]
            end
        else
            len = len + 1
            result[len] = item
        end
    end
    return result
end

local function __TS__ArraySlice(self, first, last)
    local len = #self
    first = first or 0
    if first < 0 then
        first = len + first
        if first < 0 then
            first = 0
        end
    else
        if first > len then
            first = len
        end
    end
    last = last or len
    if last < 0 then
        last = len + last
        if last < 0 then
            last = 0
        end
    else
        if last > len then
            last = len
        end
    end
    local out = {}
    first = first + 1
    last = last + 1
    local n = 1
    while first < last do
        out[n] = self[first]
        first = first + 1
        n = n + 1
    end
    return out
end

local function __TS__ArrayFilter(self, callbackfn, thisArg)
    local result = {}
    local len = 0
    for i = 1, #self do
        if callbackfn(thisArg, self[i], i - 1, self) then
            len = len + 1
            result[len] = self[i]
        end
    end
    return result
end

return {
  __TS__StringSubstring = __TS__StringSubstring,
  __TS__StringSplit = __TS__StringSplit,
  __TS__StringTrim = __TS__StringTrim,
  __TS__StringCharCodeAt = __TS__StringCharCodeAt,
  __TS__Number = __TS__Number,
  __TS__ArrayIndexOf = __TS__ArrayIndexOf,
  Map = Map,
  __TS__New = __TS__New,
  Set = Set,
  __TS__ArrayConcat = __TS__ArrayConcat,
  __TS__ArraySlice = __TS__ArraySlice,
  __TS__ArrayFilter = __TS__ArrayFilter
}
 end,
["core.editRecord"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__StringTrim = ____lualib.__TS__StringTrim
local ____exports = {}
____exports.RECORD_DELIMITER = ";"
--- The converter's last argument when the request has no Origin (its input is then ignored).
____exports.NO_ORIGIN = "no-origin"
--- The converter's last argument that names the map the module fills with the policy's exact origins
-- (`map=<file>`): the configuration looks an Origin up there with `map_str` first, and calls the
-- converter only when it is not found. The converter itself decides as without the argument.
____exports.MAP_ARGUMENT = "map="
--- The map a converter's last argument names (`map=<file>`), or undefined for any other argument.
function ____exports.mapArgumentFile(arg)
    if #arg <= #____exports.MAP_ARGUMENT or __TS__StringSubstring(arg, 0, #____exports.MAP_ARGUMENT) ~= ____exports.MAP_ARGUMENT then
        return nil
    end
    return __TS__StringSubstring(arg, #____exports.MAP_ARGUMENT)
end
--- The map's key for a request without Origin. No Origin value can equal it: HAProxy trims the white
-- space around a header value (HTTP/1.1 and HTTP/2 alike), so a value is never a lone space.
____exports.NO_ORIGIN_KEY = " "
--- The <allow-origin> field that echoes the request's Origin.
____exports.ECHO_ORIGIN = "="
local ALLOW_ORIGIN = "access-control-allow-origin"
local ALLOW_CREDENTIALS = "access-control-allow-credentials"
local EXPOSE_HEADERS = "access-control-expose-headers"
local function isRecordName(name)
    return name == "not-cors" or name == "denied" or name == "allowed"
end
--- The record of a decision, or undefined when the record cannot express it (a preflight, or a header
-- other than the three above, or one out of order).
function ____exports.formatEditRecord(record)
    if not isRecordName(record.name) then
        return nil
    end
    local allowOrigin = record.echoOrigin and ____exports.ECHO_ORIGIN or ""
    local credentials = ""
    local expose = ""
    local next = record.echoOrigin and 1 or 0
    for ____, ____value in ipairs(record.headers) do
        local name = ____value[1]
        local value = ____value[2]
        if next == 0 and name == ALLOW_ORIGIN and value == "*" then
            allowOrigin = "*"
            next = 1
        elseif next <= 1 and name == ALLOW_CREDENTIALS and value == "true" then
            credentials = value
            next = 2
        elseif next <= 2 and name == EXPOSE_HEADERS and #value > 0 and (string.find(value, ____exports.RECORD_DELIMITER, nil, true) or 0) - 1 < 0 then
            expose = value
            next = 3
        else
            return nil
        end
    end
    local vary = table.concat(record.vary, ", ")
    if (string.find(vary, ____exports.RECORD_DELIMITER, nil, true) or 0) - 1 >= 0 then
        return nil
    end
    return table.concat({
        record.name,
        allowOrigin,
        credentials,
        expose,
        vary
    }, ____exports.RECORD_DELIMITER or ",")
end
--- The record written by formatEditRecord, or undefined for any other text.
function ____exports.parseEditRecord(text)
    local fields = __TS__StringSplit(text, ____exports.RECORD_DELIMITER)
    if #fields ~= 5 then
        return nil
    end
    local name, allowOrigin, credentials, expose, vary = table.unpack(fields, 1, 5)
    if not isRecordName(name) then
        return nil
    end
    if allowOrigin ~= "" and allowOrigin ~= ____exports.ECHO_ORIGIN and allowOrigin ~= "*" then
        return nil
    end
    if credentials ~= "" and credentials ~= "true" then
        return nil
    end
    local headers = {}
    if allowOrigin == "*" then
        headers[#headers + 1] = {ALLOW_ORIGIN, "*"}
    end
    if credentials ~= "" then
        headers[#headers + 1] = {ALLOW_CREDENTIALS, credentials}
    end
    if expose ~= "" then
        headers[#headers + 1] = {EXPOSE_HEADERS, expose}
    end
    local tokens = {}
    if vary ~= "" then
        for ____, token in ipairs(__TS__StringSplit(vary, ",")) do
            tokens[#tokens + 1] = __TS__StringTrim(token)
        end
    end
    return {name = name, echoOrigin = allowOrigin == ____exports.ECHO_ORIGIN, headers = headers, vary = tokens}
end
return ____exports
 end,
["core.decision"] = function(...) 
local ____exports = {}
local ____editRecord = require("core.editRecord")
local formatEditRecord = ____editRecord.formatEditRecord
local NOTHING = {}
function ____exports.makeDecision(name, reply, echoOrigin, headers, vary)
    local plainEdit = {
        remove = NOTHING,
        echoOrigin = echoOrigin,
        add = headers,
        vary = #vary > 0 and table.concat(vary, ", ") or nil,
        replaceVary = false
    }
    local ____temp_0
    if reply == nil then
        ____temp_0 = formatEditRecord({name = name, echoOrigin = echoOrigin, headers = headers, vary = vary})
    else
        ____temp_0 = nil
    end
    local record = ____temp_0
    return {
        name = name,
        reply = reply,
        echoOrigin = echoOrigin,
        headers = headers,
        vary = vary,
        plainEdit = plainEdit,
        record = record
    }
end
return ____exports
 end,
["haproxy.fault"] = function(...) 
local ____exports = {}
function ____exports.fault(where, ____error)
    core.Alert((("cors: internal error in " .. where) .. ", no CORS headers sent: ") .. tostring(____error))
end
return ____exports
 end,
["core.luaPatterns"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local ____exports = {}
--- Lua's string library when the core runs in Lua (TypeScriptToLua reads globalThis as _G), else undefined.
local luaString = _G.string
--- The index of the first byte at or after `from` that is in `byteClass`, or -1.
function ____exports.indexOfByteIn(value, from, byteClass)
    if luaString ~= nil then
        local at = luaString.find(value, byteClass.pattern, from + 1)
        return at == nil and -1 or at - 1
    end
    do
        local i = from
        while i < #value do
            if byteClass.has(__TS__StringCharCodeAt(value, i)) then
                return i
            end
            i = i + 1
        end
    end
    return -1
end
return ____exports
 end,
["core.chars"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local ____exports = {}
local ____luaPatterns = require("core.luaPatterns")
local indexOfByteIn = ____luaPatterns.indexOfByteIn
--- Optional white space in HTTP lists: space and horizontal tab.
function ____exports.isOws(code)
    return code == 32 or code == 9
end
--- Space, tab, CR and LF.
function ____exports.isWhiteSpace(code)
    return ____exports.isOws(code) or code == 10 or code == 13
end
function ____exports.isDigit(code)
    return code >= 48 and code <= 57
end
function ____exports.isLowerAlpha(code)
    return code >= 97 and code <= 122
end
function ____exports.isUpperAlpha(code)
    return code >= 65 and code <= 90
end
--- RFC 9110 `tchar`: the bytes of a method or a header name.
function ____exports.isTokenChar(code)
    if ____exports.isDigit(code) or ____exports.isLowerAlpha(code) or ____exports.isUpperAlpha(code) then
        return true
    end
    return code == 33 or code >= 35 and code <= 39 or code == 42 or code == 43 or code == 45 or code == 46 or code == 94 or code == 95 or code == 96 or code == 124 or code == 126
end
local TOKEN_BYTES = "0-9A-Za-z!#$%%&'*+%-.^_`|~"
local WHITE_SPACE_BYTES = " \t\r\n"
local COMMA = 44
--- A byte that is not a token byte.
local NOT_TOKEN = {
    pattern = ("[^" .. TOKEN_BYTES) .. "]",
    has = function(code) return not ____exports.isTokenChar(code) end
}
--- A byte that is neither a token byte, a comma nor white space: it has no place in a list of tokens.
local NOT_IN_TOKEN_LIST = {
    pattern = ((("[^" .. TOKEN_BYTES) .. ",") .. WHITE_SPACE_BYTES) .. "]",
    has = function(code) return not (____exports.isTokenChar(code) or code == COMMA or ____exports.isWhiteSpace(code)) end
}
local NOT_WHITE_SPACE = {
    pattern = ("[^" .. WHITE_SPACE_BYTES) .. "]",
    has = function(code) return not ____exports.isWhiteSpace(code) end
}
local WHITE_SPACE_OR_COMMA = {
    pattern = ("[" .. WHITE_SPACE_BYTES) .. ",]",
    has = function(code) return code == COMMA or ____exports.isWhiteSpace(code) end
}
function ____exports.isToken(value)
    return #value > 0 and indexOfByteIn(value, 0, NOT_TOKEN) < 0
end
--- The elements of a comma-separated list of tokens, as RFC 9110 writes a list (white space around an
-- element and empty elements ignored), or undefined when the list holds a byte that is neither a token
-- byte, a comma nor white space, when an element holds white space, or past `atMost` elements. Each step
-- is a search of the string, so the work is a few calls per element however long the white space.
function ____exports.readTokenList(value, atMost)
    if indexOfByteIn(value, 0, NOT_IN_TOKEN_LIST) >= 0 then
        return nil
    end
    local items = {}
    local at = 0
    do
        while true do
            do
                local first = indexOfByteIn(value, at, NOT_WHITE_SPACE)
                if first < 0 then
                    return items
                end
                if __TS__StringCharCodeAt(value, first) == COMMA then
                    at = first + 1
                    goto __continue15
                end
                if #items >= atMost then
                    return nil
                end
                local ____end = indexOfByteIn(value, first, WHITE_SPACE_OR_COMMA)
                if ____end < 0 then
                    items[#items + 1] = __TS__StringSubstring(value, first)
                    return items
                end
                items[#items + 1] = __TS__StringSubstring(value, first, ____end)
                local next = __TS__StringCharCodeAt(value, ____end) == COMMA and ____end or indexOfByteIn(value, ____end, NOT_WHITE_SPACE)
                if next < 0 then
                    return items
                end
                if __TS__StringCharCodeAt(value, next) ~= COMMA then
                    return nil
                end
                at = next + 1
            end
            ::__continue15::
        end
    end
end
function ____exports.hasUpperAscii(value)
    do
        local i = 0
        while i < #value do
            if ____exports.isUpperAlpha(__TS__StringCharCodeAt(value, i)) then
                return true
            end
            i = i + 1
        end
    end
    return false
end
function ____exports.isAscii(value)
    do
        local i = 0
        while i < #value do
            local code = __TS__StringCharCodeAt(value, i)
            if code < 32 or code > 126 then
                return false
            end
            i = i + 1
        end
    end
    return true
end
--- Splits a comma-separated list, trims white space around elements and drops empty ones, in one pass (for
-- policies, read once; a request's lists are read by readTokenList).
function ____exports.splitList(value)
    local items = {}
    local start = 0
    while start <= #value do
        local ____end = (string.find(
            value,
            ",",
            math.max(start + 1, 1),
            true
        ) or 0) - 1
        if ____end < 0 then
            ____end = #value
        end
        local first = start
        local last = ____end
        while first < last and ____exports.isWhiteSpace(__TS__StringCharCodeAt(value, first)) do
            first = first + 1
        end
        while last > first and ____exports.isWhiteSpace(__TS__StringCharCodeAt(value, last - 1)) do
            last = last - 1
        end
        if last > first then
            items[#items + 1] = __TS__StringSubstring(value, first, last)
        end
        start = ____end + 1
    end
    return items
end
local function isBlankOrComma(code)
    return code == 44 or ____exports.isWhiteSpace(code)
end
--- Splits where `isSeparator` says, dropping empty items, in one pass.
local function splitWhere(value, isSeparator)
    local items = {}
    local start = -1
    do
        local i = 0
        while i <= #value do
            local separator = i == #value or isSeparator(__TS__StringCharCodeAt(value, i))
            if separator and start >= 0 then
                items[#items + 1] = __TS__StringSubstring(value, start, i)
                start = -1
            elseif not separator and start < 0 then
                start = i
            end
            i = i + 1
        end
    end
    return items
end
--- Splits on commas and white space (an origins file's separators).
function ____exports.splitWords(value)
    return splitWhere(value, isBlankOrComma)
end
--- Splits on white space only (the extended form's options).
function ____exports.splitOnWhiteSpace(value)
    return splitWhere(value, ____exports.isWhiteSpace)
end
return ____exports
 end,
["core.errors"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local ____exports = {}
local printable, hexByte, HEX
function printable(value, inQuotes)
    local out = ""
    do
        local i = 0
        while i < #value do
            local code = __TS__StringCharCodeAt(value, i)
            if inQuotes and (code == 34 or code == 92) then
                out = out .. "\\" .. string.char(code)
            elseif code >= 32 and code < 127 then
                out = out .. string.char(code)
            else
                out = out .. "\\x" .. hexByte(code)
            end
            i = i + 1
        end
    end
    return out
end
function hexByte(code)
    local byte = code > 255 and 63 or code
    local high = math.floor(byte / 16)
    return __TS__StringSubstring(HEX, high, high + 1) .. __TS__StringSubstring(HEX, byte % 16, byte % 16 + 1)
end
--- The closed set of problems a policy can have (the README lists them with examples).
____exports.Problem = {
    unknownOption = "is not an option",
    duplicateOption = "is given more than once",
    emptyValue = "has no value",
    unexpectedValue = "takes no value",
    missingOrigins = "has no origins= option",
    noScheme = "has no scheme",
    hasPath = "has a path",
    notAnOrigin = "is not an origin",
    uppercase = "has uppercase letters",
    defaultPort = "has the scheme's default port",
    badPort = "has an invalid port",
    badHost = "has an invalid host",
    nonAsciiHost = "has a non-ASCII host",
    nullOrigin = "is never safe to allow",
    wildcardTooBroad = "covers a whole top-level domain",
    wildcardMisplaced = "has a wildcard that is not a leading \"*.\" label",
    wildcardMixed = "cannot be combined with other origins",
    wildcardWithCredentials = "cannot be combined with credentials",
    malformedToken = "is not a valid token",
    forbiddenMethod = "is forbidden by the Fetch standard",
    maxAgeRange = "is not a whole number from 0 to 86400",
    preflightMode = "is not answer or forward",
    unreadableFile = "cannot be read",
    nestedFile = "names a file inside an origins file",
    converterArity = "does not take the policy's arguments",
    converterInput = "is not no-origin or map=<file>",
    mapNotRead = "is not read by any map_str() of the configuration",
    mapNotEmpty = "is not empty",
    mapShared = "is filled by two different policies"
}
local MAX_QUOTED = 120
--- Quotes a configuration value for a message: printable ASCII as is, everything else as `\xHH`, long values
-- shortened, so a message never carries control characters into a log or a terminal.
function ____exports.quote(value)
    local ____end = #value < MAX_QUOTED and #value or MAX_QUOTED
    local shown = printable(
        __TS__StringSubstring(value, 0, ____end),
        true
    )
    return (("\"" .. shown) .. (____end < #value and "..." or "")) .. "\""
end
HEX = "0123456789abcdef"
function ____exports.didYouMean(fix)
    return ("did you mean " .. ____exports.quote(fix)) .. "?"
end
function ____exports.formatPolicyError(____error)
    local hint = ____error.hint == nil and "" or ": " .. printable(____error.hint, false)
    return ((((("cors: " .. ____error.subject) .. " ") .. ____exports.quote(____error.value)) .. " ") .. ____error.problem) .. hint
end
--- All errors of a policy in one message, one per line, so they can be raised as a single Lua error.
function ____exports.formatPolicyErrors(errors)
    local lines = {}
    for ____, ____error in ipairs(errors) do
        lines[#lines + 1] = ____exports.formatPolicyError(____error)
    end
    return table.concat(lines, "\n")
end
return ____exports
 end,
["core.origin"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__Number = ____lualib.__TS__Number
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local ____exports = {}
local ____chars = require("core.chars")
local isAscii = ____chars.isAscii
local isDigit = ____chars.isDigit
local isLowerAlpha = ____chars.isLowerAlpha
local hasUpperAscii = ____chars.hasUpperAscii
local ____errors = require("core.errors")
local didYouMean = ____errors.didYouMean
local Problem = ____errors.Problem
--- Longer than any serialized origin (a 253-byte host, a scheme and a port): refused without a look.
____exports.MAX_ORIGIN_LENGTH = 512
local DEFAULT_PORTS = {http = "80", https = "443"}
function ____exports.defaultPortOf(scheme)
    return (scheme == "http" or scheme == "https") and DEFAULT_PORTS[scheme] or nil
end
function ____exports.isScheme(value)
    if #value == 0 or not isLowerAlpha(string.byte(value, 1) or 0 / 0) then
        return false
    end
    do
        local i = 1
        while i < #value do
            local code = __TS__StringCharCodeAt(value, i)
            if not (code >= 97 and code <= 122 or code >= 48 and code <= 57 or code == 43 or code == 45 or code == 46) then
                return false
            end
            i = i + 1
        end
    end
    return true
end
--- A lower-case DNS name or IPv4 address: labels of [a-z0-9_-], none empty. The byte classes are written
-- out: this loop runs on every byte of a host that a subdomain rule would allow, and in Lua a helper
-- per byte would be a function call per byte.
function ____exports.isHostName(value)
    if #value == 0 or #value > 253 then
        return false
    end
    local labelLength = 0
    do
        local i = 0
        while i < #value do
            local code = __TS__StringCharCodeAt(value, i)
            if code == 46 then
                if labelLength == 0 then
                    return false
                end
                labelLength = 0
            elseif code >= 97 and code <= 122 or code >= 48 and code <= 57 or code == 45 or code == 95 then
                labelLength = labelLength + 1
                if labelLength > 63 then
                    return false
                end
            else
                return false
            end
            i = i + 1
        end
    end
    return labelLength > 0
end
--- A bracketed IPv6 address as browsers serialize it: hex digits, colons and (embedded IPv4) dots.
function ____exports.isIpv6Literal(value)
    local last = #value - 1
    if #value < 4 or (string.byte(value, 1) or 0 / 0) ~= 91 or __TS__StringCharCodeAt(value, last) ~= 93 then
        return false
    end
    local colons = 0
    do
        local i = 1
        while i < last do
            local code = __TS__StringCharCodeAt(value, i)
            if code == 58 then
                colons = colons + 1
            elseif not (isDigit(code) or code >= 97 and code <= 102 or code == 46) then
                return false
            end
            i = i + 1
        end
    end
    return colons >= 2
end
local function isNumericHost(host)
    do
        local i = 0
        while i < #host do
            local code = __TS__StringCharCodeAt(host, i)
            if not isDigit(code) and code ~= 46 then
                return false
            end
            i = i + 1
        end
    end
    return true
end
--- Port digits as serialized: 0..65535 without leading zeros.
function ____exports.isPort(value)
    if #value == 0 or #value > 5 then
        return false
    end
    do
        local i = 0
        while i < #value do
            if not isDigit(__TS__StringCharCodeAt(value, i)) then
                return false
            end
            i = i + 1
        end
    end
    if #value > 1 and (string.byte(value, 1) or 0 / 0) == 48 then
        return false
    end
    return __TS__Number(value) <= 65535
end
--- Cuts a value shaped like `scheme://host[:port]` into its parts without checking their bytes (an IPv6
-- literal is cut at its closing bracket). Undefined when it has no such shape or is longer than
-- MAX_ORIGIN_LENGTH. The matcher probes its tables with the parts first and checks them only on a hit.
function ____exports.cutOrigin(origin)
    if #origin > ____exports.MAX_ORIGIN_LENGTH then
        return nil
    end
    local schemeEnd = (string.find(origin, "://", nil, true) or 0) - 1
    if schemeEnd <= 0 then
        return nil
    end
    local scheme = __TS__StringSubstring(origin, 0, schemeEnd)
    local authority = __TS__StringSubstring(origin, schemeEnd + 3)
    if (string.byte(authority, 1) or 0 / 0) == 91 then
        local close = (string.find(authority, "]", nil, true) or 0) - 1
        if close < 0 then
            return nil
        end
        local rest = __TS__StringSubstring(authority, close + 1)
        if #rest > 0 and (string.byte(rest, 1) or 0 / 0) ~= 58 then
            return nil
        end
        return {
            scheme = scheme,
            host = __TS__StringSubstring(authority, 0, close + 1),
            port = #rest > 0 and __TS__StringSubstring(rest, 1) or nil
        }
    end
    local colon = (string.find(authority, ":", nil, true) or 0) - 1
    if colon < 0 then
        return {scheme = scheme, host = authority, port = nil}
    end
    return {
        scheme = scheme,
        host = __TS__StringSubstring(authority, 0, colon),
        port = __TS__StringSubstring(authority, colon + 1)
    }
end
--- True when the parts cut from a value are those of a serialized origin (see parseSerializedOrigin).
function ____exports.isSerializedOrigin(parts)
    if not ____exports.isScheme(parts.scheme) then
        return false
    end
    local ____temp_0
    if (string.byte(parts.host, 1) or 0 / 0) == 91 then
        ____temp_0 = ____exports.isIpv6Literal(parts.host)
    else
        ____temp_0 = ____exports.isHostName(parts.host)
    end
    local hostOk = ____temp_0
    return hostOk and (parts.port == nil or ____exports.isPort(parts.port) and parts.port ~= ____exports.defaultPortOf(parts.scheme))
end
--- Parses a request's Origin value. Returns undefined for anything that is not a serialized origin
-- (including "null", paths, trailing slashes, upper case, explicit default ports): such a value never
-- matches a pattern. Never throws; work is bounded by MAX_ORIGIN_LENGTH.
function ____exports.parseSerializedOrigin(origin)
    local parts = ____exports.cutOrigin(origin)
    return parts ~= nil and ____exports.isSerializedOrigin(parts) and parts or nil
end
local function refuse(value, problem, hint)
    return {error = hint == nil and ({subject = "origin", value = value, problem = problem}) or ({subject = "origin", value = value, problem = problem, hint = hint})}
end
--- Writes a pattern back in the extended syntax (used for hints and by the README's examples).
function ____exports.formatPattern(pattern)
    local scheme = pattern.scheme == nil and "https" or pattern.scheme
    local host = pattern.subdomains and "*." .. pattern.host or pattern.host
    local port = pattern.port == nil and "" or ":" .. pattern.port
    return ((scheme .. "://") .. host) .. port
end
--- Parses one allowed-origin entry of a policy (already trimmed, not "*").
-- 
-- Extended syntax: `scheme://host[:port]`, `scheme://*.domain[:port]`, with `:*` for any port or none.
-- Drop-in syntax (haproxytech/haproxy-lua-cors) also takes `host`, `//host` (http or https) and
-- `.domain` (every subdomain, http or https).
function ____exports.parseOriginPattern(entry, syntax)
    if entry == "null" then
        return refuse(entry, Problem.nullOrigin, "a sandboxed or opaque page sends it, so anyone can")
    end
    if not isAscii(entry) then
        do
            local i = 0
            while i < #entry do
                if __TS__StringCharCodeAt(entry, i) > 126 then
                    return refuse(entry, Problem.nonAsciiHost, "write its punycode (xn--) form")
                end
                i = i + 1
            end
        end
        return refuse(entry, Problem.notAnOrigin)
    end
    if hasUpperAscii(entry) then
        local lower = ____exports.parseOriginPattern(
            string.lower(entry),
            syntax
        )
        local ____refuse_4 = refuse
        local ____entry_2 = entry
        local ____Problem_uppercase_3 = Problem.uppercase
        local ____temp_1
        if lower.error ~= nil then
            ____temp_1 = lower.error.hint
        else
            ____temp_1 = didYouMean(string.lower(entry))
        end
        return ____refuse_4(____entry_2, ____Problem_uppercase_3, ____temp_1)
    end
    local scheme
    local rest
    local schemeEnd = (string.find(entry, "://", nil, true) or 0) - 1
    if schemeEnd > 0 then
        scheme = __TS__StringSubstring(entry, 0, schemeEnd)
        if not ____exports.isScheme(scheme) then
            return refuse(entry, Problem.notAnOrigin)
        end
        rest = __TS__StringSubstring(entry, schemeEnd + 3)
    elseif schemeEnd == 0 then
        return refuse(
            entry,
            Problem.noScheme,
            didYouMean("https" .. entry)
        )
    else
        rest = (string.find(entry, "//", nil, true) or 0) - 1 == 0 and __TS__StringSubstring(entry, 2) or entry
        if syntax == "extended" then
            local host = (string.find(rest, ".", nil, true) or 0) - 1 == 0 and "*" .. rest or rest
            return refuse(
                entry,
                Problem.noScheme,
                didYouMean("https://" .. host)
            )
        end
    end
    do
        local i = 0
        while i < #rest do
            local code = __TS__StringCharCodeAt(rest, i)
            if code == 47 or code == 63 or code == 35 then
                local origin = (scheme == nil and __TS__StringSubstring(entry, 0, #entry - #rest) or scheme .. "://") .. __TS__StringSubstring(rest, 0, i)
                return refuse(
                    entry,
                    Problem.hasPath,
                    didYouMean(origin)
                )
            end
            if code == 64 or code == 32 or code == 44 then
                return refuse(entry, Problem.notAnOrigin)
            end
            i = i + 1
        end
    end
    local host
    local port
    if (string.byte(rest, 1) or 0 / 0) == 91 then
        local close = (string.find(rest, "]", nil, true) or 0) - 1
        host = close < 0 and rest or __TS__StringSubstring(rest, 0, close + 1)
        local after = close < 0 and "" or __TS__StringSubstring(rest, close + 1)
        if #after > 0 then
            if (string.byte(after, 1) or 0 / 0) ~= 58 then
                return refuse(entry, Problem.badHost)
            end
            port = __TS__StringSubstring(after, 1)
        end
    else
        local colon = (string.find(rest, ":", nil, true) or 0) - 1
        host = colon < 0 and rest or __TS__StringSubstring(rest, 0, colon)
        if colon >= 0 then
            port = __TS__StringSubstring(rest, colon + 1)
        end
    end
    local subdomains = false
    if (string.find(host, "*.", nil, true) or 0) - 1 == 0 then
        subdomains = true
        host = __TS__StringSubstring(host, 2)
    elseif (string.find(host, ".", nil, true) or 0) - 1 == 0 and syntax == "drop-in" then
        subdomains = true
        host = __TS__StringSubstring(host, 1)
    elseif (string.find(host, ".", nil, true) or 0) - 1 == 0 then
        return refuse(
            entry,
            Problem.wildcardMisplaced,
            didYouMean((tostring(scheme) .. "://*") .. rest)
        )
    end
    if (string.find(host, "*", nil, true) or 0) - 1 >= 0 then
        return refuse(entry, Problem.wildcardMisplaced)
    end
    local isIpv6 = (string.byte(host, 1) or 0 / 0) == 91
    local ____isIpv6_5
    if isIpv6 then
        ____isIpv6_5 = not ____exports.isIpv6Literal(host)
    else
        ____isIpv6_5 = not ____exports.isHostName(host)
    end
    if ____isIpv6_5 then
        return refuse(entry, Problem.badHost)
    end
    if subdomains then
        if isIpv6 or isNumericHost(host) then
            return refuse(entry, Problem.badHost, "an IP address has no subdomains")
        end
        if (string.find(host, ".", nil, true) or 0) - 1 < 0 and host ~= "localhost" then
            return refuse(entry, Problem.wildcardTooBroad)
        end
    end
    if port ~= nil and port ~= "*" then
        if not ____exports.isPort(port) then
            return refuse(entry, Problem.badPort)
        end
        local pattern = {scheme = scheme, host = host, subdomains = subdomains, port = nil}
        if scheme ~= nil and port == ____exports.defaultPortOf(scheme) then
            return refuse(
                entry,
                Problem.defaultPort,
                didYouMean(____exports.formatPattern(pattern))
            )
        end
        if scheme == nil and (port == "80" or port == "443") then
            local withScheme = {scheme = port == "80" and "http" or "https", host = host, subdomains = subdomains, port = nil}
            return refuse(
                entry,
                Problem.defaultPort,
                didYouMean(____exports.formatPattern(withScheme))
            )
        end
    end
    return {pattern = {scheme = scheme, host = host, subdomains = subdomains, port = port}}
end
return ____exports
 end,
["core.originMatcher"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local ____exports = {}
local ____origin = require("core.origin")
local cutOrigin = ____origin.cutOrigin
local defaultPortOf = ____origin.defaultPortOf
local isHostName = ____origin.isHostName
local isPort = ____origin.isPort
local isSerializedOrigin = ____origin.isSerializedOrigin
local function schemesOf(pattern)
    return pattern.scheme == nil and ({"http", "https"}) or ({pattern.scheme})
end
function ____exports.compileOriginMatcher(patterns)
    local exact = {}
    local anyPort = {}
    local subdomainRules = {}
    local hasAnyPort = false
    local hasSubdomainRules = false
    for ____, pattern in ipairs(patterns) do
        if pattern.subdomains then
            local suffix = "." .. pattern.host
            local rules = subdomainRules[suffix]
            if rules == nil then
                rules = {}
                subdomainRules[suffix] = rules
            end
            rules[#rules + 1] = {scheme = pattern.scheme, port = pattern.port}
            hasSubdomainRules = true
        else
            for ____, scheme in ipairs(schemesOf(pattern)) do
                if pattern.port == "*" then
                    anyPort[(scheme .. "://") .. pattern.host] = true
                    hasAnyPort = true
                else
                    exact[pattern.port == nil and (scheme .. "://") .. pattern.host or (((scheme .. "://") .. pattern.host) .. ":") .. pattern.port] = true
                end
            end
        end
    end
    return {
        exact = exact,
        anyPort = anyPort,
        hasAnyPort = hasAnyPort,
        subdomainRules = subdomainRules,
        hasSubdomainRules = hasSubdomainRules,
        needsParse = hasAnyPort or hasSubdomainRules
    }
end
local function ruleAllows(rule, scheme, port)
    local ____temp_0
    if rule.scheme == nil then
        ____temp_0 = scheme == "http" or scheme == "https"
    else
        ____temp_0 = rule.scheme == scheme
    end
    local schemeOk = ____temp_0
    return schemeOk and (rule.port == "*" or rule.port == port)
end
--- isSerializedOrigin for a value that a subdomain rule allows as cut: its host ends, at `dot`, with the
-- rule's suffix, a host name checked when the policy was compiled, and its scheme is the rule's (or http,
-- https). Left to check are the labels before the suffix, the host's length and the port, so the loop
-- over the host's bytes stops at the suffix.
local function isSerializedSubdomain(parts, dot)
    local port = parts.port
    return #parts.host <= 253 and isHostName(__TS__StringSubstring(parts.host, 0, dot)) and (port == nil or isPort(port) and port ~= defaultPortOf(parts.scheme))
end
--- True when the request's Origin value is allowed. The value is compared byte for byte: an exact entry
-- was normalized when compiled, and anything else must first parse as a serialized origin, so a value
-- with a path, upper case or a default port never matches.
function ____exports.matchOrigin(matcher, origin)
    if matcher.exact[origin] == true then
        return true
    end
    if not matcher.needsParse then
        return false
    end
    local parts = cutOrigin(origin)
    if parts == nil then
        return false
    end
    if matcher.hasAnyPort and matcher.anyPort[(parts.scheme .. "://") .. parts.host] == true then
        return isSerializedOrigin(parts)
    end
    if not matcher.hasSubdomainRules or (string.byte(parts.host, 1) or 0 / 0) == 91 then
        return false
    end
    local dot = (string.find(parts.host, ".", nil, true) or 0) - 1
    while dot > 0 do
        local rules = matcher.subdomainRules[__TS__StringSubstring(parts.host, dot)]
        if rules ~= nil then
            for ____, rule in ipairs(rules) do
                if ruleAllows(rule, parts.scheme, parts.port) then
                    return isSerializedSubdomain(parts, dot)
                end
            end
        end
        dot = (string.find(
            parts.host,
            ".",
            math.max(dot + 1 + 1, 1),
            true
        ) or 0) - 1
    end
    return false
end
return ____exports
 end,
["core.policy"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__Number = ____lualib.__TS__Number
local Map = ____lualib.Map
local __TS__New = ____lualib.__TS__New
local ____exports = {}
local ____chars = require("core.chars")
local isToken = ____chars.isToken
local splitList = ____chars.splitList
local splitOnWhiteSpace = ____chars.splitOnWhiteSpace
local splitWords = ____chars.splitWords
local ____errors = require("core.errors")
local Problem = ____errors.Problem
local quote = ____errors.quote
local ____origin = require("core.origin")
local parseOriginPattern = ____origin.parseOriginPattern
--- What the predecessor sent on every allowed preflight, kept for the drop-in form.
____exports.DROP_IN_MAX_AGE = "600"
____exports.MAX_MAX_AGE = 86400
--- The Fetch standard's "normalize a method": these six names are upper-cased by browsers, so the policy
-- upper-cases them too ("get,put" keeps working); every other method is compared byte for byte.
local NORMALIZED_METHODS = {
    "DELETE",
    "GET",
    "HEAD",
    "OPTIONS",
    "POST",
    "PUT"
}
--- The Fetch standard's forbidden methods: a browser never sends them, allowing them is a mistake.
local FORBIDDEN_METHODS = {"CONNECT", "TRACE", "TRACK"}
function ____exports.normalizeMethod(method)
    local upper = string.upper(method)
    return __TS__ArrayIndexOf(NORMALIZED_METHODS, upper) >= 0 and upper or method
end
local function parseMethods(value, errors)
    local names = {}
    local any = false
    for ____, item in ipairs(splitList(value)) do
        if item == "*" then
            any = true
        elseif not isToken(item) then
            errors[#errors + 1] = {subject = "method", value = item, problem = Problem.malformedToken}
        elseif __TS__ArrayIndexOf(
            FORBIDDEN_METHODS,
            string.upper(item)
        ) >= 0 then
            errors[#errors + 1] = {subject = "method", value = item, problem = Problem.forbiddenMethod}
        else
            local method = ____exports.normalizeMethod(item)
            if __TS__ArrayIndexOf(names, method) < 0 then
                names[#names + 1] = method
            end
        end
    end
    return {any = any, names = names}
end
--- Header names are case-insensitive: kept as written for the response, compared lower-cased.
local function parseHeaderNames(value, subject, errors)
    local names = {}
    local seen = {}
    local any = false
    for ____, item in ipairs(splitList(value)) do
        if item == "*" then
            any = true
        elseif not isToken(item) then
            errors[#errors + 1] = {subject = subject, value = item, problem = Problem.malformedToken}
        elseif __TS__ArrayIndexOf(
            seen,
            string.lower(item)
        ) < 0 then
            seen[#seen + 1] = string.lower(item)
            names[#names + 1] = item
        end
    end
    return {any = any, names = names}
end
local function NO_FILES()
    return {error = "files are not read here"}
end
--- The entries of an origins file: one or more per line, separated by commas or white space; `#` starts
-- a comment that runs to the end of the line.
function ____exports.originsFileEntries(text)
    local entries = {}
    local start = 0
    while start <= #text do
        local ____end = (string.find(
            text,
            "\n",
            math.max(start + 1, 1),
            true
        ) or 0) - 1
        if ____end < 0 then
            ____end = #text
        end
        local line = __TS__StringSubstring(text, start, ____end)
        local hash = (string.find(line, "#", nil, true) or 0) - 1
        if hash >= 0 then
            line = __TS__StringSubstring(line, 0, hash)
        end
        for ____, item in ipairs(splitWords(line)) do
            entries[#entries + 1] = item
        end
        start = ____end + 1
    end
    return entries
end
local function parseOrigins(value, syntax, errors, readFile)
    local patterns = {}
    local any = false
    local written = splitList(value)
    local entries = {}
    for ____, entry in ipairs(written) do
        do
            if (string.find(entry, "@", nil, true) or 0) - 1 ~= 0 then
                entries[#entries + 1] = entry
                goto __continue25
            end
            local file = readFile(__TS__StringSubstring(entry, 1))
            if file.error ~= nil then
                errors[#errors + 1] = {
                    subject = "origins file",
                    value = __TS__StringSubstring(entry, 1),
                    problem = Problem.unreadableFile,
                    hint = file.error
                }
                goto __continue25
            end
            for ____, item in ipairs(____exports.originsFileEntries(file.text)) do
                if (string.find(item, "@", nil, true) or 0) - 1 == 0 then
                    errors[#errors + 1] = {subject = "origin", value = item, problem = Problem.nestedFile}
                else
                    entries[#entries + 1] = item
                end
            end
        end
        ::__continue25::
    end
    for ____, entry in ipairs(entries) do
        do
            if entry == "*" then
                any = true
                goto __continue33
            end
            local result = parseOriginPattern(entry, syntax)
            if result.error ~= nil then
                errors[#errors + 1] = result.error
            else
                patterns[#patterns + 1] = result.pattern
            end
        end
        ::__continue33::
    end
    if any and syntax == "extended" and #entries > 1 then
        errors[#errors + 1] = {subject = "origin", value = "*", problem = Problem.wildcardMixed}
    end
    return {any = any, patterns = patterns}
end
--- The drop-in form: the predecessor's three arguments. Preflights carry Access-Control-Max-Age: 600.
function ____exports.parseDropInPolicy(methods, origins, headers, readFile)
    if readFile == nil then
        readFile = NO_FILES
    end
    local errors = {}
    local parsedMethods = parseMethods(methods, errors)
    local parsedOrigins = parseOrigins(origins, "drop-in", errors, readFile)
    local parsedHeaders = parseHeaderNames(headers, "header", errors)
    if #errors > 0 then
        return {ok = false, errors = errors}
    end
    return {ok = true, policy = {
        form = "drop-in",
        anyOrigin = parsedOrigins.any,
        origins = parsedOrigins.patterns,
        methods = parsedMethods,
        headers = parsedHeaders,
        expose = {any = false, names = {}},
        credentials = false,
        maxAge = ____exports.DROP_IN_MAX_AGE,
        preflight = "answer"
    }}
end
local OPTION_NAMES = {
    "origins",
    "methods",
    "headers",
    "expose",
    "credentials",
    "max-age",
    "preflight"
}
local function parseMaxAge(value, errors)
    local digits = #value > 0 and #value <= 5
    do
        local i = 0
        while i < #value and digits do
            local code = __TS__StringCharCodeAt(value, i)
            digits = code >= 48 and code <= 57
            i = i + 1
        end
    end
    if not digits or #value > 1 and (string.byte(value, 1) or 0 / 0) == 48 or __TS__Number(value) > ____exports.MAX_MAX_AGE then
        errors[#errors + 1] = {subject = "max-age", value = value, problem = Problem.maxAgeRange}
        return nil
    end
    return value
end
--- The extended form: one argument of space-separated `name=value` options and the flag `credentials`.
function ____exports.parseExtendedPolicy(text, readFile)
    if readFile == nil then
        readFile = NO_FILES
    end
    local errors = {}
    local given = __TS__New(Map)
    local originsWritten = false
    for ____, option in ipairs(splitOnWhiteSpace(text)) do
        local equals = (string.find(option, "=", nil, true) or 0) - 1
        local name = equals < 0 and option or __TS__StringSubstring(option, 0, equals)
        local ____temp_0
        if equals < 0 then
            ____temp_0 = nil
        else
            ____temp_0 = __TS__StringSubstring(option, equals + 1)
        end
        local value = ____temp_0
        if name == "origins" then
            originsWritten = true
        end
        if __TS__ArrayIndexOf(OPTION_NAMES, name) < 0 then
            errors[#errors + 1] = {
                subject = "option",
                value = option,
                problem = Problem.unknownOption,
                hint = "the options are " .. table.concat(OPTION_NAMES, ", ")
            }
        elseif given:has(name) then
            errors[#errors + 1] = {subject = "option", value = name, problem = Problem.duplicateOption}
        elseif name == "credentials" and value ~= nil then
            errors[#errors + 1] = {subject = "option", value = option, problem = Problem.unexpectedValue, hint = "write credentials alone"}
        elseif name ~= "credentials" and (value == nil or #value == 0) then
            errors[#errors + 1] = {subject = "option", value = option, problem = Problem.emptyValue}
        else
            given:set(name, value == nil and "" or value)
        end
    end
    if not originsWritten then
        errors[#errors + 1] = {
            subject = "policy",
            value = text,
            problem = Problem.missingOrigins,
            hint = "e.g. " .. quote("origins=https://app.example.com")
        }
    end
    for ____, name in ipairs({"origins", "methods", "headers", "expose"}) do
        local value = given:get(name)
        if value ~= nil and #splitList(value) == 0 then
            errors[#errors + 1] = {subject = "option", value = (name .. "=") .. value, problem = Problem.emptyValue}
            given:delete(name)
        end
    end
    local originsText = given:get("origins")
    local origins = parseOrigins(originsText == nil and "" or originsText, "extended", errors, readFile)
    local methodsText = given:get("methods")
    local methods = parseMethods(methodsText == nil and "GET,HEAD,POST" or methodsText, errors)
    local headersText = given:get("headers")
    local headers = parseHeaderNames(headersText == nil and "" or headersText, "header", errors)
    local exposeText = given:get("expose")
    local expose = parseHeaderNames(exposeText == nil and "" or exposeText, "expose header", errors)
    local credentials = given:has("credentials")
    local maxAgeText = given:get("max-age")
    local ____temp_1
    if maxAgeText == nil then
        ____temp_1 = nil
    else
        ____temp_1 = parseMaxAge(maxAgeText, errors)
    end
    local maxAge = ____temp_1
    local preflightText = given:get("preflight")
    if preflightText ~= nil and preflightText ~= "answer" and preflightText ~= "forward" then
        errors[#errors + 1] = {subject = "preflight", value = preflightText, problem = Problem.preflightMode}
    end
    if credentials and origins.any then
        errors[#errors + 1] = {subject = "origin", value = "*", problem = Problem.wildcardWithCredentials, hint = "list the origins that may send credentials"}
    end
    if credentials and expose.any then
        errors[#errors + 1] = {subject = "expose header", value = "*", problem = Problem.wildcardWithCredentials, hint = "name the headers to expose"}
    end
    if #errors > 0 then
        return {ok = false, errors = errors}
    end
    return {ok = true, policy = {
        form = "extended",
        anyOrigin = origins.any,
        origins = origins.patterns,
        methods = methods,
        headers = headers,
        expose = expose,
        credentials = credentials,
        maxAge = maxAge,
        preflight = preflightText == "forward" and "forward" or "answer"
    }}
end
return ____exports
 end,
["core.preflightRequest"] = function(...) 
local ____exports = {}
local ____chars = require("core.chars")
local isToken = ____chars.isToken
local readTokenList = ____chars.readTokenList
--- The longest method a policy of `methods=*` accepts. The longest method in IANA's HTTP Method Registry
-- has 17 bytes (UPDATEREDIRECTREF); any longer value is refused without a look at its bytes.
____exports.MAX_ANY_METHOD_LENGTH = 64
--- The longest Access-Control-Request-Headers (all its lines) a policy of `headers=*` accepts.
____exports.MAX_ANY_REQUEST_HEADERS_LENGTH = 1024
--- The most names a policy of `headers=*` accepts in one preflight (more than a page sets in earnest).
____exports.MAX_ANY_REQUEST_HEADER_NAMES = 32
--- The most Access-Control-Request-Headers lines read as one list (a browser sends one); more are refused.
____exports.MAX_REQUEST_HEADERS_LINES = 4
--- What the list separator ", " adds per name after the first.
local SEPARATOR_LENGTH = 2
function ____exports.requestHeadersLimits(names, any)
    local length = 0
    for ____, name in ipairs(names) do
        length = length + (#name + SEPARATOR_LENGTH)
    end
    if length > 0 then
        length = length - SEPARATOR_LENGTH
    end
    if not any then
        return {length = length, names = #names}
    end
    return {length = length > ____exports.MAX_ANY_REQUEST_HEADERS_LENGTH and length or ____exports.MAX_ANY_REQUEST_HEADERS_LENGTH, names = #names > ____exports.MAX_ANY_REQUEST_HEADER_NAMES and #names or ____exports.MAX_ANY_REQUEST_HEADER_NAMES}
end
--- The CORS-safelisted methods: a preflight for them passes whatever the policy lists.
local function isSafelistedMethod(method)
    return method == "GET" or method == "HEAD" or method == "POST"
end
--- True when the policy allows the requested method.
function ____exports.isAllowedMethod(policy, method)
    if isSafelistedMethod(method) or policy.methods:has(method) then
        return true
    end
    return policy.policy.methods.any and #method <= ____exports.MAX_ANY_METHOD_LENGTH and isToken(method)
end
--- `name`: a token, lower-cased.
local function isAllowedHeaderName(policy, name)
    if policy.headers:has(name) then
        return true
    end
    return policy.policy.headers.any and name ~= "authorization"
end
--- The names a preflight asks for, lower-cased, when the policy allows every one; undefined otherwise. Up
-- to MAX_REQUEST_HEADERS_LINES lines are read as one comma-separated list, white space around an element
-- and empty elements ignored, within the policy's limits.
function ____exports.allowedRequestHeaders(policy, values)
    if #values > ____exports.MAX_REQUEST_HEADERS_LINES then
        return nil
    end
    local limits = policy.requestHeadersLimits
    local length = #values - 1
    for ____, value in ipairs(values) do
        length = length + #value
    end
    if length > limits.length then
        return nil
    end
    local names = {}
    for ____, value in ipairs(values) do
        local items = readTokenList(value, limits.names - #names)
        if items == nil then
            return nil
        end
        for ____, item in ipairs(items) do
            local name = string.lower(item)
            if not isAllowedHeaderName(policy, name) then
                return nil
            end
            names[#names + 1] = name
        end
    end
    return names
end
return ____exports
 end,
["core.compile"] = function(...) 
local ____lualib = require("lualib_bundle")
local Set = ____lualib.Set
local __TS__New = ____lualib.__TS__New
local __TS__ArrayConcat = ____lualib.__TS__ArrayConcat
local ____exports = {}
local ____decision = require("core.decision")
local makeDecision = ____decision.makeDecision
local ____originMatcher = require("core.originMatcher")
local compileOriginMatcher = ____originMatcher.compileOriginMatcher
local ____preflightRequest = require("core.preflightRequest")
local requestHeadersLimits = ____preflightRequest.requestHeadersLimits
local VARY_ORIGIN = {"Origin"}
local NO_VARY = {}
local NO_HEADERS = {}
function ____exports.compilePolicy(policy)
    local headers = __TS__New(Set)
    for ____, name in ipairs(policy.headers.names) do
        headers:add(string.lower(name))
    end
    local allowMethods = table.concat(policy.methods.names, ",")
    if policy.methods.any then
        local ____policy_credentials_0
        if policy.credentials then
            ____policy_credentials_0 = nil
        else
            ____policy_credentials_0 = "*"
        end
        allowMethods = ____policy_credentials_0
    end
    local allowHeaders = table.concat(policy.headers.names, ",")
    if policy.headers.any then
        local ____policy_credentials_1
        if policy.credentials then
            ____policy_credentials_1 = nil
        else
            ____policy_credentials_1 = table.concat(
                __TS__ArrayConcat({"*"}, policy.headers.names),
                ","
            )
        end
        allowHeaders = ____policy_credentials_1
    end
    local actualHeaders = {}
    local preflightHeaders = {}
    if policy.credentials then
        actualHeaders[#actualHeaders + 1] = {"access-control-allow-credentials", "true"}
        preflightHeaders[#preflightHeaders + 1] = {"access-control-allow-credentials", "true"}
    end
    local expose = policy.expose.any and __TS__ArrayConcat({"*"}, policy.expose.names) or policy.expose.names
    if #expose > 0 then
        actualHeaders[#actualHeaders + 1] = {
            "access-control-expose-headers",
            table.concat(expose, ",")
        }
    end
    if policy.maxAge ~= nil then
        preflightHeaders[#preflightHeaders + 1] = {"access-control-max-age", policy.maxAge}
    end
    local fixedAnyOrigin = policy.anyOrigin and not policy.credentials
    local fixedAnswer = fixedAnyOrigin and ({{"access-control-allow-origin", "*"}}) or ({})
    if fixedAnyOrigin then
        for ____, header in ipairs(actualHeaders) do
            fixedAnswer[#fixedAnswer + 1] = header
        end
    end
    return {
        policy = policy,
        origins = compileOriginMatcher(policy.origins),
        fixedAnyOrigin = fixedAnyOrigin,
        methods = __TS__New(Set, policy.methods.names),
        headers = headers,
        requestHeadersLimits = requestHeadersLimits(policy.headers.names, policy.headers.any),
        allowMethods = allowMethods,
        allowHeaders = allowHeaders,
        actualHeaders = actualHeaders,
        preflightHeaders = preflightHeaders,
        notCors = fixedAnyOrigin and makeDecision(
            "not-cors",
            nil,
            false,
            fixedAnswer,
            NO_VARY
        ) or makeDecision(
            "not-cors",
            nil,
            false,
            NO_HEADERS,
            VARY_ORIGIN
        ),
        denied = makeDecision(
            "denied",
            nil,
            false,
            NO_HEADERS,
            VARY_ORIGIN
        ),
        allowed = fixedAnyOrigin and makeDecision(
            "allowed",
            nil,
            false,
            fixedAnswer,
            NO_VARY
        ) or makeDecision(
            "allowed",
            nil,
            true,
            actualHeaders,
            VARY_ORIGIN
        )
    }
end
local NOTHING = {any = false, names = {}}
--- What replaces an invalid policy: it allows no origin, so it never emits CORS headers.
____exports.DENY_ALL = ____exports.compilePolicy({
    form = "extended",
    anyOrigin = false,
    origins = {},
    methods = NOTHING,
    headers = NOTHING,
    expose = NOTHING,
    credentials = false,
    maxAge = nil,
    preflight = "answer"
})
return ____exports
 end,
["core.policyLine"] = function(...) 
local ____exports = {}
local ____compile = require("core.compile")
local compilePolicy = ____compile.compilePolicy
local ____policy = require("core.policy")
local parseDropInPolicy = ____policy.parseDropInPolicy
local parseExtendedPolicy = ____policy.parseExtendedPolicy
function ____exports.parsePolicyArguments(action, args, readFile)
    if action == "cors" then
        return parseDropInPolicy(args[1], args[2], args[3], readFile)
    end
    return parseExtendedPolicy(args[1], readFile)
end
function ____exports.compilePolicyArguments(action, args, readFile)
    local parsed = ____exports.parsePolicyArguments(action, args, readFile)
    return parsed.ok and ({
        ok = true,
        policy = compilePolicy(parsed.policy)
    }) or parsed
end
return ____exports
 end,
["haproxy.files"] = function(...) 
local ____exports = {}
--- The whole file, or why it cannot be read (Lua's own message, e.g. "No such file or directory").
function ____exports.readTextFile(path)
    local file, openError = io.open(path, "rb")
    if file == nil then
        return {error = openError == nil and "cannot open" or openError}
    end
    local text = file:read("a")
    file:close()
    return type(text) == "string" and ({text = text}) or ({error = "not a regular file"})
end
return ____exports
 end,
["core.decide"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local ____exports = {}
local isBlank
local ____chars = require("core.chars")
local isOws = ____chars.isOws
local readTokenList = ____chars.readTokenList
local ____decision = require("core.decision")
local makeDecision = ____decision.makeDecision
local ____editRecord = require("core.editRecord")
local NO_ORIGIN_KEY = ____editRecord.NO_ORIGIN_KEY
local ____originMatcher = require("core.originMatcher")
local matchOrigin = ____originMatcher.matchOrigin
local ____preflightRequest = require("core.preflightRequest")
local allowedRequestHeaders = ____preflightRequest.allowedRequestHeaders
local isAllowedMethod = ____preflightRequest.isAllowedMethod
local MAX_REQUEST_HEADERS_LINES = ____preflightRequest.MAX_REQUEST_HEADERS_LINES
function isBlank(value)
    do
        local i = 0
        while i < #value do
            if not isOws(__TS__StringCharCodeAt(value, i)) then
                return false
            end
            i = i + 1
        end
    end
    return true
end
--- How many values of each header the decision reads at most: of Origin and Access-Control-Request-Method
-- it tells none, one and several apart; of Access-Control-Request-Headers it refuses more lines than
-- MAX_REQUEST_HEADERS_LINES.
____exports.VALUES_NEEDED = {origins = 2, requestMethods = 2, requestHeaders = MAX_REQUEST_HEADERS_LINES + 1}
--- The request's Origin when it has exactly one Origin header (the value of `txn.cors_origin`).
function ____exports.requestOrigin(request)
    return #request.origins == 1 and request.origins[1] or nil
end
local VARY_ORIGIN = {"Origin"}
local NO_HEADERS = {}
local function isAllowedOrigin(policy, origin)
    return policy.policy.anyOrigin or matchOrigin(policy.origins, origin)
end
--- Decides a request that is not a preflight, with no Origin (`origin` undefined) or exactly one. The
-- decision is one of the policy's shared ones: nothing is allocated. An exact entry, and an Origin a
-- policy of exact entries lacks, are answered here without a further call: in HAProxy every Lua call
-- level a request reaches costs its coroutine one more allocated record (bench/README.md, "Profile").
function ____exports.decideOrdinary(policy, origin)
    if origin == nil then
        return policy.notCors
    end
    local origins = policy.origins
    if origins.exact[origin] == true then
        return policy.allowed
    end
    if not origins.needsParse and not policy.policy.anyOrigin then
        return policy.denied
    end
    return isAllowedOrigin(policy, origin) and policy.allowed or policy.denied
end
--- The Origin values that `decideOrdinary` allows by exact match, each with the same record
-- (`policy.allowed.record`): what the converter configuration puts in its map, so that HAProxy finds
-- them without calling Lua. Every other value still reaches the converter, which decides it in full.
function ____exports.exactAllowedOrigins(policy)
    local origins = {}
    for origin in pairs(policy.origins.exact) do
        origins[#origins + 1] = origin
    end
    return origins
end
--- What the converter configuration's map holds (README): each exact origin with the allowed record, and
-- NO_ORIGIN_KEY with the record of a request without Origin. A key found there gets exactly what the
-- converter would answer; every other Origin value still reaches the converter.
function ____exports.originMapEntries(policy)
    local entries = {}
    local allowed = policy.allowed.record
    if allowed ~= nil then
        for ____, origin in ipairs(____exports.exactAllowedOrigins(policy)) do
            entries[#entries + 1] = {origin, allowed}
        end
    end
    local notCors = policy.notCors.record
    if notCors ~= nil then
        entries[#entries + 1] = {NO_ORIGIN_KEY, notCors}
    end
    return entries
end
local function preflightOutcome(policy, headers, vary)
    local allowed = headers ~= nil
    local name = allowed and "preflight-allowed" or "preflight-denied"
    local corsHeaders = headers == nil and NO_HEADERS or headers
    if policy.policy.preflight == "forward" then
        return makeDecision(
            name,
            nil,
            false,
            corsHeaders,
            vary
        )
    end
    local replyHeaders = {}
    for ____, header in ipairs(corsHeaders) do
        replyHeaders[#replyHeaders + 1] = header
    end
    if #vary > 0 then
        replyHeaders[#replyHeaders + 1] = {
            "vary",
            table.concat(vary, ", ")
        }
    end
    return makeDecision(
        name,
        {status = allowed and 204 or 403, headers = replyHeaders},
        false,
        NO_HEADERS,
        {}
    )
end
local function deniedPreflight(policy)
    return preflightOutcome(policy, nil, VARY_ORIGIN)
end
local function decidePreflight(policy, origin, request)
    local method = #request.requestMethods == 1 and request.requestMethods[1] or nil
    if origin == nil or not isAllowedOrigin(policy, origin) or method == nil or not isAllowedMethod(policy, method) then
        return deniedPreflight(policy)
    end
    local names = allowedRequestHeaders(policy, request.requestHeaders)
    if names == nil then
        return deniedPreflight(policy)
    end
    local vary = policy.fixedAnyOrigin and ({}) or ({"Origin"})
    local headers = {{"access-control-allow-origin", policy.fixedAnyOrigin and "*" or origin}}
    for ____, header in ipairs(policy.preflightHeaders) do
        headers[#headers + 1] = header
    end
    if policy.allowMethods == nil then
        headers[#headers + 1] = {"access-control-allow-methods", method}
        vary[#vary + 1] = "Access-Control-Request-Method"
    elseif #policy.allowMethods > 0 then
        headers[#headers + 1] = {"access-control-allow-methods", policy.allowMethods}
    end
    if policy.allowHeaders == nil then
        if #names > 0 then
            headers[#headers + 1] = {
                "access-control-allow-headers",
                table.concat(names, ",")
            }
        end
        vary[#vary + 1] = "Access-Control-Request-Headers"
    elseif #policy.allowHeaders > 0 then
        headers[#headers + 1] = {"access-control-allow-headers", policy.allowHeaders}
    end
    return preflightOutcome(policy, headers, vary)
end
--- Decides a request. A CORS request has exactly one Origin; more than one is refused (fail closed). A
-- preflight is OPTIONS with an Origin and an Access-Control-Request-Method. Never throws.
function ____exports.decide(policy, request)
    local count = #request.origins
    if count == 0 then
        return policy.notCors
    end
    local origin = count == 1 and request.origins[1] or nil
    if request.method == "OPTIONS" and #request.requestMethods > 0 then
        return decidePreflight(policy, origin, request)
    end
    return origin == nil and policy.denied or ____exports.decideOrdinary(policy, origin)
end
local ACCESS_CONTROL = "access-control-"
local NOTHING_TO_REMOVE = {}
local function isAccessControl(name)
    local first = string.byte(name, 1) or 0 / 0
    if first ~= 97 and first ~= 65 then
        return false
    end
    return #name > #ACCESS_CONTROL and string.lower(__TS__StringSubstring(name, 0, #ACCESS_CONTROL)) == ACCESS_CONTROL
end
--- The longest Vary (all the backend's lines), and the most tokens, that are merged token by token. A longer
-- one, which no backend sends in earnest (or one that is not a list of tokens), keeps its lines and gets the
-- wanted tokens appended unread: a token listed twice, or beside "*", means what it means once, so the
-- answer is the same and the work stays bounded.
____exports.MAX_MERGED_VARY_LENGTH = 256
____exports.MAX_MERGED_VARY_TOKENS = 16
--- The backend's Vary tokens, lower-cased; undefined past MAX_MERGED_VARY_TOKENS, or when it is not a list of tokens.
local function varyTokens(backend)
    local tokens = {}
    for ____, value in ipairs(backend) do
        local items = readTokenList(value, ____exports.MAX_MERGED_VARY_TOKENS - #tokens)
        if items == nil then
            return nil
        end
        for ____, item in ipairs(items) do
            tokens[#tokens + 1] = string.lower(item)
        end
    end
    return tokens
end
local function mergeVary(wanted, backend)
    if #wanted == 0 then
        return nil
    end
    if #backend == 0 then
        return table.concat(wanted, ", ")
    end
    local merged = {}
    local length = #backend - 1
    for ____, value in ipairs(backend) do
        length = length + #value
        if not isBlank(value) then
            merged[#merged + 1] = value
        end
    end
    local ____temp_0
    if length > ____exports.MAX_MERGED_VARY_LENGTH then
        ____temp_0 = nil
    else
        ____temp_0 = varyTokens(backend)
    end
    local tokens = ____temp_0
    if tokens == nil then
        for ____, token in ipairs(wanted) do
            merged[#merged + 1] = token
        end
        return table.concat(merged, ", ")
    end
    if __TS__ArrayIndexOf(tokens, "*") >= 0 then
        return nil
    end
    local added = false
    for ____, token in ipairs(wanted) do
        if __TS__ArrayIndexOf(
            tokens,
            string.lower(token)
        ) < 0 then
            merged[#merged + 1] = token
            added = true
        end
    end
    return added and table.concat(merged, ", ") or nil
end
--- The edit of the backend's response that applies a decision.
function ____exports.editResponse(decision, backend)
    if #backend.names == 0 and #backend.vary == 0 then
        return decision.plainEdit
    end
    local remove
    for ____, name in ipairs(backend.names) do
        do
            if not isAccessControl(name) then
                goto __continue58
            end
            local lower = string.lower(name)
            if remove == nil then
                remove = {lower}
            elseif __TS__ArrayIndexOf(remove, lower) < 0 then
                remove[#remove + 1] = lower
            end
        end
        ::__continue58::
    end
    return {
        remove = remove == nil and NOTHING_TO_REMOVE or remove,
        echoOrigin = decision.echoOrigin,
        add = decision.headers,
        vary = mergeVary(decision.vary, backend.vary),
        replaceVary = #backend.vary > 0
    }
end
return ____exports
 end,
["core.headerNames"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local ____exports = {}
--- The delimiter asked of `hdr_names`: a comma never occurs in a header name (it is not a token byte).
____exports.NAME_DELIMITER = ","
--- NAME_DELIMITER's byte, as charCodeAt gives it.
local NAME_DELIMITER_BYTE = 44
--- True when a name starts at `at` (the list's start, or just after a delimiter).
local function startsName(names, at)
    return at == 0 or __TS__StringCharCodeAt(names, at - 1) == NAME_DELIMITER_BYTE
end
--- True when a name ends at `end` (the list's end, or just before a delimiter).
local function endsName(names, ____end)
    return ____end == #names or __TS__StringCharCodeAt(names, ____end) == NAME_DELIMITER_BYTE
end
--- How many times `name` (lower case) occurs in a delimited list of names, counted up to `atMost`: a client
-- can repeat a header a hundred times, and the callers only tell none, one and several apart.
function ____exports.countName(names, name, atMost)
    local count = 0
    local from = 0
    while count < atMost do
        local at = (string.find(
            names,
            name,
            math.max(from + 1, 1),
            true
        ) or 0) - 1
        if at < 0 then
            return count
        end
        local ____end = at + #name
        if startsName(names, at) and endsName(names, ____end) then
            count = count + 1
        end
        from = ____end
    end
    return count
end
--- True when a name in the delimited list starts with `prefix` (lower case) and is longer than it.
function ____exports.hasNameWithPrefix(names, prefix)
    local from = 0
    do
        while true do
            local at = (string.find(
                names,
                prefix,
                math.max(from + 1, 1),
                true
            ) or 0) - 1
            if at < 0 then
                return false
            end
            local ____end = at + #prefix
            if startsName(names, at) and not endsName(names, ____end) then
                return true
            end
            from = ____end
        end
    end
end
function ____exports.classifyRequestNames(names)
    local origins = ____exports.countName(names, "origin", 2)
    if origins == 0 then
        return "no-origin"
    end
    return origins == 1 and ____exports.countName(names, "access-control-request-method", 1) == 0 and "one-origin" or "whole"
end
function ____exports.classifyResponseNames(names)
    local varyLines = ____exports.countName(names, "vary", 2)
    if varyLines > 1 or ____exports.hasNameWithPrefix(names, "access-control-") then
        return "whole"
    end
    return varyLines == 0 and "plain" or "one-vary"
end
return ____exports
 end,
["haproxy.transaction"] = function(...) 
local ____exports = {}
local valuesOf, remember, requestValues, readWholeRequest, decideWholeRequest, recordNotCors, recordDecision, backendHeaders, applyResponseEdit, addHeaders, OWNER, DECISION, ORIGIN_OF_REQUEST, NONE, ORIGIN, REQUEST_METHOD, REQUEST_HEADERS, VARY, ALLOW_ORIGIN, REMEMBERED_LISTS, REMEMBERED_LENGTH, responseNames, responseClasses
local ____decide = require("core.decide")
local decide = ____decide.decide
local decideOrdinary = ____decide.decideOrdinary
local editResponse = ____decide.editResponse
local requestOrigin = ____decide.requestOrigin
local VALUES_NEEDED = ____decide.VALUES_NEEDED
local ____headerNames = require("core.headerNames")
local classifyRequestNames = ____headerNames.classifyRequestNames
local classifyResponseNames = ____headerNames.classifyResponseNames
local countName = ____headerNames.countName
local NAME_DELIMITER = ____headerNames.NAME_DELIMITER
function valuesOf(____table, name)
    local values = ____table[name]
    if values == nil then
        return NONE
    end
    local list = {}
    local index = 0
    local value = values[index]
    while value ~= nil do
        list[#list + 1] = value
        index = index + 1
        value = values[index]
    end
    return list
end
function remember(memory, names, nameClass)
    if #names > REMEMBERED_LENGTH then
        return nameClass
    end
    if memory.size >= REMEMBERED_LISTS then
        for list in pairs(memory.classes) do
            memory.classes[list] = nil
        end
        memory.size = 0
    end
    memory.classes[names] = nameClass
    memory.size = memory.size + 1
    return nameClass
end
function requestValues(txn, names, name, atMost)
    local count = countName(names, name, atMost)
    if count == 0 then
        return NONE
    end
    if count == 1 then
        local value = txn.f:req_fhdr(name)
        return {value == nil and "" or value}
    end
    local values = {}
    do
        local occurrence = 1
        while occurrence <= count do
            local value = txn.f:req_fhdr(name, occurrence)
            values[#values + 1] = value == nil and "" or value
            occurrence = occurrence + 1
        end
    end
    return values
end
function readWholeRequest(txn, names)
    local requestMethods = requestValues(txn, names, REQUEST_METHOD, VALUES_NEEDED.requestMethods)
    local ____temp_0
    if #requestMethods > 0 then
        ____temp_0 = txn.f:method()
    else
        ____temp_0 = nil
    end
    local method = ____temp_0
    return {
        method = method == nil and "" or method,
        origins = requestValues(txn, names, ORIGIN, VALUES_NEEDED.origins),
        requestMethods = requestMethods,
        requestHeaders = requestValues(txn, names, REQUEST_HEADERS, VALUES_NEEDED.requestHeaders)
    }
end
function decideWholeRequest(txn, policy, names)
    local request = readWholeRequest(txn, names)
    return recordDecision(
        txn,
        decide(policy, request),
        requestOrigin(request)
    )
end
function recordNotCors(txn, pending)
    txn:set_var(DECISION, pending.decision.name)
    txn:set_priv(pending)
    return nil
end
function recordDecision(txn, decision, origin)
    txn:set_var(DECISION, decision.name)
    if origin ~= nil then
        txn:set_var(ORIGIN_OF_REQUEST, origin)
    end
    if decision.reply ~= nil then
        return ____exports.buildReply(txn, decision.reply)
    end
    local pending = {owner = OWNER, decision = decision, origin = origin}
    txn:set_priv(pending)
    return nil
end
function backendHeaders(txn, nameClass)
    if nameClass == "one-vary" then
        local value = txn.f:res_fhdr(VARY)
        return {names = NONE, vary = {value == nil and "" or value}}
    end
    local ____table = txn.http:res_get_headers()
    local all = {}
    for name in pairs(____table) do
        all[#all + 1] = name
    end
    return {
        names = all,
        vary = valuesOf(____table, VARY)
    }
end
--- Applies a decision to the backend's response. One fetch of the header names comes first: usually they
-- are a list seen before, with neither Vary nor Access-Control-* (the class is remembered, as the request
-- decider's is), and the decision's plain edit applies as it is; else `backendHeaders` reads what the
-- edit needs. Laid out like the request decider: the edit is applied by tail calls, each function holding
-- at most three values below its calls into HAProxy.
function ____exports.applyDecision(txn, decision, origin)
    local names = txn.f:res_hdr_names(NAME_DELIMITER)
    if names == nil then
        return addHeaders(txn, decision.plainEdit, origin)
    end
    local nameClass = responseClasses[names]
    if nameClass == nil then
        nameClass = remember(
            responseNames,
            names,
            classifyResponseNames(names)
        )
    end
    if nameClass == "plain" then
        return addHeaders(txn, decision.plainEdit, origin)
    end
    return applyResponseEdit(
        txn,
        editResponse(
            decision,
            backendHeaders(txn, nameClass)
        ),
        origin
    )
end
function applyResponseEdit(txn, edit, origin)
    do
        local i = 0
        while i < #edit.remove do
            txn.http:res_del_header(edit.remove[i + 1])
            i = i + 1
        end
    end
    return addHeaders(txn, edit, origin)
end
function addHeaders(txn, edit, origin)
    if edit.echoOrigin and origin ~= nil then
        txn.http:res_add_header(ALLOW_ORIGIN, origin)
    end
    do
        local i = 0
        while i < #edit.add do
            txn.http:res_add_header(edit.add[i + 1][1], edit.add[i + 1][2])
            i = i + 1
        end
    end
    if edit.vary == nil then
        return
    end
    if edit.replaceVary then
        txn.http:res_set_header(VARY, edit.vary)
    else
        txn.http:res_add_header(VARY, edit.vary)
    end
end
function ____exports.buildReply(txn, reply)
    local ____table = {}
    for ____, ____value in ipairs(reply.headers) do
        local name = ____value[1]
        local value = ____value[2]
        ____table[name] = {value}
    end
    return txn:reply({status = reply.status, headers = ____table})
end
OWNER = "haproxy-cors"
DECISION = "txn.cors_decision"
ORIGIN_OF_REQUEST = "txn.cors_origin"
____exports.ORIGIN_VAR = ORIGIN_OF_REQUEST
NONE = {}
ORIGIN = "origin"
REQUEST_METHOD = "access-control-request-method"
REQUEST_HEADERS = "access-control-request-headers"
VARY = "vary"
ALLOW_ORIGIN = "access-control-allow-origin"
REMEMBERED_LISTS = 256
REMEMBERED_LENGTH = 512
local requestNames = {classes = {}, size = 0}
responseNames = {classes = {}, size = 0}
local requestClasses = requestNames.classes
responseClasses = responseNames.classes
--- The request decider of a policy: decides a request and records the decision (the documented variables,
-- and the decision with the Origin in the private slot unless HAProxy answers the request). Returns the
-- reply when HAProxy answers. The usual request costs one fetch of the header names, a lookup of their
-- class, one fetch of its Origin, and a lookup of the Origin among the policy's exact entries; any other
-- is decided by the core (`decideOrdinary`, or `decide` from the whole header table).
-- 
-- Laid out for the coroutine's stack (see the file's head). The decider is a closure over its policy so
-- that its frame holds only the transaction and the values of the step at hand: it starts at slot 7
-- (below it the action, the action's two values, pcall, and the `true` that pcall inserts), and a call
-- into HAProxy or Lua's string library must leave 20 of the first 35 slots free, so seven values at most,
-- the callee and its arguments included. The names and their class live in a block of their own, whose
-- slots the decision then reuses; what has more to hold continues as a tail call, which Lua runs in this
-- same frame.
function ____exports.requestDecider(policy)
    local exact = policy.origins.exact
    local allowed = policy.allowed
    local notCors = {owner = OWNER, decision = policy.notCors, origin = nil}
    return function(txn)
        local origin
        do
            local names = txn.f:req_hdr_names(NAME_DELIMITER)
            if names == nil then
                return recordNotCors(txn, notCors)
            end
            local nameClass = requestClasses[names]
            if nameClass == nil then
                nameClass = remember(
                    requestNames,
                    names,
                    classifyRequestNames(names)
                )
            end
            if nameClass == "no-origin" then
                return recordNotCors(txn, notCors)
            end
            if nameClass == "whole" then
                return decideWholeRequest(txn, policy, names)
            end
        end
        origin = txn.f:req_fhdr(ORIGIN)
        if origin == nil then
            origin = ""
        end
        local decision = exact[origin] == true and allowed or decideOrdinary(policy, origin)
        txn:set_var(DECISION, decision.name)
        txn:set_var(ORIGIN_OF_REQUEST, origin)
        local pending = {owner = OWNER, decision = decision, origin = origin}
        txn:set_priv(pending)
        return nil
    end
end
--- The response action's protected function: applies the decision the request action left in the private
-- slot. A transaction the request action did not see (or whose slot another module took) goes to
-- `unseen`, which takes care of the ones a converter decided. Made once, as a closure, so that it reaches
-- `unseen` or `applyDecision` by a tail call: the response then goes no deeper than the request.
function ____exports.responder(unseen)
    return function(txn)
        local pending = txn:get_priv()
        if type(pending) ~= "table" or pending.owner ~= OWNER then
            return unseen(txn)
        end
        return ____exports.applyDecision(txn, pending.decision, pending.origin)
    end
end
--- The converter configuration's record of a decision (core/editRecord.ts).
____exports.EDIT_VAR = "txn.cors_edit"
return ____exports
 end,
["haproxy.policyCache"] = function(...) 
local ____exports = {}
local ____compile = require("core.compile")
local DENY_ALL = ____compile.DENY_ALL
local ____errors = require("core.errors")
local formatPolicyErrors = ____errors.formatPolicyErrors
local ____policyLine = require("core.policyLine")
local compilePolicyArguments = ____policyLine.compilePolicyArguments
local ____fault = require("haproxy.fault")
local fault = ____fault.fault
local ____files = require("haproxy.files")
local readTextFile = ____files.readTextFile
local ____transaction = require("haproxy.transaction")
local requestDecider = ____transaction.requestDecider
local dropIn = {}
local extended = {}
--- A policy that failed to compile denies everything (its errors are reported where it is compiled).
local function entryOf(policy)
    return {
        policy = policy,
        decide = requestDecider(policy)
    }
end
local function entryOfResult(result)
    return entryOf(result.ok and result.policy or DENY_ALL)
end
local function levelOf(____table, key)
    local level = ____table[key]
    if level == nil then
        level = {}
        ____table[key] = level
    end
    return level
end
local function storeEntry(action, args, entry)
    if action == "cors" then
        levelOf(
            levelOf(dropIn, args[1]),
            args[2]
        )[args[3]] = entry
    else
        extended[args[1]] = entry
    end
end
--- Stores a policy compiled ahead of the first request (the configuration check does this).
function ____exports.storePolicy(action, args, result)
    storeEntry(
        action,
        args,
        entryOfResult(result)
    )
end
--- Compiles a policy the configuration check did not see. Never raises, so that the actions can look
-- policies up outside their protected call: the compiler reports bad input as errors, and anything it
-- raised all the same is logged once and gives a policy that denies everything.
local function compileNow(action, args)
    local ok, result = pcall(compilePolicyArguments, action, args, readTextFile)
    if not ok then
        fault(("lua." .. action) .. " (compiling its policy)", result)
        local denied = entryOf(DENY_ALL)
        storeEntry(action, args, denied)
        return denied
    end
    local entry = entryOfResult(result)
    storeEntry(action, args, entry)
    if not result.ok then
        core.Alert("cors: policy refused, every origin denied:\n" .. formatPolicyErrors(result.errors))
    end
    return entry
end
--- The drop-in policy's entry, compiled on first use (an invalid one denies everything, reported once).
function ____exports.dropInEntry(methods, origins, headers)
    local ____opt_2 = dropIn[methods]
    local ____opt_0 = ____opt_2 and ____opt_2[origins]
    local entry = ____opt_0 and ____opt_0[headers]
    return entry == nil and compileNow("cors", {methods, origins, headers}) or entry
end
--- The extended policy's entry, compiled on first use (an invalid one denies everything, reported once).
function ____exports.extendedEntry(options)
    local entry = extended[options]
    return entry == nil and compileNow("cors-policy", {options}) or entry
end
return ____exports
 end,
["haproxy.actions"] = function(...) 
local ____exports = {}
local ____decision = require("core.decision")
local makeDecision = ____decision.makeDecision
local ____editRecord = require("core.editRecord")
local parseEditRecord = ____editRecord.parseEditRecord
local ____fault = require("haproxy.fault")
local fault = ____fault.fault
local ____policyCache = require("haproxy.policyCache")
local dropInEntry = ____policyCache.dropInEntry
local extendedEntry = ____policyCache.extendedEntry
local ____transaction = require("haproxy.transaction")
local applyDecision = ____transaction.applyDecision
local EDIT_VAR = ____transaction.EDIT_VAR
local ORIGIN_VAR = ____transaction.ORIGIN_VAR
local responder = ____transaction.responder
--- The request action's protected call: the policy's request decider (transaction.ts), which the policy
-- cache made with the policy. The lookups never raise (a policy that fails to compile denies everything),
-- and each action reaches this one by a tail call, which Lua runs in the action's own frame: the decider
-- then starts just as low in the coroutine's stack for the drop-in line (three arguments) as for the
-- extended one.
local function protectedRequest(txn, decide)
    local ok, result = pcall(decide, txn)
    if not ok then
        return fault("the request action (http-request lua.cors or lua.cors-policy)", result)
    end
    if result ~= nil then
        txn:done(result)
    end
end
local function onDropInRequest(txn, methods, origins, headers)
    return protectedRequest(
        txn,
        dropInEntry(methods, origins, headers).decide
    )
end
local function onExtendedRequest(txn, options)
    return protectedRequest(
        txn,
        extendedEntry(options).decide
    )
end
--- The decisions read back from records, by record text. A policy gives at most three records, and only
-- the converters write them, so each is parsed once: a backend that sends Vary on every response (a
-- compressing one) sends every response here.
local recordedDecisions = {}
local function decisionOfRecord(text)
    local known = recordedDecisions[text]
    if known ~= nil then
        return known
    end
    local record = parseEditRecord(text)
    if record == nil then
        return nil
    end
    local decision = makeDecision(
        record.name,
        nil,
        record.echoOrigin,
        record.headers,
        record.vary
    )
    recordedDecisions[text] = decision
    return decision
end
--- A transaction a converter decided (converter configuration): its record is taken out of `txn.cors_edit`,
-- so the native rules that follow this action leave the response alone, and applied here because the
-- backend sent Vary or Access-Control-* headers of its own.
local function decorateRecorded(txn)
    local text = txn:get_var(EDIT_VAR)
    if type(text) ~= "string" then
        return
    end
    txn:unset_var(EDIT_VAR)
    local decision = decisionOfRecord(text)
    if decision == nil then
        return
    end
    local origin = txn:get_var(ORIGIN_VAR)
    applyDecision(
        txn,
        decision,
        type(origin) == "string" and origin or nil
    )
end
--- The response action's protected function (transaction.ts).
local respond = responder(decorateRecorded)
local function onResponse(txn)
    local ok, ____error = pcall(respond, txn)
    if not ok then
        fault("http-response lua.cors", ____error)
    end
end
function ____exports.registerActions()
    core.register_action("cors", {"http-req"}, onDropInRequest, 3)
    core.register_action("cors-policy", {"http-req"}, onExtendedRequest, 1)
    core.register_action("cors", {"http-res"}, onResponse, 0)
end
return ____exports
 end,
["core.configScan"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__ArrayFilter = ____lualib.__TS__ArrayFilter
local ____exports = {}
local isNameChar, expandVariable
local ____chars = require("core.chars")
local isOws = ____chars.isOws
local ____editRecord = require("core.editRecord")
local MAP_ARGUMENT = ____editRecord.MAP_ARGUMENT
local mapArgumentFile = ____editRecord.mapArgumentFile
local NO_ORIGIN = ____editRecord.NO_ORIGIN
local ____errors = require("core.errors")
local Problem = ____errors.Problem
function isNameChar(code)
    return code >= 48 and code <= 57 or code >= 65 and code <= 90 or code >= 97 and code <= 122 or code == 95
end
function expandVariable(line, start, env)
    if __TS__StringCharCodeAt(line, start + 1) == 123 then
        local close = (string.find(
            line,
            "}",
            math.max(start + 2 + 1, 1),
            true
        ) or 0) - 1
        if close < 0 then
            return nil
        end
        local body = __TS__StringSubstring(line, start + 2, close)
        local dash = (string.find(body, "-", nil, true) or 0) - 1
        local name = dash < 0 and body or __TS__StringSubstring(body, 0, dash)
        local value = env(name)
        return {
            value = value == nil and (dash < 0 and "" or __TS__StringSubstring(body, dash + 1)) or value,
            ["end"] = close + 1
        }
    end
    local ____end = start + 1
    while ____end < #line and isNameChar(__TS__StringCharCodeAt(line, ____end)) do
        ____end = ____end + 1
    end
    if ____end == start + 1 then
        return nil
    end
    local value = env(__TS__StringSubstring(line, start + 1, ____end))
    return {value = value == nil and "" or value, ["end"] = ____end}
end
local ARGUMENT_COUNT = {cors = 3, ["cors-policy"] = 1}
local ESCAPES = {
    [" "] = " ",
    ["\\"] = "\\",
    ["#"] = "#",
    ["'"] = "'",
    ["\""] = "\"",
    r = "\r",
    n = "\n",
    t = "\t",
    ["$"] = "$"
}
local function parseHexByte(text)
    if #text ~= 2 then
        return nil
    end
    local value = 0
    do
        local i = 0
        while i < 2 do
            local code = __TS__StringCharCodeAt(text, i)
            local digit
            if code >= 48 and code <= 57 then
                digit = code - 48
            elseif code >= 97 and code <= 102 then
                digit = code - 87
            elseif code >= 65 and code <= 70 then
                digit = code - 55
            else
                return nil
            end
            value = value * 16 + digit
            i = i + 1
        end
    end
    return value
end
--- Splits one configuration line into words; returns undefined for an unterminated quote.
function ____exports.splitConfigLine(line, env)
    local words = {}
    local word = {}
    local inWord = false
    local quote = 0
    local i = 0
    while i < #line do
        do
            local code = __TS__StringCharCodeAt(line, i)
            local char = __TS__StringSubstring(line, i, i + 1)
            if quote == 39 then
                if code == 39 then
                    quote = 0
                else
                    word[#word + 1] = char
                end
                i = i + 1
                goto __continue12
            end
            if code == 92 and i + 1 < #line then
                local next = __TS__StringSubstring(line, i + 1, i + 2)
                local escaped = ESCAPES[next]
                if escaped ~= nil then
                    word[#word + 1] = escaped
                    inWord = true
                    i = i + 2
                    goto __continue12
                end
                local ____temp_0
                if next == "x" then
                    ____temp_0 = parseHexByte(__TS__StringSubstring(line, i + 2, i + 4))
                else
                    ____temp_0 = nil
                end
                local byte = ____temp_0
                if byte ~= nil then
                    word[#word + 1] = string.char(byte)
                    inWord = true
                    i = i + 4
                    goto __continue12
                end
                word[#word + 1] = char
                inWord = true
                i = i + 1
                goto __continue12
            end
            if code == 36 and quote == 34 then
                local expansion = expandVariable(line, i, env)
                if expansion ~= nil then
                    word[#word + 1] = expansion.value
                    inWord = true
                    i = expansion["end"]
                    goto __continue12
                end
            end
            if quote == 34 then
                if code == 34 then
                    quote = 0
                else
                    word[#word + 1] = char
                end
                i = i + 1
                goto __continue12
            end
            if code == 34 or code == 39 then
                quote = code
                inWord = true
            elseif code == 35 then
                break
            elseif isOws(code) then
                if inWord then
                    words[#words + 1] = table.concat(word, "")
                end
                word = {}
                inWord = false
            else
                word[#word + 1] = char
                inWord = true
            end
            i = i + 1
        end
        ::__continue12::
    end
    if quote ~= 0 then
        return nil
    end
    if inWord then
        words[#words + 1] = table.concat(word, "")
    end
    return words
end
--- The argument list of a converter call whose "(" is at `open`, split as HAProxy splits it: commas
-- between arguments, single or double quotes around one, a backslash taking the next character as is.
-- Undefined when the list is not closed.
function ____exports.converterArguments(word, open)
    local args = {}
    local arg = {}
    local quote = 0
    do
        local i = open + 1
        while i < #word do
            local code = __TS__StringCharCodeAt(word, i)
            if code == 92 and i + 1 < #word then
                arg[#arg + 1] = __TS__StringSubstring(word, i + 1, i + 2)
                i = i + 1
            elseif quote ~= 0 then
                if code == quote then
                    quote = 0
                else
                    arg[#arg + 1] = __TS__StringSubstring(word, i, i + 1)
                end
            elseif code == 39 or code == 34 then
                quote = code
            elseif code == 44 then
                args[#args + 1] = table.concat(arg, "")
                arg = {}
            elseif code == 41 then
                args[#args + 1] = table.concat(arg, "")
                return args
            else
                arg[#arg + 1] = __TS__StringSubstring(word, i, i + 1)
            end
            i = i + 1
        end
    end
    return nil
end
local CONVERTERS = {{"lua.cors-policy(", "cors-policy"}, {"lua.cors(", "cors"}}
--- What the converter's optional last argument is: no-origin, or map=<file> (returned), or an error.
local function lastArgument(arg)
    if arg == NO_ORIGIN then
        return {}
    end
    local mapFile = mapArgumentFile(arg)
    if mapFile ~= nil then
        return {mapFile = mapFile}
    end
    return {error = {subject = "converter argument", value = arg, problem = Problem.converterInput}}
end
--- Every call of the module's converters in one word (a sample expression), with what it refuses.
local function converterCalls(word, line)
    local rules = {}
    for ____, ____value in ipairs(CONVERTERS) do
        local name = ____value[1]
        local action = ____value[2]
        local at = (string.find(word, name, nil, true) or 0) - 1
        while at >= 0 do
            local args = ____exports.converterArguments(word, at + #name - 1)
            local count = ARGUMENT_COUNT[action]
            local converterError
            local mapFile
            if args == nil or #args ~= count and #args ~= count + 1 then
                converterError = {
                    subject = "converter",
                    value = __TS__StringSubstring(word, at),
                    problem = Problem.converterArity,
                    hint = ((((((("lua." .. action) .. " takes ") .. tostring(count)) .. ", then ") .. NO_ORIGIN) .. " for a request without Origin or ") .. MAP_ARGUMENT) .. "<file> for one with"
                }
            elseif #args == count + 1 then
                local last = lastArgument(args[count + 1])
                converterError = last.error
                mapFile = last.mapFile
            end
            rules[#rules + 1] = {
                line = line,
                action = action,
                args = args == nil and ({}) or __TS__ArraySlice(args, 0, count),
                converterError = converterError,
                mapFile = mapFile
            }
            at = (string.find(
                word,
                name,
                math.max(at + #name + 1, 1),
                true
            ) or 0) - 1
        end
    end
    return rules
end
--- Calls each configuration line (CR stripped) with its 1-based number.
local function forEachLine(text, visit)
    local lineNumber = 0
    local start = 0
    while start <= #text do
        local ____end = (string.find(
            text,
            "\n",
            math.max(start + 1, 1),
            true
        ) or 0) - 1
        if ____end < 0 then
            ____end = #text
        end
        lineNumber = lineNumber + 1
        local line = __TS__StringSubstring(text, start, ____end)
        if #line > 0 and __TS__StringCharCodeAt(line, #line - 1) == 13 then
            line = __TS__StringSubstring(line, 0, #line - 1)
        end
        start = ____end + 1
        visit(line, lineNumber)
    end
end
local MAP_CONVERTERS = {"map_str(", "map("}
--- The file of every `map_str(<file>)` and `map(<file>)` in a configuration: the maps it reads.
function ____exports.findMapFiles(text, env)
    local files = {}
    forEachLine(
        text,
        function(line)
            if (string.find(line, "map_str(", nil, true) or 0) - 1 < 0 and (string.find(line, "map(", nil, true) or 0) - 1 < 0 then
                return
            end
            local words = ____exports.splitConfigLine(line, env)
            if words == nil then
                return
            end
            for ____, word in ipairs(words) do
                for ____, name in ipairs(MAP_CONVERTERS) do
                    local at = (string.find(word, name, nil, true) or 0) - 1
                    while at >= 0 do
                        local args = ____exports.converterArguments(word, at + #name - 1)
                        if args ~= nil and #args > 0 then
                            files[#files + 1] = args[1]
                        end
                        at = (string.find(
                            word,
                            name,
                            math.max(at + #name + 1, 1),
                            true
                        ) or 0) - 1
                    end
                end
            end
        end
    )
    return files
end
--- The prefix of a map HAProxy (3.0 and later) keeps in memory only, with no file behind it.
____exports.VIRTUAL_MAP = "virt@"
--- True when a map file holds no entry: only blank lines and `#` comments (the module fills it).
function ____exports.isEmptyPatternFile(text)
    local empty = true
    forEachLine(
        text,
        function(line)
            local i = 0
            while i < #line and isOws(__TS__StringCharCodeAt(line, i)) do
                i = i + 1
            end
            if i < #line and __TS__StringCharCodeAt(line, i) ~= 35 then
                empty = false
            end
        end
    )
    return empty
end
--- What is wrong with the maps that converters name: each must be read by a map_str() of the
-- configuration (or nothing would look there), start empty (the module is its only writer), and belong to
-- one policy (an origin of one would be allowed with the other's record).
function ____exports.mapUseErrors(uses, mapsRead, read)
    local errors = {}
    local policyOf = {}
    local checked = {}
    for ____, use in ipairs(uses) do
        do
            local where = use.where
            local mapFile = use.mapFile
            if __TS__ArrayIndexOf(mapsRead, mapFile) < 0 then
                errors[#errors + 1] = {where = where, error = {subject = "map file", value = mapFile, problem = Problem.mapNotRead, hint = ("look the Origin up with req.fhdr(origin),map_str(" .. mapFile) .. ") before this converter"}}
            end
            local owner = policyOf[mapFile]
            if owner == nil then
                policyOf[mapFile] = use.policy
            elseif owner ~= use.policy then
                errors[#errors + 1] = {where = where, error = {subject = "map file", value = mapFile, problem = Problem.mapShared, hint = "give each policy its own map"}}
            end
            if checked[mapFile] == true or __TS__StringSubstring(mapFile, 0, #____exports.VIRTUAL_MAP) == ____exports.VIRTUAL_MAP then
                goto __continue75
            end
            checked[mapFile] = true
            local file = read(mapFile)
            if file.error ~= nil then
                errors[#errors + 1] = {where = where, error = {subject = "map file", value = mapFile, problem = Problem.unreadableFile, hint = file.error}}
            elseif not ____exports.isEmptyPatternFile(file.text) then
                errors[#errors + 1] = {where = where, error = {subject = "map file", value = mapFile, problem = Problem.mapNotEmpty, hint = "the module fills it with the policy's exact origins when HAProxy starts"}}
            end
        end
        ::__continue75::
    end
    return errors
end
--- Every `http-request lua.cors` and `http-request lua.cors-policy` rule of a configuration file, and
-- every call of the converters of the same names (the converter configuration).
function ____exports.findCorsRules(text, env)
    local rules = {}
    forEachLine(
        text,
        function(line, lineNumber)
            if (string.find(line, "lua.cors", nil, true) or 0) - 1 < 0 then
                return
            end
            local words = ____exports.splitConfigLine(line, env)
            if words == nil then
                return
            end
            for ____, word in ipairs(words) do
                if (string.find(word, "lua.cors", nil, true) or 0) - 1 >= 0 then
                    for ____, rule in ipairs(converterCalls(word, lineNumber)) do
                        rules[#rules + 1] = rule
                    end
                end
            end
            if #words < 2 or words[1] ~= "http-request" then
                return
            end
            local action = words[2] == "lua.cors" and "cors" or (words[2] == "lua.cors-policy" and "cors-policy" or nil)
            if action == nil then
                return
            end
            local count = ARGUMENT_COUNT[action]
            if #words < 2 + count then
                return
            end
            rules[#rules + 1] = {
                line = lineNumber,
                action = action,
                args = __TS__ArraySlice(words, 2, 2 + count)
            }
        end
    )
    return rules
end
--- The configuration files on HAProxy's command line (/proc/self/cmdline: words ending in NUL): every
-- `-f <file>` and the files after `--`; "-" (standard input) is left out.
function ____exports.configurationFiles(cmdline)
    local words = {}
    local start = 0
    do
        local i = 0
        while i < #cmdline do
            if __TS__StringCharCodeAt(cmdline, i) == 0 then
                words[#words + 1] = __TS__StringSubstring(cmdline, start, i)
                start = i + 1
            end
            i = i + 1
        end
    end
    if start < #cmdline then
        words[#words + 1] = __TS__StringSubstring(cmdline, start)
    end
    local files = {}
    local afterDashes = false
    do
        local i = 1
        while i < #words do
            if afterDashes then
                files[#files + 1] = words[i + 1]
            elseif words[i + 1] == "--" then
                afterDashes = true
            elseif words[i + 1] == "-f" and i + 1 < #words then
                i = i + 1
                files[#files + 1] = words[i + 1]
            end
            i = i + 1
        end
    end
    return __TS__ArrayFilter(
        files,
        function(____, file) return file ~= "-" end
    )
end
return ____exports
 end,
["haproxy.originMaps"] = function(...) 
local ____exports = {}
local ____decide = require("core.decide")
local originMapEntries = ____decide.originMapEntries
local ____errors = require("core.errors")
local quote = ____errors.quote
local fills = {}
--- Fills `mapFile` with the policy's exact origins when HAProxy starts (the check allows one policy per map).
function ____exports.fillMapAtStart(mapFile, policy)
    for ____, fill in ipairs(fills) do
        if fill.mapFile == mapFile then
            return
        end
    end
    fills[#fills + 1] = {mapFile = mapFile, policy = policy}
end
local function fillOne(mapFile, policy)
    for ____, ____value in ipairs(originMapEntries(policy)) do
        local key = ____value[1]
        local record = ____value[2]
        core.set_map(mapFile, key, record)
    end
end
local function fillAll()
    if core.thread > 1 then
        return
    end
    for ____, ____value in ipairs(fills) do
        local mapFile = ____value.mapFile
        local policy = ____value.policy
        local ok, ____error = pcall(fillOne, mapFile, policy)
        if not ok then
            core.Alert((("cors: map " .. quote(mapFile)) .. " not filled, its converter decides every request: ") .. tostring(____error))
        end
    end
end
function ____exports.registerMapFill()
    core.register_init(fillAll)
end
return ____exports
 end,
["haproxy.configCheck"] = function(...) 
local ____exports = {}
local ____configScan = require("core.configScan")
local configurationFiles = ____configScan.configurationFiles
local findCorsRules = ____configScan.findCorsRules
local findMapFiles = ____configScan.findMapFiles
local mapUseErrors = ____configScan.mapUseErrors
local ____errors = require("core.errors")
local formatPolicyError = ____errors.formatPolicyError
local ____policyLine = require("core.policyLine")
local compilePolicyArguments = ____policyLine.compilePolicyArguments
local ____files = require("haproxy.files")
local readTextFile = ____files.readTextFile
local ____originMaps = require("haproxy.originMaps")
local fillMapAtStart = ____originMaps.fillMapAtStart
local ____policyCache = require("haproxy.policyCache")
local storePolicy = ____policyCache.storePolicy
local function readFile(path)
    local file = readTextFile(path)
    return file.text ~= nil and file.text or nil
end
--- Raises one Lua error listing every refused policy with its file and line; HAProxy then stops.
function ____exports.checkConfiguration()
    local cmdline = readFile("/proc/self/cmdline")
    if cmdline == nil then
        return
    end
    local function env(name)
        return os.getenv(name)
    end
    local problems = {}
    local mapsRead = {}
    local mapUses = {}
    for ____, file in ipairs(configurationFiles(cmdline)) do
        do
            local text = readFile(file)
            if text == nil then
                goto __continue6
            end
            for ____, mapFile in ipairs(findMapFiles(text, env)) do
                mapsRead[#mapsRead + 1] = mapFile
            end
            for ____, rule in ipairs(findCorsRules(text, env)) do
                do
                    if rule.converterError ~= nil then
                        problems[#problems + 1] = (((file .. ":") .. tostring(rule.line)) .. ": ") .. formatPolicyError(rule.converterError)
                        goto __continue10
                    end
                    local result = compilePolicyArguments(rule.action, rule.args, readTextFile)
                    storePolicy(rule.action, rule.args, result)
                    if not result.ok then
                        for ____, ____error in ipairs(result.errors) do
                            problems[#problems + 1] = (((file .. ":") .. tostring(rule.line)) .. ": ") .. formatPolicyError(____error)
                        end
                    elseif rule.mapFile ~= nil then
                        mapUses[#mapUses + 1] = {
                            where = (file .. ":") .. tostring(rule.line),
                            mapFile = rule.mapFile,
                            policy = table.concat(
                                {
                                    rule.action,
                                    table.unpack(rule.args)
                                },
                                "\n"
                            )
                        }
                        fillMapAtStart(rule.mapFile, result.policy)
                    end
                end
                ::__continue10::
            end
        end
        ::__continue6::
    end
    for ____, ____value in ipairs(mapUseErrors(mapUses, mapsRead, readTextFile)) do
        local where = ____value.where
        local ____error = ____value.error
        problems[#problems + 1] = (where .. ": ") .. formatPolicyError(____error)
    end
    if #problems > 0 then
        error(
            "invalid CORS policy:\n" .. table.concat(problems, "\n"),
            0
        )
    end
end
return ____exports
 end,
["haproxy.converters"] = function(...) 
local ____exports = {}
local ____decide = require("core.decide")
local decideOrdinary = ____decide.decideOrdinary
local ____errors = require("core.errors")
local quote = ____errors.quote
local ____editRecord = require("core.editRecord")
local MAP_ARGUMENT = ____editRecord.MAP_ARGUMENT
local mapArgumentFile = ____editRecord.mapArgumentFile
local NO_ORIGIN = ____editRecord.NO_ORIGIN
local ____fault = require("haproxy.fault")
local fault = ____fault.fault
local ____policyCache = require("haproxy.policyCache")
local dropInEntry = ____policyCache.dropInEntry
local extendedEntry = ____policyCache.extendedEntry
--- Each last argument the converters were given, read once: a rule passes the same one on every call.
local inputKinds = {}
local function kindOf(input)
    local known = inputKinds[input]
    if known ~= nil then
        return known
    end
    local kind
    if input == NO_ORIGIN then
        kind = "not-cors"
    elseif mapArgumentFile(input) ~= nil then
        kind = "decide"
    else
        kind = "refused"
        core.Alert(((((("cors: converter argument " .. quote(input)) .. " is not ") .. NO_ORIGIN) .. " or ") .. MAP_ARGUMENT) .. "<file>, no CORS headers sent")
    end
    inputKinds[input] = kind
    return kind
end
local function record(policy, origin, input)
    local kind = input == nil and "decide" or kindOf(input)
    if kind == "decide" then
        return decideOrdinary(policy, origin).record
    end
    local ____temp_0
    if kind == "not-cors" then
        ____temp_0 = policy.notCors.record
    else
        ____temp_0 = nil
    end
    return ____temp_0
end
local function recordDropIn(origin, methods, origins, headers, input)
    return record(
        dropInEntry(methods, origins, headers).policy,
        origin,
        input
    )
end
local function recordExtended(origin, options, input)
    return record(
        extendedEntry(options).policy,
        origin,
        input
    )
end
local function onDropIn(origin, methods, origins, headers, input)
    local ok, result = pcall(
        recordDropIn,
        origin,
        methods,
        origins,
        headers,
        input
    )
    if ok then
        return result
    end
    fault("lua.cors converter", result)
    return nil
end
local function onExtended(origin, options, input)
    local ok, result = pcall(recordExtended, origin, options, input)
    if ok then
        return result
    end
    fault("lua.cors-policy converter", result)
    return nil
end
function ____exports.registerConverters()
    core.register_converters("cors", onDropIn)
    core.register_converters("cors-policy", onExtended)
end
return ____exports
 end,
["cors"] = function(...) 
local ____exports = {}
local ____actions = require("haproxy.actions")
local registerActions = ____actions.registerActions
local ____configCheck = require("haproxy.configCheck")
local checkConfiguration = ____configCheck.checkConfiguration
local ____converters = require("haproxy.converters")
local registerConverters = ____converters.registerConverters
local ____originMaps = require("haproxy.originMaps")
local registerMapFill = ____originMaps.registerMapFill
checkConfiguration()
registerActions()
registerConverters()
registerMapFill()
return ____exports
 end,
["core.printPolicy"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayConcat = ____lualib.__TS__ArrayConcat
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local ____exports = {}
local function printList(list)
    local names = list.any and __TS__ArrayConcat({"*"}, list.names) or __TS__ArraySlice(list.names)
    return table.concat(names, ",")
end
local function printPattern(pattern)
    local port = pattern.port == nil and "" or ":" .. pattern.port
    if pattern.scheme == nil then
        return pattern.subdomains and ("." .. pattern.host) .. port or ("//" .. pattern.host) .. port
    end
    local host = pattern.subdomains and "*." .. pattern.host or pattern.host
    return ((pattern.scheme .. "://") .. host) .. port
end
local function printOrigins(policy)
    local entries = policy.anyOrigin and ({"*"}) or ({})
    for ____, pattern in ipairs(policy.origins) do
        entries[#entries + 1] = printPattern(pattern)
    end
    return table.concat(entries, ",")
end
--- The arguments that produce this policy: three for `lua.cors`, one for `lua.cors-policy`.
function ____exports.printPolicy(policy)
    if policy.form == "drop-in" then
        local headers = printList(policy.headers)
        return {
            printList(policy.methods),
            printOrigins(policy),
            headers == "" and " " or headers
        }
    end
    local options = {"origins=" .. printOrigins(policy)}
    options[#options + 1] = "methods=" .. printList(policy.methods)
    local headers = printList(policy.headers)
    if headers ~= "" then
        options[#options + 1] = "headers=" .. headers
    end
    local expose = printList(policy.expose)
    if expose ~= "" then
        options[#options + 1] = "expose=" .. expose
    end
    if policy.credentials then
        options[#options + 1] = "credentials"
    end
    if policy.maxAge ~= nil then
        options[#options + 1] = "max-age=" .. policy.maxAge
    end
    if policy.preflight == "forward" then
        options[#options + 1] = "preflight=forward"
    end
    return {table.concat(options, " ")}
end
return ____exports
 end,
}
local ____entry = require("cors", ...)
return ____entry
