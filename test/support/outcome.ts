// Turning a response into the table's Outcome shape, the same way for every runner.

import { HeaderList } from "../cases/behaviour";

/**
 * Every header whose name holds "access-control-" (the CORS ones and look-alikes the module must leave
 * alone) and Vary, names lower-cased, repeated lines joined by ", " (so a duplicate shows).
 */
export function corsHeadersOf(headers: HeaderList): { [name: string]: string } {
  const out: { [name: string]: string } = {};
  for (const [rawName, value] of headers) {
    const name = rawName.toLowerCase();
    if (name !== "vary" && !name.includes("access-control-")) continue;
    out[name] = out[name] === undefined ? value : `${out[name]}, ${value}`;
  }
  return out;
}

/** The CORS-Debug header's value, if the response has one (the module sends it once at most). */
export function debugHeaderOf(headers: HeaderList): string | undefined {
  const values = headers.filter(([name]) => name.toLowerCase() === "cors-debug").map(([, value]) => value);
  return values.length === 0 ? undefined : values.join(", ");
}

/** JSON with object keys sorted, so that two outcomes compare whatever the order headers came in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) => (v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => a.localeCompare(b))) : v));
}
