// @haproxy-ts/types: hand-written TypeScript declarations of HAProxy's Lua API
// (doc/lua-api/index.rst of haproxy/haproxy), for TypeScriptToLua. They are
// global ambient declarations: list "@haproxy-ts/types" in "types" of the
// tsconfig, next to "lua-types/5.3". One file per class of the manual.
// They use LuaTable and LuaMultiReturn from @typescript-to-lua/language-extensions
// and the @noSelf/@customName annotations of typescript-to-lua: both are peer
// dependencies (package.json).
//
// Naming rule. Every global TYPE declared here starts with `Haproxy`:
// - a class of the manual is `Haproxy` + its name spelled as the manual spells
//   it: `HaproxyTXN`, `HaproxyHTTP`, `HaproxyFetches`, `HaproxyConverters`,
//   `HaproxyReply`, `HaproxyMap`, `HaproxyRegex`, `HaproxyChannel`,
//   `HaproxyAppletHTTP`, `HaproxyProxy`, `HaproxyServer`, ...;
// - any other type is `Haproxy` + what it is: `HaproxyHeaders`,
//   `HaproxyVarValue`, `HaproxyReplyInit`, `HaproxyActionFunction`,
//   `HaproxyTransactionStorage` (the members TXN and the applets share), ...
// The prefix keeps them apart from the program's own types (a module may have
// its own `Reply`) and from ECMAScript's globals (`Proxy`, `Map`).
// Global VALUES keep the Lua names HAProxy gives them, since they are what the
// code calls: `core`, `act`, `filter`, `Regex`. The one exception is HAProxy's
// `Map` table, reached as `HaproxyMap` and emitted as `_G.Map`, because a
// TypeScript `Map` would replace ECMAScript's (see map.d.ts).
/// <reference types="@typescript-to-lua/language-extensions" />
/// <reference path="core.d.ts" />
/// <reference path="txn.d.ts" />
/// <reference path="http.d.ts" />
/// <reference path="fetches.d.ts" />
/// <reference path="converters.d.ts" />
/// <reference path="reply.d.ts" />
/// <reference path="map.d.ts" />
/// <reference path="regex.d.ts" />
/// <reference path="channel.d.ts" />
/// <reference path="applethttp.d.ts" />
/// <reference path="applettcp.d.ts" />
/// <reference path="socket.d.ts" />
/// <reference path="httpclient.d.ts" />
/// <reference path="concat.d.ts" />
/// <reference path="queue.d.ts" />
/// <reference path="proxy.d.ts" />
/// <reference path="server.d.ts" />
/// <reference path="listener.d.ts" />
/// <reference path="sticktable.d.ts" />
/// <reference path="event.d.ts" />
/// <reference path="patref.d.ts" />
/// <reference path="action.d.ts" />
/// <reference path="filter.d.ts" />
/// <reference path="httpmessage.d.ts" />
