
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
local function __TS__StringCharCodeAt(self, index)
    if index ~= index then
        index = 0
    end
    if index < 0 then
        return 0 / 0
    end
    return string.byte(self, index + 1) or 0 / 0
end

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

local function __TS__ObjectAssign(target, ...)
    local sources = {...}
    for i = 1, #sources do
        local source = sources[i]
        if type(source) == "table" then
            for key in pairs(source) do
                target[key] = source[key]
            end
        end
    end
    return target
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

local function __TS__StringTrim(self)
    local result = string.gsub(self, "^[%s ﻿]*(.-)[%s ﻿]*$", "%1")
    return result
end

local function __TS__ArrayMap(self, callbackfn, thisArg)
    local result = {}
    for i = 1, #self do
        result[i] = callbackfn(thisArg, self[i], i - 1, self)
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

local function __TS__StringCharAt(self, pos)
    if pos ~= pos then
        pos = 0
    end
    if pos < 0 then
        return ""
    end
    return string.sub(self, pos + 1, pos + 1)
end

local function __TS__ArraySort(self, compareFn)
    if compareFn ~= nil then
        table.sort(
            self,
            function(a, b) return compareFn(nil, a, b) < 0 end
        )
    else
        table.sort(self)
    end
    return self
end

local function __TS__ArraySome(self, callbackfn, thisArg)
    for i = 1, #self do
        if callbackfn(thisArg, self[i], i - 1, self) then
            return true
        end
    end
    return false
end

local function __TS__ArrayFlatMap(self, callback, thisArg)
    local result = {}
    local len = 0
    for i = 1, #self do
        local value = callback(thisArg, self[i], i - 1, self)
        if __TS__ArrayIsArray(value) then
            for j = 1, #value do
                len = len + 1
                result[len] = value[j]
            end
        else
            len = len + 1
            result[len] = value
        end
    end
    return result
end

local function __TS__CountVarargs(...)
    return select("#", ...)
end

local function __TS__SparseArrayNew(...)
    local sparseArray = {...}
    sparseArray.sparseLength = __TS__CountVarargs(...)
    return sparseArray
end

local function __TS__SparseArrayPush(sparseArray, ...)
    local args = {...}
    local argsLen = __TS__CountVarargs(...)
    local listLen = sparseArray.sparseLength
    for i = 1, argsLen do
        sparseArray[listLen + i] = args[i]
    end
    sparseArray.sparseLength = listLen + argsLen
end

local function __TS__SparseArraySpread(sparseArray)
    local _unpack = unpack or table.unpack
    return _unpack(sparseArray, 1, sparseArray.sparseLength)
end

local function __TS__StringIncludes(self, searchString, position)
    if not position then
        position = 1
    else
        position = position + 1
    end
    local index = string.find(self, searchString, position, true)
    return index ~= nil
end

local function __TS__ClassExtends(target, base)
    target.____super = base
    local staticMetatable = setmetatable({__index = base}, base)
    setmetatable(target, staticMetatable)
    local baseMetatable = getmetatable(base)
    if baseMetatable then
        if type(baseMetatable.__index) == "function" then
            staticMetatable.__index = baseMetatable.__index
        end
        if type(baseMetatable.__newindex) == "function" then
            staticMetatable.__newindex = baseMetatable.__newindex
        end
    end
    setmetatable(target.prototype, base.prototype)
    if type(base.prototype.__index) == "function" then
        target.prototype.__index = base.prototype.__index
    end
    if type(base.prototype.__newindex) == "function" then
        target.prototype.__newindex = base.prototype.__newindex
    end
    if type(base.prototype.__tostring) == "function" then
        target.prototype.__tostring = base.prototype.__tostring
    end
end

local Error, RangeError, ReferenceError, SyntaxError, TypeError, URIError
do
    local function getErrorStack(self, constructor)
        if debug == nil then
            return nil
        end
        local level = 1
        while true do
            local info = debug.getinfo(level, "f")
            level = level + 1
            if not info then
                level = 1
                break
            elseif info.func == constructor then
                break
            end
        end
        if __TS__StringIncludes(_VERSION, "Lua 5.0") then
            return debug.traceback(("[Level " .. tostring(level)) .. "]")
        elseif _VERSION == "Lua 5.1" then
            return string.sub(
                debug.traceback("", level),
                2
            )
        else
            return debug.traceback(nil, level)
        end
    end
    local function wrapErrorToString(self, getDescription)
        return function(self)
            local description = getDescription(self)
            local caller = debug.getinfo(3, "f")
            local isClassicLua = __TS__StringIncludes(_VERSION, "Lua 5.0")
            if isClassicLua or caller and caller.func ~= error then
                return description
            else
                return (description .. "\n") .. tostring(self.stack)
            end
        end
    end
    local function initErrorClass(self, Type, name)
        Type.name = name
        return setmetatable(
            Type,
            {__call = function(____, _self, message) return __TS__New(Type, message) end}
        )
    end
    local ____initErrorClass_1 = initErrorClass
    local ____class_0 = __TS__Class()
    ____class_0.name = ""
    function ____class_0.prototype.____constructor(self, message)
        if message == nil then
            message = ""
        end
        self.message = message
        self.name = "Error"
        self.stack = getErrorStack(nil, __TS__New)
        local metatable = getmetatable(self)
        if metatable and not metatable.__errorToStringPatched then
            metatable.__errorToStringPatched = true
            metatable.__tostring = wrapErrorToString(nil, metatable.__tostring)
        end
    end
    function ____class_0.prototype.__tostring(self)
        return self.message ~= "" and (self.name .. ": ") .. self.message or self.name
    end
    Error = ____initErrorClass_1(nil, ____class_0, "Error")
    local function createErrorClass(self, name)
        local ____initErrorClass_3 = initErrorClass
        local ____class_2 = __TS__Class()
        ____class_2.name = ____class_2.name
        __TS__ClassExtends(____class_2, Error)
        function ____class_2.prototype.____constructor(self, ...)
            ____class_2.____super.prototype.____constructor(self, ...)
            self.name = name
        end
        return ____initErrorClass_3(nil, ____class_2, name)
    end
    RangeError = createErrorClass(nil, "RangeError")
    ReferenceError = createErrorClass(nil, "ReferenceError")
    SyntaxError = createErrorClass(nil, "SyntaxError")
    TypeError = createErrorClass(nil, "TypeError")
    URIError = createErrorClass(nil, "URIError")
end

local function __TS__ArraySplice(self, ...)
    local args = {...}
    local len = #self
    local actualArgumentCount = __TS__CountVarargs(...)
    local start = args[1]
    local deleteCount = args[2]
    if start < 0 then
        start = len + start
        if start < 0 then
            start = 0
        end
    elseif start > len then
        start = len
    end
    local itemCount = actualArgumentCount - 2
    if itemCount < 0 then
        itemCount = 0
    end
    local actualDeleteCount
    if actualArgumentCount == 0 then
        actualDeleteCount = 0
    elseif actualArgumentCount == 1 then
        actualDeleteCount = len - start
    else
        actualDeleteCount = deleteCount or 0
        if actualDeleteCount < 0 then
            actualDeleteCount = 0
        end
        if actualDeleteCount > len - start then
            actualDeleteCount = len - start
        end
    end
    local out = {}
    for k = 1, actualDeleteCount do
        local from = start + k
        if self[from] ~= nil then
            out[k] = self[from]
        end
    end
    if itemCount < actualDeleteCount then
        for k = start + 1, len - actualDeleteCount do
            local from = k + actualDeleteCount
            local to = k + itemCount
            if self[from] then
                self[to] = self[from]
            else
                self[to] = nil
            end
        end
        for k = len - actualDeleteCount + itemCount + 1, len do
            self[k] = nil
        end
    elseif itemCount > actualDeleteCount then
        for k = len - actualDeleteCount, start + 1, -1 do
            local from = k + actualDeleteCount
            local to = k + itemCount
            if self[from] then
                self[to] = self[from]
            else
                self[to] = nil
            end
        end
    end
    local j = start + 1
    for i = 3, actualArgumentCount do
        self[j] = args[i]
        j = j + 1
    end
    for k = #self, len - actualDeleteCount + itemCount + 1, -1 do
        self[k] = nil
    end
    return out
end

return {
  __TS__StringCharCodeAt = __TS__StringCharCodeAt,
  __TS__StringSubstring = __TS__StringSubstring,
  __TS__Number = __TS__Number,
  __TS__StringSplit = __TS__StringSplit,
  __TS__Class = __TS__Class,
  Map = Map,
  __TS__New = __TS__New,
  __TS__ArrayIndexOf = __TS__ArrayIndexOf,
  __TS__ObjectAssign = __TS__ObjectAssign,
  Set = Set,
  __TS__ArrayConcat = __TS__ArrayConcat,
  __TS__StringTrim = __TS__StringTrim,
  __TS__ArrayMap = __TS__ArrayMap,
  __TS__ArraySlice = __TS__ArraySlice,
  __TS__ArrayFilter = __TS__ArrayFilter,
  __TS__StringCharAt = __TS__StringCharAt,
  __TS__ArraySort = __TS__ArraySort,
  __TS__ArraySome = __TS__ArraySome,
  __TS__ArrayFlatMap = __TS__ArrayFlatMap,
  __TS__SparseArrayNew = __TS__SparseArrayNew,
  __TS__SparseArrayPush = __TS__SparseArrayPush,
  __TS__SparseArraySpread = __TS__SparseArraySpread,
  Error = Error,
  RangeError = RangeError,
  ReferenceError = ReferenceError,
  SyntaxError = SyntaxError,
  TypeError = TypeError,
  URIError = URIError,
  __TS__ArraySplice = __TS__ArraySplice
}
 end,
["policy.headers"] = function(...) 
local ____exports = {}
____exports.ORIGIN = "origin"
____exports.REQUEST_METHOD = "access-control-request-method"
____exports.REQUEST_HEADERS = "access-control-request-headers"
____exports.ALLOW_ORIGIN = "access-control-allow-origin"
____exports.ALLOW_CREDENTIALS = "access-control-allow-credentials"
____exports.ALLOW_METHODS = "access-control-allow-methods"
____exports.ALLOW_HEADERS = "access-control-allow-headers"
____exports.MAX_AGE = "access-control-max-age"
____exports.EXPOSE_HEADERS = "access-control-expose-headers"
--- What every CORS response header's name starts with (a backend's own are removed: the proxy owns CORS).
____exports.ACCESS_CONTROL_PREFIX = "access-control-"
____exports.VARY = "vary"
--- The module's own header: `<decision>; <reason>; <detail>` of a denied request, when the operator asks (txn.cors_debug).
____exports.DEBUG_HEADER = "cors-debug"
--- The Vary token of an answer that depends on the request's Origin.
____exports.VARY_ORIGIN_TOKEN = "Origin"
____exports.NO_STRINGS = {}
____exports.NO_HEADERS = {}
--- The Vary tokens of an answer that depends on Origin only.
____exports.VARY_ORIGIN = {____exports.VARY_ORIGIN_TOKEN}
return ____exports
 end,
["policy.decision"] = function(...) 
local ____exports = {}
local ____headers = require("policy.headers")
local NO_STRINGS = ____headers.NO_STRINGS
____exports.DENIAL_REASONS = {
    "origin-not-allowed",
    "origin-malformed",
    "several-origins",
    "method-not-allowed",
    "headers-not-allowed"
}
function ____exports.makeDecision(name, reply, echoOrigin, headers, vary, reason)
    local plainEdit = {
        remove = NO_STRINGS,
        echoOrigin = echoOrigin,
        add = headers,
        vary = #vary > 0 and table.concat(vary, ", ") or nil,
        replaceVary = false
    }
    return {
        name = name,
        reason = reason,
        reply = reply,
        echoOrigin = echoOrigin,
        headers = headers,
        vary = vary,
        plainEdit = plainEdit
    }
end
return ____exports
 end,
