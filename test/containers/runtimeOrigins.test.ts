// Origins from a map changed through the runtime API, on every supported HAProxy version, each in a
// container (docker/versions.json): test/support/runtimeOriginsSuite.ts.

import { containerTarget, imagesToTest, prepareImages } from "../support/containers";
import { describeRuntimeOriginsOn } from "../support/runtimeOriginsSuite";

prepareImages();

for (const image of imagesToTest()) {
  const target = containerTarget(image);
  describeRuntimeOriginsOn(target.name, () => target);
}
