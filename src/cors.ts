// cors.lua: CORS for HAProxy. Loaded with `lua-load` (or `lua-load-per-thread`), it registers
//   http-request  lua.cors "<methods>" "<origins>" "<headers>"   (drop-in form)
//   http-request  lua.cors-policy "<options>"                      (extended form)
//   http-response lua.cors
// the converters lua.cors / lua.cors-policy of the converter configuration (and fills the maps they
// name when HAProxy starts), and refuses to load when the configuration holds an invalid policy. See README.md.

import { registerActions } from "./runtime/actions";
import { checkConfiguration } from "./runtime/configCheck";
import { registerConverters } from "./runtime/converters";
import { registerMapFill } from "./runtime/originMaps";

checkConfiguration();
registerActions();
registerConverters();
registerMapFill();
