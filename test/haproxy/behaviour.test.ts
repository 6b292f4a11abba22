// The behaviour table through the haproxy binary of this machine (the quick integration runner; the
// version matrix runs the same suite in containers, test/containers).

import { describeBehaviourOn } from "../support/behaviourSuite";
import { localTarget } from "../support/haproxy";

const target = localTarget();
describeBehaviourOn(target.name, () => target);
