// The runtime API's commands and the metrics service through every supported HAProxy version, each in a
// container (docker/versions.json): test/support/operationsSuite.ts.

import { containerTarget, imagesToTest, prepareImages } from "../support/containers";
import { describeCountingCheckOn, describeMetricsOn, describeRuntimeApiOn } from "../support/operationsSuite";

prepareImages();

for (const image of imagesToTest()) {
  const target = containerTarget(image);
  describeRuntimeApiOn(target.name, () => target);
  describeMetricsOn(target.name, () => target);
  describeCountingCheckOn(target.name, () => target);
}
