// The scan of HAProxy's joined header-name list (req.hdr_names / res.hdr_names) that decides which
// header values the actions fetch. A miscount would skip a value the decision needs, so the edges are
// pinned: names that contain, start or end with the one looked for, at either end of the list.

import { countName, hasNameWithPrefix } from "../../src/core/headerNames";

describe("countName", () => {
  it.each([
    ["", "origin", 0],
    ["origin", "origin", 1],
    ["host,origin", "origin", 1],
    ["origin,host", "origin", 1],
    ["origin,origin", "origin", 2],
    ["host,origin,accept,origin", "origin", 2],
    ["x-origin,origin-x,xorigin,originx", "origin", 0],
    ["x-origin,origin", "origin", 1],
    ["vary,x-vary,vary", "vary", 2],
    ["access-control-request-method-x,access-control-request-method", "access-control-request-method", 1],
  ])("%j has %j %d times", (names, name, count) => {
    expect(countName(names, name)).toBe(count);
  });
});

describe("hasNameWithPrefix", () => {
  it.each([
    ["", false],
    ["access-control-allow-origin", true],
    ["host,access-control-max-age", true],
    ["x-access-control-allow-origin", false],
    ["access-control-", false],
    ["host,access-control-,vary", false],
    ["x-access-control-a,access-control-b", true],
    ["access-controls", false],
  ])("%j: %s", (names, expected) => {
    expect(hasNameWithPrefix(names, "access-control-")).toBe(expected);
  });
});
