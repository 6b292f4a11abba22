// Work on the request path is bounded whatever the request carries.

import { MAX_REQUEST_HEADER_NAMES, parseRequestHeaderNames } from "../../src/core/decide";
import { MAX_ORIGIN_LENGTH, parseSerializedOrigin } from "../../src/core/origin";

describe("bounded work on hostile values", () => {
  test("a requested header list of 10,000 names is refused: more names than any browser sends", () => {
    const names = Array.from({ length: 10000 }, (_, i) => `x-h${i}`).join(",");
    expect(parseRequestHeaderNames([names])).toBeUndefined();
    expect(parseRequestHeaderNames([Array.from({ length: MAX_REQUEST_HEADER_NAMES }, (_, i) => `x-h${i}`).join(",")])).toHaveLength(MAX_REQUEST_HEADER_NAMES);
  });

  test("a list of 10,000 commas asks for nothing", () => {
    expect(parseRequestHeaderNames([",".repeat(10000)])).toEqual([]);
  });

  test("an Origin longer than any serialized origin is refused without a look", () => {
    expect(parseSerializedOrigin(`https://${"a".repeat(MAX_ORIGIN_LENGTH)}.example.com`)).toBeUndefined();
    expect(parseSerializedOrigin("https://a.example.com")).toEqual({ scheme: "https", host: "a.example.com", port: undefined });
  });
});
