// Reading the metrics service (`use-service lua.cors-metrics`): the Prometheus text format, and waiting out
// the publishing interval (at most a second) for the counts to reach a wanted state.

import { rawRequest } from "./http";

/** Each sample line of a Prometheus text as `name{labels}` -> value (comments skipped). */
export function parsePrometheusText(text: string): Map<string, number> {
  const series = new Map<string, number>();
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const space = line.lastIndexOf(" ");
    series.set(line.substring(0, space), Number(line.substring(space + 1)));
  }
  return series;
}

/**
 * The service's series once they equal `wanted` (the cors ones), or as they are after `timeoutMs`: the
 * counts are published every half second, so they may lag the requests by that much, never more.
 */
export async function waitForCounts(port: number, wanted: Map<string, number>, timeoutMs = 5000): Promise<Map<string, number>> {
  const deadline = Date.now() + timeoutMs;
  const same = (series: Map<string, number>): boolean => series.size === wanted.size && [...wanted].every(([key, value]) => series.get(key) === value);
  for (;;) {
    const response = await rawRequest(port, "GET", "/metrics", []);
    const series = new Map([...parsePrometheusText(response.body)].filter(([key]) => key.startsWith("haproxy_cors_")));
    if (same(series) || Date.now() > deadline) return series;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
