// The behaviour table and haproxy -c through every supported HAProxy version, each in a container
// (docker/versions.json), under lua-load and lua-load-per-thread, with one and four threads.

import { describeBehaviourOn } from "../support/behaviourSuite";
import { containerTarget, imagesToTest, prepareImages } from "../support/containers";

prepareImages();

for (const image of imagesToTest()) {
  const target = containerTarget(image);
  describeBehaviourOn(target.name, () => target);
}
