// The short soak of every test run (`npm run soak` runs one million requests per configuration):
// mixed requests through HAProxy with nbthread 2, every response checked, no Lua error, memory flat.

import { runSoak, SOAK_VARIANTS } from "./soak";

const REQUESTS = Number(process.env.CORS_SOAK_REQUESTS ?? 60000);

describe.each(SOAK_VARIANTS)(`a soak of ${REQUESTS} mixed requests under %s with nbthread 2, %s configuration`, (load, configuration) => {
  test("Verify that every response matches its case, with no 5xx, no socket error, no Lua error, and flat memory", async () => {
    const result = await runSoak(load, REQUESTS, configuration);
    console.log(`${load}, ${configuration}: ${result.responses} responses in ${result.seconds.toFixed(1)} s; worker RSS ${result.rssWarmKiB} KiB after warm-up, ${result.rssEndKiB} KiB at the end`);
    expect(result.responses).toBeGreaterThanOrEqual(REQUESTS);
    expect({ mismatches: result.mismatches, firstMismatch: result.firstMismatch }).toEqual({ mismatches: 0, firstMismatch: "" });
    expect(result.serverErrors).toBe(0);
    expect(result.socketErrors).toBe(0);
    expect(result.luaErrors).toEqual([]);
    // Flat: what a warmed-up worker holds may move by allocator noise, not grow with the request count.
    expect(result.rssEndKiB - result.rssWarmKiB).toBeLessThan(4096);
    // Every request that reached the module's rules is counted once: the metrics equal HAProxy's own count,
    // which holds every response wrk received (and the requests it left in flight at a run's end).
    expect(result.countedByModule).toBe(result.countedByHaproxy);
    expect(result.countedByHaproxy).toBeGreaterThanOrEqual(result.responses);
  }, 300000);
});
