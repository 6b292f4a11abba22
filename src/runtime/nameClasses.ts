// The class of each header-name list seen before (haproxy/headerNames.ts), by list. The clients of one
// kind send the same names in the same order, and a backend too, so the usual request and response
// classify their list with one table lookup instead of searching it: each search is a call into Lua's
// string library, which in HAProxy costs 150 to 400 machine instructions, and each Lua instruction about
// 65, as HAProxy runs Lua with a count hook (docs/design.md, "The cost of a Lua call in HAProxy").
//
// Bounded: lists longer than REMEMBERED_LENGTH are classified every time, and a table is emptied when it
// holds REMEMBERED_LISTS, so that a client sending ever new lists costs a classification per request and
// no memory. A lookup compares at most every remembered list in full: Lua 5.3 hashes a long string from 32
// of its bytes, so lists can be made to collide, and 256 colliding lists of 512 bytes cost a lookup about
// 3 us (Lua 5.4 hashes every byte, with a seed of its own).

import { classifyRequestNames, classifyResponseNames, RequestNames, ResponseNames } from "../haproxy/headerNames";

const REMEMBERED_LISTS = 256;
const REMEMBERED_LENGTH = 512;

interface Remembered<Class> {
  readonly classes: LuaTable<string, Class>;
  size: number;
}

function remember<Class>(memory: Remembered<Class>, names: string, nameClass: Class): Class {
  if (names.length > REMEMBERED_LENGTH) return nameClass;
  if (memory.size >= REMEMBERED_LISTS) {
    for (const [list] of memory.classes) memory.classes.delete(list);
    memory.size = 0;
  }
  memory.classes.set(names, nameClass);
  memory.size++;
  return nameClass;
}

const requests: Remembered<RequestNames> = { classes: new LuaTable(), size: 0 };
const responses: Remembered<ResponseNames> = { classes: new LuaTable(), size: 0 };

/**
 * The classes of the request header-name lists seen before: the usual request reads its class here, a table
 * lookup made where the class is needed (a call would cost more than the lookup), and classifies the list on
 * a miss (classifyRequest). Emptied in place when full, never replaced.
 */
export const requestClasses: ReadonlyLuaMap<string, RequestNames> = requests.classes;
/** The classes of the response header-name lists seen before, as requestClasses (classifyResponse on a miss). */
export const responseClasses: ReadonlyLuaMap<string, ResponseNames> = responses.classes;

/** What a request's header names say about how to read it, for a list requestClasses does not hold. */
export function classifyRequest(names: string): RequestNames {
  return remember(requests, names, classifyRequestNames(names));
}

/** What a backend response's header names say about how to edit it, for a list responseClasses does not hold. */
export function classifyResponse(names: string): ResponseNames {
  return remember(responses, names, classifyResponseNames(names));
}
