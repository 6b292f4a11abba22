// The scan of HAProxy's joined header-name list (req.hdr_names / res.hdr_names) that decides which
// header values the actions fetch. A miscount would skip a value the decision needs, so the edges are
// pinned: names that contain, start or end with the one looked for, at either end of the list.

import { classifyRequestNames, classifyResponseNames, countName, hasNameWithPrefix } from "../../src/haproxy/headerNames";

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
    expect(countName(names, name, Infinity)).toBe(count);
    expect(countName(names, name, 1)).toBe(Math.min(count, 1));
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

describe("classifyRequestNames", () => {
  it.each([
    ["", "no-origin"],
    ["host,user-agent,accept", "no-origin"],
    ["host,x-origin,origin-x,x-http-method-override", "no-origin"],
    ["origin", "one-origin"],
    ["host,origin", "one-origin"],
    ["origin,host,x-original-url,x-http-method-override", "one-origin"],
    ["host,origin,access-control-request-methods", "one-origin"],
    ["host,origin,access-control-request-headers", "one-origin"],
    ["host,origin,accept,origin", "whole"],
    ["origin,origin", "whole"],
    ["host,access-control-request-method,origin", "whole"],
    ["origin,access-control-request-method", "whole"],
    ["access-control-request-method", "no-origin"],
  ])("%j: %s", (names, expected) => {
    expect(classifyRequestNames(names)).toBe(expected);
  });
});

describe("classifyResponseNames", () => {
  it.each([
    ["", "plain"],
    ["content-type,content-length", "plain"],
    ["content-type,x-vary,vary-x,access-controls,x-access-control-allow-origin,access-control-", "plain"],
    ["vary", "one-vary"],
    ["content-type,vary,content-length", "one-vary"],
    ["vary,content-type,vary", "whole"],
    ["content-type,access-control-allow-origin", "whole"],
    ["access-control-max-age,vary", "whole"],
  ])("%j: %s", (names, expected) => {
    expect(classifyResponseNames(names)).toBe(expected);
  });
});
