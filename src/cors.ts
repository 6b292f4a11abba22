// cors.lua: CORS for HAProxy. Loaded with `lua-load` (or `lua-load-per-thread`), it registers
//   http-request  lua.cors "<methods>" "<origins>" "<headers>"   (drop-in form)
//   http-request  lua.cors-policy "<options>"                      (extended form)
//   http-response lua.cors
// the converters lua.cors / lua.cors-policy of the converter configuration (and fills the maps they
// name when HAProxy starts), the runtime API's `cors show policies` and `cors explain`, the metrics service,
// the audit of the origins maps' keys, and refuses to load when the configuration holds an invalid policy.
// See README.md.
//
// src/policy: the Fetch-standard policy; src/haproxy: what is known of HAProxy without calling it;
// src/converters: the converter configuration; src/runtime: the glue that calls HAProxy.

import { registerConverters, registerMapFill } from "./converters/glue";
import { registerActions } from "./runtime/actions";
import { registerCli } from "./runtime/cli";
import { registerMetrics } from "./runtime/metrics";
import { checkConfiguration } from "./runtime/configCheck";
import { registerKeyAudit } from "./runtime/keyAudit";

checkConfiguration();
// The check read whole files (haproxy.cfg, origins files, maps): their garbage is collected before the
// process serves, so that each Lua state keeps only its compiled policies (docs/performance.md).
collectgarbage("collect");
registerActions();
registerConverters();
registerMapFill();
registerCli();
registerMetrics();
registerKeyAudit();
