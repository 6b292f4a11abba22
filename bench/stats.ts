// Small statistics shared by the benchmarks.

/** The median of a non-empty list (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * A 95 % confidence interval of the median that assumes nothing of the distribution: the k-th smallest and
 * the k-th largest value, k the largest rank such that fewer than k of n values fall below the median with
 * probability at most 2.5 % (the binomial distribution with p = 1/2). For 20 values, the 6th and the 15th.
 * Undefined under 6 values, where no such rank exists.
 */
export function medianInterval(values: readonly number[]): readonly [number, number] | undefined {
  const n = values.length;
  const sorted = [...values].sort((a, b) => a - b);
  // P(X < k) for X ~ Binomial(n, 1/2), summed while it stays within 2.5 %.
  let below = 0;
  let term = Math.pow(0.5, n); // P(X = 0)
  let k = 0;
  while (k < n && below + term <= 0.025) {
    below += term;
    term = (term * (n - k)) / (k + 1);
    k++;
  }
  return k === 0 ? undefined : [sorted[k - 1], sorted[n - k]];
}
