// The runtime API's commands and the metrics service on the local HAProxy (test/support/operationsSuite.ts).

import { localTarget } from "../support/haproxy";
import { describeCountingCheckOn, describeMetricsOn, describeRuntimeApiOn } from "../support/operationsSuite";

const target = localTarget();
describeRuntimeApiOn(target.name, () => target);
describeMetricsOn(target.name, () => target);
describeCountingCheckOn(target.name, () => target);
