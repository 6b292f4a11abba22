// HAProxy's own responses (deny, return, redirect, 502, 503, 504, errorfiles) carry the policy's answer on
// every supported HAProxy version, in each configuration that covers them (test/support/generatedResponses.ts).

import { containerTarget, imagesToTest, prepareImages } from "../support/containers";
import { describeGeneratedResponsesOn } from "../support/generatedResponses";

prepareImages();

for (const image of imagesToTest()) describeGeneratedResponsesOn(containerTarget(image));