["policy.luaPatterns"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local ____exports = {}
--- `set`: the inside of a Lua character class ("a-z", "^ \t"); `has`: the same set as a predicate.
function ____exports.byteClass(set, has)
    return {one = ("[" .. set) .. "]", run = ("^[" .. set) .. "]*", has = has}
end
--- Lua's string library when the core runs in Lua (TypeScriptToLua reads globalThis as _G), else undefined.
local luaString = _G.string
--- The index of the first byte at or after `from` that is in `byteClass`, or -1.
function ____exports.indexOfByteIn(value, from, byteClass)
    if luaString ~= nil then
        local at = luaString.find(value, byteClass.one, from + 1)
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
--- The bytes from `from` on that are in `byteClass`, up to the first that is not ("" when that is the first).
function ____exports.runAt(value, from, byteClass)
    if luaString ~= nil then
        return luaString.match(value, byteClass.run, from + 1)
    end
    local ____end = from
    while ____end < #value and byteClass.has(__TS__StringCharCodeAt(value, ____end)) do
        ____end = ____end + 1
    end
    return __TS__StringSubstring(value, from, ____end)
end
return ____exports
 end,
["policy.chars"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local ____exports = {}
local ____luaPatterns = require("policy.luaPatterns")
local byteClass = ____luaPatterns.byteClass
local indexOfByteIn = ____luaPatterns.indexOfByteIn
local runAt = ____luaPatterns.runAt
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
local TOKEN = byteClass(TOKEN_BYTES, ____exports.isTokenChar)
--- The bytes of a lower-case host name's labels and the dots between them: [a-z0-9_.-].
local HOST_NAME = byteClass(
    "a-z0-9_.%-",
    function(code) return ____exports.isLowerAlpha(code) or ____exports.isDigit(code) or code == 95 or code == 46 or code == 45 end
)
local NOT_WHITE_SPACE = byteClass(
    "^" .. WHITE_SPACE_BYTES,
    function(code) return not ____exports.isWhiteSpace(code) end
)
--- The bytes of a scheme after its first letter: [a-z0-9+.-].
local SCHEME = byteClass(
    "a-z0-9+.%-",
    function(code) return ____exports.isLowerAlpha(code) or ____exports.isDigit(code) or code == 43 or code == 46 or code == 45 end
)
--- A scheme as serialized: a lower-case letter, then [a-z0-9+.-] (one search in Lua).
function ____exports.isScheme(value)
    return #value > 0 and ____exports.isLowerAlpha(string.byte(value, 1) or 0 / 0) and #runAt(value, 0, SCHEME) == #value
end
--- Every byte of `value` is a lower-case letter, a digit, "_", "." or "-" (one search in Lua).
function ____exports.isHostNameBytes(value)
    return #runAt(value, 0, HOST_NAME) == #value
end
function ____exports.isToken(value)
    return #value > 0 and #runAt(value, 0, TOKEN) == #value
end
--- The elements of a comma-separated list of tokens, as RFC 9110 writes a list (white space around an
-- element and empty elements ignored), or undefined when the list holds a byte that is neither a token
-- byte, a comma nor white space, when an element holds white space, or past `atMost` elements. Each element
-- is one match of the string (runAt), so it costs a few calls however long it is.
function ____exports.readTokenList(value, atMost)
    local items = {}
    local afterElement = false
    local at = 0
    while at < #value do
        local token = runAt(value, at, TOKEN)
        local ____end = at + #token
        if #token > 0 then
            if afterElement or #items >= atMost then
                return nil
            end
            items[#items + 1] = token
            if ____end == #value then
                return items
            end
            afterElement = true
        end
        local code = __TS__StringCharCodeAt(value, ____end)
        if code == COMMA then
            afterElement = false
            at = ____end + 1
        elseif ____exports.isWhiteSpace(code) then
            at = indexOfByteIn(value, ____end, NOT_WHITE_SPACE)
            if at < 0 then
                return items
            end
        else
            return nil
        end
    end
    return items
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
["policy.errors"] = function(...) 
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
    publicSuffix = "covers a public suffix",
    wildcardMisplaced = "has a wildcard that is not a leading \"*.\" label",
    wildcardMixed = "cannot be combined with other origins",
    wildcardWithCredentials = "cannot be combined with credentials",
    malformedToken = "is not a valid token",
    forbiddenMethod = "is forbidden by the Fetch standard",
    maxAgeRange = "is not a whole number from 0 to 86400",
    preflightMode = "is not answer or forward",
    unreadableFile = "cannot be read",
    nestedFile = "names a file inside an origins file",
    notSuffixList = "is not a Public Suffix List",
    converterArity = "does not take the policy's arguments",
    converterInput = "is not no-origin or map=<file>",
    mapNotRead = "is not read by any map_str() of the configuration",
    mapNotEmpty = "is not empty",
    mapShared = "is filled by two different policies",
    mapSpelling = "is not written as an origins map writes it",
    mapInFile = "names a map inside an origins file",
    mapPatternDepth = "names too deep a domain for an origins map",
    mapNoName = "names no map",
    moreMapKeys = "has more keys that are not valid",
    afterResponseUnguarded = "would run on the preflights HAProxy answers, whose response HAProxy 2.9 to 3.2 then lose",
    notCounted = "is not counted for the metrics service"
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
["policy.origin"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__Number = ____lualib.__TS__Number
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local ____exports = {}
local ____chars = require("policy.chars")
local hasUpperAscii = ____chars.hasUpperAscii
local isAscii = ____chars.isAscii
local isDigit = ____chars.isDigit
local isHostNameBytes = ____chars.isHostNameBytes
local isScheme = ____chars.isScheme
local ____errors = require("policy.errors")
local didYouMean = ____errors.didYouMean
local Problem = ____errors.Problem
--- Longer than any serialized origin (a 253-byte host, a scheme and a port): refused without a look.
____exports.MAX_ORIGIN_LENGTH = 512
local DEFAULT_PORTS = {http = "80", https = "443"}
function ____exports.defaultPortOf(scheme)
    return (scheme == "http" or scheme == "https") and DEFAULT_PORTS[scheme] or nil
end
--- A lower-case DNS name or IPv4 address: labels of [a-z0-9_-] of 1 to 63 bytes. The bytes are checked by
-- one search (chars.ts, isHostNameBytes), then the labels dot by dot: in Lua, a loop over the bytes would
-- cost a step per byte (luaPatterns.ts), and this runs on every denied Origin (decide.ts, originDenial).
function ____exports.isHostName(value)
    if #value == 0 or #value > 253 or not isHostNameBytes(value) then
        return false
    end
    local start = 0
    do
        while true do
            local dot = (string.find(
                value,
                ".",
                math.max(start + 1, 1),
                true
            ) or 0) - 1
            if dot < 0 then
                dot = #value
            end
            if dot == start or dot - start > 63 then
                return false
            end
            if dot == #value then
                return true
            end
            start = dot + 1
        end
    end
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
    if not isScheme(parts.scheme) then
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
--- One allow-list entry, as the policy's form writes it (printPolicy.ts; the one spelling of an origins map's key, originMaps.ts).
function ____exports.printPattern(pattern)
    local port = pattern.port == nil and "" or ":" .. pattern.port
    if pattern.scheme == nil then
        return pattern.subdomains and ("." .. pattern.host) .. port or ("//" .. pattern.host) .. port
    end
    local host = pattern.subdomains and "*." .. pattern.host or pattern.host
    return ((pattern.scheme .. "://") .. host) .. port
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
        if not isScheme(scheme) then
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
["policy.originMatcher"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local ____exports = {}
local ____origin = require("policy.origin")
local cutOrigin = ____origin.cutOrigin
local defaultPortOf = ____origin.defaultPortOf
local isHostName = ____origin.isHostName
local isPort = ____origin.isPort
local isSerializedOrigin = ____origin.isSerializedOrigin
local function schemesOf(pattern)
    return pattern.scheme == nil and ({"http", "https"}) or ({pattern.scheme})
end
function ____exports.compileOriginMatcher(patterns, exactValue)
    local exact = {__proto__ = nil}
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
                    exact[pattern.port == nil and (scheme .. "://") .. pattern.host or (((scheme .. "://") .. pattern.host) .. ":") .. pattern.port] = exactValue
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
-- rule's suffix, a host name checked when the policy was compiled (or an origins map's key was judged,
-- originMaps.ts), and its scheme is the rule's (or http, https). Left to check are the labels before the
-- suffix, the host's length and the port, so the loop over the host's bytes stops at the suffix.
function ____exports.isSerializedSubdomain(parts, dot)
    local port = parts.port
    return #parts.host <= 253 and isHostName(__TS__StringSubstring(parts.host, 0, dot)) and (port == nil or isPort(port) and port ~= defaultPortOf(parts.scheme))
end
--- True when the request's Origin value is allowed. The value is compared byte for byte: an exact entry
-- was normalized when compiled, and anything else must first parse as a serialized origin, so a value
-- with a path, upper case or a default port never matches.
function ____exports.matchOrigin(matcher, origin)
    if matcher.exact[origin] ~= nil then
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
                    return ____exports.isSerializedSubdomain(parts, dot)
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
["policy.punycode"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__StringSplit = ____lualib.__TS__StringSplit
local ____exports = {}
local BASE = 36
local T_MIN = 1
local T_MAX = 26
local SKEW = 38
local DAMP = 700
local INITIAL_BIAS = 72
local INITIAL_N = 128
--- The code points of a UTF-8 byte string; undefined when the bytes are not UTF-8.
function ____exports.utf8CodePoints(bytes)
    local points = {}
    local i = 0
    while i < #bytes do
        local lead = __TS__StringCharCodeAt(bytes, i)
        local point
        local more
        if lead < 128 then
            point = lead
            more = 0
        elseif lead >= 194 and lead < 224 then
            point = lead - 192
            more = 1
        elseif lead >= 224 and lead < 240 then
            point = lead - 224
            more = 2
        elseif lead >= 240 and lead < 245 then
            point = lead - 240
            more = 3
        else
            return nil
        end
        if i + more >= #bytes then
            return nil
        end
        do
            local k = 1
            while k <= more do
                local next = __TS__StringCharCodeAt(bytes, i + k)
                if next < 128 or next > 191 then
                    return nil
                end
                point = point * 64 + (next - 128)
                k = k + 1
            end
        end
        points[#points + 1] = point
        i = i + (more + 1)
    end
    return points
end
local function adapt(delta, points, first)
    local d = first and math.floor(delta / DAMP) or math.floor(delta / 2)
    d = d + math.floor(d / points)
    local k = 0
    while d > (BASE - T_MIN) * T_MAX / 2 do
        d = math.floor(d / (BASE - T_MIN))
        k = k + BASE
    end
    return k + math.floor((BASE - T_MIN + 1) * d / (d + SKEW))
end
--- 0..25 are a..z, 26..35 are 0..9.
local function digitChar(digit)
    return string.char(digit < 26 and 97 + digit or 22 + digit)
end
--- RFC 3492, section 6.3: the Punycode of a label's code points (without the "xn--" prefix).
function ____exports.punycodeOf(points)
    local output = ""
    for ____, point in ipairs(points) do
        if point < 128 then
            output = output .. string.char(point)
        end
    end
    local basic = #output
    local handled = basic
    if basic > 0 then
        output = output .. "-"
    end
    local n = INITIAL_N
    local delta = 0
    local bias = INITIAL_BIAS
    while handled < #points do
        local next = 1114111 + 1
        for ____, point in ipairs(points) do
            if point >= n and point < next then
                next = point
            end
        end
        delta = delta + (next - n) * (handled + 1)
        n = next
        for ____, point in ipairs(points) do
            if point < n then
                delta = delta + 1
            end
            if point == n then
                local q = delta
                do
                    local k = BASE
                    while true do
                        local t = k <= bias and T_MIN or (k >= bias + T_MAX and T_MAX or k - bias)
                        if q < t then
                            break
                        end
                        output = output .. digitChar(t + (q - t) % (BASE - t))
                        q = math.floor((q - t) / (BASE - t))
                        k = k + BASE
                    end
                end
                output = output .. digitChar(q)
                bias = adapt(delta, handled + 1, handled == basic)
                delta = 0
                handled = handled + 1
            end
        end
        delta = delta + 1
        n = n + 1
    end
    return output
end
--- A dot-separated name in UTF-8 bytes, each non-ASCII label replaced by "xn--" and its Punycode (the
-- list's rules are already in the lower-case, normalized form IDNA would give). Undefined when the bytes
-- are not UTF-8.
function ____exports.asciiNameOf(name)
    local labels = __TS__StringSplit(name, ".")
    local out = {}
    for ____, label in ipairs(labels) do
        do
            local ascii = true
            do
                local i = 0
                while i < #label and ascii do
                    ascii = __TS__StringCharCodeAt(label, i) < 128
                    i = i + 1
                end
            end
            if ascii then
                out[#out + 1] = label
                goto __continue33
            end
            local points = ____exports.utf8CodePoints(label)
            if points == nil then
                return nil
            end
            out[#out + 1] = "xn--" .. ____exports.punycodeOf(points)
        end
        ::__continue33::
    end
    return table.concat(out, ".")
end
return ____exports
 end,
["policy.publicSuffixList"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__Class = ____lualib.__TS__Class
local Map = ____lualib.Map
local __TS__New = ____lualib.__TS__New
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local ____exports = {}
local trimStart, firstBlank, addCompact
local ____chars = require("policy.chars")
local isWhiteSpace = ____chars.isWhiteSpace
local ____punycode = require("policy.punycode")
local asciiNameOf = ____punycode.asciiNameOf
local ____origin = require("policy.origin")
local isHostName = ____origin.isHostName
local ____errors = require("policy.errors")
local Problem = ____errors.Problem
local quote = ____errors.quote
function trimStart(line)
    local first = 0
    while first < #line and isWhiteSpace(__TS__StringCharCodeAt(line, first)) do
        first = first + 1
    end
    return first == 0 and line or __TS__StringSubstring(line, first)
end
function firstBlank(line)
    local ____end = #line
    for ____, blank in ipairs({" ", "\t", "\r"}) do
        local at = (string.find(line, blank, nil, true) or 0) - 1
        if at >= 0 and at < ____end then
            ____end = at
        end
    end
    return ____end
end
function addCompact(set, groups, section)
    local start = 0
    while start < #groups do
        local ____end = (string.find(
            groups,
            ";",
            math.max(start + 1, 1),
            true
        ) or 0) - 1
        if ____end < 0 then
            ____end = #groups
        end
        local colon = (string.find(
            groups,
            ":",
            math.max(start + 1, 1),
            true
        ) or 0) - 1
        local parent = __TS__StringSubstring(groups, start, colon)
        local label = colon + 1
        while label < ____end do
            local comma = (string.find(
                groups,
                ",",
                math.max(label + 1, 1),
                true
            ) or 0) - 1
            if comma < 0 or comma > ____end then
                comma = ____end
            end
            local first = __TS__StringSubstring(groups, label, comma)
            set:add(#parent > 0 and (first .. ".") .. parent or first, section)
            label = comma + 1
        end
        start = ____end + 1
    end
end
local ICANN_BEGIN = "===BEGIN ICANN DOMAINS==="
local PRIVATE_BEGIN = "===BEGIN PRIVATE DOMAINS==="
--- Collects rules into the two lookups of a PublicSuffixList.
local RuleSet = __TS__Class()
RuleSet.name = "RuleSet"
function RuleSet.prototype.____constructor(self)
    self.rules = __TS__New(Map)
    self.beneath = __TS__New(Map)
end
function RuleSet.prototype.add(self, rule, section)
    if self.rules:has(rule) then
        return
    end
    self.rules:set(rule, section)
    if (string.find(rule, "!", nil, true) or 0) - 1 == 0 then
        return
    end
    local dot = (string.find(rule, ".", nil, true) or 0) - 1
    while dot >= 0 do
        local parent = __TS__StringSubstring(rule, dot + 1)
        local known = self.beneath:get(parent)
        if known == nil or section == "ICANN" and self.rules:get(known) == "private" then
            self.beneath:set(parent, rule)
        end
        dot = (string.find(
            rule,
            ".",
            math.max(dot + 1 + 1, 1),
            true
        ) or 0) - 1
    end
end
--- Reads the list's text (UTF-8 as bytes, one character per byte, as Lua reads files): one rule per line,
-- up to the first white space; "//" starts a comment; the section markers are comments. A rule in
-- Unicode is kept in its ASCII form; a line that is no host name once converted is skipped. Undefined
-- when the text has no ICANN section: it is not the list.
function ____exports.parsePublicSuffixList(text, source)
    local set = __TS__New(RuleSet)
    local sawIcann = false
    local section = "ICANN"
    local start = 0
    while start < #text do
        do
            local ____end = (string.find(
                text,
                "\n",
                math.max(start + 1, 1),
                true
            ) or 0) - 1
            if ____end < 0 then
                ____end = #text
            end
            local line = trimStart(__TS__StringSubstring(text, start, ____end))
            start = ____end + 1
            if (string.find(line, "//", nil, true) or 0) - 1 == 0 then
                if (string.find(line, ICANN_BEGIN, nil, true) or 0) - 1 >= 0 then
                    section = "ICANN"
                    sawIcann = true
                elseif (string.find(line, PRIVATE_BEGIN, nil, true) or 0) - 1 >= 0 then
                    section = "private"
                end
                goto __continue9
            end
            local word = __TS__StringSubstring(
                line,
                0,
                firstBlank(line)
            )
            local prefix = (string.find(word, "!", nil, true) or 0) - 1 == 0 and "!" or ((string.find(word, "*.", nil, true) or 0) - 1 == 0 and "*." or "")
            local name = __TS__StringSubstring(word, #prefix)
            if not isHostName(name) then
                name = asciiNameOf(name)
                if name == nil or not isHostName(name) then
                    goto __continue9
                end
            end
            set:add(prefix .. name, section)
        end
        ::__continue9::
    end
    return sawIcann and ({source = source, rules = set.rules, beneath = set.beneath}) or nil
end
--- Reads the compact form of the built-in copy (generated by scripts/publicSuffixData.ts): groups
-- "<parent>:<label>,<label>,..." separated by ";", each label a rule's first label ("*" and "!" kept),
-- the top-level rules under an empty parent. Already ASCII and checked when generated.
function ____exports.parseCompactRules(icann, privateRules, source)
    local set = __TS__New(RuleSet)
    addCompact(set, icann, "ICANN")
    addCompact(set, privateRules, "private")
    return {source = source, rules = set.rules, beneath = set.beneath}
end
--- The public suffix that a pattern over every subdomain of `base` covers: `base` itself when the list
-- makes it a public suffix, or else a rule beneath it (a site under "x.s3.amazonaws.com" is also under
-- "amazonaws.com"). Undefined when strangers cannot put a site under `base` (a registrable domain such as
-- example.co.uk or myteam.github.io, or a private-use name).
function ____exports.coveredPublicSuffix(list, base)
    if not list.rules:has("!" .. base) then
        local plain = list.rules:get(base)
        if plain ~= nil then
            return {suffix = base, section = plain, isBase = true}
        end
        local dot = (string.find(base, ".", nil, true) or 0) - 1
        local ____temp_0
        if dot < 0 then
            ____temp_0 = nil
        else
            ____temp_0 = list.rules:get("*." .. __TS__StringSubstring(base, dot + 1))
        end
        local wildcard = ____temp_0
        if wildcard ~= nil then
            return {suffix = base, section = wildcard, isBase = true}
        end
    end
    local under = list.beneath:get(base)
    if under == nil then
        return nil
    end
    local section = list.rules:get(under)
    return {suffix = under, section = section == nil and "ICANN" or section, isBase = false}
end
--- Refuses a subdomain pattern that lets in sites strangers can create: one over a whole ICANN suffix
-- (`.com`, `https://*.co.uk`: surely a mistake, credentials or not), and with credentials one over a
-- suffix of the list's private section too (`https://*.github.io`: any GitHub Pages site would read the
-- responses with the user's cookies). Without credentials a private-section suffix is allowed: it lets in
-- fewer origins than `*`, which exposes the same responses to every origin (README, "Public suffixes").
function ____exports.suffixRefusal(entry, covered, credentials)
    if covered.section == "private" and not credentials then
        return nil
    end
    local wildcard = (string.find(covered.suffix, "*.", nil, true) or 0) - 1 == 0
    local hint = wildcard and ("the names " .. quote(covered.suffix)) .. " are public suffixes: anyone can create a site under them; list the sites" or quote(covered.suffix) .. " is a public suffix: anyone can create a site under it; list the sites"
    if covered.isBase then
        local star = (string.find(entry, "*.", nil, true) or 0) - 1
        local at = star >= 0 and star + 2 or (string.find(entry, ".", nil, true) or 0) - 1 + 1
        hint = hint .. ", or use a registrable domain such as " .. quote((__TS__StringSubstring(entry, 0, at) .. "example.") .. __TS__StringSubstring(entry, at))
    end
    return {subject = "origin", value = entry, problem = Problem.publicSuffix, hint = hint}
end
return ____exports
 end,
["policy.policy"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__ObjectAssign = ____lualib.__TS__ObjectAssign
local __TS__New = ____lualib.__TS__New
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__Number = ____lualib.__TS__Number
local Map = ____lualib.Map
local ____exports = {}
local ____chars = require("policy.chars")
local isToken = ____chars.isToken
local splitList = ____chars.splitList
local splitOnWhiteSpace = ____chars.splitOnWhiteSpace
local splitWords = ____chars.splitWords
local ____errors = require("policy.errors")
local Problem = ____errors.Problem
local quote = ____errors.quote
local ____origin = require("policy.origin")
local parseOriginPattern = ____origin.parseOriginPattern
local ____originMaps = require("policy.originMaps")
local forEachMapKey = ____originMaps.forEachMapKey
local KeyJudge = ____originMaps.KeyJudge
local MAP_ENTRY_PREFIX = ____originMaps.MAP_ENTRY_PREFIX
local ____publicSuffixSource = require("policy.publicSuffixSource")
local BUILT_IN_SUFFIXES = ____publicSuffixSource.BUILT_IN_SUFFIXES
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
local NOTHING_CHECKED = {
    has = function() return false end,
    add = function() return nil end
}
--- How many bad keys of one map file are listed; the rest are counted.
local MAP_ERRORS_SHOWN = 10
--- Checks every key of an origins map file as the request path will judge it (originMaps.ts), so that the
-- configuration check refuses a bad key where it is written.
local function checkMapFile(name, judge, errors, readFile, checked, memo)
    if checked.has(memo) then
        return
    end
    local file = readFile(name)
    if file.error ~= nil then
        errors[#errors + 1] = {subject = "origins map", value = name, problem = Problem.unreadableFile, hint = file.error}
        return
    end
    local bad = 0
    forEachMapKey(
        file.text,
        function(key, line)
            local verdict = judge:judge(key)
            if not (verdict.error ~= nil) then
                return
            end
            bad = bad + 1
            local where = (name .. ":") .. tostring(line)
            if bad <= MAP_ERRORS_SHOWN then
                errors[#errors + 1] = __TS__ObjectAssign({}, verdict.error, {hint = verdict.error.hint == nil and where or (where .. ", ") .. verdict.error.hint})
            end
        end
    )
    if bad > MAP_ERRORS_SHOWN then
        errors[#errors + 1] = {
            subject = "origins map",
            value = name,
            problem = Problem.moreMapKeys,
            hint = tostring(bad - MAP_ERRORS_SHOWN) .. " more"
        }
    end
    if bad == 0 then
        checked.add(memo)
    end
end
local function parseOrigins(value, syntax, credentials, errors, readFile, suffixes, checked)
    local patterns = {}
    local maps = {}
    local any = false
    local written = splitList(value)
    local entries = {}
    for ____, entry in ipairs(written) do
        do
            if (string.find(entry, MAP_ENTRY_PREFIX, nil, true) or 0) - 1 == 0 then
                local name = __TS__StringSubstring(entry, #MAP_ENTRY_PREFIX)
                if #name == 0 then
                    errors[#errors + 1] = {subject = "origin", value = entry, problem = Problem.mapNoName, hint = ("write " .. MAP_ENTRY_PREFIX) .. "<file>"}
                elseif __TS__ArrayIndexOf(maps, name) < 0 then
                    maps[#maps + 1] = name
                end
                goto __continue35
            end
            if (string.find(entry, "@", nil, true) or 0) - 1 ~= 0 then
                entries[#entries + 1] = entry
                goto __continue35
            end
            local file = readFile(__TS__StringSubstring(entry, 1))
            if file.error ~= nil then
                errors[#errors + 1] = {
                    subject = "origins file",
                    value = __TS__StringSubstring(entry, 1),
                    problem = Problem.unreadableFile,
                    hint = file.error
                }
                goto __continue35
            end
            for ____, item in ipairs(____exports.originsFileEntries(file.text)) do
                if (string.find(item, "@", nil, true) or 0) - 1 == 0 then
                    errors[#errors + 1] = {subject = "origin", value = item, problem = Problem.nestedFile}
                elseif (string.find(item, MAP_ENTRY_PREFIX, nil, true) or 0) - 1 == 0 then
                    errors[#errors + 1] = {subject = "origin", value = item, problem = Problem.mapInFile}
                else
                    entries[#entries + 1] = item
                end
            end
        end
        ::__continue35::
    end
    local judge = __TS__New(KeyJudge, syntax, credentials, suffixes)
    for ____, name in ipairs(maps) do
        checkMapFile(
            name,
            judge,
            errors,
            readFile,
            checked,
            (((syntax .. " ") .. (credentials and "credentials" or "-")) .. " ") .. name
        )
    end
    for ____, entry in ipairs(entries) do
        do
            if entry == "*" then
                any = true
                goto __continue49
            end
            local result = parseOriginPattern(entry, syntax)
            if result.error ~= nil then
                errors[#errors + 1] = result.error
                goto __continue49
            end
            patterns[#patterns + 1] = result.pattern
            if not result.pattern.subdomains then
                goto __continue49
            end
            local refusal = judge:suffixError(entry, result.pattern.host)
            if refusal ~= nil and __TS__ArrayIndexOf(errors, refusal) < 0 then
                errors[#errors + 1] = refusal
            end
        end
        ::__continue49::
    end
    if any and syntax == "extended" and #entries + #maps > 1 then
        errors[#errors + 1] = {subject = "origin", value = "*", problem = Problem.wildcardMixed}
    end
    return {any = any, patterns = patterns, maps = maps}
end
--- The drop-in form: the predecessor's three arguments. Preflights carry Access-Control-Max-Age: 600.
function ____exports.parseDropInPolicy(methods, origins, headers, readFile, suffixes, checked)
    if readFile == nil then
        readFile = NO_FILES
    end
    if suffixes == nil then
        suffixes = BUILT_IN_SUFFIXES
    end
    if checked == nil then
        checked = NOTHING_CHECKED
    end
    local errors = {}
    local parsedMethods = parseMethods(methods, errors)
    local parsedOrigins = parseOrigins(
        origins,
        "drop-in",
        false,
        errors,
        readFile,
        suffixes,
        checked
    )
    local parsedHeaders = parseHeaderNames(headers, "header", errors)
    if #errors > 0 then
        return {ok = false, errors = errors}
    end
    return {ok = true, policy = {
        form = "drop-in",
        anyOrigin = parsedOrigins.any,
        origins = parsedOrigins.patterns,
        originMaps = parsedOrigins.maps,
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
function ____exports.parseExtendedPolicy(text, readFile, suffixes, checked)
    if readFile == nil then
        readFile = NO_FILES
    end
    if suffixes == nil then
        suffixes = BUILT_IN_SUFFIXES
    end
    if checked == nil then
        checked = NOTHING_CHECKED
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
    local credentials = given:has("credentials")
    local originsText = given:get("origins")
    local origins = parseOrigins(
        originsText == nil and "" or originsText,
        "extended",
        credentials,
        errors,
        readFile,
        suffixes,
        checked
    )
    local methodsText = given:get("methods")
    local methods = parseMethods(methodsText == nil and "GET,HEAD,POST" or methodsText, errors)
    local headersText = given:get("headers")
    local headers = parseHeaderNames(headersText == nil and "" or headersText, "header", errors)
    local exposeText = given:get("expose")
    local expose = parseHeaderNames(exposeText == nil and "" or exposeText, "expose header", errors)
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
        originMaps = origins.maps,
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
["policy.publicSuffixData"] = function(...) 
local ____exports = {}
--- The Public Suffix List of 2023-02-09 (https://publicsuffix.org/list/), in the compact form read by
-- policy/publicSuffixList.ts (parseCompactRules). Its licence, as the list states it: This Source Code Form
-- is subject to the terms of the Mozilla Public License, v. 2.0. If a copy of the MPL was not distributed
-- with this file, You can obtain one at https://mozilla.org/MPL/2.0/.
____exports.BUILT_IN_LIST_DATE = "2023-02-09"
____exports.BUILT_IN_ICANN_RULES = ":ac,ad,ae,aero,af,ag,ai,al,am,ao,aq,ar,arpa,as,asia,at,au,aw,ax,az,ba,bb,be,bf,bg,bh,bi,biz,bj,bm,bn,bo,br,bs,bt,bv,bw,by,bz,ca,cat,cc,cd,cf,cg,ch,ci,cl,cm,cn,co,com,coop,cr,cu,cv,cw,cx,cy,cz,de,dj,dk,dm,do,dz,ec,edu,ee,eg,es,et,eu,fi,fj,fm,fo,fr,ga,gb,gd,ge,gf,gg,gh,gi,gl,gm,gn,gov,gp,gq,gr,gs,gt,gu,gw,gy,hk,hm,hn,hr,ht,hu,id,ie,il,xn--4dbrk0ce,im,in,info,int,io,iq,ir,is,it,je,jo,jobs,jp,ke,kg,ki,km,kn,kp,kr,kw,ky,kz,la,lb,lc,li,lk,lr,ls,lt,lu,lv,ly,ma,mc,md,me,mg,mh,mil,mk,ml,mn,mo,mobi,mp,mq,mr,ms,mt,mu,museum,mv,mw,mx,my,mz,na,name,nc,ne,net,nf,ng,ni,nl,no,nr,nu,nz,om,onion,org,pa,pe,pf,ph,pk,pl,pm,pn,post,pr,pro,ps,pt,pw,py,qa,re,ro,rs,ru,rw,sa,sb,sc,sd,se,sg,sh,si,sj,sk,sl,sm,sn,so,sr,ss,st,su,sv,sx,sy,sz,tc,td,tel,tf,tg,th,tj,tk,tl,tm,tn,to,tr,tt,tv,tw,tz,ua,ug,uk,us,uy,uz,va,vc,ve,vg,vi,vn,vu,wf,ws,yt,xn--mgbaam7a8h,xn--y9a3aq,xn--54b7fta0cc,xn--90ae,xn--mgbcpq6gpa1a,xn--90ais,xn--fiqs8s,xn--fiqz9s,xn--lgbbat1ad8j,xn--wgbh1c,xn--e1a4c,xn--qxa6a,xn--mgbah1a3hjkrd,xn--node,xn--qxam,xn--j6w193g,xn--2scrj9c,xn--3hcrj9c,xn--45br5cyl,xn--h2breg3eve,xn--h2brj9c8c,xn--mgbgu82a,xn--rvc1e0am3e,xn--h2brj9c,xn--mgbbh1a,xn--mgbbh1a71e,xn--fpcrj9c3d,xn--gecrj9c,xn--s9brj9c,xn--45brj9c,xn--xkc2dl3a5ee0h,xn--mgba3a4f16a,xn--mgba3a4fra,xn--mgbtx2b,xn--mgbayh7gpa,xn--3e0b707e,xn--80ao21a,xn--q7ce6a,xn--fzc2c9e2c,xn--xkc2al3hye2a,xn--mgbc0a9azcg,xn--d1alf,xn--l1acc,xn--mix891f,xn--mix082f,xn--mgbx4cd0ab,xn--mgb9awbf,xn--mgbai9azgqp6j,xn--mgbai9a5eva00b,xn--ygbi2ammx,xn--90a3ac,xn--p1ai,xn--wgbl6a,xn--mgberp4a5d4ar,xn--mgberp4a5d4a87g,xn--mgbqly7c0a67fbc,xn--mgbqly7cvafr,xn--mgbpl2fh,xn--yfro4i67o,xn--clchc0ea0b2g2a9gcd,xn--ogbpf8fl,xn--mgbtf8fl,xn--o3cw4h,xn--pgbs0dh,xn--kpry57d,xn--kprw13d,xn--nnx388a,xn--j1amh,xn--mgb2ddes,xxx,ye,zm,zw,aaa,aarp,abarth,abb,abbott,abbvie,abc,able,abogado,abudhabi,academy,accenture,accountant,accountants,aco,actor,ads,adult,aeg,aetna,afl,africa,agakhan,agency,aig,airbus,airforce,airtel,akdn,alfaromeo,alibaba,alipay,allfinanz,allstate,ally,alsace,alstom,amazon,americanexpress,americanfamily,amex,amfam,amica,amsterdam,analytics,android,anquan,anz,aol,apartments,app,apple,aquarelle,arab,aramco,archi,army,art,arte,asda,associates,athleta,attorney,auction,audi,audible,audio,auspost,author,auto,autos,avianca,aws,axa,azure,baby,baidu,banamex,bananarepublic,band,bank,bar,barcelona,barclaycard,barclays,barefoot,bargains,baseball,basketball,bauhaus,bayern,bbc,bbt,bbva,bcg,bcn,beats,beauty,beer,bentley,berlin,best,bestbuy,bet,bharti,bible,bid,bike,bing,bingo,bio,black,blackfriday,blockbuster,blog,bloomberg,blue,bms,bmw,bnpparibas,boats,boehringer,bofa,bom,bond,boo,book,booking,bosch,bostik,boston,bot,boutique,box,bradesco,bridgestone,broadway,broker,brother,brussels,build,builders,business,buy,buzz,bzh,cab,cafe,cal,call,calvinklein,cam,camera,camp,canon,capetown,capital,capitalone,car,caravan,cards,care,career,careers,cars,casa,case,cash,casino,catering,catholic,cba,cbn,cbre,cbs,center,ceo,cern,cfa,cfd,chanel,channel,charity,chase,chat,cheap,chintai,christmas,chrome,church,cipriani,circle,cisco,citadel,citi,citic,city,cityeats,claims,cleaning,click,clinic,clinique,clothing,cloud,club,clubmed,coach,codes,coffee,college,cologne,comcast,commbank,community,company,compare,computer,comsec,condos,construction,consulting,contact,contractors,cooking,cookingchannel,cool,corsica,country,coupon,coupons,courses,cpa,credit,creditcard,creditunion,cricket,crown,crs,cruise,cruises,cuisinella,cymru,cyou,dabur,dad,dance,data,date,dating,datsun,day,dclk,dds,deal,dealer,deals,degree,delivery,dell,deloitte,delta,democrat,dental,dentist,desi,design,dev,dhl,diamonds,diet,digital,direct,directory,discount,discover,dish,diy,dnp,docs,doctor,dog,domains,dot,download,drive,dtv,dubai,dunlop,dupont,durban,dvag,dvr,earth,eat,eco,edeka,education,email,emerck,energy,engineer,engineering,enterprises,epson,equipment,ericsson,erni,esq,estate,etisalat,eurovision,eus,events,exchange,expert,exposed,express,extraspace,fage,fail,fairwinds,faith,family,fan,fans,farm,farmers,fashion,fast,fedex,feedback,ferrari,ferrero,fiat,fidelity,fido,film,final,finance,financial,fire,firestone,firmdale,fish,fishing,fit,fitness,flickr,flights,flir,florist,flowers,fly,foo,food,foodnetwork,football,ford,forex,forsale,forum,foundation,fox,free,fresenius,frl,frogans,frontdoor,frontier,ftr,fujitsu,fun,fund,furniture,futbol,fyi,gal,gallery,gallo,gallup,game,games,gap,garden,gay,gbiz,gdn,gea,gent,genting,george,ggee,gift,gifts,gives,giving,glass,gle,global,globo,gmail,gmbh,gmo,gmx,godaddy,gold,goldpoint,golf,goo,goodyear,goog,google,gop,got,grainger,graphics,gratis,green,gripe,grocery,group,guardian,gucci,guge,guide,guitars,guru,hair,hamburg,hangout,haus,hbo,hdfc,hdfcbank,health,healthcare,help,helsinki,here,hermes,hgtv,hiphop,hisamitsu,hitachi,hiv,hkt,hockey,holdings,holiday,homedepot,homegoods,homes,homesense,honda,horse,hospital,host,hosting,hot,hoteles,hotels,hotmail,house,how,hsbc,hughes,hyatt,hyundai,ibm,icbc,ice,icu,ieee,ifm,ikano,imamat,imdb,immo,immobilien,inc,industries,infiniti,ing,ink,institute,insurance,insure,international,intuit,investments,ipiranga,irish,ismaili,ist,istanbul,itau,itv,jaguar,java,jcb,jeep,jetzt,jewelry,jio,jll,jmp,jnj,joburg,jot,joy,jpmorgan,jprs,juegos,juniper,kaufen,kddi,kerryhotels,kerrylogistics,kerryproperties,kfh,kia,kids,kim,kinder,kindle,kitchen,kiwi,koeln,komatsu,kosher,kpmg,kpn,krd,kred,kuokgroup,kyoto,lacaixa,lamborghini,lamer,lancaster,lancia,land,landrover,lanxess,lasalle,lat,latino,latrobe,law,lawyer,lds,lease,leclerc,lefrak,legal,lego,lexus,lgbt,lidl,life,lifeinsurance,lifestyle,lighting,like,lilly,limited,limo,lincoln,linde,link,lipsy,live,living,llc,llp,loan,loans,locker,locus,lol,london,lotte,lotto,love,lpl,lplfinancial,ltd,ltda,lundbeck,luxe,luxury,macys,madrid,maif,maison,makeup,man,management,mango,map,market,marketing,markets,marriott,marshalls,maserati,mattel,mba,mckinsey,med,media,meet,melbourne,meme,memorial,men,menu,merckmsd,miami,microsoft,mini,mint,mit,mitsubishi,mlb,mls,mma,mobile,moda,moe,moi,mom,monash,money,monster,mormon,mortgage,moscow,moto,motorcycles,mov,movie,msd,mtn,mtr,music,mutual,nab,nagoya,natura,navy,nba,nec,netbank,netflix,network,neustar,new,news,next,nextdirect,nexus,nfl,ngo,nhk,nico,nike,nikon,ninja,nissan,nissay,nokia,northwesternmutual,norton,now,nowruz,nowtv,nra,nrw,ntt,nyc,obi,observer,office,okinawa,olayan,olayangroup,oldnavy,ollo,omega,one,ong,onl,online,ooo,open,oracle,orange,organic,origins,osaka,otsuka,ott,ovh,page,panasonic,paris,pars,partners,parts,party,passagens,pay,pccw,pet,pfizer,pharmacy,phd,philips,phone,photo,photography,photos,physio,pics,pictet,pictures,pid,pin,ping,pink,pioneer,pizza,place,play,playstation,plumbing,plus,pnc,pohl,poker,politie,porn,pramerica,praxi,press,prime,prod,productions,prof,progressive,promo,properties,property,protection,pru,prudential,pub,pwc,qpon,quebec,quest,racing,radio,read,realestate,realtor,realty,recipes,red,redstone,redumbrella,rehab,reise,reisen,reit,reliance,ren,rent,rentals,repair,report,republican,rest,restaurant,review,reviews,rexroth,rich,richardli,ricoh,ril,rio,rip,rocher,rocks,rodeo,rogers,room,rsvp,rugby,ruhr,run,rwe,ryukyu,saarland,safe,safety,sakura,sale,salon,samsclub,samsung,sandvik,sandvikcoromant,sanofi,sap,sarl,sas,save,saxo,sbi,sbs,sca,scb,schaeffler,schmidt,scholarships,school,schule,schwarz,science,scot,search,seat,secure,security,seek,select,sener,services,seven,sew,sex,sexy,sfr,shangrila,sharp,shaw,shell,shia,shiksha,shoes,shop,shopping,shouji,show,showtime,silk,sina,singles,site,ski,skin,sky,skype,sling,smart,smile,sncf,soccer,social,softbank,software,sohu,solar,solutions,song,sony,soy,spa,space,sport,spot,srl,stada,staples,star,statebank,statefarm,stc,stcgroup,stockholm,storage,store,stream,studio,study,style,sucks,supplies,supply,support,surf,surgery,suzuki,swatch,swiss,sydney,systems,tab,taipei,talk,taobao,target,tatamotors,tatar,tattoo,tax,taxi,tci,tdk,team,tech,technology,temasek,tennis,teva,thd,theater,theatre,tiaa,tickets,tienda,tiffany,tips,tires,tirol,tjmaxx,tjx,tkmaxx,tmall,today,tokyo,tools,top,toray,toshiba,total,tours,town,toyota,toys,trade,trading,training,travel,travelchannel,travelers,travelersinsurance,trust,trv,tube,tui,tunes,tushu,tvs,ubank,ubs,unicom,university,uno,uol,ups,vacations,vana,vanguard,vegas,ventures,verisign,versicherung,vet,viajes,video,vig,viking,villas,vin,vip,virgin,visa,vision,viva,vivo,vlaanderen,vodka,volkswagen,volvo,vote,voting,voto,voyage,vuelos,wales,walmart,walter,wang,wanggou,watch,watches,weather,weatherchannel,webcam,weber,website,wedding,weibo,weir,whoswho,wien,wiki,williamhill,win,windows,wine,winners,wme,wolterskluwer,woodside,work,works,world,wow,wtc,wtf,xbox,xerox,xfinity,xihuan,xin,xn--11b4c3d,xn--1ck2e1b,xn--1qqw23a,xn--30rr7y,xn--3bst00m,xn--3ds443g,xn--3pxu8k,xn--42c2d9a,xn--45q11c,xn--4gbrim,xn--55qw42g,xn--55qx5d,xn--5su34j936bgsg,xn--5tzm5g,xn--6frz82g,xn--6qq986b3xl,xn--80adxhks,xn--80aqecdr1a,xn--80asehdb,xn--80aswg,xn--8y0a063a,xn--9dbq2a,xn--9et52u,xn--9krt00a,xn--b4w605ferd,xn--bck1b9a5dre4c,xn--c1avg,xn--c2br7g,xn--cck2b3b,xn--cckwcxetd,xn--cg4bki,xn--czr694b,xn--czrs0t,xn--czru2d,xn--d1acj3b,xn--eckvdtc9d,xn--efvy88h,xn--fct429k,xn--fhbei,xn--fiq228c5hs,xn--fiq64b,xn--fjq720a,xn--flw351e,xn--fzys8d69uvgm,xn--g2xx48c,xn--gckr3f0f,xn--gk3at1e,xn--hxt814e,xn--i1b6b1a6a2e,xn--imr513n,xn--io0a7i,xn--j1aef,xn--jlq480n2rg,xn--jvr189m,xn--kcrx77d1x4a,xn--kput3i,xn--mgba3a3ejt,xn--mgba7c0bbn0a,xn--mgbaakc7dvf,xn--mgbab2bd,xn--mgbca7dzdo,xn--mgbi4ecexp,xn--mgbt3dhd,xn--mk1bu44c,xn--mxtq1m,xn--ngbc5azd,xn--ngbe9e0a,xn--ngbrx,xn--nqv7f,xn--nqv7fs00ema,xn--nyqy26a,xn--otu796d,xn--p1acf,xn--pssy2u,xn--q9jyb4c,xn--qcka1pmc,xn--rhqv96g,xn--rovu88b,xn--ses554g,xn--t60b56a,xn--tckwe,xn--tiq49xqyj,xn--unup4y,xn--vermgensberater-ctb,xn--vermgensberatung-pwb,xn--vhquv,xn--vuq861b,xn--w4r85el8fhu5dnra,xn--w4rs40l,xn--xhq521b,xn--zfr164b,xyz,yachts,yahoo,yamaxun,yandex,yodobashi,yoga,yokohama,you,youtube,yun,zappos,zara,zero,zip,zone,zuerich;ac:com,edu,gov,net,mil,org;ad:nom;ae:co,net,org,sch,ac,gov,mil;aero:accident-investigation,accident-prevention,aerobatic,aeroclub,aerodrome,agents,aircraft,airline,airport,air-surveillance,airtraffic,air-traffic-control,ambulance,amusement,association,author,ballooning,broker,caa,cargo,catering,certification,championship,charter,civilaviation,club,conference,consultant,consulting,control,council,crew,design,dgca,educator,emergency,engine,engineer,entertainment,equipment,exchange,express,federation,flight,fuel,gliding,government,groundhandling,group,hanggliding,homebuilt,insurance,journal,journalist,leasing,logistics,magazine,maintenance,media,microlight,modelling,navigation,parachuting,paragliding,passenger-association,pilot,press,production,recreation,repbody,res,research,rotorcraft,safety,scientist,services,show,skydiving,software,student,trader,trading,trainer,union,workinggroup,works;af:gov,com,org,net,edu;ag:com,org,net,co,nom;ai:off,com,net,org;al:com,edu,gov,mil,net,org;am:co,com,commune,net,org;ao:ed,gv,og,co,pb,it;ar:bet,com,coop,edu,gob,gov,int,mil,musica,mutual,net,org,senasa,tur;arpa:e164,in-addr,ip6,iris,uri,urn;as:gov;at:ac,co,gv,or;ac.at:sth;au:com,net,org,edu,gov,asn,id,info,conf,oz,act,nsw,nt,qld,sa,tas,vic,wa;edu.au:act,catholic,nsw,nt,qld,sa,tas,vic,wa;gov.au:qld,sa,tas,vic,wa;nsw.edu.au:schools;aw:com;az:com,net,int,gov,org,edu,info,pp,mil,name,pro,biz;ba:com,edu,gov,mil,net,org;bb:biz,co,com,edu,gov,info,net,org,store,tv;bd:*;be:ac;bf:gov;bg:a,b,c,d,e,f,g,h,i,j,k,l,m,n,o,p,q,r,s,t,u,v,w,x,y,z,0,1,2,3,4,5,6,7,8,9;bh:com,edu,net,org,gov;bi:co,com,edu,or,org;bj:africa,agro,architectes,assur,avocats,co,com,eco,econo,edu,info,loisirs,money,net,org,ote,resto,restaurant,tourism,univ;bm:com,edu,gov,net,org;bn:com,edu,gov,net,org;bo:com,edu,gob,int,org,net,mil,tv,web,academia,agro,arte,blog,bolivia,ciencia,cooperativa,democracia,deporte,ecologia,economia,empresa,indigena,industria,info,medicina,movimiento,musica,natural,nombre,noticias,patria,politica,profesional,plurinacional,pueblo,revista,salud,tecnologia,tksat,transporte,wiki;br:9guacu,abc,adm,adv,agr,aju,am,anani,aparecida,app,arq,art,ato,b,barueri,belem,bhz,bib,bio,blog,bmd,boavista,bsb,campinagrande,campinas,caxias,cim,cng,cnt,com,contagem,coop,coz,cri,cuiaba,curitiba,def,des,det,dev,ecn,eco,edu,emp,enf,eng,esp,etc,eti,far,feira,flog,floripa,fm,fnd,fortal,fot,foz,fst,g12,geo,ggf,goiania,gov,gru,imb,ind,inf,jab,jampa,jdf,joinville,jor,jus,leg,lel,log,londrina,macapa,maceio,manaus,maringa,mat,med,mil,morena,mp,mus,natal,net,niteroi,not,ntr,odo,ong,org,osasco,palmas,poa,ppg,pro,psc,psi,pvh,qsl,radio,rec,recife,rep,ribeirao,rio,riobranco,riopreto,salvador,sampa,santamaria,santoandre,saobernardo,saogonca,seg,sjc,slg,slz,sorocaba,srv,taxi,tc,tec,teo,the,tmp,trd,tur,tv,udi,vet,vix,vlog,wiki,zlg;gov.br:ac,al,am,ap,ba,ce,df,es,go,ma,mg,ms,mt,pa,pb,pe,pi,pr,rj,rn,ro,rr,rs,sc,se,sp,to;nom.br:*;bs:com,net,org,edu,gov;bt:com,edu,gov,net,org;bw:co,org;by:gov,mil,com,of;bz:com,net,org,edu,gov;ca:ab,bc,mb,nb,nf,nl,ns,nt,nu,on,pe,qc,sk,yk,gc;cd:gov;ci:org,or,com,co,edu,ed,ac,net,go,asso,xn--aroport-bya,int,presse,md,gouv;ck:*,!www;cl:co,gob,gov,mil;cm:co,com,gov,net;cn:ac,com,edu,gov,net,org,mil,xn--55qx5d,xn--io0a7i,xn--od0alg,ah,bj,cq,fj,gd,gs,gz,gx,ha,hb,he,hi,hl,hn,jl,js,jx,ln,nm,nx,qh,sc,sd,sh,sn,sx,tj,xj,xz,yn,zj,hk,mo,tw;co:arts,com,edu,firm,gov,info,int,mil,net,nom,org,rec,web;cr:ac,co,ed,fi,go,or,sa;cu:com,edu,org,net,gov,inf;cv:com,edu,int,nome,org;cw:com,edu,net,org;cx:gov;cy:ac,biz,com,ekloges,gov,ltd,mil,net,org,press,pro,tm;dm:com,net,org,edu,gov;do:art,com,edu,gob,gov,mil,net,org,sld,web;dz:art,asso,com,edu,gov,org,net,pol,soc,tm;ec:com,info,net,fin,k12,med,pro,org,edu,gov,gob,mil;ee:edu,gov,riik,lib,med,com,pri,aip,org,fie;eg:com,edu,eun,gov,mil,name,net,org,sci;er:*;es:com,nom,org,gob,edu;et:com,gov,org,edu,biz,name,info,net;fi:aland;fj:ac,biz,com,gov,info,mil,name,net,org,pro;fk:*;fm:com,edu,net,org;fr:asso,com,gouv,nom,prd,tm,aeroport,avocat,avoues,cci,chambagri,chirurgiens-dentistes,experts-comptables,geometre-expert,greta,huissier-justice,medecin,notaires,pharmacien,port,veterinaire;gd:edu,gov;ge:com,edu,gov,org,mil,net,pvt;gg:co,net,org;gh:com,edu,gov,org,mil;gi:com,ltd,gov,mod,edu,org;gl:co,com,edu,net,org;gn:ac,com,edu,gov,org,net;gp:com,net,mobi,edu,org,asso;gr:com,edu,net,org,gov;gt:com,edu,gob,ind,mil,net,org;gu:com,edu,gov,guam,info,net,org,web;gy:co,com,edu,gov,net,org;hk:com,edu,gov,idv,net,org,xn--55qx5d,xn--wcvs22d,xn--lcvr32d,xn--mxtq1m,xn--gmqw5a,xn--ciqpn,xn--gmq050i,xn--zf0avx,xn--io0a7i,xn--mk0axi,xn--od0alg,xn--od0aq3b,xn--tn0ag,xn--uc0atv,xn--uc0ay4a;hn:com,edu,org,net,mil,gob;hr:iz,from,name,com;ht:com,shop,firm,info,adult,net,pro,org,med,art,coop,pol,asso,edu,rel,gouv,perso;hu:co,info,org,priv,sport,tm,2000,agrar,bolt,casino,city,erotica,erotika,film,forum,games,hotel,ingatlan,jogasz,konyvelo,lakas,media,news,reklam,sex,shop,suli,szex,tozsde,utazas,video;id:ac,biz,co,desa,go,mil,my,net,or,ponpes,sch,web;ie:gov;il:ac,co,gov,idf,k12,muni,net,org;xn--4dbrk0ce:xn--4dbgdty6c,xn--5dbhl8d,xn--8dbq2a,xn--hebda8b;im:ac,co,com,net,org,tt,tv;co.im:ltd,plc;in:5g,6g,ac,ai,am,bihar,biz,business,ca,cn,co,com,coop,cs,delhi,dr,edu,er,firm,gen,gov,gujarat,ind,info,int,internet,io,me,mil,net,nic,org,pg,post,pro,res,travel,tv,uk,up,us;int:eu;io:com;iq:gov,edu,mil,com,org,net;ir:ac,co,gov,id,net,org,sch,xn--mgba3a4f16a,xn--mgba3a4fra;is:net,com,edu,gov,org,int;it:gov,edu,abr,abruzzo,aosta-valley,aostavalley,bas,basilicata,cal,calabria,cam,campania,emilia-romagna,emiliaromagna,emr,friuli-v-giulia,friuli-ve-giulia,friuli-vegiulia,friuli-venezia-giulia,friuli-veneziagiulia,friuli-vgiulia,friuliv-giulia,friulive-giulia,friulivegiulia,friulivenezia-giulia,friuliveneziagiulia,friulivgiulia,fvg,laz,lazio,lig,liguria,lom,lombardia,lombardy,lucania,mar,marche,mol,molise,piedmont,piemonte,pmn,pug,puglia,sar,sardegna,sardinia,sic,sicilia,sicily,taa,tos,toscana,trentin-sud-tirol,xn--trentin-sd-tirol-rzb,trentin-sudtirol,xn--trentin-sdtirol-7vb,trentin-sued-tirol,trentin-suedtirol,trentino-a-adige,trentino-aadige,trentino-alto-adige,trentino-altoadige,trentino-s-tirol,trentino-stirol,trentino-sud-tirol,xn--trentino-sd-tirol-c3b,trentino-sudtirol,xn--trentino-sdtirol-szb,trentino-sued-tirol,trentino-suedtirol,trentino,trentinoa-adige,trentinoaadige,trentinoalto-adige,trentinoaltoadige,trentinos-tirol,trentinostirol,trentinosud-tirol,xn--trentinosd-tirol-rzb,trentinosudtirol,xn--trentinosdtirol-7vb,trentinosued-tirol,trentinosuedtirol,trentinsud-tirol,xn--trentinsd-tirol-6vb,trentinsudtirol,xn--trentinsdtirol-nsb,trentinsued-tirol,trentinsuedtirol,tuscany,umb,umbria,val-d-aosta,val-daosta,vald-aosta,valdaosta,valle-aosta,valle-d-aosta,valle-daosta,valleaosta,valled-aosta,valledaosta,vallee-aoste,xn--valle-aoste-ebb,vallee-d-aoste,xn--valle-d-aoste-ehb,valleeaoste,xn--valleaoste-e7a,valleedaoste,xn--valledaoste-ebb,vao,vda,ven,veneto,ag,agrigento,al,alessandria,alto-adige,altoadige,an,ancona,andria-barletta-trani,andria-trani-barletta,andriabarlettatrani,andriatranibarletta,ao,aosta,aoste,ap,aq,aquila,ar,arezzo,ascoli-piceno,ascolipiceno,asti,at,av,avellino,ba,balsan-sudtirol,xn--balsan-sdtirol-nsb,balsan-suedtirol,balsan,bari,barletta-trani-andria,barlettatraniandria,belluno,benevento,bergamo,bg,bi,biella,bl,bn,bo,bologna,bolzano-altoadige,bolzano,bozen-sudtirol,xn--bozen-sdtirol-2ob,bozen-suedtirol,bozen,br,brescia,brindisi,bs,bt,bulsan-sudtirol,xn--bulsan-sdtirol-nsb,bulsan-suedtirol,bulsan,bz,ca,cagliari,caltanissetta,campidano-medio,campidanomedio,campobasso,carbonia-iglesias,carboniaiglesias,carrara-massa,carraramassa,caserta,catania,catanzaro,cb,ce,cesena-forli,xn--cesena-forl-mcb,cesenaforli,xn--cesenaforl-i8a,ch,chieti,ci,cl,cn,co,como,cosenza,cr,cremona,crotone,cs,ct,cuneo,cz,dell-ogliastra,dellogliastra,en,enna,fc,fe,fermo,ferrara,fg,fi,firenze,florence,fm,foggia,forli-cesena,xn--forl-cesena-fcb,forlicesena,xn--forlcesena-c8a,fr,frosinone,ge,genoa,genova,go,gorizia,gr,grosseto,iglesias-carbonia,iglesiascarbonia,im,imperia,is,isernia,kr,la-spezia,laquila,laspezia,latina,lc,le,lecce,lecco,li,livorno,lo,lodi,lt,lu,lucca,macerata,mantova,massa-carrara,massacarrara,matera,mb,mc,me,medio-campidano,mediocampidano,messina,mi,milan,milano,mn,mo,modena,monza-brianza,monza-e-della-brianza,monza,monzabrianza,monzaebrianza,monzaedellabrianza,ms,mt,na,naples,napoli,no,novara,nu,nuoro,og,ogliastra,olbia-tempio,olbiatempio,or,oristano,ot,pa,padova,padua,palermo,parma,pavia,pc,pd,pe,perugia,pesaro-urbino,pesarourbino,pescara,pg,pi,piacenza,pisa,pistoia,pn,po,pordenone,potenza,pr,prato,pt,pu,pv,pz,ra,ragusa,ravenna,rc,re,reggio-calabria,reggio-emilia,reggiocalabria,reggioemilia,rg,ri,rieti,rimini,rm,rn,ro,roma,rome,rovigo,sa,salerno,sassari,savona,si,siena,siracusa,so,sondrio,sp,sr,ss,suedtirol,xn--sdtirol-n2a,sv,ta,taranto,te,tempio-olbia,tempioolbia,teramo,terni,tn,to,torino,tp,tr,trani-andria-barletta,trani-barletta-andria,traniandriabarletta,tranibarlettaandria,trapani,trento,treviso,trieste,ts,turin,tv,ud,udine,urbino-pesaro,urbinopesaro,va,varese,vb,vc,ve,venezia,venice,verbania,vercelli,verona,vi,vibo-valentia,vibovalentia,vicenza,viterbo,vr,vs,vt,vv;je:co,net,org;jm:*;jo:com,org,net,edu,sch,gov,mil,name;jp:ac,ad,co,ed,go,gr,lg,ne,or,aichi,akita,aomori,chiba,ehime,fukui,fukuoka,fukushima,gifu,gunma,hiroshima,hokkaido,hyogo,ibaraki,ishikawa,iwate,kagawa,kagoshima,kanagawa,kochi,kumamoto,kyoto,mie,miyagi,miyazaki,nagano,nagasaki,nara,niigata,oita,okayama,okinawa,osaka,saga,saitama,shiga,shimane,shizuoka,tochigi,tokushima,tokyo,tottori,toyama,wakayama,yamagata,yamaguchi,yamanashi,xn--4pvxs,xn--vgu402c,xn--c3s14m,xn--f6qx53a,xn--8pvr4u,xn--uist22h,xn--djrs72d6uy,xn--mkru45i,xn--0trq7p7nn,xn--8ltr62k,xn--2m4a15e,xn--efvn9s,xn--32vp30h,xn--4it797k,xn--1lqs71d,xn--5rtp49c,xn--5js045d,xn--ehqz56n,xn--1lqs03n,xn--qqqt11m,xn--kbrq7o,xn--pssu33l,xn--ntsq17g,xn--uisz3g,xn--6btw5a,xn--1ctwo,xn--6orx2r,xn--rht61e,xn--rht27z,xn--djty4k,xn--nit225k,xn--rht3d,xn--klty5x,xn--kltx9a,xn--kltp7d,xn--uuwu58a,xn--zbx025d,xn--ntso0iqx3a,xn--elqq16h,xn--4it168d,xn--klt787d,xn--rny31h,xn--7t0a264c,xn--5rtq34k,xn--k7yn95e,xn--tor131o,xn--d5qv7z876c;kawasaki.jp:*,!city;kitakyushu.jp:*,!city;kobe.jp:*,!city;nagoya.jp:*,!city;sapporo.jp:*,!city;sendai.jp:*,!city;yokohama.jp:*,!city;aichi.jp:aisai,ama,anjo,asuke,chiryu,chita,fuso,gamagori,handa,hazu,hekinan,higashiura,ichinomiya,inazawa,inuyama,isshiki,iwakura,kanie,kariya,kasugai,kira,kiyosu,komaki,konan,kota,mihama,miyoshi,nishio,nisshin,obu,oguchi,oharu,okazaki,owariasahi,seto,shikatsu,shinshiro,shitara,tahara,takahama,tobishima,toei,togo,tokai,tokoname,toyoake,toyohashi,toyokawa,toyone,toyota,tsushima,yatomi;akita.jp:akita,daisen,fujisato,gojome,hachirogata,happou,higashinaruse,honjo,honjyo,ikawa,kamikoani,kamioka,katagami,kazuno,kitaakita,kosaka,kyowa,misato,mitane,moriyoshi,nikaho,noshiro,odate,oga,ogata,semboku,yokote,yurihonjo;aomori.jp:aomori,gonohe,hachinohe,hashikami,hiranai,hirosaki,itayanagi,kuroishi,misawa,mutsu,nakadomari,noheji,oirase,owani,rokunohe,sannohe,shichinohe,shingo,takko,towada,tsugaru,tsuruta;chiba.jp:abiko,asahi,chonan,chosei,choshi,chuo,funabashi,futtsu,hanamigawa,ichihara,ichikawa,ichinomiya,inzai,isumi,kamagaya,kamogawa,kashiwa,katori,katsuura,kimitsu,kisarazu,kozaki,kujukuri,kyonan,matsudo,midori,mihama,minamiboso,mobara,mutsuzawa,nagara,nagareyama,narashino,narita,noda,oamishirasato,omigawa,onjuku,otaki,sakae,sakura,shimofusa,shirako,shiroi,shisui,sodegaura,sosa,tako,tateyama,togane,tohnosho,tomisato,urayasu,yachimata,yachiyo,yokaichiba,yokoshibahikari,yotsukaido;ehime.jp:ainan,honai,ikata,imabari,iyo,kamijima,kihoku,kumakogen,masaki,matsuno,matsuyama,namikata,niihama,ozu,saijo,seiyo,shikokuchuo,tobe,toon,uchiko,uwajima,yawatahama;fukui.jp:echizen,eiheiji,fukui,ikeda,katsuyama,mihama,minamiechizen,obama,ohi,ono,sabae,sakai,takahama,tsuruga,wakasa;fukuoka.jp:ashiya,buzen,chikugo,chikuho,chikujo,chikushino,chikuzen,chuo,dazaifu,fukuchi,hakata,higashi,hirokawa,hisayama,iizuka,inatsuki,kaho,kasuga,kasuya,kawara,keisen,koga,kurate,kurogi,kurume,minami,miyako,miyama,miyawaka,mizumaki,munakata,nakagawa,nakama,nishi,nogata,ogori,okagaki,okawa,oki,omuta,onga,onojo,oto,saigawa,sasaguri,shingu,shinyoshitomi,shonai,soeda,sue,tachiarai,tagawa,takata,toho,toyotsu,tsuiki,ukiha,umi,usui,yamada,yame,yanagawa,yukuhashi;fukushima.jp:aizubange,aizumisato,aizuwakamatsu,asakawa,bandai,date,fukushima,furudono,futaba,hanawa,higashi,hirata,hirono,iitate,inawashiro,ishikawa,iwaki,izumizaki,kagamiishi,kaneyama,kawamata,kitakata,kitashiobara,koori,koriyama,kunimi,miharu,mishima,namie,nango,nishiaizu,nishigo,okuma,omotego,ono,otama,samegawa,shimogo,shirakawa,showa,soma,sukagawa,taishin,tamakawa,tanagura,tenei,yabuki,yamato,yamatsuri,yanaizu,yugawa;gifu.jp:anpachi,ena,gifu,ginan,godo,gujo,hashima,hichiso,hida,higashishirakawa,ibigawa,ikeda,kakamigahara,kani,kasahara,kasamatsu,kawaue,kitagata,mino,minokamo,mitake,mizunami,motosu,nakatsugawa,ogaki,sakahogi,seki,sekigahara,shirakawa,tajimi,takayama,tarui,toki,tomika,wanouchi,yamagata,yaotsu,yoro;gunma.jp:annaka,chiyoda,fujioka,higashiagatsuma,isesaki,itakura,kanna,kanra,katashina,kawaba,kiryu,kusatsu,maebashi,meiwa,midori,minakami,naganohara,nakanojo,nanmoku,numata,oizumi,ora,ota,shibukawa,shimonita,shinto,showa,takasaki,takayama,tamamura,tatebayashi,tomioka,tsukiyono,tsumagoi,ueno,yoshioka;hiroshima.jp:asaminami,daiwa,etajima,fuchu,fukuyama,hatsukaichi,higashihiroshima,hongo,jinsekikogen,kaita,kui,kumano,kure,mihara,miyoshi,naka,onomichi,osakikamijima,otake,saka,sera,seranishi,shinichi,shobara,takehara;hokkaido.jp:abashiri,abira,aibetsu,akabira,akkeshi,asahikawa,ashibetsu,ashoro,assabu,atsuma,bibai,biei,bifuka,bihoro,biratori,chippubetsu,chitose,date,ebetsu,embetsu,eniwa,erimo,esan,esashi,fukagawa,fukushima,furano,furubira,haboro,hakodate,hamatonbetsu,hidaka,higashikagura,higashikawa,hiroo,hokuryu,hokuto,honbetsu,horokanai,horonobe,ikeda,imakane,ishikari,iwamizawa,iwanai,kamifurano,kamikawa,kamishihoro,kamisunagawa,kamoenai,kayabe,kembuchi,kikonai,kimobetsu,kitahiroshima,kitami,kiyosato,koshimizu,kunneppu,kuriyama,kuromatsunai,kushiro,kutchan,kyowa,mashike,matsumae,mikasa,minamifurano,mombetsu,moseushi,mukawa,muroran,naie,nakagawa,nakasatsunai,nakatombetsu,nanae,nanporo,nayoro,nemuro,niikappu,niki,nishiokoppe,noboribetsu,numata,obihiro,obira,oketo,okoppe,otaru,otobe,otofuke,otoineppu,oumu,ozora,pippu,rankoshi,rebun,rikubetsu,rishiri,rishirifuji,saroma,sarufutsu,shakotan,shari,shibecha,shibetsu,shikabe,shikaoi,shimamaki,shimizu,shimokawa,shinshinotsu,shintoku,shiranuka,shiraoi,shiriuchi,sobetsu,sunagawa,taiki,takasu,takikawa,takinoue,teshikaga,tobetsu,tohma,tomakomai,tomari,toya,toyako,toyotomi,toyoura,tsubetsu,tsukigata,urakawa,urausu,uryu,utashinai,wakkanai,wassamu,yakumo,yoichi;hyogo.jp:aioi,akashi,ako,amagasaki,aogaki,asago,ashiya,awaji,fukusaki,goshiki,harima,himeji,ichikawa,inagawa,itami,kakogawa,kamigori,kamikawa,kasai,kasuga,kawanishi,miki,minamiawaji,nishinomiya,nishiwaki,ono,sanda,sannan,sasayama,sayo,shingu,shinonsen,shiso,sumoto,taishi,taka,takarazuka,takasago,takino,tamba,tatsuno,toyooka,yabu,yashiro,yoka,yokawa;ibaraki.jp:ami,asahi,bando,chikusei,daigo,fujishiro,hitachi,hitachinaka,hitachiomiya,hitachiota,ibaraki,ina,inashiki,itako,iwama,joso,kamisu,kasama,kashima,kasumigaura,koga,miho,mito,moriya,naka,namegata,oarai,ogawa,omitama,ryugasaki,sakai,sakuragawa,shimodate,shimotsuma,shirosato,sowa,suifu,takahagi,tamatsukuri,tokai,tomobe,tone,toride,tsuchiura,tsukuba,uchihara,ushiku,yachiyo,yamagata,yawara,yuki;ishikawa.jp:anamizu,hakui,hakusan,kaga,kahoku,kanazawa,kawakita,komatsu,nakanoto,nanao,nomi,nonoichi,noto,shika,suzu,tsubata,tsurugi,uchinada,wajima;iwate.jp:fudai,fujisawa,hanamaki,hiraizumi,hirono,ichinohe,ichinoseki,iwaizumi,iwate,joboji,kamaishi,kanegasaki,karumai,kawai,kitakami,kuji,kunohe,kuzumaki,miyako,mizusawa,morioka,ninohe,noda,ofunato,oshu,otsuchi,rikuzentakata,shiwa,shizukuishi,sumita,tanohata,tono,yahaba,yamada;kagawa.jp:ayagawa,higashikagawa,kanonji,kotohira,manno,marugame,mitoyo,naoshima,sanuki,tadotsu,takamatsu,tonosho,uchinomi,utazu,zentsuji;kagoshima.jp:akune,amami,hioki,isa,isen,izumi,kagoshima,kanoya,kawanabe,kinko,kouyama,makurazaki,matsumoto,minamitane,nakatane,nishinoomote,satsumasendai,soo,tarumizu,yusui;kanagawa.jp:aikawa,atsugi,ayase,chigasaki,ebina,fujisawa,hadano,hakone,hiratsuka,isehara,kaisei,kamakura,kiyokawa,matsuda,minamiashigara,miura,nakai,ninomiya,odawara,oi,oiso,sagamihara,samukawa,tsukui,yamakita,yamato,yokosuka,yugawara,zama,zushi;kochi.jp:aki,geisei,hidaka,higashitsuno,ino,kagami,kami,kitagawa,kochi,mihara,motoyama,muroto,nahari,nakamura,nankoku,nishitosa,niyodogawa,ochi,okawa,otoyo,otsuki,sakawa,sukumo,susaki,tosa,tosashimizu,toyo,tsuno,umaji,yasuda,yusuhara;kumamoto.jp:amakusa,arao,aso,choyo,gyokuto,kamiamakusa,kikuchi,kumamoto,mashiki,mifune,minamata,minamioguni,nagasu,nishihara,oguni,ozu,sumoto,takamori,uki,uto,yamaga,yamato,yatsushiro;kyoto.jp:ayabe,fukuchiyama,higashiyama,ide,ine,joyo,kameoka,kamo,kita,kizu,kumiyama,kyotamba,kyotanabe,kyotango,maizuru,minami,minamiyamashiro,miyazu,muko,nagaokakyo,nakagyo,nantan,oyamazaki,sakyo,seika,tanabe,uji,ujitawara,wazuka,yamashina,yawata;mie.jp:asahi,inabe,ise,kameyama,kawagoe,kiho,kisosaki,kiwa,komono,kumano,kuwana,matsusaka,meiwa,mihama,minamiise,misugi,miyama,nabari,shima,suzuka,tado,taiki,taki,tamaki,toba,tsu,udono,ureshino,watarai,yokkaichi;miyagi.jp:furukawa,higashimatsushima,ishinomaki,iwanuma,kakuda,kami,kawasaki,marumori,matsushima,minamisanriku,misato,murata,natori,ogawara,ohira,onagawa,osaki,rifu,semine,shibata,shichikashuku,shikama,shiogama,shiroishi,tagajo,taiwa,tome,tomiya,wakuya,watari,yamamoto,zao;miyazaki.jp:aya,ebino,gokase,hyuga,kadogawa,kawaminami,kijo,kitagawa,kitakata,kitaura,kobayashi,kunitomi,kushima,mimata,miyakonojo,miyazaki,morotsuka,nichinan,nishimera,nobeoka,saito,shiiba,shintomi,takaharu,takanabe,takazaki,tsuno;nagano.jp:achi,agematsu,anan,aoki,asahi,azumino,chikuhoku,chikuma,chino,fujimi,hakuba,hara,hiraya,iida,iijima,iiyama,iizuna,ikeda,ikusaka,ina,karuizawa,kawakami,kiso,kisofukushima,kitaaiki,komagane,komoro,matsukawa,matsumoto,miasa,minamiaiki,minamimaki,minamiminowa,minowa,miyada,miyota,mochizuki,nagano,nagawa,nagiso,nakagawa,nakano,nozawaonsen,obuse,ogawa,okaya,omachi,omi,ookuwa,ooshika,otaki,otari,sakae,sakaki,saku,sakuho,shimosuwa,shinanomachi,shiojiri,suwa,suzaka,takagi,takamori,takayama,tateshina,tatsuno,togakushi,togura,tomi,ueda,wada,yamagata,yamanouchi,yasaka,yasuoka;nagasaki.jp:chijiwa,futsu,goto,hasami,hirado,iki,isahaya,kawatana,kuchinotsu,matsuura,nagasaki,obama,omura,oseto,saikai,sasebo,seihi,shimabara,shinkamigoto,togitsu,tsushima,unzen;nara.jp:ando,gose,heguri,higashiyoshino,ikaruga,ikoma,kamikitayama,kanmaki,kashiba,kashihara,katsuragi,kawai,kawakami,kawanishi,koryo,kurotaki,mitsue,miyake,nara,nosegawa,oji,ouda,oyodo,sakurai,sango,shimoichi,shimokitayama,shinjo,soni,takatori,tawaramoto,tenkawa,tenri,uda,yamatokoriyama,yamatotakada,yamazoe,yoshino;niigata.jp:aga,agano,gosen,itoigawa,izumozaki,joetsu,kamo,kariwa,kashiwazaki,minamiuonuma,mitsuke,muika,murakami,myoko,nagaoka,niigata,ojiya,omi,sado,sanjo,seiro,seirou,sekikawa,shibata,tagami,tainai,tochio,tokamachi,tsubame,tsunan,uonuma,yahiko,yoita,yuzawa;oita.jp:beppu,bungoono,bungotakada,hasama,hiji,himeshima,hita,kamitsue,kokonoe,kuju,kunisaki,kusu,oita,saiki,taketa,tsukumi,usa,usuki,yufu;okayama.jp:akaiwa,asakuchi,bizen,hayashima,ibara,kagamino,kasaoka,kibichuo,kumenan,kurashiki,maniwa,misaki,nagi,niimi,nishiawakura,okayama,satosho,setouchi,shinjo,shoo,soja,takahashi,tamano,tsuyama,wake,yakage;okinawa.jp:aguni,ginowan,ginoza,gushikami,haebaru,higashi,hirara,iheya,ishigaki,ishikawa,itoman,izena,kadena,kin,kitadaito,kitanakagusuku,kumejima,kunigami,minamidaito,motobu,nago,naha,nakagusuku,nakijin,nanjo,nishihara,ogimi,okinawa,onna,shimoji,taketomi,tarama,tokashiki,tomigusuku,tonaki,urasoe,uruma,yaese,yomitan,yonabaru,yonaguni,zamami;osaka.jp:abeno,chihayaakasaka,chuo,daito,fujiidera,habikino,hannan,higashiosaka,higashisumiyoshi,higashiyodogawa,hirakata,ibaraki,ikeda,izumi,izumiotsu,izumisano,kadoma,kaizuka,kanan,kashiwara,katano,kawachinagano,kishiwada,kita,kumatori,matsubara,minato,minoh,misaki,moriguchi,neyagawa,nishi,nose,osakasayama,sakai,sayama,sennan,settsu,shijonawate,shimamoto,suita,tadaoka,taishi,tajiri,takaishi,takatsuki,tondabayashi,toyonaka,toyono,yao;saga.jp:ariake,arita,fukudomi,genkai,hamatama,hizen,imari,kamimine,kanzaki,karatsu,kashima,kitagata,kitahata,kiyama,kouhoku,kyuragi,nishiarita,ogi,omachi,ouchi,saga,shiroishi,taku,tara,tosu,yoshinogari;saitama.jp:arakawa,asaka,chichibu,fujimi,fujimino,fukaya,hanno,hanyu,hasuda,hatogaya,hatoyama,hidaka,higashichichibu,higashimatsuyama,honjo,ina,iruma,iwatsuki,kamiizumi,kamikawa,kamisato,kasukabe,kawagoe,kawaguchi,kawajima,kazo,kitamoto,koshigaya,kounosu,kuki,kumagaya,matsubushi,minano,misato,miyashiro,miyoshi,moroyama,nagatoro,namegawa,niiza,ogano,ogawa,ogose,okegawa,omiya,otaki,ranzan,ryokami,saitama,sakado,satte,sayama,shiki,shiraoka,soka,sugito,toda,tokigawa,tokorozawa,tsurugashima,urawa,warabi,yashio,yokoze,yono,yorii,yoshida,yoshikawa,yoshimi;shiga.jp:aisho,gamo,higashiomi,hikone,koka,konan,kosei,koto,kusatsu,maibara,moriyama,nagahama,nishiazai,notogawa,omihachiman,otsu,ritto,ryuoh,takashima,takatsuki,torahime,toyosato,yasu;shimane.jp:akagi,ama,gotsu,hamada,higashiizumo,hikawa,hikimi,izumo,kakinoki,masuda,matsue,misato,nishinoshima,ohda,okinoshima,okuizumo,shimane,tamayu,tsuwano,unnan,yakumo,yasugi,yatsuka;shizuoka.jp:arai,atami,fuji,fujieda,fujikawa,fujinomiya,fukuroi,gotemba,haibara,hamamatsu,higashiizu,ito,iwata,izu,izunokuni,kakegawa,kannami,kawanehon,kawazu,kikugawa,kosai,makinohara,matsuzaki,minamiizu,mishima,morimachi,nishiizu,numazu,omaezaki,shimada,shimizu,shimoda,shizuoka,susono,yaizu,yoshida;tochigi.jp:ashikaga,bato,haga,ichikai,iwafune,kaminokawa,kanuma,karasuyama,kuroiso,mashiko,mibu,moka,motegi,nasu,nasushiobara,nikko,nishikata,nogi,ohira,ohtawara,oyama,sakura,sano,shimotsuke,shioya,takanezawa,tochigi,tsuga,ujiie,utsunomiya,yaita;tokushima.jp:aizumi,anan,ichiba,itano,kainan,komatsushima,matsushige,mima,minami,miyoshi,mugi,nakagawa,naruto,sanagochi,shishikui,tokushima,wajiki;tokyo.jp:adachi,akiruno,akishima,aogashima,arakawa,bunkyo,chiyoda,chofu,chuo,edogawa,fuchu,fussa,hachijo,hachioji,hamura,higashikurume,higashimurayama,higashiyamato,hino,hinode,hinohara,inagi,itabashi,katsushika,kita,kiyose,kodaira,koganei,kokubunji,komae,koto,kouzushima,kunitachi,machida,meguro,minato,mitaka,mizuho,musashimurayama,musashino,nakano,nerima,ogasawara,okutama,ome,oshima,ota,setagaya,shibuya,shinagawa,shinjuku,suginami,sumida,tachikawa,taito,tama,toshima;tottori.jp:chizu,hino,kawahara,koge,kotoura,misasa,nanbu,nichinan,sakaiminato,tottori,wakasa,yazu,yonago;toyama.jp:asahi,fuchu,fukumitsu,funahashi,himi,imizu,inami,johana,kamiichi,kurobe,nakaniikawa,namerikawa,nanto,nyuzen,oyabe,taira,takaoka,tateyama,toga,tonami,toyama,unazuki,uozu,yamada;wakayama.jp:arida,aridagawa,gobo,hashimoto,hidaka,hirogawa,inami,iwade,kainan,kamitonda,katsuragi,kimino,kinokawa,kitayama,koya,koza,kozagawa,kudoyama,kushimoto,mihama,misato,nachikatsuura,shingu,shirahama,taiji,tanabe,wakayama,yuasa,yura;yamagata.jp:asahi,funagata,higashine,iide,kahoku,kaminoyama,kaneyama,kawanishi,mamurogawa,mikawa,murayama,nagai,nakayama,nanyo,nishikawa,obanazawa,oe,oguni,ohkura,oishida,sagae,sakata,sakegawa,shinjo,shirataka,shonai,takahata,tendo,tozawa,tsuruoka,yamagata,yamanobe,yonezawa,yuza;yamaguchi.jp:abu,hagi,hikari,hofu,iwakuni,kudamatsu,mitou,nagato,oshima,shimonoseki,shunan,tabuse,tokuyama,toyota,ube,yuu;yamanashi.jp:chuo,doshi,fuefuki,fujikawa,fujikawaguchiko,fujiyoshida,hayakawa,hokuto,ichikawamisato,kai,kofu,koshu,kosuge,minami-alps,minobu,nakamichi,nanbu,narusawa,nirasaki,nishikatsura,oshino,otsuki,showa,tabayama,tsuru,uenohara,yamanakako,yamanashi;ke:ac,co,go,info,me,mobi,ne,or,sc;kg:org,net,com,edu,gov,mil;kh:*;ki:edu,biz,net,org,gov,info,com;km:org,nom,gov,prd,tm,edu,mil,ass,com,coop,asso,presse,medecin,notaires,pharmaciens,veterinaire,gouv;kn:net,org,edu,gov;kp:com,edu,gov,org,rep,tra;kr:ac,co,es,go,hs,kg,mil,ms,ne,or,pe,re,sc,busan,chungbuk,chungnam,daegu,daejeon,gangwon,gwangju,gyeongbuk,gyeonggi,gyeongnam,incheon,jeju,jeonbuk,jeonnam,seoul,ulsan;kw:com,edu,emb,gov,ind,net,org;ky:com,edu,net,org;kz:org,edu,net,gov,mil,com;la:int,net,info,edu,gov,per,com,org;lb:com,edu,gov,net,org;lc:com,net,co,org,edu,gov;lk:gov,sch,net,int,com,org,edu,ngo,soc,web,ltd,assn,grp,hotel,ac;lr:com,edu,gov,org,net;ls:ac,biz,co,edu,gov,info,net,org,sc;lt:gov;lv:com,edu,gov,org,mil,id,net,asn,conf;ly:com,net,gov,plc,edu,sch,med,org,id;ma:co,net,gov,org,ac,press;mc:tm,asso;me:co,net,org,edu,ac,gov,its,priv;mg:org,nom,gov,prd,tm,edu,mil,com,co;mk:com,org,net,edu,gov,inf,name;ml:com,edu,gouv,gov,net,org,presse;mm:*;mn:gov,edu,org;mo:com,net,org,edu,gov;mr:gov;ms:com,edu,gov,net,org;mt:com,edu,net,org;mu:com,net,org,gov,ac,co,or;museum:academy,agriculture,air,airguard,alabama,alaska,amber,ambulance,american,americana,americanantiques,americanart,amsterdam,and,annefrank,anthro,anthropology,antiques,aquarium,arboretum,archaeological,archaeology,architecture,art,artanddesign,artcenter,artdeco,arteducation,artgallery,arts,artsandcrafts,asmatart,assassination,assisi,association,astronomy,atlanta,austin,australia,automotive,aviation,axis,badajoz,baghdad,bahn,bale,baltimore,barcelona,baseball,basel,baths,bauern,beauxarts,beeldengeluid,bellevue,bergbau,berkeley,berlin,bern,bible,bilbao,bill,birdart,birthplace,bonn,boston,botanical,botanicalgarden,botanicgarden,botany,brandywinevalley,brasil,bristol,british,britishcolumbia,broadcast,brunel,brussel,brussels,bruxelles,building,burghof,bus,bushey,cadaques,california,cambridge,can,canada,capebreton,carrier,cartoonart,casadelamoneda,castle,castres,celtic,center,chattanooga,cheltenham,chesapeakebay,chicago,children,childrens,childrensgarden,chiropractic,chocolate,christiansburg,cincinnati,cinema,circus,civilisation,civilization,civilwar,clinton,clock,coal,coastaldefence,cody,coldwar,collection,colonialwilliamsburg,coloradoplateau,columbia,columbus,communication,communications,community,computer,computerhistory,xn--comunicaes-v6a2o,contemporary,contemporaryart,convent,copenhagen,corporation,xn--correios-e-telecomunicaes-ghc29a,corvette,costume,countryestate,county,crafts,cranbrook,creation,cultural,culturalcenter,culture,cyber,cymru,dali,dallas,database,ddr,decorativearts,delaware,delmenhorst,denmark,depot,design,detroit,dinosaur,discovery,dolls,donostia,durham,eastafrica,eastcoast,education,educational,egyptian,eisenbahn,elburg,elvendrell,embroidery,encyclopedic,england,entomology,environment,environmentalconservation,epilepsy,essex,estate,ethnology,exeter,exhibition,family,farm,farmequipment,farmers,farmstead,field,figueres,filatelia,film,fineart,finearts,finland,flanders,florida,force,fortmissoula,fortworth,foundation,francaise,frankfurt,franziskaner,freemasonry,freiburg,fribourg,frog,fundacio,furniture,gallery,garden,gateway,geelvinck,gemological,geology,georgia,giessen,glas,glass,gorge,grandrapids,graz,guernsey,halloffame,hamburg,handson,harvestcelebration,hawaii,health,heimatunduhren,hellas,helsinki,hembygdsforbund,heritage,histoire,historical,historicalsociety,historichouses,historisch,historisches,history,historyofscience,horology,house,humanities,illustration,imageandsound,indian,indiana,indianapolis,indianmarket,intelligence,interactive,iraq,iron,isleofman,jamison,jefferson,jerusalem,jewelry,jewish,jewishart,jfk,journalism,judaica,judygarland,juedisches,juif,karate,karikatur,kids,koebenhavn,koeln,kunst,kunstsammlung,kunstunddesign,labor,labour,lajolla,lancashire,landes,lans,xn--lns-qla,larsson,lewismiller,lincoln,linz,living,livinghistory,localhistory,london,losangeles,louvre,loyalist,lucerne,luxembourg,luzern,mad,madrid,mallorca,manchester,mansion,mansions,manx,marburg,maritime,maritimo,maryland,marylhurst,media,medical,medizinhistorisches,meeres,memorial,mesaverde,michigan,midatlantic,military,mill,miners,mining,minnesota,missile,missoula,modern,moma,money,monmouth,monticello,montreal,moscow,motorcycle,muenchen,muenster,mulhouse,muncie,museet,museumcenter,museumvereniging,music,national,nationalfirearms,nationalheritage,nativeamerican,naturalhistory,naturalhistorymuseum,naturalsciences,nature,naturhistorisches,natuurwetenschappen,naumburg,naval,nebraska,neues,newhampshire,newjersey,newmexico,newport,newspaper,newyork,niepce,norfolk,north,nrw,nyc,nyny,oceanographic,oceanographique,omaha,online,ontario,openair,oregon,oregontrail,otago,oxford,pacific,paderborn,palace,paleo,palmsprings,panama,paris,pasadena,pharmacy,philadelphia,philadelphiaarea,philately,phoenix,photography,pilots,pittsburgh,planetarium,plantation,plants,plaza,portal,portland,portlligat,posts-and-telecommunications,preservation,presidio,press,project,public,pubol,quebec,railroad,railway,research,resistance,riodejaneiro,rochester,rockart,roma,russia,saintlouis,salem,salvadordali,salzburg,sandiego,sanfrancisco,santabarbara,santacruz,santafe,saskatchewan,satx,savannahga,schlesisches,schoenbrunn,schokoladen,school,schweiz,science,scienceandhistory,scienceandindustry,sciencecenter,sciencecenters,science-fiction,sciencehistory,sciences,sciencesnaturelles,scotland,seaport,settlement,settlers,shell,sherbrooke,sibenik,silk,ski,skole,society,sologne,soundandvision,southcarolina,southwest,space,spy,square,stadt,stalbans,starnberg,state,stateofdelaware,station,steam,steiermark,stjohn,stockholm,stpetersburg,stuttgart,suisse,surgeonshall,surrey,svizzera,sweden,sydney,tank,tcm,technology,telekommunikation,television,texas,textile,theater,time,timekeeping,topology,torino,touch,town,transport,tree,trolley,trust,trustee,uhren,ulm,undersea,university,usa,usantiques,usarts,uscountryestate,usculture,usdecorativearts,usgarden,ushistory,ushuaia,uslivinghistory,utah,uvic,valley,vantaa,versailles,viking,village,virginia,virtual,virtuel,vlaanderen,volkenkunde,wales,wallonie,war,washingtondc,watchandclock,watch-and-clock,western,westfalen,whaling,wildlife,williamsburg,windmill,workshop,york,yorkshire,yosemite,youth,zoological,zoology,xn--9dbhblg6di,xn--h1aegh;mv:aero,biz,com,coop,edu,gov,info,int,mil,museum,name,net,org,pro;mw:ac,biz,co,com,coop,edu,gov,int,museum,net,org;mx:com,org,gob,edu,net;my:biz,com,edu,gov,mil,name,net,org;mz:ac,adv,co,edu,gov,mil,net,org;na:info,pro,name,school,or,dr,us,mx,ca,in,cc,tv,ws,mobi,co,com,org;nc:asso,nom;nf:com,net,per,rec,web,arts,firm,info,other,store;ng:com,edu,gov,i,mil,mobi,name,net,org,sch;ni:ac,biz,co,com,edu,gob,in,info,int,mil,net,nom,org,web;no:fhs,vgs,fylkesbibl,folkebibl,museum,idrett,priv,mil,stat,dep,kommune,herad,aa,ah,bu,fm,hl,hm,jan-mayen,mr,nl,nt,of,ol,oslo,rl,sf,st,svalbard,tm,tr,va,vf,akrehamn,xn--krehamn-dxa,algard,xn--lgrd-poac,arna,brumunddal,bryne,bronnoysund,xn--brnnysund-m8ac,drobak,xn--drbak-wua,egersund,fetsund,floro,xn--flor-jra,fredrikstad,hokksund,honefoss,xn--hnefoss-q1a,jessheim,jorpeland,xn--jrpeland-54a,kirkenes,kopervik,krokstadelva,langevag,xn--langevg-jxa,leirvik,mjondalen,xn--mjndalen-64a,mo-i-rana,mosjoen,xn--mosjen-eya,nesoddtangen,orkanger,osoyro,xn--osyro-wua,raholt,xn--rholt-mra,sandnessjoen,xn--sandnessjen-ogb,skedsmokorset,slattum,spjelkavik,stathelle,stavern,stjordalshalsen,xn--stjrdalshalsen-sqb,tananger,tranby,vossevangen,afjord,xn--fjord-lra,agdenes,al,xn--l-1fa,alesund,xn--lesund-hua,alstahaug,alta,xn--lt-liac,alaheadju,xn--laheadju-7ya,alvdal,amli,xn--mli-tla,amot,xn--mot-tla,andebu,andoy,xn--andy-ira,andasuolo,ardal,xn--rdal-poa,aremark,arendal,xn--s-1fa,aseral,xn--seral-lra,asker,askim,askvoll,askoy,xn--asky-ira,asnes,xn--snes-poa,audnedaln,aukra,aure,aurland,aurskog-holand,xn--aurskog-hland-jnb,austevoll,austrheim,averoy,xn--avery-yua,balestrand,ballangen,balat,xn--blt-elab,balsfjord,bahccavuotna,xn--bhccavuotna-k7a,bamble,bardu,beardu,beiarn,bajddar,xn--bjddar-pta,baidar,xn--bidr-5nac,berg,bergen,berlevag,xn--berlevg-jxa,bearalvahki,xn--bearalvhki-y4a,bindal,birkenes,bjarkoy,xn--bjarky-fya,bjerkreim,bjugn,bodo,xn--bod-2na,badaddja,xn--bdddj-mrabd,budejju,bokn,bremanger,bronnoy,xn--brnny-wuac,bygland,bykle,barum,xn--brum-voa,bievat,xn--bievt-0qa,bomlo,xn--bmlo-gra,batsfjord,xn--btsfjord-9za,bahcavuotna,xn--bhcavuotna-s4a,dovre,drammen,drangedal,dyroy,xn--dyry-ira,donna,xn--dnna-gra,eid,eidfjord,eidsberg,eidskog,eidsvoll,eigersund,elverum,enebakk,engerdal,etne,etnedal,evenes,evenassi,xn--eveni-0qa01ga,evje-og-hornnes,farsund,fauske,fuossko,fuoisku,fedje,fet,finnoy,xn--finny-yua,fitjar,fjaler,fjell,flakstad,flatanger,flekkefjord,flesberg,flora,fla,xn--fl-zia,folldal,forsand,fosnes,frei,frogn,froland,frosta,frana,xn--frna-woa,froya,xn--frya-hra,fusa,fyresdal,forde,xn--frde-gra,gamvik,gangaviika,xn--ggaviika-8ya47h,gaular,gausdal,gildeskal,xn--gildeskl-g0a,giske,gjemnes,gjerdrum,gjerstad,gjesdal,gjovik,xn--gjvik-wua,gloppen,gol,gran,grane,granvin,gratangen,grimstad,grong,kraanghke,xn--kranghke-b0a,grue,gulen,hadsel,halden,halsa,hamar,hamaroy,habmer,xn--hbmer-xqa,hapmir,xn--hpmir-xqa,hammerfest,hammarfeasta,xn--hmmrfeasta-s4ac,haram,hareid,harstad,hasvik,aknoluokta,xn--koluokta-7ya57h,hattfjelldal,aarborte,haugesund,hemne,hemnes,hemsedal,hitra,hjartdal,hjelmeland,hobol,xn--hobl-ira,hof,hol,hole,holmestrand,holtalen,xn--holtlen-hxa,hornindal,horten,hurdal,hurum,hvaler,hyllestad,hagebostad,xn--hgebostad-g3a,hoyanger,xn--hyanger-q1a,hoylandet,xn--hylandet-54a,ha,xn--h-2fa,ibestad,inderoy,xn--indery-fya,iveland,jevnaker,jondal,jolster,xn--jlster-bya,karasjok,karasjohka,xn--krjohka-hwab49j,karlsoy,galsa,xn--gls-elac,karmoy,xn--karmy-yua,kautokeino,guovdageaidnu,klepp,klabu,xn--klbu-woa,kongsberg,kongsvinger,kragero,xn--krager-gya,kristiansand,kristiansund,krodsherad,xn--krdsherad-m8a,kvalsund,rahkkeravju,xn--rhkkervju-01af,kvam,kvinesdal,kvinnherad,kviteseid,kvitsoy,xn--kvitsy-fya,kvafjord,xn--kvfjord-nxa,giehtavuoatna,kvanangen,xn--kvnangen-k0a,navuotna,xn--nvuotna-hwa,kafjord,xn--kfjord-iua,gaivuotna,xn--givuotna-8ya,larvik,lavangen,lavagis,loabat,xn--loabt-0qa,lebesby,davvesiida,leikanger,leirfjord,leka,leksvik,lenvik,leangaviika,xn--leagaviika-52b,lesja,levanger,lier,lierne,lillehammer,lillesand,lindesnes,lindas,xn--linds-pra,lom,loppa,lahppi,xn--lhppi-xqa,lund,lunner,luroy,xn--lury-ira,luster,lyngdal,lyngen,ivgu,lardal,lerdal,xn--lrdal-sra,lodingen,xn--ldingen-q1a,lorenskog,xn--lrenskog-54a,loten,xn--lten-gra,malvik,masoy,xn--msy-ula0h,muosat,xn--muost-0qa,mandal,marker,marnardal,masfjorden,meland,meldal,melhus,meloy,xn--mely-ira,meraker,xn--merker-kua,moareke,xn--moreke-jua,midsund,midtre-gauldal,modalen,modum,molde,moskenes,moss,mosvik,malselv,xn--mlselv-iua,malatvuopmi,xn--mlatvuopmi-s4a,namdalseid,aejrie,namsos,namsskogan,naamesjevuemie,xn--nmesjevuemie-tcba,laakesvuemie,nannestad,narvik,narviika,naustdal,nedre-eiker,nesna,nesodden,nesseby,unjarga,xn--unjrga-rta,nesset,nissedal,nittedal,nord-aurdal,nord-fron,nord-odal,norddal,nordkapp,davvenjarga,xn--davvenjrga-y4a,nordre-land,nordreisa,raisa,xn--risa-5na,nore-og-uvdal,notodden,naroy,xn--nry-yla5g,notteroy,xn--nttery-byae,odda,oksnes,xn--ksnes-uua,oppdal,oppegard,xn--oppegrd-ixa,orkdal,orland,xn--rland-uua,orskog,xn--rskog-uua,orsta,xn--rsta-fra,osen,osteroy,xn--ostery-fya,ostre-toten,xn--stre-toten-zcb,overhalla,ovre-eiker,xn--vre-eiker-k8a,oyer,xn--yer-zna,oygarden,xn--ygarden-p1a,oystre-slidre,xn--ystre-slidre-ujb,porsanger,porsangu,xn--porsgu-sta26f,porsgrunn,radoy,xn--rady-ira,rakkestad,rana,ruovat,randaberg,rauma,rendalen,rennebu,rennesoy,xn--rennesy-v1a,rindal,ringebu,ringerike,ringsaker,rissa,risor,xn--risr-ira,roan,rollag,rygge,ralingen,xn--rlingen-mxa,rodoy,xn--rdy-0nab,romskog,xn--rmskog-bya,roros,xn--rros-gra,rost,xn--rst-0na,royken,xn--ryken-vua,royrvik,xn--ryrvik-bya,rade,xn--rde-ula,salangen,siellak,saltdal,salat,xn--slt-elab,xn--slat-5na,samnanger,sandefjord,sandnes,sandoy,xn--sandy-yua,sarpsborg,sauda,sauherad,sel,selbu,selje,seljord,sigdal,siljan,sirdal,skaun,skedsmo,ski,skien,skiptvet,skjervoy,xn--skjervy-v1a,skierva,xn--skierv-uta,skjak,xn--skjk-soa,skodje,skanland,xn--sknland-fxa,skanit,xn--sknit-yqa,smola,xn--smla-hra,snillfjord,snasa,xn--snsa-roa,snoasa,snaase,xn--snase-nra,sogndal,sokndal,sola,solund,songdalen,sortland,spydeberg,stange,stavanger,steigen,steinkjer,stjordal,xn--stjrdal-s1a,stokke,stor-elvdal,stord,stordal,storfjord,omasvuotna,strand,stranda,stryn,sula,suldal,sund,sunndal,surnadal,sveio,svelvik,sykkylven,sogne,xn--sgne-gra,somna,xn--smna-gra,sondre-land,xn--sndre-land-0cb,sor-aurdal,xn--sr-aurdal-l8a,sor-fron,xn--sr-fron-q1a,sor-odal,xn--sr-odal-q1a,sor-varanger,xn--sr-varanger-ggb,matta-varjjat,xn--mtta-vrjjat-k7af,sorfold,xn--srfold-bya,sorreisa,xn--srreisa-q1a,sorum,xn--srum-gra,tana,deatnu,time,tingvoll,tinn,tjeldsund,dielddanuorri,tjome,xn--tjme-hra,tokke,tolga,torsken,tranoy,xn--trany-yua,tromso,xn--troms-zua,tromsa,romsa,trondheim,troandin,trysil,trana,xn--trna-woa,trogstad,xn--trgstad-r1a,tvedestrand,tydal,tynset,tysfjord,divtasvuodna,divttasvuotna,tysnes,tysvar,xn--tysvr-vra,tonsberg,xn--tnsberg-q1a,ullensaker,ullensvang,ulvik,utsira,vadso,xn--vads-jra,cahcesuolo,xn--hcesuolo-7ya35b,vaksdal,valle,vang,vanylven,vardo,xn--vard-jra,varggat,xn--vrggt-xqad,vefsn,vaapste,vega,vegarshei,xn--vegrshei-c0a,vennesla,verdal,verran,vestby,vestnes,vestre-slidre,vestre-toten,vestvagoy,xn--vestvgy-ixa6o,vevelstad,vik,vikna,vindafjord,volda,voss,varoy,xn--vry-yla5g,vagan,xn--vgan-qoa,voagat,vagsoy,xn--vgsy-qoa0j,vaga,xn--vg-yiab;aa.no:gs;ah.no:gs;bu.no:gs;fm.no:gs;hl.no:gs;hm.no:gs;jan-mayen.no:gs;mr.no:gs;nl.no:gs;nt.no:gs;of.no:gs;ol.no:gs;oslo.no:gs;rl.no:gs;sf.no:gs;st.no:gs;svalbard.no:gs;tm.no:gs;tr.no:gs;va.no:gs;vf.no:gs;telemark.no:bo,xn--b-5ga;nordland.no:bo,xn--b-5ga,heroy,xn--hery-ira;more-og-romsdal.no:heroy,sande;xn--mre-og-romsdal-qqb.no:xn--hery-ira,sande;akershus.no:nes;buskerud.no:nes;hedmark.no:os,valer,xn--vler-qoa;hordaland.no:os;vestfold.no:sande;ostfold.no:valer;xn--stfold-9xa.no:xn--vler-qoa;np:*;nr:biz,info,gov,edu,org,net,com;nz:ac,co,cri,geek,gen,govt,health,iwi,kiwi,maori,mil,xn--mori-qsa,net,org,parliament,school;om:co,com,edu,gov,med,museum,net,org,pro;pa:ac,gob,com,org,sld,edu,net,ing,abo,med,nom;pe:edu,gob,nom,mil,org,com,net;pf:com,org,edu;pg:*;ph:com,net,org,gov,edu,ngo,mil,i;pk:com,net,edu,org,fam,biz,web,gov,gob,gok,gon,gop,gos,info;pl:com,net,org,aid,agro,atm,auto,biz,edu,gmina,gsm,info,mail,miasta,media,mil,nieruchomosci,nom,pc,powiat,priv,realestate,rel,sex,shop,sklep,sos,szkola,targi,tm,tourism,travel,turystyka,gov,augustow,babia-gora,bedzin,beskidy,bialowieza,bialystok,bielawa,bieszczady,boleslawiec,bydgoszcz,bytom,cieszyn,czeladz,czest,dlugoleka,elblag,elk,glogow,gniezno,gorlice,grajewo,ilawa,jaworzno,jelenia-gora,jgora,kalisz,kazimierz-dolny,karpacz,kartuzy,kaszuby,katowice,kepno,ketrzyn,klodzko,kobierzyce,kolobrzeg,konin,konskowola,kutno,lapy,lebork,legnica,lezajsk,limanowa,lomza,lowicz,lubin,lukow,malbork,malopolska,mazowsze,mazury,mielec,mielno,mragowo,naklo,nowaruda,nysa,olawa,olecko,olkusz,olsztyn,opoczno,opole,ostroda,ostroleka,ostrowiec,ostrowwlkp,pila,pisz,podhale,podlasie,polkowice,pomorze,pomorskie,prochowice,pruszkow,przeworsk,pulawy,radom,rawa-maz,rybnik,rzeszow,sanok,sejny,slask,slupsk,sosnowiec,stalowa-wola,skoczow,starachowice,stargard,suwalki,swidnica,swiebodzin,swinoujscie,szczecin,szczytno,tarnobrzeg,tgory,turek,tychy,ustka,walbrzych,warmia,warszawa,waw,wegrow,wielun,wlocl,wloclawek,wodzislaw,wolomin,wroclaw,zachpomor,zagan,zarow,zgora,zgorzelec;gov.pl:ap,ic,is,us,kmpsp,kppsp,kwpsp,psp,wskr,kwp,mw,ug,um,umig,ugim,upow,uw,starostwo,pa,po,psse,pup,rzgw,sa,so,sr,wsa,sko,uzs,wiih,winb,pinb,wios,witd,wzmiuw,piw,wiw,griw,wif,oum,sdn,zp,uppo,mup,wuoz,konsulat,oirm;pn:gov,co,org,edu,net;pr:com,net,org,gov,edu,isla,pro,biz,info,name,est,prof,ac;pro:aaa,aca,acct,avocat,bar,cpa,eng,jur,law,med,recht;ps:edu,gov,sec,plo,com,org,net;pt:net,gov,org,edu,int,publ,com,nome;pw:co,ne,or,ed,go,belau;py:com,coop,edu,gov,mil,net,org;qa:com,edu,gov,mil,name,net,org,sch;re:asso,com,nom;ro:arts,com,firm,info,nom,nt,org,rec,store,tm,www;rs:ac,co,edu,gov,in,org;rw:ac,co,coop,gov,mil,net,org;sa:com,net,org,gov,med,pub,edu,sch;sb:com,edu,gov,net,org;sc:com,gov,net,org,edu;sd:com,net,org,edu,med,tv,gov,info;se:a,ac,b,bd,brand,c,d,e,f,fh,fhsk,fhv,g,h,i,k,komforb,kommunalforbund,komvux,l,lanbib,m,n,naturbruksgymn,o,org,p,parti,pp,press,r,s,t,tm,u,w,x,y,z;sg:com,net,org,gov,edu,per;sh:com,net,gov,org,mil;sl:com,net,edu,gov,org;sn:art,com,edu,gouv,org,perso,univ;so:com,edu,gov,me,net,org;ss:biz,com,edu,gov,me,net,org,sch;st:co,com,consulado,edu,embaixada,mil,net,org,principe,saotome,store;sv:com,edu,gob,org,red;sx:gov;sy:edu,gov,net,mil,com,org;sz:co,ac,org;th:ac,co,go,in,mi,net,or;tj:ac,biz,co,com,edu,go,gov,int,mil,name,net,nic,org,test,web;tl:gov;tm:com,co,org,net,nom,gov,mil,edu;tn:com,ens,fin,gov,ind,info,intl,mincom,nat,net,org,perso,tourism;to:com,gov,net,org,edu,mil;tr:av,bbs,bel,biz,com,dr,edu,gen,gov,info,mil,k12,kep,name,net,org,pol,tel,tsk,tv,web,nc;nc.tr:gov;tt:co,com,org,net,biz,info,pro,int,coop,jobs,mobi,travel,museum,aero,name,gov,edu;tw:edu,gov,mil,com,net,org,idv,game,ebiz,club,xn--zf0ao64a,xn--uc0atv,xn--czrw28b;tz:ac,co,go,hotel,info,me,mil,mobi,ne,or,sc,tv;ua:com,edu,gov,in,net,org,cherkassy,cherkasy,chernigov,chernihiv,chernivtsi,chernovtsy,ck,cn,cr,crimea,cv,dn,dnepropetrovsk,dnipropetrovsk,donetsk,dp,if,ivano-frankivsk,kh,kharkiv,kharkov,kherson,khmelnitskiy,khmelnytskyi,kiev,kirovograd,km,kr,krym,ks,kv,kyiv,lg,lt,lugansk,lutsk,lv,lviv,mk,mykolaiv,nikolaev,od,odesa,odessa,pl,poltava,rivne,rovno,rv,sb,sebastopol,sevastopol,sm,sumy,te,ternopil,uz,uzhgorod,vinnica,vinnytsia,vn,volyn,yalta,zaporizhzhe,zaporizhzhia,zhitomir,zhytomyr,zp,zt;ug:co,or,ac,sc,go,ne,com,org;uk:ac,co,gov,ltd,me,net,nhs,org,plc,police;sch.uk:*;us:dni,fed,isa,kids,nsn,ak,al,ar,as,az,ca,co,ct,dc,de,fl,ga,gu,hi,ia,id,il,in,ks,ky,la,ma,md,me,mi,mn,mo,ms,mt,nc,nd,ne,nh,nj,nm,nv,ny,oh,ok,or,pa,pr,ri,sc,sd,tn,tx,ut,vi,vt,va,wa,wi,wv,wy;ak.us:k12,cc,lib;al.us:k12,cc,lib;ar.us:k12,cc,lib;as.us:k12,cc,lib;az.us:k12,cc,lib;ca.us:k12,cc,lib;co.us:k12,cc,lib;ct.us:k12,cc,lib;dc.us:k12,cc,lib;de.us:k12,cc;fl.us:k12,cc,lib;ga.us:k12,cc,lib;gu.us:k12,cc,lib;ia.us:k12,cc,lib;id.us:k12,cc,lib;il.us:k12,cc,lib;in.us:k12,cc,lib;ks.us:k12,cc,lib;ky.us:k12,cc,lib;la.us:k12,cc,lib;ma.us:k12,cc,lib;md.us:k12,cc,lib;me.us:k12,cc,lib;mi.us:k12,cc,lib,ann-arbor,cog,dst,eaton,gen,mus,tec,washtenaw;mn.us:k12,cc,lib;mo.us:k12,cc,lib;ms.us:k12,cc,lib;mt.us:k12,cc,lib;nc.us:k12,cc,lib;ne.us:k12,cc,lib;nh.us:k12,cc,lib;nj.us:k12,cc,lib;nm.us:k12,cc,lib;nv.us:k12,cc,lib;ny.us:k12,cc,lib;oh.us:k12,cc,lib;ok.us:k12,cc,lib;or.us:k12,cc,lib;pa.us:k12,cc,lib;pr.us:k12,cc,lib;sc.us:k12,cc,lib;tn.us:k12,cc,lib;tx.us:k12,cc,lib;ut.us:k12,cc,lib;vi.us:k12,cc,lib;vt.us:k12,cc,lib;va.us:k12,cc,lib;wa.us:k12,cc,lib;wi.us:k12,cc,lib;wy.us:k12,cc,lib;hi.us:cc,lib;nd.us:cc,lib;ri.us:cc,lib;sd.us:cc,lib;wv.us:cc;k12.ma.us:pvt,chtr,paroch;uy:com,edu,gub,mil,net,org;uz:co,com,net,org;vc:com,net,org,gov,mil,edu;ve:arts,bib,co,com,e12,edu,firm,gob,gov,info,int,mil,net,nom,org,rar,rec,store,tec,web;vi:co,com,k12,net,org;vn:com,net,org,edu,gov,int,ac,biz,info,name,pro,health;vu:com,edu,net,org;ws:com,net,org,gov,edu;xn--j6w193g:xn--55qx5d,xn--wcvs22d,xn--mxtq1m,xn--gmqw5a,xn--od0alg,xn--uc0atv;xn--90a3ac:xn--o1ac,xn--c1avg,xn--90azh,xn--d1at,xn--o1ach,xn--80au;xn--o3cw4h:xn--12c1fe0br,xn--12co0c3b4eva,xn--h3cuzk1di,xn--o3cyx2a,xn--m3ch0j3a,xn--12cfi8ixb8l;ye:com,edu,gov,net,mil,org;za:ac,agric,alt,co,edu,gov,grondar,law,mil,net,ngo,nic,nis,nom,org,school,tm,web;zm:ac,biz,co,com,edu,gov,info,mil,net,org,sch;zw:ac,co,gov,mil,org"
____exports.BUILT_IN_PRIVATE_RULES = "ua:cc,inf,ltd,cx,biz,co,pp,v;to:611,oya,rdv,vpnplus,nyan;us:graphox,cloudns,drud,is-by,land-4-sale,stuff-4-sale,mircloud,freeddns,golffan,noip,pointto,platterp;devcdnaccesso.com:*;on-acorn.io:*;biz:activetrail,cloudns,jozi,dyndns,for-better,for-more,for-some,for-the,selfip,webhop,orx,mmafan,myftp,no-ip,dscloud;com:adobeaemcloud,airkitapps,airkitapps-au,aivencloud,kasserver,elasticbeanstalk,awsglobalaccelerator,siiites,appspacehosted,appspaceusercontent,on-aptible,myasustor,balena-devices,betainabox,boutir,bplaced,cafjs,canva-apps,br,cn,de,eu,jpn,mex,ru,sa,uk,us,za,ar,hu,kr,no,qc,uy,africa,gr,co,jdevcloud,wpdevcloud,cloudcontrolled,cloudcontrolapp,cf-ipfs,cloudflare-ipfs,trycloudflare,dattolocal,dattorelay,dattoweb,mydatto,builtwithdark,ddns5,discordsays,discordsez,drayddns,dreamhosters,mydrobo,dyndns-at-home,dyndns-at-work,dyndns-blog,dyndns-free,dyndns-home,dyndns-ip,dyndns-mail,dyndns-office,dyndns-pics,dyndns-remote,dyndns-server,dyndns-web,dyndns-wiki,dyndns-work,blogdns,cechire,dnsalias,dnsdojo,doesntexist,dontexist,doomdns,dyn-o-saur,dynalias,est-a-la-maison,est-a-la-masion,est-le-patron,est-mon-blogueur,from-ak,from-al,from-ar,from-ca,from-ct,from-dc,from-de,from-fl,from-ga,from-hi,from-ia,from-id,from-il,from-in,from-ks,from-ky,from-ma,from-md,from-mi,from-mn,from-mo,from-ms,from-mt,from-nc,from-nd,from-ne,from-nh,from-nj,from-nm,from-nv,from-oh,from-ok,from-or,from-pa,from-pr,from-ri,from-sc,from-sd,from-tn,from-tx,from-ut,from-va,from-vt,from-wa,from-wi,from-wv,from-wy,getmyip,gotdns,hobby-site,homelinux,homeunix,iamallama,is-a-anarchist,is-a-blogger,is-a-bookkeeper,is-a-bulls-fan,is-a-caterer,is-a-chef,is-a-conservative,is-a-cpa,is-a-cubicle-slave,is-a-democrat,is-a-designer,is-a-doctor,is-a-financialadvisor,is-a-geek,is-a-green,is-a-guru,is-a-hard-worker,is-a-hunter,is-a-landscaper,is-a-lawyer,is-a-liberal,is-a-libertarian,is-a-llama,is-a-musician,is-a-nascarfan,is-a-nurse,is-a-painter,is-a-personaltrainer,is-a-photographer,is-a-player,is-a-republican,is-a-rockstar,is-a-socialist,is-a-student,is-a-teacher,is-a-techie,is-a-therapist,is-an-accountant,is-an-actor,is-an-actress,is-an-anarchist,is-an-artist,is-an-engineer,is-an-entertainer,is-certified,is-gone,is-into-anime,is-into-cars,is-into-cartoons,is-into-games,is-leet,is-not-certified,is-slick,is-uberleet,is-with-theband,isa-geek,isa-hockeynut,issmarterthanyou,likes-pie,likescandy,neat-url,saves-the-whales,selfip,sells-for-less,sells-for-u,servebbs,simple-url,space-to-rent,teaches-yoga,writesthisblog,ddnsfree,ddnsgeek,giize,gleeze,kozow,loseyourip,ooguy,theworkpc,mytuleap,tuleap-partners,encoreapi,onfabrica,fastly-edge,fastly-terrarium,fastvps-server,mydobiss,firebaseapp,fldrv,forgeblocks,framercanvas,freebox-os,freeboxos,freemyip,gentapps,gentlentapis,githubusercontent,appspot,codespot,googleapis,googlecode,pagespeedmobilizer,publishproxy,withgoogle,withyoutube,blogspot,awsmppl,herokuapp,herokussl,impertrixcdn,impertrix,smushcdn,wphostedmail,wpmucdn,pixolino,amscompute,clicketcloud,dopaas,hidora,kilatiron,ktistory,lpusercontent,barsycenter,barsyonline,mazeplay,miniserver,meteorapp,hostedpi,4u,nfshost,001www,ddnslive,myiphost,blogsyte,ciscofreak,damnserver,ditchyourip,dnsiskinky,dynns,geekgalaxy,health-carereform,homesecuritymac,homesecuritypc,myactivedirectory,mysecuritycamera,net-freaks,onthewifi,point2this,quicksytes,securitytactics,serveexchange,servehumour,servep2p,servesarcasm,stufftoread,unusualperson,workisboring,3utilities,ddnsking,myvnc,servebeer,servecounterstrike,serveftp,servegame,servehalflife,servehttp,serveirc,servemp3,servepics,servequake,simplesite,orsites,operaunite,authgear-staging,authgearapps,skygearapp,outsystemscloud,ownprovider,pgfog,pagefrontapp,pagexl,gotpantheon,platter-app,pleskns,postman-echo,pythonanywhere,qualifioapp,qbuser,qa2,dev-myqnapcloud,alpha-myqnapcloud,myqnapcloud,rackmaze,rhcloud,onrender,logoip,scrysec,firewall-gateway,myshopblocks,myshopify,shopitsite,1kapp,appchizi,applinzi,sinaapp,vipsinaapp,bounty-full,streamlitapp,try-snowplow,stackhero-network,playstation-cloud,myspreadshop,temp-dns,dsmynas,familyds,mytabit,reservd,thingdustdata,bloxcms,townnews-staging,hk,it,wafflecell,reserve-online,hotelwithflight,remotewd,messwithdns,woltlab-demo,wpenginepowered,wixsite,xnbay,yolasite;dev.adobeaemcloud.com:*;live:hlx;net:adobeaemcloud,adobeio-static,adobeioruntime,akadns,akamai,akamai-staging,akamaiedge,akamaiedge-staging,akamaihd,akamaihd-staging,akamaiorigin,akamaiorigin-staging,akamaized,akamaized-staging,edgekey,edgekey-staging,edgesuite,edgesuite-staging,alwaysdata,myamaze,cloudfront,t3l3p0rt,appudo,myfritz,onavstack,shopselect,blackbaudcdn,boomla,bplaced,square7,gb,hu,jp,se,uk,in,clickrising,cloudaccess,cdn77-ssl,feste-ip,knx-server,static-access,dattolocal,mydatto,debian,bitbridge,at-band-camp,blogdns,broke-it,buyshouses,dnsalias,dnsdojo,does-it,dontexist,dynalias,dynathome,endofinternet,from-az,from-co,from-la,from-ny,gets-it,ham-radio-op,homeftp,homeip,homelinux,homeunix,in-the-band,is-a-chef,is-a-geek,isa-geek,kicks-ass,office-on-the,podzone,scrapper-site,selfip,sells-it,servebbs,serveftp,thruhere,webhop,definima,casacam,dynu,dynv6,twmail,ru,channelsdvr,fastlylb,edgeapp,flynnhosting,cdn-edges,heteml,cloudfunctions,moonscale,in-dsl,in-vpn,ipifony,iobb,cloudjiffy,faststacks,kinghost,uni5,krellian,barsy,memset,azurewebsites,azure-mobile,cloudapp,azurestaticapps,dnsup,hicam,now-dns,ownip,vpndns,eating-organic,mydissent,myeffect,mymediapc,mypsx,mysecuritycamera,nhlfan,no-ip,pgafan,privatizehealthinsurance,bounceme,ddns,redirectme,serveblog,serveminecraft,sytes,cloudycluster,bar0,bar1,bar2,rackmaze,schokokeks,firewall-gateway,seidat,senseering,siteleaf,vps-host,myspreadshop,supabase,dsmynas,familyds,ts,torproject,reserve-online,community-pro,meinforum,yandexcloud,za;page:hlx,hlx3,translated,codeberg,pdns,plesk,prvcy,rocky,magnet;pl:beep,ecommerce-shop,shoparena,homesklep,sdscloud,unicloud,krasnik,leczna,lubartow,lublin,poniatowa,swidnik,co,simplesite,art,gliwice,krakow,poznan,wroc,zakopane,myspreadshop,gda,gdansk,gdynia,med,sopot;eu:airkitapps,mycd,cloudns,barsy,wellbeingzone,spdns,diskstation;ca:barsy,co,blogspot,no-ip,myspreadshop;compute.estate:*;alces.network:*;org:altervista,pimienta,poivron,potager,sweetpepper,ae,us,certmgr,cloudns,duckdns,tunk,dyndns,blogdns,blogsite,boldlygoingnowhere,dnsalias,dnsdojo,doesntexist,dontexist,doomdns,dvrdns,dynalias,endofinternet,endoftheinternet,from-me,game-host,gotdns,hobby-site,homedns,homeftp,homelinux,homeunix,is-a-bruinsfan,is-a-candidate,is-a-celticsfan,is-a-chef,is-a-geek,is-a-knight,is-a-linux-user,is-a-patsfan,is-a-soxfan,is-found,is-lost,is-saved,is-very-bad,is-very-evil,is-very-good,is-very-nice,is-very-sweet,isa-geek,kicks-ass,misconfused,podzone,readmyblog,selfip,sellsyourhome,servebbs,serveftp,servegame,stuff-4-sale,webhop,ddnss,accesscam,camdvr,freeddns,mywire,webredirect,eu,twmail,fedorainfracloud,fedorapeople,freedesktop,hepforge,in-dsl,in-vpn,js,barsy,mayfirst,mozilla-iot,bmoattachments,dynserv,now-dns,cable-modem,collegefan,couchpotatofries,mlbfan,mysecuritycamera,nflfan,read-books,ufcfan,hopto,myftp,no-ip,zapto,httpbin,pubtls,my-firewall,myfirewall,spdns,small-web,dsmynas,familyds,tuxfamily,diskstation,hk,wmflabs,toolforge,wmcloud,za;compute.amazonaws.com:*;compute-1.amazonaws.com:*;compute.amazonaws.com.cn:*;amazonaws.com:us-east-1,s3,s3-ap-northeast-1,s3-ap-northeast-2,s3-ap-south-1,s3-ap-southeast-1,s3-ap-southeast-2,s3-ca-central-1,s3-eu-central-1,s3-eu-west-1,s3-eu-west-2,s3-eu-west-3,s3-external-1,s3-fips-us-gov-west-1,s3-sa-east-1,s3-us-east-2,s3-us-gov-west-1,s3-us-west-1,s3-us-west-2,s3-website-ap-northeast-1,s3-website-ap-southeast-1,s3-website-ap-southeast-2,s3-website-eu-west-1,s3-website-sa-east-1,s3-website-us-east-1,s3-website-us-west-1,s3-website-us-west-2;cn-north-1.amazonaws.com.cn:s3;dualstack.ap-northeast-1.amazonaws.com:s3;dualstack.ap-northeast-2.amazonaws.com:s3;ap-northeast-2.amazonaws.com:s3,s3-website;dualstack.ap-south-1.amazonaws.com:s3;ap-south-1.amazonaws.com:s3,s3-website;dualstack.ap-southeast-1.amazonaws.com:s3;dualstack.ap-southeast-2.amazonaws.com:s3;dualstack.ca-central-1.amazonaws.com:s3;ca-central-1.amazonaws.com:s3,s3-website;dualstack.eu-central-1.amazonaws.com:s3;eu-central-1.amazonaws.com:s3,s3-website;dualstack.eu-west-1.amazonaws.com:s3;dualstack.eu-west-2.amazonaws.com:s3;eu-west-2.amazonaws.com:s3,s3-website;dualstack.eu-west-3.amazonaws.com:s3;eu-west-3.amazonaws.com:s3,s3-website;dualstack.sa-east-1.amazonaws.com:s3;dualstack.us-east-1.amazonaws.com:s3;dualstack.us-east-2.amazonaws.com:s3;us-east-2.amazonaws.com:s3,s3-website;cloud9.af-south-1.amazonaws.com:vfs,webview-assets;cloud9.ap-east-1.amazonaws.com:vfs,webview-assets;cloud9.ap-northeast-1.amazonaws.com:vfs,webview-assets;cloud9.ap-northeast-2.amazonaws.com:vfs,webview-assets;cloud9.ap-northeast-3.amazonaws.com:vfs,webview-assets;cloud9.ap-south-1.amazonaws.com:vfs,webview-assets;cloud9.ap-southeast-1.amazonaws.com:vfs,webview-assets;cloud9.ap-southeast-2.amazonaws.com:vfs,webview-assets;cloud9.ca-central-1.amazonaws.com:vfs,webview-assets;cloud9.eu-central-1.amazonaws.com:vfs,webview-assets;cloud9.eu-north-1.amazonaws.com:vfs,webview-assets;cloud9.eu-south-1.amazonaws.com:vfs,webview-assets;cloud9.eu-west-1.amazonaws.com:vfs,webview-assets;cloud9.eu-west-2.amazonaws.com:vfs,webview-assets;cloud9.eu-west-3.amazonaws.com:vfs,webview-assets;cloud9.me-south-1.amazonaws.com:vfs,webview-assets;cloud9.sa-east-1.amazonaws.com:vfs,webview-assets;cloud9.us-east-1.amazonaws.com:vfs,webview-assets;cloud9.us-east-2.amazonaws.com:vfs,webview-assets;cloud9.us-west-1.amazonaws.com:vfs,webview-assets;cloud9.us-west-2.amazonaws.com:vfs,webview-assets;eb.amazonaws.com.cn:cn-north-1,cn-northwest-1;elasticbeanstalk.com:ap-northeast-1,ap-northeast-2,ap-northeast-3,ap-south-1,ap-southeast-1,ap-southeast-2,ca-central-1,eu-central-1,eu-west-1,eu-west-2,eu-west-3,sa-east-1,us-east-1,us-east-2,us-gov-west-1,us-west-1,us-west-2;elb.amazonaws.com.cn:*;elb.amazonaws.com:*;online:eero,eero-stage,barsy;amune.org:tele;io:apigee,b-data,backplaneapp,beagleboard,bitbucket,bluebite,boxfuse,browsersafetymark,cleverapps,dedyn,drud,definima,fh-muenster,shw,ghost,github,gitlab,lolipop,hasura-app,hostyhosting,jele,webthings,loginline,barsy,ngrok,nid,pantheonsite,dyn53,pstmn,protonet,qoto,qcx,vaporcloud,readthedocs,resindevice,hzc,sandcats,shiftcrypto,shiftedit,mo-siemens,musician,spacekit,utwente,edugit,telebit,tickets,upli,2038,wedeploy,editorx,basicserver,virtualserver;aseinet.ne.jp:user;vc:gv,0e;gv.vc:d;party.eus:user;prod.atlassian-dev.net:cdn;dev:autocode,pages,r2,workers,curv,deno,deno-staging,deta,fly,githubpreview,iserv,loginline,mediatech,platter-app,shiftcrypto,vercel;awdev.ca:*;advisor.ws:*;ba:rs,blogspot;banzai.cloud:*;banzaicloud.io:app;backyards.banzaicloud.io:*;ec:base,official;jp:buyshop,fashionstore,handcrafted,kawaiishop,supersale,theshop,usercontent,angry,babyblue,babymilk,backdrop,bambina,bitter,blush,boo,boy,boyfriend,but,candypop,capoo,catfood,cheap,chicappa,chillout,chips,chowder,chu,ciao,cocotte,coolblog,cranky,cutegirl,daa,deca,deci,digick,egoism,fakefur,fem,flier,floppy,fool,frenchkiss,girlfriend,girly,gloomy,gonna,greater,hacca,heavy,her,hiho,hippy,holy,hungry,icurus,itigo,jellybean,kikirara,kill,kilo,kuron,littlestar,lolipopmc,lolitapunk,lomo,lovepop,lovesick,main,mods,mond,mongolian,moo,namaste,nikita,nobushi,noor,oops,parallel,parasite,pecori,peewee,penne,pepper,perma,pigboat,pinoko,punyu,pupu,pussycat,pya,raindrop,readymade,sadist,schoolbus,secret,staba,stripper,sub,sunnyday,thick,tonkotsu,under,upper,velvet,verse,versus,vivian,watson,weblike,whitesnow,zombie,blogspot;shop:base,hoplix,barsy;beget.app:*;la:bnr,c;je:of;ch:square7,blogspot,linkyard-cloud,dnsking,gotdns,123website,myspreadshop,12hp,2ix,4lima,lima-city;de:bplaced,square7,com,dynamisches-dns,dnsupdater,internet-dns,l-o-g-i-n,dnshome,fuettertdasnetz,isteingeek,istmein,lebtimnetz,leitungsen,traeumtgerade,ddnss,dyndns1,dyn-ip24,home-webserver,myhome-server,goip,blogspot,xn--gnstigbestellen-zvb,xn--gnstigliefern-wob,dyn-berlin,in-berlin,in-brb,in-butter,in-dsl,in-vpn,iservschule,mein-iserv,schulplattform,schulserver,test-iserv,keymachine,git-repos,lcube-server,svn-repos,barsy,123webseite,logoip,firewall-gateway,my-gateway,my-router,spdns,myspreadshop,taifun-dns,12hp,2ix,4lima,lima-city,dd-dns,dray-dns,draydns,dyn-vpn,dynvpn,mein-vigor,my-vigor,my-wan,syno-ds,synology-diskstation,synology-ds,virtualuser,virtual-user,community-pro,diskussionsbereich;brendly.rs:shop;bigv.io:uk0;bytemark.co.uk:dh,vm;cn:canva-apps,instantcloud;ac:drr;ai:uwu;co:carrd,crd,leadpages,lpages,mypi,n4t,firewalledreplit,repl,supabase;mp:ju;se:com,blogspot,conf,iopsys,123minsida,itcouldbewor,myspreadshop;bz:za,gsj;in:web,cloudns,blogspot,barsy,supabase;basketball:aus,nz;am:radio,blogspot,neko,nyaa;fm:radio;group:discourse;team:discourse,jelastic;app:clerk,clerkstage,wnext,platform0,deta,ondigitalocean,easypanel,encr,edgecompute,fireweb,onflashdrive,framer,run,web,hasura,loginline,messerli,netlify,noop,snowflake,streamlit,telebit,typedream,vercel,bookonline;lcl.dev:*;lclstage.dev:*;stg.dev:*;stgstage.dev:*;me:c66,daplie,edgestack,filegear,filegear-au,filegear-de,filegear-gb,filegear-ie,filegear-jp,filegear-sg,glitch,ravendb,lohmus,barsy,mcpe,mcdir,soundcast,tcp4,brasilia,ddns,dnsfor,hopto,loginto,noip,webhop,vp4,diskstation,dscloud,i234,myds,synology,wedeploy,yombo,nohost;ws:cloud66,dyndns,mypets;zone:cloud66,hs,lima;host:cloudaccess,freesite,easypanel,fastvps,myfast,tempurl,wpmudev,jele,mircloud,pcloud,half;cloudera.site:*;otap.co:*;cz:co,realm,e4,blogspot;cdn77.org:c,rsc;cdn77.net:r;origin.cdn77-secure.org:ssl;asia:cloudns;club:cloudns,jele,barsy;cc:cloudns,ftpaccess,game-server,myphotos,scrapping,twmail,csx,fantasyleague;info:cloudns,dynamic-dns,dyndns,barrel-of-knowledge,barrell-of-knowledge,for-our,groks-the,groks-this,here-for-more,knowsitall,selfip,webhop,barsy,mayfirst,forumz,nsupdate,dvrcam,ilovecollege,no-ip,dnsupdate,v-info;pro:cloudns,barsy;pw:cloudns,x443;gdn:cnpy;nl:co,hosting-cluster,blogspot,gov,khplay,123website,myspreadshop,cistron,demon;no:co,blogspot,123hjemmeside,myspreadshop;be:webhosting,blogspot,123website,myspreadshop;ru:ac,edu,gov,int,mil,test,eurodir,adygeya,bashkiria,bir,cbg,com,dagestan,grozny,kalmykia,kustanai,marine,mordovia,msk,mytis,nalchik,nov,pyatigorsk,spb,vladikavkaz,vladimir,blogspot,na4u,mircloud,myjino,mcdir,mcpre,net,org,pp,123sait,lk3,ras;cosidns.de:dyn;cryptonomic.net:*;is:cupcake,blogspot;customer-oci.com:*;oci.customer-oci.com:*;ocp.customer-oci.com:*;ocs.customer-oci.com:*;link:cyon,mypep;site:cyon,fnwk,folionetwork,fastvps,jele,lelux,loginline,barsy,mintere,omniwe,opensocial,byen,srht,novecore;daplie.me:localhost;dk:biz,co,firm,reg,store,blogspot,123hjemmeside,myspreadshop;dappnode.io:dyndns;dapps.earth:*;bzz.dapps.earth:*;datadetect.com:demo,instance;rss.my.id:*;diher.solutions:*;th:online,shop;sh:bip,hashbang,now,vxl,wedeploy;fi:dy,blogspot,xn--hkkinen-5wa,iki,kapsi,123kotisivu,myspreadshop;tv:dyndns,better-than,on-the-web,worse-than;cx:ath,info;her.name:forgot;his.name:forgot;dyndns.org:go,home;nu:merseine,mine,shacknet,enterprisecloud;ddnss.de:dyn,dyndns;home-webserver.de:dyn;digitaloceanspaces.com:*;dnstrace.pro:bci;rocks:myddns,lima-city,webspace;xyz:blogsite,localzone,crafting,zapto;cloud:elementor,ravendb,diadem,jele,keliweb,oxa,primetel,jotelulu,kuleuven,linkyard,perspecta,vapor,trafficplex,urown,voorloper;cool:elementor,de;fr:en-root,fbx-os,fbxos,freebox-os,freeboxos,blogspot,goupile,123siteweb,on-web,chirurgiens-dentistes-en-france,dedibox,myspreadshop,ynh;one:onred,service,homelink;onred.one:staging;encoway.cloud:eu;eu.org:al,asso,at,au,be,bg,ca,cd,ch,cn,cy,cz,de,dk,edu,ee,es,fi,fr,gr,hr,hu,ie,il,in,int,is,it,jp,kr,lt,lu,lv,mc,me,mk,mt,my,net,ng,nl,no,nz,paris,pl,pt,q-a,ro,ru,se,si,sk,tr,uk,us;evennode.com:eu-1,eu-2,eu-3,eu-4,us-1,us-2,us-3,us-4;com.tw:mymailer;tw:url,blogspot;fbsbx.com:apps;su:abkhazia,adygeya,aktyubinsk,arkhangelsk,armenia,ashgabad,azerbaijan,balashov,bashkiria,bryansk,bukhara,chimkent,dagestan,east-kazakhstan,exnet,georgia,grozny,ivanovo,jambyl,kalmykia,kaluga,karacol,karaganda,karelia,khakassia,krasnodar,kurgan,kustanai,lenug,mangyshlak,mordovia,msk,murmansk,nalchik,navoi,north-kazakhstan,nov,obninsk,penza,pokrovsk,sochi,spb,tashkent,termez,togliatti,troitsk,tselinograd,tula,tuva,vladikavkaz,vladimir,vologda;channelsdvr.net:u;fastlylb.net:map;fastly.net:freetls,map;prod.fastly.net:a,global;ssl.fastly.net:a,b,global;user.fm:*;space:myfast,uber,xs4all;fedoraproject.org:cloud;os.fedoraproject.org:app;os.stg.fedoraproject.org:app;uk:conn,copro,hosp,independent-commission,independent-inquest,independent-inquiry,independent-panel,independent-review,public-inquiry,royal-commission,pymnt,barsy;id:flap,forte;forgerock.io:id;media:framer;photos:framer;website:framer;wiki:framer;frusky.de:*;co.il:ravpage,blogspot,tabitorder,mytabit;funkfeuer.at:wien;futurecms.at:*;ex.futurecms.at:*;in.futurecms.at:*;at:futurehosting,futuremailing,biz,info,123webseite,priv,myspreadshop,12hp,2ix,4lima,lima-city;ex.ortsinfo.at:*;kunden.ortsinfo.at:*;statics.cloud:*;gov.uk:campaign,service,api,homeoffice;ne.jp:gehirn;ms:lab,minisite;si:gitapp,gitpage,blogspot;community:nog,ravendb,myforum;ro:co,shop,blogspot,barsy;digital:cloudapps;cloudapps.digital:london;im:ro;run.app:a;0emm.com:*;r.appspot.com:*;gateway.dev:*;goog:cloud,translate;usercontent.goog:*;ae:blogspot;al:blogspot;bg:blogspot,barsy;bj:blogspot;cf:blogspot;cl:blogspot;co.at:blogspot;co.id:blogspot;co.ke:blogspot;co.nz:blogspot;co.uk:blogspot,barsy,barsyonline,nh-serv,no-ip,wellbeingzone,adimo,myspreadshop;co.za:blogspot;com.ar:blogspot;com.au:blogspot,myspreadshop;com.br:blogspot,simplesite;com.by:blogspot;com.co:blogspot;com.cy:blogspot;com.ee:blogspot;com.eg:blogspot;com.es:blogspot;com.mt:blogspot;com.ng:blogspot;com.tr:blogspot;com.uy:blogspot;cv:blogspot;gr:blogspot,simplesite;hk:blogspot,secaas,ltd,inc;hr:blogspot,free;hu:blogspot;ie:blogspot,myspreadshop;it:blogspot,ibxos,iliadboxos,16-b,32-b,64-b,123homepage,myspreadshop,syncloud;kr:blogspot;li:blogspot,caa;lt:blogspot;lu:blogspot,123website;md:blogspot,at,de,jp,to;mk:blogspot;mr:blogspot;mx:blogspot;my:blogspot;pe:blogspot;pt:blogspot,123paginaweb;qa:blogspot;re:blogspot;rs:blogspot,ua,ox;sg:blogspot,enscaled;sk:blogspot;sn:blogspot;td:blogspot;ug:blogspot;vn:blogspot;ci:fin,nl;run:hs,development,ravendb,servers,onporter,repl;it.hs-heilbronn.de:pages;gl:biz,xx;ng:col,firm,gen,ltd,ngo;scot:edu,gov;so:sch;moonscale.io:*;leg.br:ac,al,am,ap,ba,ce,df,es,go,ma,mg,ms,mt,pa,pb,pe,pi,pr,rj,rn,ro,rr,rs,sc,se,sp,to;cloudlets.com.au:mel;interhostsolutions.be:cloud;scale.virtualcloud.com.br:users;by:mycloud,mediatech;ae.flow.ch:alp1;flow.ch:appengine;axarnet.cloud:es-1;jelastic.cloud:vip;eur.aruba.jenv-aruba.cloud:it1;jenv-aruba.cloud:it1;keliweb.cloud:cs;oxa.cloud:tn,uk;primetel.cloud:uk;reclaim.cloud:ca,uk,us;trendhosting.cloud:ch,de;hosted-by-previder.com:paas;hosteur.com:rag-cloud,rag-cloud-ch;ik-server.com:jcloud,jcloud-ver-jpc;jelastic.com:demo;massivegrid.com:paas;wafaicloud.com:jed,lon,ryd;scaleforce.com.cy:j;dogado.eu:jelastic;cloudplatform.fi:fi;datacenter.fi:demo,paas;beebyte.io:paas;beebyteapp.io:sekd1;unispace.io:cloud-fr1;neen.it:jc;jelastic.open.tim.it:cloud;kz:jcloud;kazteleport.kz:upaas;cloudjiffy.net:fra1-de,west1-us;elastx.net:jls-sto1,jls-sto2,jls-sto3;paas.massivegrid.net:fr-1,lon-1,lon-2,ny-1,ny-2,sg-1;saveincloud.net:jelastic,nordeste-idc;scaleforce.net:j;tsukaeru.net:jelastic;regruhosting.ru:jelastic;tn:orangecloud;layershift.co.uk:j;enscaled.us:phx;hosting.myjino.ru:*;landing.myjino.ru:*;spectrum.myjino.ru:*;vps.myjino.ru:*;triton.zone:*;cns.joyent.com:*;gg:kaas,cya,panel;systems:knightpoint;events:koobin,co;kuleuven.be:ezproxy;krd:co,edu;business:co;education:co;financial:co;network:co,arvo,azimuth,tlon;place:co;technology:co;lmpm.com:app;linode.com:members;nodebalancer.linode.com:*;linodeobjects.com:*;linodeusercontent.com:ip;bs:we;user.localcert.dev:*;services:loginline;org.uk:glug,lug,lugs,affinitylottery,raffleentry,weeklylottery;menu:barsy;mobi:barsy,dscloud;pub:barsy;support:barsy;magentosite.cloud:*;cldmail.ru:hb;vu:cn,blog,dev,me;mcdir.ru:vps;health:hra;cloud.metacentrum.cz:*;metacentrum.cz:custom;cloud.muni.cz:flt,usr;meteorapp.com:eu;azurecontainer.io:*;azurestaticapps.net:1,2,centralus,eastasia,eastus2,westeurope,westus2;mythic-beasts.com:customer,caracal,fentiger,lynx,ocelot,oncilla,onza,sphinx,vs,x,yali;retrosnub.co.uk:cust;nabu.casa:ui;nospamproxy.com:cloud;developer.app:*;northflank.app:*;build.run:*;code.run:*;database.run:*;migration.run:*;news:noticeable;top:now-dns,ntdll;ovh:nerdpol;nodeart.io:stage;mn:nyc;observableusercontent.com:static;lol:omg;es:123miweb,myspreadshop;hosting:opencraft;orange:tech;webpaas.ovh.net:*;hosting.ovh.net:*;pm:own,name;owo.codes:*;lc:oy;paywhirl.com:*;platform.sh:bc,ent,eu,us;platformsh.site:*;tst.site:*;bn:co;pstmn.io:mock;today:prequalifyme;prgmr.com:xen;dweb.link:*;pythonanywhere.com:eu;builders:cloudsite;spawn.cc:instances;sys.qcx.io:*;quipelements.com:*;vbrplsbx.io:g;on-k3s.io:*;on-rancher.cloud:*;on-rio.io:*;render.com:app;firewalledreplit.co:id;repl.co:id;resinstaging.io:devices;rit.edu:git-pages;xn--p1acf:xn--90amc,xn--j1aef,xn--j1ael8b,xn--h1ahn,xn--j1adp,xn--c1avg,xn--80aaa0cvac,xn--h1aliz,xn--90a1af,xn--41a;builder.code.com:*;dev-builder.code.com:*;stg-builder.code.com:*;baremetal.scw.cloud:fr-par-1,fr-par-2,nl-ams-1;fr-par.scw.cloud:fnc,k8s,s3,s3-website,whm;fnc.fr-par.scw.cloud:functions;k8s.fr-par.scw.cloud:nodes;instances.scw.cloud:priv,pub;scw.cloud:k8s,scalebook,smartlabeling;nl-ams.scw.cloud:k8s,s3,s3-website,whm;k8s.nl-ams.scw.cloud:nodes;pl-waw.scw.cloud:k8s,s3,s3-website;k8s.pl-waw.scw.cloud:nodes;gov.scot:service;store:sellfy,shopware,storebase;bounty-full.com:alpha,beta;snowflake.app:privatelink;land:static;static.land:dev,sites;jelastic.vps-host.net:atl,njs,ric;lair.io:apps;stolos.io:*;speedpartner.de:customer;stdlib.com:api;farm:storj;srcf.net:soc,user;paba.se:su;s5y.io:*;sensiosite.cloud:*;quickconnect.cn:direct;quickconnect.to:direct;tailscale.net:beta;tb-hosting.com:site;teckids.org:s3;telebit.xyz:*;firenet.ch:*;svc.firenet.ch:*;dev.thingdust.io:cust,reservd;disrec.thingdust.io:cust,reservd;prod.thingdust.io:cust;testing.thingdust.io:cust,reservd;torproject.net:pages;pictures:1337;rip:clan;transurl.be:*;transurl.eu:*;transurl.nl:*;transip.me:site;typeform.com:pro;uberspace.de:*;tf:sch;wf:biz,sch;yt:org;de.us:lib;management:router;ax:be,cat,es,eu,gg,mc,us,xy;gp:app;gt:blog,de,to;gy:be;hn:cc;kg:blog,io,jp,tv,uk,us;ls:de;porn:indie;tc:ch,me,we;vg:at;vultrobjects.com:*;webhare.dev:*;wiardweb.com:pages;panel.gg:daemon;wpenginepowered.com:js;xnbay.com:u2,u2-local;yandexcloud.net:storage,website;academy:official;faith:ybo;party:ybo;review:ybo;science:ybo;trade:ybo;st:noho;design:bss"
return ____exports
 end,
["policy.publicSuffixSource"] = function(...) 
local ____exports = {}
local ____errors = require("policy.errors")
local Problem = ____errors.Problem
local ____publicSuffixData = require("policy.publicSuffixData")
local BUILT_IN_ICANN_RULES = ____publicSuffixData.BUILT_IN_ICANN_RULES
local BUILT_IN_LIST_DATE = ____publicSuffixData.BUILT_IN_LIST_DATE
local BUILT_IN_PRIVATE_RULES = ____publicSuffixData.BUILT_IN_PRIVATE_RULES
local ____publicSuffixList = require("policy.publicSuffixList")
local parseCompactRules = ____publicSuffixList.parseCompactRules
local parsePublicSuffixList = ____publicSuffixList.parsePublicSuffixList
--- Where Debian's `publicsuffix` package (and Fedora's, Alpine's, Arch's) puts the list.
____exports.SYSTEM_PUBLIC_SUFFIX_LIST = "/usr/share/publicsuffix/public_suffix_list.dat"
--- The environment variable (`setenv` in haproxy.cfg's global section) that names another file.
____exports.PUBLIC_SUFFIX_LIST_VARIABLE = "CORS_PUBLIC_SUFFIX_LIST"
local builtIn
--- The built-in copy, read from its compact form on first use (once per Lua state).
function ____exports.builtInPublicSuffixList()
    if builtIn == nil then
        builtIn = parseCompactRules(BUILT_IN_ICANN_RULES, BUILT_IN_PRIVATE_RULES, "the built-in list of " .. BUILT_IN_LIST_DATE)
    end
    return builtIn
end
____exports.BUILT_IN_SUFFIXES = function() return {list = ____exports.builtInPublicSuffixList()} end
--- The list named by `named` (the variable's value), refused when it cannot be read or is not a list; without
-- a name, the system's list when it reads as one, else the built-in copy.
function ____exports.loadPublicSuffixList(named, readFile)
    if named ~= nil and #named > 0 then
        local file = readFile(named)
        if file.error ~= nil then
            return {error = {subject = "public suffix list", value = named, problem = Problem.unreadableFile, hint = file.error}}
        end
        local list = parsePublicSuffixList(file.text, named)
        return list == nil and ({error = {subject = "public suffix list", value = named, problem = Problem.notSuffixList}}) or ({list = list})
    end
    local system = readFile(____exports.SYSTEM_PUBLIC_SUFFIX_LIST)
    local ____temp_0
    if system.text ~= nil then
        ____temp_0 = parsePublicSuffixList(system.text, ____exports.SYSTEM_PUBLIC_SUFFIX_LIST)
    else
        ____temp_0 = nil
    end
    local list = ____temp_0
    return {list = list == nil and ____exports.builtInPublicSuffixList() or list}
end
return ____exports
 end,
["policy.originMaps"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__Class = ____lualib.__TS__Class
local ____exports = {}
local isBlank, labelsOf
local ____origin = require("policy.origin")
local cutOrigin = ____origin.cutOrigin
local isSerializedOrigin = ____origin.isSerializedOrigin
local parseOriginPattern = ____origin.parseOriginPattern
local printPattern = ____origin.printPattern
local ____originMatcher = require("policy.originMatcher")
local isSerializedSubdomain = ____originMatcher.isSerializedSubdomain
local ____errors = require("policy.errors")
local didYouMean = ____errors.didYouMean
local Problem = ____errors.Problem
local ____publicSuffixList = require("policy.publicSuffixList")
local coveredPublicSuffix = ____publicSuffixList.coveredPublicSuffix
local suffixRefusal = ____publicSuffixList.suffixRefusal
function isBlank(code)
    return code == 32 or code == 9 or code == 13
end
function labelsOf(host)
    local labels = 1
    local dot = (string.find(host, ".", nil, true) or 0) - 1
    while dot >= 0 do
        labels = labels + 1
        dot = (string.find(
            host,
            ".",
            math.max(dot + 1 + 1, 1),
            true
        ) or 0) - 1
    end
    return labels
end
--- The origins entry that names a map: `map:<file>`.
____exports.MAP_ENTRY_PREFIX = "map:"
--- A map with no key.
____exports.EMPTY_MAP = {lookup = function() return nil end}
--- No maps (a policy compiled where maps cannot be opened): every map is empty.
____exports.NO_MAP_ACCESS = {
    open = function() return ____exports.EMPTY_MAP end,
    reject = function() return nil end
}
--- Visits the keys of a map file: the first word of each line; blank lines and `#` comments skipped
-- (HAProxy's format). Nothing is kept: a file of 100,000 keys is read without a table per key.
function ____exports.forEachMapKey(text, visit)
    local start = 0
    local line = 1
    while start < #text do
        local ____end = (string.find(
            text,
            "\n",
            math.max(start + 1, 1),
            true
        ) or 0) - 1
        if ____end < 0 then
            ____end = #text
        end
        local from = start
        while from < ____end and isBlank(__TS__StringCharCodeAt(text, from)) do
            from = from + 1
        end
        if from < ____end and __TS__StringCharCodeAt(text, from) ~= 35 then
            local to = from
            while to < ____end and not isBlank(__TS__StringCharCodeAt(text, to)) do
                to = to + 1
            end
            visit(
                __TS__StringSubstring(text, from, to),
                line
            )
        end
        start = ____end + 1
        line = line + 1
    end
end
--- Judges map keys, and the subdomain patterns of the policy's own list, for one policy's form and
-- credentials; the Public Suffix List is loaded on first need.
____exports.KeyJudge = __TS__Class()
local KeyJudge = ____exports.KeyJudge
KeyJudge.name = "KeyJudge"
function KeyJudge.prototype.____constructor(self, syntax, credentials, suffixes)
    self.syntax = syntax
    self.credentials = credentials
    self.suffixes = suffixes
end
function KeyJudge.prototype.judge(self, key)
    local parts = cutOrigin(key)
    if parts ~= nil and isSerializedOrigin(parts) then
        return {pattern = {scheme = parts.scheme, host = parts.host, subdomains = false, port = parts.port}}
    end
    local parsed = parseOriginPattern(key, self.syntax)
    if parsed.error ~= nil then
        return parsed
    end
    local pattern = parsed.pattern
    local spelling = printPattern(pattern)
    if spelling ~= key then
        return {error = {
            subject = "origin",
            value = key,
            problem = Problem.mapSpelling,
            hint = didYouMean(spelling)
        }}
    end
    if not pattern.subdomains then
        return parsed
    end
    if labelsOf(pattern.host) > ____exports.MAX_PATTERN_LABELS then
        return {error = {
            subject = "origin",
            value = key,
            problem = Problem.mapPatternDepth,
            hint = ("a map's pattern names at most " .. tostring(____exports.MAX_PATTERN_LABELS)) .. " labels after \"*.\""
        }}
    end
    local refusal = self:suffixError(key, pattern.host)
    return refusal == nil and parsed or ({error = refusal})
end
function KeyJudge.prototype.suffixError(self, entry, host)
    if self.list == nil then
        local loaded = self.suffixes()
        self.list = loaded.error ~= nil and loaded.error or loaded.list
    end
    if self.list.problem ~= nil then
        return self.list
    end
    local covered = coveredPublicSuffix(self.list, host)
    local ____temp_0
    if covered == nil then
        ____temp_0 = nil
    else
        ____temp_0 = suffixRefusal(entry, covered, self.credentials)
    end
    return ____temp_0
end
function ____exports.compileOriginMaps(names, judge, schemeless, access)
    local maps = {}
    for ____, name in ipairs(names) do
        maps[#maps + 1] = {
            name = name,
            map = access.open(name),
            kinds = {__proto__ = nil}
        }
    end
    return {maps = maps, schemeless = schemeless, judge = judge, access = access}
end
local function kindOf(maps, map, key)
    local known = map.kinds[key]
    if known ~= nil then
        return known
    end
    local verdict = maps.judge:judge(key)
    local kind = 0
    if verdict.error ~= nil then
        maps.access.reject(map.name, key, verdict.error)
    else
        kind = (verdict.pattern.subdomains or verdict.pattern.scheme == nil or verdict.pattern.port == "*") and 2 or 1
    end
    map.kinds[key] = kind
    return kind
end
--- Judges a key of the map once, as a request that finds it would: a bad one is rejected (reported) now
-- rather than when a request finds it, or never, for a key no probe is spelled like. For the runtime's
-- audit of every key (runtime/keyAudit.ts).
function ____exports.auditKey(maps, map, key)
    kindOf(maps, map, key)
end
--- The kind of `key` in the first map from `from` on that holds it as a valid key, or Invalid.
local function probe(maps, key, from)
    if from == nil then
        from = 0
    end
    do
        local i = from
        while i < #maps.maps do
            do
                local map = maps.maps[i + 1]
                if map.map:lookup(key) == nil then
                    goto __continue32
                end
                local kind = kindOf(maps, map, key)
                if kind ~= 0 then
                    return kind
                end
            end
            ::__continue32::
            i = i + 1
        end
    end
    return 0
end
--- probe(maps, origin), the first map's lookup already done (decide.ts): `inFirst` is what it found.
local function probeOrigin(maps, origin, inFirst)
    local kind = inFirst and kindOf(maps, maps.maps[1], origin) or 0
    return kind ~= 0 and kind or probe(maps, origin, 1)
end
--- The deepest domain a map's subdomain pattern may name, in labels: the probes of an Origin's parent
-- domains stop there, so that a host of a hundred labels costs at most this many rounds of lookups (a
-- deeper pattern is refused, at the check and at run time: KeyJudge).
____exports.MAX_PATTERN_LABELS = 10
--- True when a map allows the request's Origin value, whose lookup in the first map the caller made (decide.ts,
-- decideFromMaps: `inFirst`, whether it found the value there). An exact key equal to the value needs nothing
-- more (a valid exact key is a serialized origin). Otherwise the keys of the patterns that could allow the
-- value are looked for, built from its parts as cut: a subdomain key for each parent domain of at most
-- MAX_PATTERN_LABELS labels, longest first, then an any-port key. Only the parts no found key vouches for are
-- checked then (the key's scheme and domain were checked when it was judged), as the allow-list's matcher
-- does (originMatcher.ts). Never throws; at most 1 + 2 x MAX_PATTERN_LABELS + 1 lookups per map (twice that
-- in the drop-in form).
function ____exports.matchOriginMaps(maps, origin, inFirst)
    if (inFirst or #maps.maps > 1) and probeOrigin(maps, origin, inFirst) == 1 then
        return true
    end
    local parts = cutOrigin(origin)
    if parts == nil or #parts.host > 253 then
        return false
    end
    local scheme = parts.scheme
    local host = parts.host
    local port = parts.port == nil and "" or ":" .. parts.port
    local web = maps.schemeless and (scheme == "http" or scheme == "https")
    local prefix = scheme .. "://"
    if (string.byte(host, 1) or 0 / 0) ~= 91 then
        local skipped = #host > 2 * ____exports.MAX_PATTERN_LABELS + 2 and labelsOf(host) - 1 - ____exports.MAX_PATTERN_LABELS or 0
        local dot = (string.find(host, ".", nil, true) or 0) - 1
        while dot > 0 and skipped > 0 do
            dot = (string.find(
                host,
                ".",
                math.max(dot + 1 + 1, 1),
                true
            ) or 0) - 1
            skipped = skipped - 1
        end
        while dot > 0 do
            local suffix = __TS__StringSubstring(host, dot)
            local found = probe(maps, ((prefix .. "*") .. suffix) .. port) ~= 0 or probe(maps, ((prefix .. "*") .. suffix) .. ":*") ~= 0 or web and (probe(maps, suffix .. port) ~= 0 or probe(maps, suffix .. ":*") ~= 0)
            if found then
                return isSerializedSubdomain(parts, dot)
            end
            dot = (string.find(
                host,
                ".",
                math.max(dot + 1 + 1, 1),
                true
            ) or 0) - 1
        end
    end
    local anyPort = probe(maps, (prefix .. host) .. ":*") ~= 0 or web and (probe(maps, ("//" .. host) .. port) ~= 0 or probe(maps, ("//" .. host) .. ":*") ~= 0)
    return anyPort and isSerializedOrigin(parts)
end
return ____exports
 end,
["policy.preflightRequest"] = function(...) 
local ____exports = {}
local ____chars = require("policy.chars")
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
____exports.SAFELISTED_METHODS = {"GET", "HEAD", "POST"}
local function isSafelistedMethod(method)
    return method == "GET" or method == "HEAD" or method == "POST"
end
--- True when the policy allows the requested method.
function ____exports.isAllowedMethod(policy, method)
    if isSafelistedMethod(method) or policy.methods:has(method) then
        return true
    end
    return policy.anyMethod and #method <= ____exports.MAX_ANY_METHOD_LENGTH and isToken(method)
end
--- `name`: a token, lower-cased.
function ____exports.isAllowedHeaderName(policy, name)
    if policy.headers:has(name) then
        return true
    end
    return policy.anyHeader and (name ~= "authorization" or policy.anyHeaderCoversAuthorization)
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
        local items = readTokenList(
            string.lower(value),
            limits.names - #names
        )
        if items == nil then
            return nil
        end
        for ____, name in ipairs(items) do
            if not ____exports.isAllowedHeaderName(policy, name) then
                return nil
            end
            names[#names + 1] = name
        end
    end
    return names
end
return ____exports
 end,
["policy.compile"] = function(...) 
local ____lualib = require("lualib_bundle")
local Set = ____lualib.Set
local __TS__New = ____lualib.__TS__New
local __TS__ArrayConcat = ____lualib.__TS__ArrayConcat
local ____exports = {}
local ____decision = require("policy.decision")
local makeDecision = ____decision.makeDecision
local ____headers = require("policy.headers")
local ALLOW_CREDENTIALS = ____headers.ALLOW_CREDENTIALS
local ALLOW_ORIGIN = ____headers.ALLOW_ORIGIN
local EXPOSE_HEADERS = ____headers.EXPOSE_HEADERS
local MAX_AGE = ____headers.MAX_AGE
local NO_HEADERS = ____headers.NO_HEADERS
local NO_STRINGS = ____headers.NO_STRINGS
local VARY_ORIGIN = ____headers.VARY_ORIGIN
local ____originMatcher = require("policy.originMatcher")
local compileOriginMatcher = ____originMatcher.compileOriginMatcher
local ____originMaps = require("policy.originMaps")
local compileOriginMaps = ____originMaps.compileOriginMaps
local KeyJudge = ____originMaps.KeyJudge
local NO_MAP_ACCESS = ____originMaps.NO_MAP_ACCESS
local ____publicSuffixSource = require("policy.publicSuffixSource")
local BUILT_IN_SUFFIXES = ____publicSuffixSource.BUILT_IN_SUFFIXES
local ____preflightRequest = require("policy.preflightRequest")
local requestHeadersLimits = ____preflightRequest.requestHeadersLimits
--- `maps`: how the policy opens its origins maps and reports their bad keys (the runtime's HAProxy maps; by
-- default every map is empty); `suffixes`: the Public Suffix List their subdomain keys are judged by.
function ____exports.compilePolicy(policy, maps, suffixes)
    if maps == nil then
        maps = NO_MAP_ACCESS
    end
    if suffixes == nil then
        suffixes = BUILT_IN_SUFFIXES
    end
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
    local anyHeaderCoversAuthorization = policy.headers.any and policy.form == "drop-in"
    if policy.headers.any then
        local ____temp_1
        if policy.credentials or anyHeaderCoversAuthorization then
            ____temp_1 = nil
        else
            ____temp_1 = table.concat(
                __TS__ArrayConcat({"*"}, policy.headers.names),
                ","
            )
        end
        allowHeaders = ____temp_1
    end
    local actualHeaders = {}
    local preflightHeaders = {}
    if policy.credentials then
        actualHeaders[#actualHeaders + 1] = {ALLOW_CREDENTIALS, "true"}
        preflightHeaders[#preflightHeaders + 1] = {ALLOW_CREDENTIALS, "true"}
    end
    local expose = policy.expose.any and __TS__ArrayConcat({"*"}, policy.expose.names) or policy.expose.names
    if #expose > 0 then
        actualHeaders[#actualHeaders + 1] = {
            EXPOSE_HEADERS,
            table.concat(expose, ",")
        }
    end
    if policy.maxAge ~= nil then
        preflightHeaders[#preflightHeaders + 1] = {MAX_AGE, policy.maxAge}
    end
    local fixedAnyOrigin = policy.anyOrigin and not policy.credentials
    local fixedAnswer = fixedAnyOrigin and ({{ALLOW_ORIGIN, "*"}}) or ({})
    if fixedAnyOrigin then
        for ____, header in ipairs(actualHeaders) do
            fixedAnswer[#fixedAnswer + 1] = header
        end
    end
    local allowed = fixedAnyOrigin and makeDecision(
        "allowed",
        nil,
        false,
        fixedAnswer,
        NO_STRINGS
    ) or makeDecision(
        "allowed",
        nil,
        true,
        actualHeaders,
        VARY_ORIGIN
    )
    local origins = compileOriginMatcher(policy.origins, allowed)
    local ____policy_3 = policy
    local ____policy_anyOrigin_4 = policy.anyOrigin
    local ____policy_methods_any_5 = policy.methods.any
    local ____policy_headers_any_6 = policy.headers.any
    local ____anyHeaderCoversAuthorization_7 = anyHeaderCoversAuthorization
    local ____temp_8 = policy.preflight == "forward"
    local ____origins_9 = origins
    local ____temp_2
    if #policy.originMaps == 0 then
        ____temp_2 = nil
    else
        ____temp_2 = compileOriginMaps(
            policy.originMaps,
            __TS__New(KeyJudge, policy.form, policy.credentials, suffixes),
            policy.form == "drop-in",
            maps
        )
    end
    return {
        policy = ____policy_3,
        anyOrigin = ____policy_anyOrigin_4,
        anyMethod = ____policy_methods_any_5,
        anyHeader = ____policy_headers_any_6,
        anyHeaderCoversAuthorization = ____anyHeaderCoversAuthorization_7,
        forwardPreflights = ____temp_8,
        origins = ____origins_9,
        originMaps = ____temp_2,
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
            NO_STRINGS
        ) or makeDecision(
            "not-cors",
            nil,
            false,
            NO_HEADERS,
            VARY_ORIGIN
        ),
        allowed = allowed,
        denied = makeDecision(
            "denied",
            nil,
            false,
            NO_HEADERS,
            VARY_ORIGIN,
            "origin-not-allowed"
        ),
        malformed = makeDecision(
            "denied",
            nil,
            false,
            NO_HEADERS,
            VARY_ORIGIN,
            "origin-malformed"
        ),
        severalOrigins = makeDecision(
            "denied",
            nil,
            false,
            NO_HEADERS,
            VARY_ORIGIN,
            "several-origins"
        ),
        decisionByOrigin = origins.exact,
        otherOrigins = policy.anyOrigin and allowed or nil
    }
end
--- A list of names that allows nothing.
local NO_NAMES = {any = false, names = NO_STRINGS}
--- What replaces an invalid policy: it allows no origin, so it never emits CORS headers.
____exports.DENY_ALL = ____exports.compilePolicy({
    form = "extended",
    anyOrigin = false,
    origins = {},
    originMaps = {},
    methods = NO_NAMES,
    headers = NO_NAMES,
    expose = NO_NAMES,
    credentials = false,
    maxAge = nil,
    preflight = "answer"
})
return ____exports
 end,
["policy.decide"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local ____exports = {}
local isBlank
local ____chars = require("policy.chars")
local isOws = ____chars.isOws
local readTokenList = ____chars.readTokenList
local ____decision = require("policy.decision")
local makeDecision = ____decision.makeDecision
local ____headers = require("policy.headers")
local ACCESS_CONTROL_PREFIX = ____headers.ACCESS_CONTROL_PREFIX
local ALLOW_HEADERS = ____headers.ALLOW_HEADERS
local ALLOW_METHODS = ____headers.ALLOW_METHODS
local ALLOW_ORIGIN = ____headers.ALLOW_ORIGIN
local NO_HEADERS = ____headers.NO_HEADERS
local NO_STRINGS = ____headers.NO_STRINGS
local VARY = ____headers.VARY
local VARY_ORIGIN = ____headers.VARY_ORIGIN
local VARY_ORIGIN_TOKEN = ____headers.VARY_ORIGIN_TOKEN
local ____origin = require("policy.origin")
local parseSerializedOrigin = ____origin.parseSerializedOrigin
local ____originMatcher = require("policy.originMatcher")
local matchOrigin = ____originMatcher.matchOrigin
local ____originMaps = require("policy.originMaps")
local matchOriginMaps = ____originMaps.matchOriginMaps
local ____preflightRequest = require("policy.preflightRequest")
local allowedRequestHeaders = ____preflightRequest.allowedRequestHeaders
local isAllowedMethod = ____preflightRequest.isAllowedMethod
local MAX_REQUEST_HEADERS_LINES = ____preflightRequest.MAX_REQUEST_HEADERS_LINES
--- Whether the first origins map of the policy holds `origin` as a key (a call into HAProxy).
function ____exports.inFirstMap(policy, origin)
    return policy.originMaps.maps[1].map:lookup(origin) ~= nil
end
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
--- The policy allows this Origin value: any value, or one its allow-list or its maps match (originMatcher.ts, originMaps.ts).
local function isAllowedOrigin(policy, origin)
    if policy.anyOrigin or matchOrigin(policy.origins, origin) then
        return true
    end
    return policy.originMaps ~= nil and matchOriginMaps(
        policy.originMaps,
        origin,
        ____exports.inFirstMap(policy, origin)
    )
end
--- Why an Origin value the policy does not allow is denied: `null` and serialized origins are well formed.
function ____exports.originDenial(origin)
    return (origin == "null" or parseSerializedOrigin(origin) ~= nil) and "origin-not-allowed" or "origin-malformed"
end
--- The shared decision denying an Origin value the policy does not allow.
local function deniedOrigin(policy, origin)
    return ____exports.originDenial(origin) == "origin-not-allowed" and policy.denied or policy.malformed
end
--- Decides a request that is not a preflight, with no Origin (`origin` undefined) or exactly one, from the
-- policy's own list: undefined when only its origins maps can tell (decideFromMaps). The decision is one of
-- the policy's shared ones: nothing is allocated. What needs no matching is looked up in the compiled policy
-- (compile.ts, decisionByOrigin), so that the usual request makes no further call (runtime/transaction.ts,
-- "The coroutine's stack").
function ____exports.decideFromList(policy, origin)
    if origin == nil then
        return policy.notCors
    end
    local known = policy.decisionByOrigin[origin] or policy.otherOrigins
    if known ~= nil then
        return known
    end
    if policy.origins.needsParse and matchOrigin(policy.origins, origin) then
        return policy.allowed
    end
    if policy.originMaps == nil then
        return deniedOrigin(policy, origin)
    end
    return nil
end
--- The decision of an Origin value that only the policy's origins maps can tell (decideFromList gave none),
-- given whether the first map holds the value as a key (`inFirst`, its lookup made by the caller: a call into
-- HAProxy, which runtime/transaction.ts makes from the action's own level). The usual one, an exact origin
-- the first map holds (judged by an earlier request), needs nothing more.
function ____exports.decideFromMaps(policy, origin, inFirst)
    local maps = policy.originMaps
    if inFirst and maps.maps[1].kinds[origin] == 1 then
        return policy.allowed
    end
    if matchOriginMaps(maps, origin, inFirst) then
        return policy.allowed
    end
    return deniedOrigin(policy, origin)
end
--- Decides a request that is not a preflight, with no Origin (`origin` undefined) or exactly one.
function ____exports.decideOrdinary(policy, origin)
    return ____exports.decideFromList(policy, origin) or ____exports.decideFromMaps(
        policy,
        origin,
        ____exports.inFirstMap(policy, origin)
    )
end
--- A preflight's decision: allowed with `headers`, or denied for `reason` (headers undefined).
local function preflightOutcome(policy, headers, vary, reason)
    local allowed = headers ~= nil
    local name = allowed and "preflight-allowed" or "preflight-denied"
    local corsHeaders = headers == nil and NO_HEADERS or headers
    if policy.forwardPreflights then
        return makeDecision(
            name,
            nil,
            false,
            corsHeaders,
            vary,
            reason
        )
    end
    local replyHeaders = {}
    for ____, header in ipairs(corsHeaders) do
        replyHeaders[#replyHeaders + 1] = header
    end
    if #vary > 0 then
        replyHeaders[#replyHeaders + 1] = {
            VARY,
            table.concat(vary, ", ")
        }
    end
    return makeDecision(
        name,
        {status = allowed and 204 or 403, headers = replyHeaders},
        false,
        NO_HEADERS,
        NO_STRINGS,
        reason
    )
end
local function deniedPreflight(policy, reason)
    return preflightOutcome(policy, nil, VARY_ORIGIN, reason)
end
local function decidePreflight(policy, origin, request)
    if origin == nil then
        return deniedPreflight(policy, "several-origins")
    end
    if not isAllowedOrigin(policy, origin) then
        return deniedPreflight(
            policy,
            ____exports.originDenial(origin)
        )
    end
    local method = #request.requestMethods == 1 and request.requestMethods[1] or nil
    if method == nil or not isAllowedMethod(policy, method) then
        return deniedPreflight(policy, "method-not-allowed")
    end
    local names = allowedRequestHeaders(policy, request.requestHeaders)
    if names == nil then
        return deniedPreflight(policy, "headers-not-allowed")
    end
    local vary = policy.fixedAnyOrigin and ({}) or ({VARY_ORIGIN_TOKEN})
    local headers = {{ALLOW_ORIGIN, policy.fixedAnyOrigin and "*" or origin}}
    for ____, header in ipairs(policy.preflightHeaders) do
        headers[#headers + 1] = header
    end
    if policy.allowMethods == nil then
        headers[#headers + 1] = {ALLOW_METHODS, method}
        vary[#vary + 1] = "Access-Control-Request-Method"
    elseif #policy.allowMethods > 0 then
        headers[#headers + 1] = {ALLOW_METHODS, policy.allowMethods}
    end
    if policy.allowHeaders == nil then
        if #names > 0 then
            headers[#headers + 1] = {
                ALLOW_HEADERS,
                table.concat(names, ",")
            }
        end
        vary[#vary + 1] = "Access-Control-Request-Headers"
    elseif #policy.allowHeaders > 0 then
        headers[#headers + 1] = {ALLOW_HEADERS, policy.allowHeaders}
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
    return origin == nil and policy.severalOrigins or ____exports.decideOrdinary(policy, origin)
end
local function isAccessControl(name)
    local first = string.byte(name, 1) or 0 / 0
    if first ~= 97 and first ~= 65 then
        return false
    end
    return #name > #ACCESS_CONTROL_PREFIX and string.lower(__TS__StringSubstring(name, 0, #ACCESS_CONTROL_PREFIX)) == ACCESS_CONTROL_PREFIX
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
                goto __continue61
            end
            local lower = string.lower(name)
            if remove == nil then
                remove = {lower}
            elseif __TS__ArrayIndexOf(remove, lower) < 0 then
                remove[#remove + 1] = lower
            end
        end
        ::__continue61::
    end
    local vary = mergeVary(decision.vary, backend.vary)
    return {
        remove = remove == nil and NO_STRINGS or remove,
        echoOrigin = decision.echoOrigin,
        add = decision.headers,
        vary = vary,
        replaceVary = vary ~= nil and #backend.vary > 0
    }
end
return ____exports
 end,
["haproxy.variables"] = function(...) 
local ____exports = {}
--- The decision: not-cors, allowed, denied, preflight-allowed or preflight-denied.
____exports.DECISION_VAR = "txn.cors_decision"
--- Why the request was denied (policy/decision.ts, DenialReason); unset for the other decisions.
____exports.REASON_VAR = "txn.cors_reason"
--- Set by the operator's own rule (any value) to have denied decisions explained (CORS-Debug).
____exports.DEBUG_VAR = "txn.cors_debug"
--- With debugging on, a denied request's detail: what failed and what the policy allows (policy/explain.ts).
____exports.DETAIL_VAR = "txn.cors_detail"
--- The request's Origin, when it had exactly one.
____exports.ORIGIN_VAR = "txn.cors_origin"
--- The converter configuration's record of a decision (converters/record.ts): the module's own.
____exports.EDIT_VAR = "txn.cors_edit"
--- Set when HAProxy answered the request itself (a preflight), to the status it sent: a Lua action in
-- http-after-response must skip that answer (README, "Every response").
____exports.ANSWERED_VAR = "txn.cors_answered"
return ____exports
 end,
["runtime.fault"] = function(...) 
local ____exports = {}
function ____exports.fault(where, ____error)
    core.Alert((("cors: internal error in " .. where) .. ", no CORS headers sent: ") .. tostring(____error))
end
return ____exports
 end,
["haproxy.actionArguments"] = function(...) 
local ____exports = {}
local ____compile = require("policy.compile")
local compilePolicy = ____compile.compilePolicy
local ____policy = require("policy.policy")
local parseDropInPolicy = ____policy.parseDropInPolicy
local parseExtendedPolicy = ____policy.parseExtendedPolicy
--- How many arguments each action takes: the drop-in form three, the extended form one.
____exports.ARGUMENT_COUNT = {cors = 3, ["cors-policy"] = 1}
--- `suffixes`: the Public Suffix List subdomain patterns are judged by (the built-in copy by default).
function ____exports.parsePolicyArguments(action, args, readFile, suffixes, checked)
    if action == "cors" then
        return parseDropInPolicy(
            args[1],
            args[2],
            args[3],
            readFile,
            suffixes,
            checked
        )
    end
    return parseExtendedPolicy(args[1], readFile, suffixes, checked)
end
--- `maps`: how the compiled policy reads its origins maps at run time (policy/originMaps.ts); `checked`: the
-- origins map files the process checked already (policy.ts, CheckedMaps).
function ____exports.compilePolicyArguments(action, args, readFile, suffixes, maps, checked)
    local parsed = ____exports.parsePolicyArguments(
        action,
        args,
        readFile,
        suffixes,
        checked
    )
    return parsed.ok and ({
        ok = true,
        policy = compilePolicy(parsed.policy, maps, suffixes)
    }) or parsed
end
return ____exports
 end,
["converters.record"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__StringTrim = ____lualib.__TS__StringTrim
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local ____exports = {}
local ____decision = require("policy.decision")
local DENIAL_REASONS = ____decision.DENIAL_REASONS
local ____errors = require("policy.errors")
local Problem = ____errors.Problem
local ____headers = require("policy.headers")
local ALLOW_CREDENTIALS = ____headers.ALLOW_CREDENTIALS
local ALLOW_ORIGIN = ____headers.ALLOW_ORIGIN
local EXPOSE_HEADERS = ____headers.EXPOSE_HEADERS
____exports.RECORD_DELIMITER = ";"
--- The <allow-origin> field that echoes the request's Origin.
____exports.ECHO_ORIGIN = "="
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
        vary,
        record.reason or ""
    }, ____exports.RECORD_DELIMITER or ",")
end
--- The record of a decision the converter can make, or undefined (an answered or forwarded preflight).
function ____exports.recordOf(decision)
    if decision.reply ~= nil then
        return nil
    end
    return ____exports.formatEditRecord(decision)
end
--- The record written by formatEditRecord, or undefined for any other text.
function ____exports.parseEditRecord(text)
    local fields = __TS__StringSplit(text, ____exports.RECORD_DELIMITER)
    if #fields ~= 6 then
        return nil
    end
    local name, allowOrigin, credentials, expose, vary, reasonField = table.unpack(fields, 1, 6)
    if not isRecordName(name) then
        return nil
    end
    local ____temp_0
    if reasonField == "" then
        ____temp_0 = nil
    else
        ____temp_0 = reasonField
    end
    local reason = ____temp_0
    if reason ~= nil and __TS__ArrayIndexOf(DENIAL_REASONS, reason) < 0 then
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
    return {
        name = name,
        reason = reason,
        echoOrigin = allowOrigin == ____exports.ECHO_ORIGIN,
        headers = headers,
        vary = tokens
    }
end
--- The converter's last argument when the request has no Origin (its input is then ignored).
____exports.NO_ORIGIN = "no-origin"
--- The converter's last argument that names the map the module fills with the policy's exact origins
-- (`map=<file>`): the configuration looks an Origin up there with `map_str` first, and calls the
-- converter only when it is not found. The converter itself decides as without the argument.
____exports.MAP_ARGUMENT = "map="
--- Reads a converter's last argument (undefined when the call has none: decide the Origin).
function ____exports.readLastArgument(arg)
    if arg == nil then
        return {kind = "decide"}
    end
    if arg == ____exports.NO_ORIGIN then
        return {kind = "no-origin"}
    end
    if #arg > #____exports.MAP_ARGUMENT and __TS__StringSubstring(arg, 0, #____exports.MAP_ARGUMENT) == ____exports.MAP_ARGUMENT then
        return {
            kind = "decide",
            mapFile = __TS__StringSubstring(arg, #____exports.MAP_ARGUMENT)
        }
    end
    return {kind = "refused", error = {subject = "converter argument", value = arg, problem = Problem.converterInput}}
end
--- The map's key for a request without Origin. No Origin value can equal it: HAProxy trims the white
-- space around a header value (HTTP/1.1 and HTTP/2 alike), so a value is never a lone space.
____exports.NO_ORIGIN_KEY = " "
--- The Origin values the policy allows by exact match (its allow-list's exact entries).
function ____exports.exactAllowedOrigins(policy)
    local origins = {}
    for origin in pairs(policy.origins.exact) do
        origins[#origins + 1] = origin
    end
    return origins
end
--- What the converter configuration's map holds: each exact origin with the allowed record, and
-- NO_ORIGIN_KEY with the record of a request without Origin. A key found there gets exactly what the
-- converter would answer; every other Origin value still reaches the converter.
function ____exports.originMapEntries(policy)
    local entries = {}
    local allowed = ____exports.recordOf(policy.allowed)
    if allowed ~= nil then
        for ____, origin in ipairs(____exports.exactAllowedOrigins(policy)) do
            entries[#entries + 1] = {origin, allowed}
        end
    end
    local notCors = ____exports.recordOf(policy.notCors)
    if notCors ~= nil then
        entries[#entries + 1] = {____exports.NO_ORIGIN_KEY, notCors}
    end
    return entries
end
return ____exports
 end,
["runtime.editRecords"] = function(...) 
local ____exports = {}
local ____record = require("converters.record")
local recordOf = ____record.recordOf
--- The record of each ordinary decision of every policy the cache holds.
____exports.editRecords = {}
--- The same, for the policies of frontends whose rules read `txn.cors_edit` (haproxy/configScan.ts,
-- editRecordReaders): their request action writes the record, and their response action removes it once
-- it has applied the decision itself.
____exports.nativeRecords = {}
--- When the configuration check could not read the configuration: every policy records (native rules may be there).
local everyPolicyNative = false
function ____exports.recordEveryPolicy()
    everyPolicyNative = true
end
local function ordinaryRecords(policy, ____table)
    for ____, decision in ipairs({
        policy.notCors,
        policy.allowed,
        policy.denied,
        policy.malformed,
        policy.severalOrigins
    }) do
        local record = recordOf(decision)
        if record ~= nil then
            ____table[decision] = record
        end
    end
end
--- Called for every policy the cache stores.
function ____exports.rememberRecords(policy)
    ordinaryRecords(policy, ____exports.editRecords)
    if everyPolicyNative then
        ordinaryRecords(policy, ____exports.nativeRecords)
    end
end
--- A policy whose frontend has native response rules.
function ____exports.recordForNativeRules(policy)
    ordinaryRecords(policy, ____exports.nativeRecords)
end
return ____exports
 end,
["runtime.knownPolicies"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local ____exports = {}
____exports.knownPolicies = {}
function ____exports.rememberPolicy(known)
    local ____exports_knownPolicies_0 = ____exports.knownPolicies
    ____exports_knownPolicies_0[#____exports_knownPolicies_0 + 1] = known
end
--- The sections the configuration check saw policies in, in order.
function ____exports.knownSections()
    local sections = {}
    for ____, known in ipairs(____exports.knownPolicies) do
        if known.section ~= nil and __TS__ArrayIndexOf(sections, known.section) < 0 then
            sections[#sections + 1] = known.section
        end
    end
    return sections
end
--- Each policy the check saw, with its section when it saw it in one section only (else undefined).
function ____exports.sectionOfEachPolicy()
    local policies = {}
    local sections = {}
    for ____, known in ipairs(____exports.knownPolicies) do
        do
            if known.section == nil then
                goto __continue8
            end
            local at = __TS__ArrayIndexOf(policies, known.policy)
            if at < 0 then
                policies[#policies + 1] = known.policy
                sections[#sections + 1] = known.section
            elseif sections[at + 1] ~= known.section then
                sections[at + 1] = nil
            end
        end
        ::__continue8::
    end
    return __TS__ArrayMap(
        policies,
        function(____, policy, i) return {policy, sections[i + 1]} end
    )
end
return ____exports
 end,
["runtime.files"] = function(...) 
local ____exports = {}
--- The whole file, or why it cannot be read (Lua's own message, e.g. "No such file or directory").
____exports.readTextFile = function(path)
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
["runtime.sharedMap"] = function(...) 
local ____exports = {}
____exports.SHARED_MAP = "/dev/./null"
local made, result = pcall(function() return _G.Map.new(____exports.SHARED_MAP, _G.Map._str) end)
--- The shared map; undefined when HAProxy refused to make it (sharedMapError says why).
____exports.sharedMap = made and result or nil
____exports.sharedMapError = made and "" or tostring(result)
return ____exports
 end,
["runtime.originMaps"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__Number = ____lualib.__TS__Number
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__StringSplit = ____lualib.__TS__StringSplit
local ____exports = {}
local ____errors = require("policy.errors")
local formatPolicyError = ____errors.formatPolicyError
local quote = ____errors.quote
local ____originMaps = require("policy.originMaps")
local EMPTY_MAP = ____originMaps.EMPTY_MAP
local ____sharedMap = require("runtime.sharedMap")
local SHARED_MAP = ____sharedMap.SHARED_MAP
local sharedMap = ____sharedMap.sharedMap
--- How many rejected keys of a map a state lists (`cors show policies`); the log has every one.
local KEYS_LISTED = 20
--- This state's rejected keys, by map.
local rejectedHere = {}
local function listedKey(thread, name)
    return (("rejected-keys " .. tostring(thread)) .. " ") .. name
end
local function reject(name, key, ____error)
    local keys = rejectedHere[name]
    if keys == nil then
        keys = {}
        rejectedHere[name] = keys
    end
    local map = sharedMap
    if #keys < KEYS_LISTED then
        keys[#keys + 1] = key
        if map ~= nil then
            core.set_map(
                SHARED_MAP,
                listedKey(core.thread, name),
                table.concat(keys, "\n")
            )
        end
    end
    local logged = (("logged-key " .. name) .. " ") .. key
    if map ~= nil and map:lookup(logged) ~= nil then
        return
    end
    if map ~= nil then
        core.set_map(SHARED_MAP, logged, "1")
    end
    core.Warning((("cors: origins map " .. quote(name)) .. ": a key never matches, ") .. formatPolicyError(____error))
end
--- HAProxy's map of that name. HAProxy opens maps only while it starts (the body and init contexts): a policy
-- the configuration check did not see is compiled on its first request, where its maps cannot be opened, so
-- their origins are denied (fail closed), and the log says why.
local function open(name)
    local ok, map = pcall(function() return _G.Map.new(name, _G.Map._str) end)
    if ok then
        return map
    end
    core.Alert(((("cors: origins map " .. quote(name)) .. " cannot be opened once HAProxy has started (") .. tostring(map)) .. "), its origins are denied: write the rule where the configuration check sees it (README, Limitations)")
    return EMPTY_MAP
end
--- The policies' access to their maps in HAProxy.
____exports.haproxyMaps = {open = open, reject = reject}
--- The keys of `name` that some state rejected, at most KEYS_LISTED of each state's, without repeats.
function ____exports.rejectedKeys(name)
    local keys = {}
    local map = sharedMap
    local threads = __TS__Number(core.get_info().Nbthread or 1)
    do
        local thread = 0
        while thread <= threads do
            do
                local ____temp_2
                if map == nil then
                    local ____opt_0 = rejectedHere[name]
                    ____temp_2 = ____opt_0 and table.concat(rejectedHere[name], "\n")
                else
                    ____temp_2 = map:lookup(listedKey(thread, name))
                end
                local text = ____temp_2
                if text == nil or text == "" then
                    goto __continue14
                end
                for ____, key in ipairs(__TS__StringSplit(text, "\n")) do
                    if __TS__ArrayIndexOf(keys, key) < 0 then
                        keys[#keys + 1] = key
                    end
                end
                if map == nil then
                    break
                end
            end
            ::__continue14::
            thread = thread + 1
        end
    end
    return keys
end
--- The origins map files some Lua state of this process checked (runtime/configCheck.ts): under
-- lua-load-per-thread the states run the configuration check one after the other, and the later ones skip
-- a file the first found valid (a bad one stops HAProxy at the first).
____exports.checkedMaps = {
    has = function(key) return sharedMap ~= nil and sharedMap:lookup("checked-map " .. key) ~= nil end,
    add = function(key)
        if sharedMap ~= nil then
            core.set_map(SHARED_MAP, "checked-map " .. key, "1")
        end
    end
}
return ____exports
 end,
["runtime.publicSuffixes"] = function(...) 
local ____exports = {}
local ____publicSuffixSource = require("policy.publicSuffixSource")
local loadPublicSuffixList = ____publicSuffixSource.loadPublicSuffixList
local PUBLIC_SUFFIX_LIST_VARIABLE = ____publicSuffixSource.PUBLIC_SUFFIX_LIST_VARIABLE
local ____files = require("runtime.files")
local readTextFile = ____files.readTextFile
local loaded
function ____exports.publicSuffixes()
    if loaded == nil then
        loaded = loadPublicSuffixList(
            os.getenv(PUBLIC_SUFFIX_LIST_VARIABLE),
            readTextFile
        )
    end
    return loaded
end
return ____exports
 end,
["runtime.policyCache"] = function(...) 
local ____exports = {}
local dropIn, extended
local ____compile = require("policy.compile")
local DENY_ALL = ____compile.DENY_ALL
local ____errors = require("policy.errors")
local formatPolicyErrors = ____errors.formatPolicyErrors
local ____actionArguments = require("haproxy.actionArguments")
local compilePolicyArguments = ____actionArguments.compilePolicyArguments
local ____editRecords = require("runtime.editRecords")
local rememberRecords = ____editRecords.rememberRecords
local ____fault = require("runtime.fault")
local fault = ____fault.fault
local ____knownPolicies = require("runtime.knownPolicies")
local rememberPolicy = ____knownPolicies.rememberPolicy
local ____files = require("runtime.files")
local readTextFile = ____files.readTextFile
local ____originMaps = require("runtime.originMaps")
local haproxyMaps = ____originMaps.haproxyMaps
local ____publicSuffixes = require("runtime.publicSuffixes")
local publicSuffixes = ____publicSuffixes.publicSuffixes
--- The policy the cache holds for these arguments, if any.
function ____exports.cachedPolicy(action, args)
    local ____temp_4
    if action == "cors" then
        local ____opt_2 = dropIn[args[1]]
        local ____opt_0 = ____opt_2 and ____opt_2[args[2]]
        ____temp_4 = ____opt_0 and ____opt_0[args[3]]
    else
        ____temp_4 = extended[args[1]]
    end
    return ____temp_4
end
dropIn = {}
extended = {}
--- The policies compiled so far, by the action's arguments: each action looks its policy up here, where it
-- needs it (an index per argument, where a call would cost more than the lookups), and calls dropInPolicy or
-- extendedPolicy on a miss.
____exports.dropInPolicies = dropIn
____exports.extendedPolicies = extended
--- A policy that failed to compile denies everything (its errors are reported where it is compiled).
local function policyOf(result)
    return result.ok and result.policy or DENY_ALL
end
local function levelOf(____table, key)
    local level = ____table[key]
    if level == nil then
        level = {}
        ____table[key] = level
    end
    return level
end
local function store(action, args, policy)
    rememberRecords(policy)
    if action == "cors" then
        levelOf(
            levelOf(dropIn, args[1]),
            args[2]
        )[args[3]] = policy
    else
        extended[args[1]] = policy
    end
end
--- Stores a policy compiled ahead of the first request (the configuration check does this).
function ____exports.storePolicy(action, args, result)
    local stored = ____exports.cachedPolicy(action, args)
    if stored ~= nil then
        return stored
    end
    local policy = policyOf(result)
    store(action, args, policy)
    return policy
end
--- Compiles a policy the configuration check did not see. Never raises, so that the actions can look
-- policies up outside their protected call: the compiler reports bad input as errors, and anything it
-- raised all the same is logged once and gives a policy that denies everything.
local function compileNow(action, args)
    local ok, result = pcall(
        compilePolicyArguments,
        action,
        args,
        readTextFile,
        publicSuffixes,
        haproxyMaps
    )
    if not ok then
        fault(("lua." .. action) .. " (compiling its policy)", result)
        store(action, args, DENY_ALL)
        return DENY_ALL
    end
    local policy = policyOf(result)
    store(action, args, policy)
    rememberPolicy({
        section = nil,
        where = nil,
        use = nil,
        action = action,
        args = args,
        policy = policy,
        refused = not result.ok
    })
    if not result.ok then
        core.Alert("cors: policy refused, every origin denied:\n" .. formatPolicyErrors(result.errors))
    end
    return policy
end
--- The drop-in form's policy, compiled on first use (an invalid one denies everything, reported once).
function ____exports.dropInPolicy(methods, origins, headers)
    local ____opt_7 = dropIn[methods]
    local ____opt_5 = ____opt_7 and ____opt_7[origins]
    local policy = ____opt_5 and ____opt_5[headers]
    return policy == nil and compileNow("cors", {methods, origins, headers}) or policy
end
--- The extended form's policy, compiled on first use (an invalid one denies everything, reported once).
function ____exports.extendedPolicy(options)
    local policy = extended[options]
    return policy == nil and compileNow("cors-policy", {options}) or policy
end
return ____exports
 end,
["haproxy.headerNames"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local ____exports = {}
local ____headers = require("policy.headers")
local ACCESS_CONTROL_PREFIX = ____headers.ACCESS_CONTROL_PREFIX
local ORIGIN = ____headers.ORIGIN
local REQUEST_METHOD = ____headers.REQUEST_METHOD
local VARY = ____headers.VARY
--- The byte between two names (as charCodeAt gives it): a comma, HAProxy's default for `hdr_names`, which
-- never occurs in a header name (it is not a token byte). The actions fetch the lists without an argument:
-- one would cost HAProxy its parsing and checking on every call.
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
    local origins = ____exports.countName(names, ORIGIN, 2)
    if origins == 0 then
        return "no-origin"
    end
    return origins == 1 and ____exports.countName(names, REQUEST_METHOD, 1) == 0 and "one-origin" or "whole"
end
function ____exports.classifyResponseNames(names)
    local varyLines = ____exports.countName(names, VARY, 2)
    if varyLines > 1 or ____exports.hasNameWithPrefix(names, ACCESS_CONTROL_PREFIX) then
        return "whole"
    end
    return varyLines == 0 and "plain" or "one-vary"
end
return ____exports
 end,
["runtime.nameClasses"] = function(...) 
local ____exports = {}
local ____headerNames = require("haproxy.headerNames")
local classifyRequestNames = ____headerNames.classifyRequestNames
local classifyResponseNames = ____headerNames.classifyResponseNames
local REMEMBERED_LISTS = 256
local REMEMBERED_LENGTH = 512
local function remember(memory, names, nameClass)
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
local requests = {classes = {}, size = 0}
local responses = {classes = {}, size = 0}
--- The classes of the request header-name lists seen before: the usual request reads its class here, a table
-- lookup made where the class is needed (a call would cost more than the lookup), and classifies the list on
-- a miss (classifyRequest). Emptied in place when full, never replaced.
____exports.requestClasses = requests.classes
--- The classes of the response header-name lists seen before, as requestClasses (classifyResponse on a miss).
____exports.responseClasses = responses.classes
--- What a request's header names say about how to read it, for a list requestClasses does not hold.
function ____exports.classifyRequest(names)
    return remember(
        requests,
        names,
        classifyRequestNames(names)
    )
end
--- What a backend response's header names say about how to edit it, for a list responseClasses does not hold.
function ____exports.classifyResponse(names)
    return remember(
        responses,
        names,
        classifyResponseNames(names)
    )
end
return ____exports
 end,
["runtime.response"] = function(...) 
local ____exports = {}
local applyEdit, addHeaders
local ____decide = require("policy.decide")
local editResponse = ____decide.editResponse
local ____headers = require("policy.headers")
local ALLOW_ORIGIN = ____headers.ALLOW_ORIGIN
local NO_STRINGS = ____headers.NO_STRINGS
local VARY = ____headers.VARY
local ____nameClasses = require("runtime.nameClasses")
local classifyResponse = ____nameClasses.classifyResponse
local responseClasses = ____nameClasses.responseClasses
function applyEdit(txn, edit, origin)
    do
        local i = 0
        while i < #edit.remove do
            txn.http:res_del_header(edit.remove[i + 1])
            i = i + 1
        end
    end
    if edit.replaceVary then
        txn.http:res_del_header(VARY)
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
    if edit.vary ~= nil then
        txn.http:res_add_header(VARY, edit.vary)
    end
end
--- The values of one header in HAProxy's table (lower-case names, values indexed from 0).
local function valuesOf(____table, name)
    local values = ____table[name]
    if values == nil then
        return NO_STRINGS
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
--- What the edit needs of a backend response whose header names are not "plain".
local function readBackendHeaders(txn, kind)
    if kind == "one-vary" then
        return {
            names = NO_STRINGS,
            vary = {txn.f:res_fhdr(VARY) or ""}
        }
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
--- Applies a decision to the backend's response (its plain edit, or one made from what the backend sent).
function ____exports.applyDecision(txn, decision, origin)
    local names = txn.f:res_hdr_names() or ""
    local kind = responseClasses[names] or classifyResponse(names)
    if kind == "plain" then
        return addHeaders(txn, decision.plainEdit, origin)
    end
    return applyEdit(
        txn,
        editResponse(
            decision,
            readBackendHeaders(txn, kind)
        ),
        origin
    )
end
return ____exports
 end,
["converters.glue"] = function(...) 
local ____exports = {}
local ____decide = require("policy.decide")
local decideOrdinary = ____decide.decideOrdinary
local ____decision = require("policy.decision")
local makeDecision = ____decision.makeDecision
local ____errors = require("policy.errors")
local formatPolicyError = ____errors.formatPolicyError
local quote = ____errors.quote
local ____variables = require("haproxy.variables")
local EDIT_VAR = ____variables.EDIT_VAR
local ORIGIN_VAR = ____variables.ORIGIN_VAR
local ____fault = require("runtime.fault")
local fault = ____fault.fault
local ____policyCache = require("runtime.policyCache")
local dropInPolicy = ____policyCache.dropInPolicy
local extendedPolicy = ____policyCache.extendedPolicy
local ____response = require("runtime.response")
local applyDecision = ____response.applyDecision
local ____editRecords = require("runtime.editRecords")
local editRecords = ____editRecords.editRecords
local ____record = require("converters.record")
local originMapEntries = ____record.originMapEntries
local parseEditRecord = ____record.parseEditRecord
local readLastArgument = ____record.readLastArgument
--- Each last argument the converters were given, read once: a rule passes the same one on every call.
local lastArguments = {}
--- A converter called without the last argument decides the Origin.
local DECIDE = readLastArgument(nil)
local function lastArgumentOf(arg)
    if arg == nil then
        return DECIDE
    end
    local known = lastArguments[arg]
    if known == nil then
        known = readLastArgument(arg)
        if known.kind == "refused" then
            core.Alert(formatPolicyError(known.error) .. ", no CORS headers sent")
        end
        lastArguments[arg] = known
    end
    return known
end
local function convert(policy, origin, arg)
    local last = lastArgumentOf(arg)
    if last.kind == "refused" then
        return nil
    end
    return editRecords[last.kind == "no-origin" and policy.notCors or decideOrdinary(policy, origin)]
end
local function onDropIn(origin, methods, origins, headers, arg)
    local ok, result = pcall(
        convert,
        dropInPolicy(methods, origins, headers),
        origin,
        arg
    )
    if ok then
        return result
    end
    fault("lua.cors converter", result)
    return nil
end
local function onExtended(origin, options, arg)
    local ok, result = pcall(
        convert,
        extendedPolicy(options),
        origin,
        arg
    )
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
--- The decisions read back from records, by record text. A policy gives at most five records, and only
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
        record.vary,
        record.reason
    )
    recordedDecisions[text] = decision
    return decision
end
--- Applies the record a converter left in `txn.cors_edit`, if any.
function ____exports.applyRecord(txn)
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
    return applyDecision(
        txn,
        decision,
        type(origin) == "string" and origin or nil
    )
end
return ____exports
 end,
["policy.explain"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__ArrayConcat = ____lualib.__TS__ArrayConcat
local ____exports = {}
local ____chars = require("policy.chars")
local readTokenList = ____chars.readTokenList
local ____decide = require("policy.decide")
local decide = ____decide.decide
local ____decision = require("policy.decision")
local makeDecision = ____decision.makeDecision
local ____headers = require("policy.headers")
local DEBUG_HEADER = ____headers.DEBUG_HEADER
local ____errors = require("policy.errors")
local quote = ____errors.quote
local ____preflightRequest = require("policy.preflightRequest")
local isAllowedHeaderName = ____preflightRequest.isAllowedHeaderName
local MAX_ANY_METHOD_LENGTH = ____preflightRequest.MAX_ANY_METHOD_LENGTH
local MAX_REQUEST_HEADERS_LINES = ____preflightRequest.MAX_REQUEST_HEADERS_LINES
local SAFELISTED_METHODS = ____preflightRequest.SAFELISTED_METHODS
local ____origin = require("policy.origin")
local printPattern = ____origin.printPattern
--- How many allow-list entries a detail names before "and N more".
local ENTRIES_SHOWN = 8
--- The allowed origins in a few words: the first entries of the allow-list, and how many there are.
local function allowedOrigins(policy)
    local entries = policy.policy.origins
    local maps = policy.policy.originMaps
    if #entries == 0 and #maps == 0 then
        return "no origin"
    end
    local shown = {}
    do
        local i = 0
        while i < #entries and i < ENTRIES_SHOWN do
            shown[#shown + 1] = printPattern(entries[i + 1])
            i = i + 1
        end
    end
    if #entries > ENTRIES_SHOWN then
        local ____shown_0, ____temp_1 = shown, #shown
        ____shown_0[____temp_1] = ____shown_0[____temp_1] .. (" and " .. tostring(#entries - ENTRIES_SHOWN)) .. " more"
    end
    for ____, name in ipairs(maps) do
        shown[#shown + 1] = "the keys of map " .. quote(name)
    end
    return table.concat(shown, ", ")
end
local function allowedMethods(policy)
    local names = __TS__ArraySlice(SAFELISTED_METHODS)
    for ____, name in ipairs(policy.policy.methods.names) do
        if __TS__ArrayIndexOf(names, name) < 0 then
            names[#names + 1] = name
        end
    end
    local any = policy.anyMethod and ("any method of at most " .. tostring(MAX_ANY_METHOD_LENGTH)) .. " bytes" or ""
    return any == "" and table.concat(names, ", ") or ((any .. " (named: ") .. table.concat(names, ", ")) .. ")"
end
local function allowedHeaders(policy)
    local names = policy.policy.headers.names
    if policy.anyHeader then
        local base = policy.anyHeaderCoversAuthorization and "any header" or "any header but Authorization"
        return #names > 0 and ((base .. " (named: ") .. table.concat(names, ", ")) .. ")" or base
    end
    return #names > 0 and table.concat(names, ", ") or "no header"
end
--- The requested header names the policy does not allow, or what else makes the list refused.
local function headersProblem(policy, values)
    if #values > MAX_REQUEST_HEADERS_LINES then
        return ((tostring(#values) .. " Access-Control-Request-Headers lines (at most ") .. tostring(MAX_REQUEST_HEADERS_LINES)) .. " are read)"
    end
    local refused = {}
    local refusedCount = 0
    local length = #values - 1
    for ____, value in ipairs(values) do
        length = length + #value
        local names = readTokenList(
            string.lower(value),
            #value
        )
        if names == nil then
            return ("Access-Control-Request-Headers " .. quote(value)) .. " is not a list of header names"
        end
        for ____, name in ipairs(names) do
            do
                if isAllowedHeaderName(policy, name) then
                    goto __continue19
                end
                refusedCount = refusedCount + 1
                if #refused < ENTRIES_SHOWN then
                    refused[#refused + 1] = quote(name)
                end
            end
            ::__continue19::
        end
    end
    if refusedCount > 0 then
        return (("header " .. table.concat(refused, ", ")) .. (refusedCount > #refused and (" and " .. tostring(refusedCount - #refused)) .. " more" or "")) .. " not allowed"
    end
    local limits = policy.requestHeadersLimits
    if length > limits.length then
        return ((("Access-Control-Request-Headers of " .. tostring(length)) .. " bytes, longer than the ") .. tostring(limits.length)) .. " the allowed names take (a name repeated?)"
    end
    return ("more than the " .. tostring(limits.names)) .. " header names allowed"
end
--- What failed and what the policy allows, for a request denied for `reason`: one line, printable ASCII
-- (request values quoted and cut short), for the CORS-Debug header and `txn.cors_detail`.
function ____exports.denialDetail(policy, request, reason)
    repeat
        local ____switch27 = reason
        local ____cond27 = ____switch27 == "several-origins"
        if ____cond27 then
            return tostring(#request.origins) .. " Origin headers, a CORS request has one"
        end
        ____cond27 = ____cond27 or ____switch27 == "origin-malformed"
        if ____cond27 then
            return (("Origin " .. quote(request.origins[1] or "")) .. " is not a serialized origin (scheme://host[:port] in lower case, no default port, no path); allowed: ") .. allowedOrigins(policy)
        end
        ____cond27 = ____cond27 or ____switch27 == "origin-not-allowed"
        if ____cond27 then
            return (("Origin " .. quote(request.origins[1] or "")) .. " not allowed; allowed: ") .. allowedOrigins(policy)
        end
        ____cond27 = ____cond27 or ____switch27 == "method-not-allowed"
        if ____cond27 then
            do
                local methods = request.requestMethods
                local what = #methods == 1 and ("method " .. quote(methods[1])) .. " not allowed" or tostring(#methods) .. " Access-Control-Request-Method headers, a preflight has one"
                return (what .. "; allowed: ") .. allowedMethods(policy)
            end
        end
        ____cond27 = ____cond27 or ____switch27 == "headers-not-allowed"
        if ____cond27 then
            return (headersProblem(policy, request.requestHeaders) .. "; allowed: ") .. allowedHeaders(policy)
        end
    until true
end
--- The decision with the CORS-Debug header `<decision>; <reason>; <detail>` among its headers (in the reply
-- HAProxy sends, or among those added to the backend's response). Made for one request: only when debugging.
function ____exports.withDebugHeader(decision, detail)
    local ____debug = {
        DEBUG_HEADER,
        (((decision.name .. "; ") .. tostring(decision.reason)) .. "; ") .. detail
    }
    local ____temp_2
    if decision.reply == nil then
        ____temp_2 = nil
    else
        ____temp_2 = {
            status = decision.reply.status,
            headers = __TS__ArrayConcat(decision.reply.headers, {____debug})
        }
    end
    local reply = ____temp_2
    local headers = reply == nil and __TS__ArrayConcat(decision.headers, {____debug}) or decision.headers
    return makeDecision(
        decision.name,
        reply,
        decision.echoOrigin,
        headers,
        decision.vary,
        decision.reason
    )
end
--- The request a browser sends for the question: a GET (or the method given) with the Origin, or, for a
-- method other than GET, HEAD and POST or with request headers, the preflight that precedes such a call.
function ____exports.requestOfQuestion(question)
    local method = question.method or "GET"
    local simple = __TS__ArrayIndexOf(SAFELISTED_METHODS, method) >= 0 and question.headers == nil
    if simple then
        return {method = method, origins = {question.origin}, requestMethods = {}, requestHeaders = {}}
    end
    return {method = "OPTIONS", origins = {question.origin}, requestMethods = {method}, requestHeaders = question.headers == nil and ({}) or ({question.headers})}
end
--- The answer to a question, in lines: `decision: <decision>`, `reason: <reason>` when denied, then each
-- response header as `<name>: <value>` (for a request that reaches the backend, those added to a response
-- that has no CORS header or Vary of its own). Lines starting `# ` comment: who answers, a denial's detail.
function ____exports.explainLines(policy, question)
    local request = ____exports.requestOfQuestion(question)
    local decision = decide(policy, request)
    local lines = {"decision: " .. decision.name}
    if decision.reason ~= nil then
        lines[#lines + 1] = "reason: " .. decision.reason
    end
    if decision.reply ~= nil then
        lines[#lines + 1] = ("# HAProxy answers " .. tostring(decision.reply.status)) .. " with:"
        for ____, ____value in ipairs(decision.reply.headers) do
            local name = ____value[1]
            local value = ____value[2]
            lines[#lines + 1] = (name .. ": ") .. value
        end
    else
        local edit = decision.plainEdit
        lines[#lines + 1] = "# the request reaches the backend; its response gets:"
        if edit.echoOrigin then
            lines[#lines + 1] = "access-control-allow-origin: " .. question.origin
        end
        for ____, ____value in ipairs(edit.add) do
            local name = ____value[1]
            local value = ____value[2]
            lines[#lines + 1] = (name .. ": ") .. value
        end
        if edit.vary ~= nil then
            lines[#lines + 1] = "vary: " .. edit.vary
        end
    end
    if decision.reason ~= nil then
        lines[#lines + 1] = "# " .. ____exports.denialDetail(policy, request, decision.reason)
    end
    return lines
end
local function nameList(list)
    local names = list.any and __TS__ArrayConcat({"*"}, list.names) or list.names
    return #names > 0 and table.concat(names, ",") or "none"
end
--- A policy's options in a few lines (`cors show policies`): the allow-list as counts, not 100,000 entries.
function ____exports.describePolicy(compiled)
    local policy = compiled.policy
    local exact = 0
    local patterns = 0
    for ____, pattern in ipairs(policy.origins) do
        if pattern.subdomains or pattern.port == "*" then
            patterns = patterns + 1
        else
            exact = exact + 1
        end
    end
    local origins = policy.anyOrigin and "* (any)" or (((tostring(exact) .. " exact, ") .. tostring(patterns)) .. " ") .. (patterns == 1 and "pattern" or "patterns")
    for ____, name in ipairs(policy.originMaps) do
        origins = origins .. ", the keys of map " .. quote(name)
    end
    return {
        "form: " .. policy.form,
        "origins: " .. origins,
        "methods: " .. nameList(policy.methods),
        "headers: " .. nameList(policy.headers),
        "expose: " .. nameList(policy.expose),
        "credentials: " .. (policy.credentials and "yes" or "no"),
        "max-age: " .. (policy.maxAge or "none"),
        "preflight: " .. policy.preflight
    }
end
return ____exports
 end,
["metrics.counts"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayFilter = ____lualib.__TS__ArrayFilter
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__Number = ____lualib.__TS__Number
local __TS__StringCharAt = ____lualib.__TS__StringCharAt
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local __TS__ArraySort = ____lualib.__TS__ArraySort
local ____exports = {}
local ____decision = require("policy.decision")
local DENIAL_REASONS = ____decision.DENIAL_REASONS
--- Every value of `txn.cors_decision`, in the order the metrics list them.
____exports.DECISION_NAMES = {
    "not-cors",
    "allowed",
    "denied",
    "preflight-allowed",
    "preflight-denied"
}
function ____exports.zeroCounts()
    local counts = {}
    for ____, name in ipairs(____exports.DECISION_NAMES) do
        counts[name] = 0
    end
    for ____, reason in ipairs(DENIAL_REASONS) do
        counts[reason] = 0
    end
    return counts
end
--- The text a state publishes: `<frontend>/<key>=<count>` for each count above zero, joined by ",".
function ____exports.formatCounts(counts, frontends)
    local items = {}
    for ____, frontend in ipairs(frontends) do
        do
            local own = counts[frontend]
            if own == nil then
                goto __continue8
            end
            for ____, name in ipairs(____exports.DECISION_NAMES) do
                if own[name] > 0 then
                    items[#items + 1] = (((frontend .. "/") .. name) .. "=") .. tostring(own[name])
                end
            end
            for ____, reason in ipairs(DENIAL_REASONS) do
                if own[reason] > 0 then
                    items[#items + 1] = (((frontend .. "/") .. reason) .. "=") .. tostring(own[reason])
                end
            end
        end
        ::__continue8::
    end
    return table.concat(items, ",")
end
--- The stick table that counts the decisions the converter configuration makes without Lua (converters/
-- rules.ts, COUNT_RULE): one entry per `<frontend>/<decision>/<reason>` (reason empty unless denied), whose
-- `http_req_cnt` is the count. HAProxy updates it under its own lock, from any thread.
-- 
-- Its keys are binary (`type binary len COUNTS_KEY_LENGTH`), not strings: HAProxy 3.0.11 with several
-- threads sometimes keeps two entries of one key of a string table when two threads create it at the same
-- moment (about 0.1 to 0.3 % of the keys under bursts of 8 simultaneous new connections per new key), and
-- splits its count between them; a binary table kept one entry per key under the same traffic, as 2.6.12 and
-- 3.2.26 do with strings. The Lua `dump()` of a binary table returns nil and "Unsupported stick table key
-- type" on every version (2.6, 3.0, 3.2), so the service looks each key up (`lookup()`, which pads a short
-- key with zero bytes as HAProxy does when it tracks one): countsTableKeys lists them.
____exports.COUNTS_TABLE = "cors-counts"
--- The length of COUNTS_TABLE's keys, in bytes. HAProxy keeps the first COUNTS_KEY_LENGTH bytes of a longer
-- key, both when it tracks and when it looks up, binary or string, so keys that differ only after them
-- share one entry. The service therefore reads no key longer than this: a frontend whose name is longer than
-- 133 bytes (160 less "/denied/headers-not-allowed") has the converter configuration's decisions of its
-- longer keys uncounted, not merged into another key's.
____exports.COUNTS_KEY_LENGTH = 160
--- The keys of COUNTS_TABLE the service reads for a frontend: every decision with no reason, and `denied`
-- with each reason (converters/rules.ts sets the reason of a denial only), each if it fits COUNTS_KEY_LENGTH.
function ____exports.countsTableKeys(frontend)
    local keys = {}
    for ____, name in ipairs(____exports.DECISION_NAMES) do
        keys[#keys + 1] = ((frontend .. "/") .. name) .. "/"
    end
    for ____, reason in ipairs(DENIAL_REASONS) do
        keys[#keys + 1] = (frontend .. "/denied/") .. reason
    end
    return __TS__ArrayFilter(
        keys,
        function(____, key) return #key <= ____exports.COUNTS_KEY_LENGTH end
    )
end
--- A frontend's counts in `into`, made at zero (and the frontend listed) the first time.
function ____exports.countsOfFrontend(into, frontends, frontend)
    local counts = into[frontend]
    if counts == nil then
        counts = ____exports.zeroCounts()
        into[frontend] = counts
        if __TS__ArrayIndexOf(frontends, frontend) < 0 then
            frontends[#frontends + 1] = frontend
        end
    end
    return counts
end
--- Adds `count` to a frontend's count of `key` (a decision name or a denial reason); an unknown key is skipped.
local function addCount(into, frontends, frontend, key, count)
    local counts = ____exports.countsOfFrontend(into, frontends, frontend)
    if counts[key] ~= nil and count == count then
        counts[key] = counts[key] + count
    end
end
--- Adds one entry of COUNTS_TABLE; a key it cannot read (no decision) is skipped.
function ____exports.addTableEntry(into, frontends, key, count)
    local first = (string.find(key, "/", nil, true) or 0) - 1
    local second = (string.find(
        key,
        "/",
        math.max(first + 1 + 1, 1),
        true
    ) or 0) - 1
    if first <= 0 or second < 0 then
        return
    end
    local frontend = __TS__StringSubstring(key, 0, first)
    local decision = __TS__StringSubstring(key, first + 1, second)
    local reason = __TS__StringSubstring(key, second + 1)
    if decision == "" then
        return
    end
    addCount(
        into,
        frontends,
        frontend,
        decision,
        count
    )
    if reason ~= "" then
        addCount(
            into,
            frontends,
            frontend,
            reason,
            count
        )
    end
end
--- Adds a published text to `into` (and its frontends to `frontends`); an item it cannot read is skipped.
function ____exports.addCounts(into, frontends, text)
    local at = 0
    while at < #text do
        do
            local ____end = (string.find(
                text,
                ",",
                math.max(at + 1, 1),
                true
            ) or 0) - 1
            if ____end < 0 then
                ____end = #text
            end
            local item = __TS__StringSubstring(text, at, ____end)
            at = ____end + 1
            local slash = (string.find(item, "/", nil, true) or 0) - 1
            local equals = (string.find(
                item,
                "=",
                math.max(slash + 1 + 1, 1),
                true
            ) or 0) - 1
            if slash <= 0 or equals < 0 then
                goto __continue33
            end
            addCount(
                into,
                frontends,
                __TS__StringSubstring(item, 0, slash),
                __TS__StringSubstring(item, slash + 1, equals),
                __TS__Number(__TS__StringSubstring(item, equals + 1))
            )
        end
        ::__continue33::
    end
end
local function labelValue(value)
    local out = ""
    do
        local i = 0
        while i < #value do
            local char = __TS__StringCharAt(value, i)
            out = out .. (char == "\\" and "\\\\" or (char == "\"" and "\\\"" or (char == "\n" and "\\n" or char)))
            i = i + 1
        end
    end
    return out
end
--- The Prometheus text format (version 0.0.4) of the counts: every frontend with every decision and every
-- reason, zeros included, so that each series exists from the start.
function ____exports.renderPrometheus(counts, frontends)
    local sorted = __TS__ArraySlice(frontends)
    __TS__ArraySort(sorted)
    local lines = {"# HELP haproxy_cors_decisions_total CORS decisions of cors.lua, by frontend and decision (txn.cors_decision).", "# TYPE haproxy_cors_decisions_total counter"}
    for ____, frontend in ipairs(sorted) do
        local own = counts[frontend] or ____exports.zeroCounts()
        for ____, name in ipairs(____exports.DECISION_NAMES) do
            lines[#lines + 1] = (((("haproxy_cors_decisions_total{frontend=\"" .. labelValue(frontend)) .. "\",decision=\"") .. name) .. "\"} ") .. tostring(own[name])
        end
    end
    lines[#lines + 1] = "# HELP haproxy_cors_denials_total CORS denials of cors.lua, by frontend and reason (txn.cors_reason)."
    lines[#lines + 1] = "# TYPE haproxy_cors_denials_total counter"
    for ____, frontend in ipairs(sorted) do
        local own = counts[frontend] or ____exports.zeroCounts()
        for ____, reason in ipairs(DENIAL_REASONS) do
            lines[#lines + 1] = (((("haproxy_cors_denials_total{frontend=\"" .. labelValue(frontend)) .. "\",reason=\"") .. reason) .. "\"} ") .. tostring(own[reason])
        end
    end
    return table.concat(lines, "\n") .. "\n"
end
return ____exports
 end,
["runtime.metrics"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__Number = ____lualib.__TS__Number
local ____exports = {}
local ____counts = require("metrics.counts")
local addCounts = ____counts.addCounts
local addTableEntry = ____counts.addTableEntry
local COUNTS_TABLE = ____counts.COUNTS_TABLE
local countsOfFrontend = ____counts.countsOfFrontend
local countsTableKeys = ____counts.countsTableKeys
local formatCounts = ____counts.formatCounts
local renderPrometheus = ____counts.renderPrometheus
local ____fault = require("runtime.fault")
local fault = ____fault.fault
local ____sharedMap = require("runtime.sharedMap")
local SHARED_MAP = ____sharedMap.SHARED_MAP
local sharedMap = ____sharedMap.sharedMap
local sharedMapError = ____sharedMap.sharedMapError
--- The service's name: `http-request use-service lua.cors-metrics`.
____exports.METRICS_SERVICE = "cors-metrics"
--- How often each state publishes its counts (the most a count can be late).
local PUBLISH_INTERVAL_MS = 500
--- Whether this state counts: read by the request path before it calls countDecision (a call costs more).
____exports.metrics = {counting = false}
--- This state's counts by frontend, and the frontends in the order they were first seen.
local counts = {}
local frontends = {}
--- The counts of the frontend of each policy that the configuration check saw in one section only.
local countsOfPolicy = {}
local countsMap
local function countsOf(frontend)
    return countsOfFrontend(counts, frontends, frontend)
end
--- Turns counting on: `sectionOf` gives, for each policy the check saw, its one section, or undefined for a
-- policy written in several (its frontend is then fetched per request, `fe_name`).
function ____exports.startCounting(sections, sectionOf)
    countsMap = sharedMap
    if countsMap == nil then
        core.Alert((("cors: metrics off, the map " .. SHARED_MAP) .. " cannot be made: ") .. sharedMapError)
        return
    end
    ____exports.metrics.counting = true
    for ____, section in ipairs(sections) do
        countsOf(section)
    end
    for ____, ____value in ipairs(sectionOf) do
        local policy = ____value[1]
        local section = ____value[2]
        if section ~= nil then
            countsOfPolicy[policy] = countsOf(section)
        end
    end
end
--- Counts a decision of the policy, when counting (a few table operations, no call into HAProxy usually).
function ____exports.countDecision(txn, policy, decision)
    local own = countsOfPolicy[policy] or countsOf(txn.f:fe_name() or "-")
    own[decision.name] = own[decision.name] + 1
    if decision.reason ~= nil then
        own[decision.reason] = own[decision.reason] + 1
    end
end
local function publishOnce()
    core.set_map(
        SHARED_MAP,
        tostring(core.thread),
        formatCounts(counts, frontends)
    )
end
local function publishForever()
    do
        while true do
            core.msleep(PUBLISH_INTERVAL_MS)
            local ok, ____error = pcall(publishOnce)
            if not ok then
                fault("the metrics task", ____error)
            end
        end
    end
end
--- The Prometheus text of every state's latest counts.
local function metricsText()
    local total = {}
    local seen = {}
    for ____, frontend in ipairs(frontends) do
        countsOfFrontend(total, seen, frontend)
    end
    local map = countsMap
    if map ~= nil then
        local threads = __TS__Number(core.get_info().Nbthread or 1)
        do
            local thread = 0
            while thread <= threads do
                local text = map:lookup(tostring(thread))
                if text ~= nil then
                    addCounts(total, seen, text)
                end
                thread = thread + 1
            end
        end
    end
    local ____opt_0 = core.backends[COUNTS_TABLE]
    local ____table = ____opt_0 and ____opt_0.stktable
    if ____table ~= nil then
        for frontend in pairs(core.frontends) do
            for ____, key in ipairs(countsTableKeys(frontend)) do
                local entry = ____table:lookup(key)
                if entry ~= nil then
                    local ____addTableEntry_3 = addTableEntry
                    local ____entry_http_req_cnt_2 = entry.http_req_cnt
                    if ____entry_http_req_cnt_2 == nil then
                        ____entry_http_req_cnt_2 = 0
                    end
                    ____addTableEntry_3(
                        total,
                        seen,
                        key,
                        __TS__Number(____entry_http_req_cnt_2)
                    )
                end
            end
        end
    end
    return renderPrometheus(total, seen)
end
local function serveMetrics(applet)
    local ok, result = pcall(metricsText)
    if not ok then
        fault("the metrics service (lua.cors-metrics)", result)
    end
    local body = ok and result or "# cors: the metrics could not be read, see HAProxy's log\n"
    applet:set_status(ok and 200 or 500)
    applet:add_header("content-type", "text/plain; version=0.0.4; charset=utf-8")
    applet:add_header(
        "content-length",
        tostring(#body)
    )
    applet:start_response()
    applet:send(body)
end
function ____exports.registerMetrics()
    core.register_service(____exports.METRICS_SERVICE, "http", serveMetrics)
    if ____exports.metrics.counting then
        core.register_task(publishForever)
    end
end
return ____exports
 end,
["runtime.transaction"] = function(...) 
local ____exports = {}
local decideByMaps, recordOrdinary, recordDenial, recordDecision, answer, OWNER
local ____glue = require("converters.glue")
local applyRecord = ____glue.applyRecord
local ____decide = require("policy.decide")
local decide = ____decide.decide
local decideFromList = ____decide.decideFromList
local decideFromMaps = ____decide.decideFromMaps
local requestOrigin = ____decide.requestOrigin
local VALUES_NEEDED = ____decide.VALUES_NEEDED
local ____explain = require("policy.explain")
local denialDetail = ____explain.denialDetail
local withDebugHeader = ____explain.withDebugHeader
local ____headers = require("policy.headers")
local NO_STRINGS = ____headers.NO_STRINGS
local ORIGIN = ____headers.ORIGIN
local REQUEST_HEADERS = ____headers.REQUEST_HEADERS
local REQUEST_METHOD = ____headers.REQUEST_METHOD
local ____headerNames = require("haproxy.headerNames")
local countName = ____headerNames.countName
local ____variables = require("haproxy.variables")
local ANSWERED_VAR = ____variables.ANSWERED_VAR
local DEBUG_VAR = ____variables.DEBUG_VAR
local DECISION_VAR = ____variables.DECISION_VAR
local DETAIL_VAR = ____variables.DETAIL_VAR
local EDIT_VAR = ____variables.EDIT_VAR
local ORIGIN_VAR = ____variables.ORIGIN_VAR
local REASON_VAR = ____variables.REASON_VAR
local ____editRecords = require("runtime.editRecords")
local nativeRecords = ____editRecords.nativeRecords
local ____nameClasses = require("runtime.nameClasses")
local classifyRequest = ____nameClasses.classifyRequest
local requestClasses = ____nameClasses.requestClasses
local ____metrics = require("runtime.metrics")
local countDecision = ____metrics.countDecision
local metrics = ____metrics.metrics
local ____response = require("runtime.response")
local applyDecision = ____response.applyDecision
function decideByMaps(txn, policy, origin)
    local inFirst = policy.originMaps.maps[1].map:lookup(origin) ~= nil
    return recordOrdinary(
        txn,
        policy,
        decideFromMaps(policy, origin, inFirst),
        origin
    )
end
function recordOrdinary(txn, policy, decision, origin)
    if metrics.counting then
        countDecision(txn, policy, decision)
    end
    if decision.reason == nil then
        return recordDecision(txn, decision, origin)
    end
    local origins = origin == nil and NO_STRINGS or ({origin})
    return recordDenial(txn, policy, decision, {method = "", origins = origins, requestMethods = NO_STRINGS, requestHeaders = NO_STRINGS})
end
function recordDenial(txn, policy, decision, request)
    local reason = decision.reason
    txn:set_var(REASON_VAR, reason)
    if not ____exports.debugging.possible or txn:get_var(DEBUG_VAR) == nil then
        return recordDecision(
            txn,
            decision,
            requestOrigin(request)
        )
    end
    local detail = denialDetail(policy, request, reason)
    txn:set_var(DETAIL_VAR, detail)
    return recordDecision(
        txn,
        withDebugHeader(decision, detail),
        requestOrigin(request)
    )
end
function recordDecision(txn, decision, origin)
    txn:set_var(DECISION_VAR, decision.name)
    if origin ~= nil then
        txn:set_var(ORIGIN_VAR, origin)
    end
    if decision.reply ~= nil then
        return answer(txn, decision.reply)
    end
    if nativeRecords[decision] ~= nil then
        txn:set_var(EDIT_VAR, nativeRecords[decision])
    end
    local pending = {owner = OWNER, decision = decision, origin = origin, applied = false}
    txn:set_priv(pending)
    return nil
end
function answer(txn, reply)
    txn:set_var(
        ANSWERED_VAR,
        tostring(reply.status)
    )
    local ____table = {}
    for ____, ____value in ipairs(reply.headers) do
        local name = ____value[1]
        local value = ____value[2]
        ____table[name] = {value}
    end
    return txn:reply({status = reply.status, headers = ____table})
end
OWNER = "haproxy-cors"
--- The values of a request header, at most `atMost` of them: the only one from one fetch, else one fetch per
-- occurrence. The header-name list tells how many there are (counted up to `atMost`).
local function requestValues(txn, names, name, atMost)
    local count = countName(names, name, atMost)
    if count == 0 then
        return NO_STRINGS
    end
    if count == 1 then
        return {txn.f:req_fhdr(name) or ""}
    end
    local values = {}
    do
        local occurrence = 1
        while occurrence <= count do
            values[#values + 1] = txn.f:req_fhdr(name, occurrence) or ""
            occurrence = occurrence + 1
        end
    end
    return values
end
--- The request as the decision needs it: only the values it reads (VALUES_NEEDED).
local function readCorsRequest(txn, names)
    local requestMethods = requestValues(txn, names, REQUEST_METHOD, VALUES_NEEDED.requestMethods)
    local ____temp_0
    if #requestMethods > 0 then
        ____temp_0 = txn.f:method()
    else
        ____temp_0 = nil
    end
    local method = ____temp_0
    return {
        method = method or "",
        origins = requestValues(txn, names, ORIGIN, VALUES_NEEDED.origins),
        requestMethods = requestMethods,
        requestHeaders = requestValues(txn, names, REQUEST_HEADERS, VALUES_NEEDED.requestHeaders)
    }
end
--- The request action's work: decides the request under the policy and records the decision. Returns the
-- reply when HAProxy answers the request itself (a preflight). A request with one Origin and no
-- Access-Control-Request-Method, the usual one, is decided from its Origin alone (the policy's table of
-- exact origins, else decideFromList, then decideByMaps when the policy's origins maps must tell), without
-- building a request. Lookups that usually hit are made here and a call only on a miss (docs/design.md,
-- "The cost of a Lua call in HAProxy").
function ____exports.decideRequest(txn, policy)
    local names = txn.f:req_hdr_names() or ""
    local kind = requestClasses[names] or classifyRequest(names)
    if kind == "one-origin" then
        local origin = txn.f:req_fhdr(ORIGIN) or ""
        local decision = policy.decisionByOrigin[origin] or decideFromList(policy, origin)
        if decision == nil then
            return decideByMaps(txn, policy, origin)
        end
        return recordOrdinary(txn, policy, decision, origin)
    end
    if kind == "no-origin" then
        return recordOrdinary(txn, policy, policy.notCors, nil)
    end
    local request = readCorsRequest(txn, names)
    local decision = decide(policy, request)
    if metrics.counting then
        countDecision(txn, policy, decision)
    end
    if decision.reason == nil then
        return recordDecision(
            txn,
            decision,
            requestOrigin(request)
        )
    end
    return recordDenial(txn, policy, decision, request)
end
--- Whether an operator's rule may set `txn.cors_debug`: the configuration check clears it when no line of the
-- configuration names the variable, and a denial then skips reading it (a call into HAProxy).
____exports.debugging = {possible = true}
--- The response action's work: applies the decision the request action left in the private slot, or, for
-- a transaction the request action did not see (or whose slot another module took), the record a
-- converter left (converter configuration).
function ____exports.respond(txn)
    local pending = txn:get_priv()
    if type(pending) ~= "table" or pending.owner ~= OWNER then
        return applyRecord(txn)
    end
    if pending.applied then
        return
    end
    pending.applied = true
    if nativeRecords[pending.decision] ~= nil then
        txn:unset_var(EDIT_VAR)
    end
    return applyDecision(txn, pending.decision, pending.origin)
end
return ____exports
 end,
["runtime.actions"] = function(...) 
local ____exports = {}
local ____fault = require("runtime.fault")
local fault = ____fault.fault
local ____policyCache = require("runtime.policyCache")
local dropInPolicies = ____policyCache.dropInPolicies
local dropInPolicy = ____policyCache.dropInPolicy
local extendedPolicies = ____policyCache.extendedPolicies
local extendedPolicy = ____policyCache.extendedPolicy
local ____transaction = require("runtime.transaction")
local decideRequest = ____transaction.decideRequest
local respond = ____transaction.respond
--- Decides the request under the policy (looked up without raising: a bad one denies everything).
local function onRequest(txn, policy)
    local ok, result = pcall(decideRequest, txn, policy)
    if not ok then
        return fault("the request action (http-request lua.cors or lua.cors-policy)", result)
    end
    if result ~= nil then
        txn:done(result)
    end
end
local function onDropInRequest(txn, methods, origins, headers)
    local ____onRequest_5 = onRequest
    local ____txn_4 = txn
    local ____opt_2 = dropInPolicies[methods]
    local ____opt_0 = ____opt_2 and ____opt_2[origins]
    return ____onRequest_5(
        ____txn_4,
        ____opt_0 and ____opt_0[headers] or dropInPolicy(methods, origins, headers)
    )
end
local function onExtendedRequest(txn, options)
    return onRequest(
        txn,
        extendedPolicies[options] or extendedPolicy(options)
    )
end
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
    pcall(
        core.register_action,
        "cors",
        {"http-after-res"},
        onResponse,
        0
    )
end
return ____exports
 end,
["runtime.cli"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__ArraySome = ____lualib.__TS__ArraySome
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local ____exports = {}
local ____errors = require("policy.errors")
local quote = ____errors.quote
local ____explain = require("policy.explain")
local describePolicy = ____explain.describePolicy
local explainLines = ____explain.explainLines
local ____fault = require("runtime.fault")
local fault = ____fault.fault
local ____knownPolicies = require("runtime.knownPolicies")
local knownPolicies = ____knownPolicies.knownPolicies
local ____originMaps = require("runtime.originMaps")
local rejectedKeys = ____originMaps.rejectedKeys
local EXPLAIN_USAGE = "cors explain <frontend> <origin> [<method> [<header,header>]]"
--- How a policy is written in the configuration: the rule or the converter call, arguments quoted (and cut short).
local function ruleOf(known)
    local args = __TS__ArrayMap(
        known.args,
        function(____, arg) return quote(arg) end
    )
    if known.use == "converter" then
        return ((("converter lua." .. known.action) .. "(") .. table.concat(args, ",")) .. ")"
    end
    return ((((known.use == "action" and "http-request " or "") .. "lua.") .. known.action) .. " ") .. table.concat(args, " ")
end
local function headingOf(known)
    if known.section == nil then
        return "(first used at run time, not in the scanned configuration): " .. ruleOf(known)
    end
    return (((known.section .. " (") .. tostring(known.where)) .. "): ") .. ruleOf(known)
end
function ____exports.showPolicies()
    if #knownPolicies == 0 then
        return "no CORS policy\n"
    end
    local blocks = {}
    for ____, known in ipairs(knownPolicies) do
        local lines = {headingOf(known)}
        if known.refused then
            lines[#lines + 1] = "  refused: denies every origin (see the log)"
        end
        for ____, line in ipairs(describePolicy(known.policy)) do
            lines[#lines + 1] = "  " .. line
        end
        for ____, name in ipairs(known.policy.policy.originMaps) do
            local keys = rejectedKeys(name)
            if #keys > 0 then
                lines[#lines + 1] = (("  map " .. quote(name)) .. ": keys that never match (see the log): ") .. table.concat(
                    __TS__ArrayMap(
                        keys,
                        function(____, key) return quote(key) end
                    ),
                    ", "
                )
            end
        end
        blocks[#blocks + 1] = table.concat(lines, "\n")
    end
    return table.concat(blocks, "\n\n") .. "\n"
end
--- The answer of `cors explain`, for every distinct policy of the frontend.
function ____exports.explain(words)
    local frontend, origin, method, headers = table.unpack(words, 1, 4)
    if frontend == nil or origin == nil or frontend == "" or origin == "" then
        return ("usage: " .. EXPLAIN_USAGE) .. "\n"
    end
    local policies = {}
    local sections = {}
    for ____, known in ipairs(knownPolicies) do
        do
            if known.section ~= nil and __TS__ArrayIndexOf(sections, known.section) < 0 then
                sections[#sections + 1] = known.section
            end
            if known.section ~= frontend then
                goto __continue20
            end
            if __TS__ArraySome(
                policies,
                function(____, seen) return seen.policy == known.policy end
            ) then
                goto __continue20
            end
            policies[#policies + 1] = known
        end
        ::__continue20::
    end
    if #policies == 0 then
        return ((("cors: no policy in " .. quote(frontend)) .. "; sections with policies: ") .. (#sections > 0 and table.concat(sections, ", ") or "none")) .. "\n"
    end
    local ____origin_2 = origin
    local ____temp_0
    if method == "" then
        ____temp_0 = nil
    else
        ____temp_0 = method
    end
    local ____temp_1
    if headers == "" then
        ____temp_1 = nil
    else
        ____temp_1 = headers
    end
    local question = {origin = ____origin_2, method = ____temp_0, headers = ____temp_1}
    local blocks = {}
    for ____, known in ipairs(policies) do
        local lines = #policies > 1 and ({"# " .. headingOf(known)}) or ({})
        for ____, line in ipairs(explainLines(known.policy, question)) do
            lines[#lines + 1] = line
        end
        blocks[#blocks + 1] = table.concat(lines, "\n")
    end
    return table.concat(blocks, "\n\n") .. "\n"
end
--- Runs a command's work under pcall: a fault is logged and answered, never raised into HAProxy.
local function answer(applet, work)
    local ok, text = pcall(work)
    if ok then
        return applet:send(text)
    end
    fault("the runtime API command (cors)", text)
    applet:send("cors: internal error, see the log\n")
end
local function onShowPolicies(applet)
    return answer(applet, ____exports.showPolicies)
end
local function onExplain(applet, ...)
    local words = {...}
    return answer(
        applet,
        function() return ____exports.explain(__TS__ArraySlice(words, 2)) end
    )
end
function ____exports.registerCli()
    core.register_cli({"cors", "show", "policies"}, "cors show policies : list the CORS policies, where they come from and their options", onShowPolicies)
    core.register_cli({"cors", "explain"}, EXPLAIN_USAGE .. " : what the frontend's CORS policies decide for such a request", onExplain)
end
return ____exports
 end,
["haproxy.configScan"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__ArrayFilter = ____lualib.__TS__ArrayFilter
local ____exports = {}
local isNameChar, expandVariable
local ____chars = require("policy.chars")
local isOws = ____chars.isOws
local ____actionArguments = require("haproxy.actionArguments")
local ARGUMENT_COUNT = ____actionArguments.ARGUMENT_COUNT
local ____errors = require("policy.errors")
local Problem = ____errors.Problem
local ____variables = require("haproxy.variables")
local ANSWERED_VAR = ____variables.ANSWERED_VAR
local EDIT_VAR = ____variables.EDIT_VAR
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
--- Calls each configuration line (CR stripped) with its 1-based number.
function ____exports.forEachLine(text, visit)
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
--- Every `http-request lua.cors` and `http-request lua.cors-policy` rule of a configuration file (the calls
-- of the converters of the same names are found by converters/scan.ts).
function ____exports.findCorsRules(text, env)
    local rules = {}
    ____exports.forEachLine(
        text,
        function(line, lineNumber)
            if (string.find(line, "lua.cors", nil, true) or 0) - 1 < 0 then
                return
            end
            local words = ____exports.splitConfigLine(line, env)
            if words == nil or #words < 2 or words[1] ~= "http-request" then
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
--- The sections whose rules apply to HTTP transactions (the others hold no http-* rule).
local PROXY_SECTIONS = {
    "global",
    "defaults",
    "frontend",
    "backend",
    "listen"
}
--- The proxy sections of a configuration file, in order.
function ____exports.scanSections(text, env)
    local sections = {}
    ____exports.forEachLine(
        text,
        function(line, lineNumber)
            local i = 0
            while i < #line and isOws(__TS__StringCharCodeAt(line, i)) do
                i = i + 1
            end
            local ____end = i
            while ____end < #line and not isOws(__TS__StringCharCodeAt(line, ____end)) do
                ____end = ____end + 1
            end
            if __TS__ArrayIndexOf(
                PROXY_SECTIONS,
                __TS__StringSubstring(line, i, ____end)
            ) >= 0 then
                local words = ____exports.splitConfigLine(line, env)
                sections[#sections + 1] = {
                    kind = __TS__StringSubstring(line, i, ____end),
                    name = words ~= nil and #words > 1 and words[2] or "",
                    line = lineNumber,
                    readsRecord = false
                }
                return
            end
            if #sections == 0 or (string.find(line, EDIT_VAR, nil, true) or 0) - 1 < 0 then
                return
            end
            local words = ____exports.splitConfigLine(line, env)
            if words ~= nil and (string.find(
                table.concat(words, " "),
                EDIT_VAR,
                nil,
                true
            ) or 0) - 1 >= 0 then
                sections[#sections].readsRecord = true
            end
        end
    )
    return sections
end
--- The section a line of the file belongs to, if any.
function ____exports.sectionAt(sections, line)
    local index = #sections - 1
    while index >= 0 and sections[index + 1].line > line do
        index = index - 1
    end
    return index >= 0 and sections[index + 1] or nil
end
--- True when a line of the configuration (not a comment) names the variable, e.g. a rule that sets it.
function ____exports.namesVariable(text, env, variable)
    local found = false
    ____exports.forEachLine(
        text,
        function(line)
            if found or (string.find(line, variable, nil, true) or 0) - 1 < 0 then
                return
            end
            local words = ____exports.splitConfigLine(line, env)
            found = words ~= nil and (string.find(
                table.concat(words, " "),
                variable,
                nil,
                true
            ) or 0) - 1 >= 0
        end
    )
    return found
end
--- The addresses of the runtime API (`stats socket <address>` in the global section), as a Lua socket
-- connects to them: a path or `unix@<path>`, `ipv4@<host>:<port>` or `<host>:<port>` (an address on
-- every interface, `*:<port>` or `:<port>`, is reached on 127.0.0.1), `abns@<name>`. `fd@` is left out.
function ____exports.findStatsSockets(text, env)
    local addresses = {}
    ____exports.forEachLine(
        text,
        function(line)
            if (string.find(line, "socket", nil, true) or 0) - 1 < 0 then
                return
            end
            local words = ____exports.splitConfigLine(line, env)
            if words == nil or #words < 3 or words[1] ~= "stats" or words[2] ~= "socket" then
                return
            end
            local address = words[3]
            if (string.find(address, "fd@", nil, true) or 0) - 1 == 0 then
                return
            end
            if (string.find(address, "*:", nil, true) or 0) - 1 == 0 then
                addresses[#addresses + 1] = "127.0.0.1" .. __TS__StringSubstring(address, 1)
            elseif (string.find(address, ":", nil, true) or 0) - 1 == 0 then
                addresses[#addresses + 1] = "127.0.0.1" .. address
            else
                addresses[#addresses + 1] = address
            end
        end
    )
    return addresses
end
--- True when a rule of the configuration uses the Lua service `lua.<service>` (`use-service lua.<service>`).
function ____exports.usesLuaService(text, env, service)
    local found = false
    local word = "lua." .. service
    ____exports.forEachLine(
        text,
        function(line)
            if found or (string.find(line, word, nil, true) or 0) - 1 < 0 then
                return
            end
            local words = ____exports.splitConfigLine(line, env)
            if words == nil then
                return
            end
            local at = __TS__ArrayIndexOf(words, "use-service")
            found = at >= 0 and words[at + 1 + 1] == word
        end
    )
    return found
end
--- The guard an `http-after-response lua.cors` rule needs (converters/rules.ts, AFTER_RESPONSE_RULE).
____exports.AFTER_RESPONSE_GUARD = ("unless { var(" .. ANSWERED_VAR) .. ") -m found }"
--- The lines of `http-after-response lua.cors` rules with no condition. HAProxy (2.9 to 3.2) runs such a
-- rule on the answer the request action sends with txn:done(), from inside that call, and the Lua action
-- then fails ("cannot resume non-suspended coroutine") and the response is lost: every rule must skip the
-- answers (AFTER_RESPONSE_GUARD).
function ____exports.findUnguardedAfterResponse(text, env)
    local found = {}
    ____exports.forEachLine(
        text,
        function(line, lineNumber)
            if (string.find(line, "http-after-response", nil, true) or 0) - 1 < 0 then
                return
            end
            local words = ____exports.splitConfigLine(line, env)
            if words == nil or #words ~= 2 or words[1] ~= "http-after-response" or words[2] ~= "lua.cors" then
                return
            end
            found[#found + 1] = {
                line = lineNumber,
                error = {
                    subject = "rule",
                    value = table.concat(words, " "),
                    problem = Problem.afterResponseUnguarded,
                    hint = "write http-after-response lua.cors " .. ____exports.AFTER_RESPONSE_GUARD
                }
            }
        end
    )
    return found
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
["converters.scan"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local __TS__StringCharCodeAt = ____lualib.__TS__StringCharCodeAt
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local ____exports = {}
local ____actionArguments = require("haproxy.actionArguments")
local ARGUMENT_COUNT = ____actionArguments.ARGUMENT_COUNT
local ____configScan = require("haproxy.configScan")
local converterArguments = ____configScan.converterArguments
local forEachLine = ____configScan.forEachLine
local scanSections = ____configScan.scanSections
local sectionAt = ____configScan.sectionAt
local splitConfigLine = ____configScan.splitConfigLine
local ____counts = require("metrics.counts")
local COUNTS_TABLE = ____counts.COUNTS_TABLE
local ____chars = require("policy.chars")
local isOws = ____chars.isOws
local ____errors = require("policy.errors")
local Problem = ____errors.Problem
local ____record = require("converters.record")
local MAP_ARGUMENT = ____record.MAP_ARGUMENT
local NO_ORIGIN = ____record.NO_ORIGIN
local readLastArgument = ____record.readLastArgument
local CONVERTERS = {{"lua.cors-policy(", "cors-policy"}, {"lua.cors(", "cors"}}
--- Every call of the module's converters in one word (a sample expression), with what it refuses.
local function callsIn(word, line)
    local rules = {}
    for ____, ____value in ipairs(CONVERTERS) do
        local name = ____value[1]
        local action = ____value[2]
        local at = (string.find(word, name, nil, true) or 0) - 1
        while at >= 0 do
            local args = converterArguments(word, at + #name - 1)
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
                local last = readLastArgument(args[count + 1])
                if last.kind == "refused" then
                    converterError = last.error
                elseif last.kind == "decide" then
                    mapFile = last.mapFile
                end
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
--- Every call of the module's converters in a configuration file, with what each refuses.
function ____exports.findConverterCalls(text, env)
    local calls = {}
    forEachLine(
        text,
        function(line, lineNumber)
            if (string.find(line, "lua.cors", nil, true) or 0) - 1 < 0 then
                return
            end
            local words = splitConfigLine(line, env)
            if words == nil then
                return
            end
            for ____, word in ipairs(words) do
                if (string.find(word, "lua.cors", nil, true) or 0) - 1 >= 0 then
                    for ____, call in ipairs(callsIn(word, lineNumber)) do
                        calls[#calls + 1] = call
                    end
                end
            end
        end
    )
    return calls
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
            local words = splitConfigLine(line, env)
            if words == nil then
                return
            end
            for ____, word in ipairs(words) do
                for ____, name in ipairs(MAP_CONVERTERS) do
                    local at = (string.find(word, name, nil, true) or 0) - 1
                    while at >= 0 do
                        local args = converterArguments(word, at + #name - 1)
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
                goto __continue34
            end
            checked[mapFile] = true
            local file = read(mapFile)
            if file.error ~= nil then
                errors[#errors + 1] = {where = where, error = {subject = "map file", value = mapFile, problem = Problem.unreadableFile, hint = file.error}}
            elseif not ____exports.isEmptyPatternFile(file.text) then
                errors[#errors + 1] = {where = where, error = {subject = "map file", value = mapFile, problem = Problem.mapNotEmpty, hint = "the module fills it with the policy's exact origins when HAProxy starts"}}
            end
        end
        ::__continue34::
    end
    return errors
end
--- With the metrics service, the converter calls of each section that has no counting rule (rules.ts,
-- COUNT_RULE: an `http-request track-sc<n> ... table cors-counts`): the decisions made there without the
-- action would go uncounted. One error per section, at its first call.
function ____exports.uncountedConverterSections(text, env, calls)
    local sections = scanSections(text, env)
    local counted = {}
    forEachLine(
        text,
        function(line, lineNumber)
            if (string.find(line, COUNTS_TABLE, nil, true) or 0) - 1 < 0 or (string.find(line, "track-sc", nil, true) or 0) - 1 < 0 then
                return
            end
            local words = splitConfigLine(line, env)
            local at = words == nil and -1 or __TS__ArrayIndexOf(words, "table")
            local section = sectionAt(sections, lineNumber)
            if words ~= nil and #words > 3 and words[1] == "http-request" and __TS__StringSubstring(words[2], 0, 8) == "track-sc" and words[at + 1 + 1] == COUNTS_TABLE and section ~= nil then
                counted[#counted + 1] = section
            end
        end
    )
    local reported = {}
    local errors = {}
    for ____, call in ipairs(calls) do
        do
            local section = sectionAt(sections, call.line)
            if section == nil or __TS__ArrayIndexOf(counted, section) >= 0 or __TS__ArrayIndexOf(reported, section) >= 0 then
                goto __continue46
            end
            reported[#reported + 1] = section
            errors[#errors + 1] = {line = call.line, error = {subject = "converter", value = ("lua." .. call.action) .. "(...)", problem = Problem.notCounted, hint = "add its counting rule and table (dist/cors-converters.cfg, step 4)"}}
        end
        ::__continue46::
    end
    return errors
end
return ____exports
 end,
["runtime.keyAudit"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArraySome = ____lualib.__TS__ArraySome
local __TS__ArrayIndexOf = ____lualib.__TS__ArrayIndexOf
local __TS__StringSubstring = ____lualib.__TS__StringSubstring
local __TS__StringSplit = ____lualib.__TS__StringSplit
local ____exports = {}
local ____errors = require("policy.errors")
local quote = ____errors.quote
local ____originMaps = require("policy.originMaps")
local auditKey = ____originMaps.auditKey
local ____fault = require("runtime.fault")
local fault = ____fault.fault
local AUDIT_PERIOD_S = 1
local FULL_AUDIT_PERIOD_S = 30
local audited = {}
local names = {}
local sockets = {}
--- Audits the keys of the policy's origins maps (the configuration check calls it for each policy it compiles).
function ____exports.auditPolicy(policy)
    local maps = policy.originMaps
    if maps == nil then
        return
    end
    for ____, map in ipairs(maps.maps) do
        do
            if __TS__ArraySome(
                audited,
                function(____, known) return known.map == map end
            ) then
                goto __continue4
            end
            audited[#audited + 1] = {maps = maps, map = map}
            if __TS__ArrayIndexOf(names, map.name) < 0 then
                names[#names + 1] = map.name
            end
        end
        ::__continue4::
    end
end
--- The runtime API's addresses the configuration check found (`stats socket` lines), for HAProxy before 3.2.
function ____exports.auditThrough(addresses)
    sockets = addresses
end
local function auditMapKey(name, key)
    for ____, known in ipairs(audited) do
        if known.map.name == name then
            auditKey(known.maps, known.map, key)
        end
    end
end
--- HAProxy 3.2 and later: each map's pattern reference, listed when its events say keys came.
local function auditWithPatrefs()
    local refs = {}
    local changed = {}
    do
        while true do
            for ____, name in ipairs(names) do
                do
                    if refs[name] ~= nil then
                        goto __continue17
                    end
                    local ref = core.get_patref(name)
                    if ref == nil then
                        goto __continue17
                    end
                    refs[name] = ref
                    changed[name] = true
                    ref:event_sub(
                        {"PAT_REF_ADD", "PAT_REF_COMMIT"},
                        function()
                            changed[name] = true
                        end
                    )
                end
                ::__continue17::
            end
            for name, ref in pairs(refs) do
                do
                    if changed[name] ~= true then
                        goto __continue22
                    end
                    changed[name] = false
                    for key in pairs(ref) do
                        auditMapKey(name, key)
                    end
                end
                ::__continue22::
            end
            core.msleep(AUDIT_PERIOD_S * 1000)
        end
    end
end
--- One command's whole answer from the runtime API at `address`, or why there is none.
local function ask(address, command)
    local socket = core.tcp()
    socket:settimeout(10)
    local connected, connectError = socket:connect(address)
    if connected == nil then
        socket:close()
        return {error = connectError or "cannot connect"}
    end
    socket:send(command .. "\n")
    local text, receiveError = socket:receive("*a")
    socket:close()
    return text == nil and ({error = receiveError or "no answer"}) or ({text = text})
end
--- `show map`'s line for a map ends with its versions and size: "... curr_ver=0 next_ver=0 entry_cnt=3".
local function stateOf(listing, name)
    local at = (string.find(listing, (" (" .. name) .. ") ", nil, true) or 0) - 1
    if at < 0 then
        return nil
    end
    local ____end = (string.find(
        listing,
        "\n",
        math.max(at + 1, 1),
        true
    ) or 0) - 1
    local line = __TS__StringSubstring(listing, at, ____end < 0 and #listing or ____end)
    local version = (string.find(line, "curr_ver=", nil, true) or 0) - 1
    return version < 0 and line or __TS__StringSubstring(line, version)
end
--- Before HAProxy 3.2: the runtime API, asked for the maps' states and the keys of a map that changed.
local function auditThroughRuntimeApi(address)
    local seen = {}
    local lastFull = core.now().sec
    do
        while true do
            local listing = ask(address, "show map")
            if listing.error ~= nil or (string.find(listing.text, "# id (file)", nil, true) or 0) - 1 < 0 then
                local why = listing.error ~= nil and listing.error or __TS__StringSubstring(listing.text, 0, 80)
                core.Warning(((("cors: origins maps: the runtime API at " .. quote(address)) .. " cannot list them (") .. why) .. "): their keys are judged when a request finds them")
                return
            end
            local full = core.now().sec - lastFull >= FULL_AUDIT_PERIOD_S
            if full then
                lastFull = core.now().sec
            end
            for ____, name in ipairs(names) do
                do
                    local state = stateOf(listing.text, name)
                    if state == nil or not full and seen[name] == state then
                        goto __continue34
                    end
                    seen[name] = state
                    local entries = ask(address, "show map " .. name)
                    if entries.error ~= nil then
                        goto __continue34
                    end
                    for ____, line in ipairs(__TS__StringSplit(entries.text, "\n")) do
                        do
                            local first = (string.find(line, " ", nil, true) or 0) - 1
                            if first < 0 then
                                goto __continue37
                            end
                            local second = (string.find(
                                line,
                                " ",
                                math.max(first + 1 + 1, 1),
                                true
                            ) or 0) - 1
                            auditMapKey(
                                name,
                                __TS__StringSubstring(line, first + 1, second < 0 and #line or second)
                            )
                        end
                        ::__continue37::
                    end
                end
                ::__continue34::
            end
            core.msleep(AUDIT_PERIOD_S * 1000)
        end
    end
end
local function audit()
    if core.thread > 1 or #names == 0 then
        return
    end
    local ok, ____error = pcall(function()
        if type(core.get_patref) == "function" then
            return auditWithPatrefs()
        end
        if #sockets > 0 then
            return auditThroughRuntimeApi(sockets[1])
        end
    end)
    if not ok then
        fault("the origins maps' audit", ____error)
    end
end
function ____exports.registerKeyAudit()
    if #names > 0 then
        core.register_task(audit)
    end
end
return ____exports
 end,
["runtime.configCheck"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayFlatMap = ____lualib.__TS__ArrayFlatMap
local __TS__ArraySome = ____lualib.__TS__ArraySome
local ____exports = {}
local ____actionArguments = require("haproxy.actionArguments")
local compilePolicyArguments = ____actionArguments.compilePolicyArguments
local ____configScan = require("haproxy.configScan")
local configurationFiles = ____configScan.configurationFiles
local findCorsRules = ____configScan.findCorsRules
local findStatsSockets = ____configScan.findStatsSockets
local findUnguardedAfterResponse = ____configScan.findUnguardedAfterResponse
local namesVariable = ____configScan.namesVariable
local scanSections = ____configScan.scanSections
local sectionAt = ____configScan.sectionAt
local usesLuaService = ____configScan.usesLuaService
local ____variables = require("haproxy.variables")
local DEBUG_VAR = ____variables.DEBUG_VAR
local ____compile = require("policy.compile")
local DENY_ALL = ____compile.DENY_ALL
local ____errors = require("policy.errors")
local formatPolicyError = ____errors.formatPolicyError
local ____glue = require("converters.glue")
local fillMapAtStart = ____glue.fillMapAtStart
local ____scan = require("converters.scan")
local findConverterCalls = ____scan.findConverterCalls
local findMapFiles = ____scan.findMapFiles
local mapUseErrors = ____scan.mapUseErrors
local uncountedConverterSections = ____scan.uncountedConverterSections
local ____editRecords = require("runtime.editRecords")
local recordEveryPolicy = ____editRecords.recordEveryPolicy
local recordForNativeRules = ____editRecords.recordForNativeRules
local ____files = require("runtime.files")
local readTextFile = ____files.readTextFile
local ____knownPolicies = require("runtime.knownPolicies")
local knownSections = ____knownPolicies.knownSections
local rememberPolicy = ____knownPolicies.rememberPolicy
local sectionOfEachPolicy = ____knownPolicies.sectionOfEachPolicy
local ____metrics = require("runtime.metrics")
local METRICS_SERVICE = ____metrics.METRICS_SERVICE
local startCounting = ____metrics.startCounting
local ____policyCache = require("runtime.policyCache")
local cachedPolicy = ____policyCache.cachedPolicy
local storePolicy = ____policyCache.storePolicy
local ____transaction = require("runtime.transaction")
local debugging = ____transaction.debugging
local ____keyAudit = require("runtime.keyAudit")
local auditPolicy = ____keyAudit.auditPolicy
local auditThrough = ____keyAudit.auditThrough
local ____originMaps = require("runtime.originMaps")
local checkedMaps = ____originMaps.checkedMaps
local haproxyMaps = ____originMaps.haproxyMaps
local ____publicSuffixes = require("runtime.publicSuffixes")
local publicSuffixes = ____publicSuffixes.publicSuffixes
local function readFile(path)
    local file = readTextFile(path)
    return file.text ~= nil and file.text or nil
end
--- Raises one Lua error listing every refused policy with its file and line; HAProxy then stops.
function ____exports.checkConfiguration()
    local cmdline = readFile("/proc/self/cmdline")
    if cmdline == nil then
        recordEveryPolicy()
        return startCounting({}, {})
    end
    local function env(name)
        return os.getenv(name)
    end
    local problems = {}
    local mapsRead = {}
    local mapUses = {}
    --- Compiles a rule's policy into the cache; returns the cached one when it is valid, else lists its problems.
    local function compile(file, rule)
        local known = cachedPolicy(rule.action, rule.args)
        if known ~= nil and known ~= DENY_ALL then
            return known
        end
        local result = compilePolicyArguments(
            rule.action,
            rule.args,
            readTextFile,
            publicSuffixes,
            haproxyMaps,
            checkedMaps
        )
        local policy = storePolicy(rule.action, rule.args, result)
        if result.ok then
            auditPolicy(policy)
            return policy
        end
        for ____, ____error in ipairs(result.errors) do
            problems[#problems + 1] = (((file .. ":") .. tostring(rule.line)) .. ": ") .. formatPolicyError(____error)
        end
        return nil
    end
    local texts = {}
    for ____, file in ipairs(configurationFiles(cmdline)) do
        local text = readFile(file)
        if text ~= nil then
            texts[#texts + 1] = {file = file, text = text}
        else
            recordEveryPolicy()
        end
    end
    if #texts == 0 then
        recordEveryPolicy()
    end
    local metricsServed = #texts == 0
    for ____, ____value in ipairs(texts) do
        local text = ____value.text
        if usesLuaService(text, env, METRICS_SERVICE) then
            metricsServed = true
        end
    end
    auditThrough(__TS__ArrayFlatMap(
        texts,
        function(____, ____bindingPattern0)
            local text
            text = ____bindingPattern0.text
            return findStatsSockets(text, env)
        end
    ))
    if #texts > 0 and not __TS__ArraySome(
        texts,
        function(____, ____bindingPattern0)
            local text
            text = ____bindingPattern0.text
            return namesVariable(text, env, DEBUG_VAR)
        end
    ) then
        debugging.possible = false
    end
    for ____, ____value in ipairs(texts) do
        local file = ____value.file
        local text = ____value.text
        local sections = scanSections(text, env)
        local function readsRecord(line)
            local ____opt_0 = sectionAt(sections, line)
            return (____opt_0 and ____opt_0.readsRecord) == true
        end
        --- Compiles the policy, and remembers it with its section for the runtime API (runtime/cli.ts).
        local function check(rule, use)
            local policy = compile(file, rule)
            if policy ~= nil then
                local ____rememberPolicy_4 = rememberPolicy
                local ____opt_2 = sectionAt(sections, rule.line)
                ____rememberPolicy_4({
                    section = ____opt_2 and ____opt_2.name,
                    where = (file .. ":") .. tostring(rule.line),
                    use = use,
                    action = rule.action,
                    args = rule.args,
                    policy = policy,
                    refused = false
                })
            end
            return policy
        end
        for ____, ____value in ipairs(findUnguardedAfterResponse(text, env)) do
            local line = ____value.line
            local ____error = ____value.error
            problems[#problems + 1] = (((file .. ":") .. tostring(line)) .. ": ") .. formatPolicyError(____error)
        end
        for ____, mapFile in ipairs(findMapFiles(text, env)) do
            mapsRead[#mapsRead + 1] = mapFile
        end
        local calls = findConverterCalls(text, env)
        if metricsServed then
            for ____, ____value in ipairs(uncountedConverterSections(text, env, calls)) do
                local line = ____value.line
                local ____error = ____value.error
                problems[#problems + 1] = (((file .. ":") .. tostring(line)) .. ": ") .. formatPolicyError(____error)
            end
        end
        for ____, call in ipairs(calls) do
            do
                if call.converterError ~= nil then
                    problems[#problems + 1] = (((file .. ":") .. tostring(call.line)) .. ": ") .. formatPolicyError(call.converterError)
                    goto __continue33
                end
                local policy = check(call, "converter")
                if policy ~= nil and readsRecord(call.line) then
                    recordForNativeRules(policy)
                end
                if policy ~= nil and call.mapFile ~= nil then
                    mapUses[#mapUses + 1] = {
                        where = (file .. ":") .. tostring(call.line),
                        mapFile = call.mapFile,
                        policy = table.concat(
                            {
                                call.action,
                                table.unpack(call.args)
                            },
                            "\n"
                        )
                    }
                    fillMapAtStart(call.mapFile, policy)
                end
            end
            ::__continue33::
        end
        for ____, rule in ipairs(findCorsRules(text, env)) do
            local policy = check(rule, "action")
            if policy ~= nil and readsRecord(rule.line) then
                recordForNativeRules(policy)
            end
        end
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
    if metricsServed then
        startCounting(
            knownSections(),
            sectionOfEachPolicy()
        )
    end
end
return ____exports
 end,
["cors"] = function(...) 
local ____exports = {}
local ____glue = require("converters.glue")
local registerConverters = ____glue.registerConverters
local registerMapFill = ____glue.registerMapFill
local ____actions = require("runtime.actions")
local registerActions = ____actions.registerActions
local ____cli = require("runtime.cli")
local registerCli = ____cli.registerCli
local ____metrics = require("runtime.metrics")
local registerMetrics = ____metrics.registerMetrics
local ____configCheck = require("runtime.configCheck")
local checkConfiguration = ____configCheck.checkConfiguration
local ____keyAudit = require("runtime.keyAudit")
local registerKeyAudit = ____keyAudit.registerKeyAudit
checkConfiguration()
collectgarbage("collect")
registerActions()
registerConverters()
registerMapFill()
registerCli()
registerMetrics()
registerKeyAudit()
return ____exports
 end,
["converters.rules"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__SparseArrayNew = ____lualib.__TS__SparseArrayNew
local __TS__SparseArrayPush = ____lualib.__TS__SparseArrayPush
local __TS__SparseArraySpread = ____lualib.__TS__SparseArraySpread
local Error = ____lualib.Error
local RangeError = ____lualib.RangeError
local ReferenceError = ____lualib.ReferenceError
local SyntaxError = ____lualib.SyntaxError
local TypeError = ____lualib.TypeError
local URIError = ____lualib.URIError
local __TS__New = ____lualib.__TS__New
local __TS__ArrayMap = ____lualib.__TS__ArrayMap
local __TS__StringSplit = ____lualib.__TS__StringSplit
local __TS__ArraySplice = ____lualib.__TS__ArraySplice
local ____exports = {}
local ____actionArguments = require("haproxy.actionArguments")
local ARGUMENT_COUNT = ____actionArguments.ARGUMENT_COUNT
local ____configScan = require("haproxy.configScan")
local AFTER_RESPONSE_GUARD = ____configScan.AFTER_RESPONSE_GUARD
local ____variables = require("haproxy.variables")
local DEBUG_VAR = ____variables.DEBUG_VAR
local DECISION_VAR = ____variables.DECISION_VAR
local REASON_VAR = ____variables.REASON_VAR
local ____counts = require("metrics.counts")
local COUNTS_KEY_LENGTH = ____counts.COUNTS_KEY_LENGTH
local COUNTS_TABLE = ____counts.COUNTS_TABLE
local ____record = require("converters.record")
local MAP_ARGUMENT = ____record.MAP_ARGUMENT
local NO_ORIGIN = ____record.NO_ORIGIN
--- Rules with ACTION replaced by the request action and its arguments (as written in haproxy.cfg: quoted words).
function ____exports.fillAction(rules, action, quotedArgs)
    return __TS__ArrayMap(
        rules,
        function(____, line) return table.concat(
            __TS__StringSplit(line, "ACTION"),
            (("lua." .. action) .. " ") .. table.concat(quotedArgs, " ") or ","
        ) end
    )
end
--- The response half, shared by the converter configuration and the actions on HAProxy 2.2 to 2.8 (where
-- Lua cannot run in `http-after-response`): native rules apply the record in `txn.cors_edit` to every
-- response, HAProxy's own (deny, return, redirect, 502, 503, 504, errorfiles) included; the Lua action
-- takes the transactions without a record (preflights forwarded to the backend) and the backend responses
-- with a Vary or Access-Control-* of their own, and removes the record when it has applied the decision.
____exports.RESPONSE_RULES = {
    "http-response lua.cors if !{ var(txn.cors_edit) -m found } || { res.hdr_names -m sub vary access-control- }",
    "http-after-response add-header access-control-allow-origin \"%[var(txn.cors_origin)]\" if { var(txn.cors_edit),field(2,;) -m str = }",
    "http-after-response add-header access-control-allow-origin \"*\" if { var(txn.cors_edit),field(2,;) -m str * }",
    "http-after-response add-header access-control-allow-credentials true if { var(txn.cors_edit),field(3,;) -m str true }",
    "http-after-response add-header access-control-expose-headers \"%[var(txn.cors_edit),field(4,;)]\" if { var(txn.cors_edit),field(4,;) -m len 1: }",
    "http-after-response add-header vary \"%[var(txn.cors_edit),field(5,;)]\" if { var(txn.cors_edit),field(5,;) -m len 1: }"
}
--- The converter configuration's rules, in order, with three placeholders: ACTION (the request action and
-- its arguments), CONVERTER( (the converter and its policy's arguments, before its last one) and MAP (the
-- map's file).
____exports.CONVERTER_RULES = {
    "acl cors_action method OPTIONS",
    "acl cors_action req.fhdr_cnt(origin) gt 1",
    ("acl cors_action var(" .. DEBUG_VAR) .. ") -m found",
    "http-request ACTION if cors_action",
    "http-request set-var(txn.cors_edit) req.fhdr(origin),map_str(MAP) if !cors_action",
    "http-request set-var(txn.cors_edit) \"str(' '),map_str(MAP)\" if { req.fhdr_cnt(origin) eq 0 } !cors_action",
    ("http-request set-var(txn.cors_edit) \"req.fhdr(origin),CONVERTER(," .. MAP_ARGUMENT) .. "MAP)\" if !{ var(txn.cors_edit) -m found } { req.fhdr_cnt(origin) eq 1 } !cors_action",
    ("http-request set-var(txn.cors_edit) \"str(),CONVERTER(," .. NO_ORIGIN) .. ")\" if !{ var(txn.cors_edit) -m found } { req.fhdr_cnt(origin) eq 0 } !cors_action",
    "http-request set-var(txn.cors_decision) var(txn.cors_edit),field(1,;) if !cors_action",
    ("http-request set-var(" .. REASON_VAR) .. ") var(txn.cors_edit),field(6,;) if { var(txn.cors_decision) -m str denied } !cors_action",
    "http-request set-var(txn.cors_origin) req.fhdr(origin) if { var(txn.cors_edit) -m found } !cors_action",
    table.unpack(____exports.RESPONSE_RULES)
}
--- The response action in http-after-response (HAProxy 2.9 and later): it runs on every response but the
-- answers the request action sends itself, which carry their headers already (and on which HAProxy cannot
-- run it: haproxy/configScan.ts, findUnguardedAfterResponse).
____exports.AFTER_RESPONSE_RULE = "http-after-response lua.cors " .. AFTER_RESPONSE_GUARD
--- With the metrics service (`use-service lua.cors-metrics`), the converter configuration counts the
-- decisions it makes without the action in a stick table (the action counts its own): one tracking rule,
-- after the block's request rules, on the stick counter sc2, and the table's section, once per
-- configuration (binary keys: metrics/counts.ts, COUNTS_TABLE, says why). The configuration check refuses a
-- block without it when the service is there.
____exports.COUNT_RULE = ((((("http-request track-sc2 fe_name,concat(/," .. DECISION_VAR) .. ",/),concat(,") .. REASON_VAR) .. ") table ") .. COUNTS_TABLE) .. " if !cors_action"
____exports.COUNTS_TABLE_SECTION = {
    "backend " .. COUNTS_TABLE,
    ("    stick-table type binary len " .. tostring(COUNTS_KEY_LENGTH)) .. " size 10k store http_req_cnt"
}
--- The actions' rules on HAProxy 2.2 to 2.8, with the placeholder ACTION: the request action, which records
-- its decision in `txn.cors_edit` for the native rules, and the response half.
____exports.NATIVE_RESPONSE_RULES = {
    "http-request ACTION",
    table.unpack(____exports.RESPONSE_RULES)
}
--- The actions' rules on HAProxy 2.9 and later: the response action runs on every response.
____exports.LUA_RESPONSE_RULES = {"http-request ACTION", ____exports.AFTER_RESPONSE_RULE}
local ____array_0 = __TS__SparseArrayNew(
    ".if version_atleast(2.9)",
    ____exports.AFTER_RESPONSE_RULE,
    ".else",
    table.unpack(____exports.RESPONSE_RULES)
)
__TS__SparseArrayPush(____array_0, ".endif")
--- The response rules of the install lines on whichever version reads them: one block for every HAProxy from 2.4 (`.if`).
____exports.EVERY_RESPONSE_RULES = {__TS__SparseArraySpread(____array_0)}
--- The frontend rules of one policy's converter block; `counted`: with COUNT_RULE, after the request rules.
function ____exports.converterRules(block, counted)
    if counted == nil then
        counted = false
    end
    local ____block_1 = block
    local action = ____block_1.action
    local variables = ____block_1.variables
    local mapFile = ____block_1.mapFile
    if #variables ~= ARGUMENT_COUNT[action] then
        error(
            __TS__New(
                Error,
                (((("lua." .. action) .. " takes ") .. tostring(ARGUMENT_COUNT[action])) .. " arguments, not ") .. tostring(#variables)
            ),
            0
        )
    end
    local converterArgs = table.concat(
        __TS__ArrayMap(
            variables,
            function(____, name) return ("'${" .. name) .. "}'" end
        ),
        ","
    )
    local rules = __TS__ArrayMap(
        ____exports.fillAction(
            ____exports.CONVERTER_RULES,
            action,
            __TS__ArrayMap(
                variables,
                function(____, name) return ("\"${" .. name) .. "}\"" end
            )
        ),
        function(____, line) return table.concat(
            __TS__StringSplit(
                table.concat(
                    __TS__StringSplit(line, "CONVERTER("),
                    (("lua." .. action) .. "(") .. converterArgs or ","
                ),
                "MAP"
            ),
            mapFile or ","
        ) end
    )
    if counted then
        __TS__ArraySplice(rules, #rules - #____exports.RESPONSE_RULES, 0, ____exports.COUNT_RULE)
    end
    return rules
end
--- The text of dist/cors-converters.cfg: the block for one extended policy, with how to adapt it.
function ____exports.converterTemplate()
    local rules = ____exports.converterRules({action = "cors-policy", variables = {"CORS_POLICY"}, mapFile = "/etc/haproxy/cors.map"})
    local ____array_2 = __TS__SparseArrayNew(
        "# The converter configuration of cors.lua (README.md, \"Converter configuration\"): CORS for ordinary",
        "# requests without a Lua action. Generated from src/converters/rules.ts; the tests run these rules.",
        "#",
        "# 1. In the global section, before lua-load, the policy (extended form) in an environment variable:",
        "#        setenv CORS_POLICY \"origins=https://app.example.com methods=GET,POST\"",
        "#        lua-load /etc/haproxy/cors.lua",
        "# 2. An empty map file, one per policy, which the module fills when HAProxy starts:",
        "#        touch /etc/haproxy/cors.map",
        "# 3. The rules below in the frontend, all of them, in this order.",
        "# Drop-in form: three variables, lua.cors \"${M}\" \"${O}\" \"${H}\" and lua.cors('${M}','${O}','${H}',...).",
        "",
        table.unpack(rules)
    )
    __TS__SparseArrayPush(
        ____array_2,
        "",
        "# 4. With the metrics service (http-request use-service lua.cors-metrics), count the decisions made",
        "#    without the action: this rule after the block's http-request rules (it takes the stick counter sc2),",
        "#    and the table's section once in the configuration. haproxy -c refuses a block without it then.",
        "#        " .. ____exports.COUNT_RULE,
        table.unpack(__TS__ArrayMap(
            ____exports.COUNTS_TABLE_SECTION,
            function(____, line) return "#    " .. line end
        ))
    )
    __TS__SparseArrayPush(____array_2, "")
    return table.concat(
        {__TS__SparseArraySpread(____array_2)},
        "\n"
    )
end
--- The text of dist/cors-native-rules.cfg: the response rules of the install lines on HAProxy 2.2 to 2.8.
function ____exports.nativeRulesTemplate()
    local ____array_3 = __TS__SparseArrayNew(
        "# The response rules of cors.lua on HAProxy 2.2 to 2.8 (README.md, \"Installation\"), which run no Lua in",
        "# http-after-response: in the frontend, after the request action and instead of",
        "#     " .. ____exports.AFTER_RESPONSE_RULE,
        "# Native rules apply the decision the request action records in txn.cors_edit to every response, HAProxy's",
        "# own included; the Lua action merges a backend's own Vary. Generated from src/converters/rules.ts; the",
        "# tests run these rules.",
        "",
        table.unpack(____exports.RESPONSE_RULES)
    )
    __TS__SparseArrayPush(____array_3, "")
    return table.concat(
        {__TS__SparseArraySpread(____array_3)},
        "\n"
    )
end
return ____exports
 end,
["policy.printPolicy"] = function(...) 
local ____lualib = require("lualib_bundle")
local __TS__ArrayConcat = ____lualib.__TS__ArrayConcat
local __TS__ArraySlice = ____lualib.__TS__ArraySlice
local ____exports = {}
local ____origin = require("policy.origin")
local printPattern = ____origin.printPattern
local ____originMaps = require("policy.originMaps")
local MAP_ENTRY_PREFIX = ____originMaps.MAP_ENTRY_PREFIX
local function printList(list)
    local names = list.any and __TS__ArrayConcat({"*"}, list.names) or __TS__ArraySlice(list.names)
    return table.concat(names, ",")
end
local function printOrigins(policy)
    local entries = policy.anyOrigin and ({"*"}) or ({})
    for ____, pattern in ipairs(policy.origins) do
        entries[#entries + 1] = printPattern(pattern)
    end
    for ____, name in ipairs(policy.originMaps) do
        entries[#entries + 1] = MAP_ENTRY_PREFIX .. name
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
