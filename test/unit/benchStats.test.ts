// The statistics the benchmarks print: the median, and the interval of the median that --paired gives.

import { median, medianInterval } from "../../bench/stats";

const ranks = (n: number): number[] => Array.from({ length: n }, (_, i) => n - i); // n..1, unsorted on purpose

describe("median", () => {
  test("the middle value, or the mean of the two middle ones", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe("medianInterval (95 %, distribution-free)", () => {
  test.each([
    // n, the ranks of its bounds: the largest k with P(Binomial(n, 1/2) < k) <= 2.5 %, then n + 1 - k
    [6, 1, 6],
    [10, 2, 9],
    [20, 6, 15],
    [40, 14, 27],
  ])("%i values: from the value of rank %i to that of rank %i", (n, low, high) => {
    expect(medianInterval(ranks(n))).toEqual([low, high]);
  });

  test("none under 6 values, where even the extremes cover less than 95 %", () => {
    expect(medianInterval(ranks(5))).toBeUndefined();
  });
});
