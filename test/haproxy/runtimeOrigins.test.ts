// Origins from a map changed through the runtime API, on the local HAProxy: test/support/runtimeOriginsSuite.ts.

import { localTarget } from "../support/haproxy";
import { describeRuntimeOriginsOn, describeUnseenMapPolicyOn } from "../support/runtimeOriginsSuite";

const target = localTarget();
describeRuntimeOriginsOn(target.name, () => target);
describeUnseenMapPolicyOn(target.name, () => target);
