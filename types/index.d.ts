// @haproxy-ts/types: hand-written TypeScript declarations of HAProxy's Lua API
// (doc/lua-api/index.rst of haproxy/haproxy), for TypeScriptToLua. They are
// global ambient declarations: list "@haproxy-ts/types" in "types" of the
// tsconfig, next to "lua-types/5.3". One file per class of the manual.
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
