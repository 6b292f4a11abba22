// What an action or a converter does with an error it caught: log it. The caller then ends as
// "no CORS headers" (fail closed), never as a Lua error that HAProxy would pass over (fail open).

export function fault(where: string, error: unknown): void {
  core.Alert(`cors: internal error in ${where}, no CORS headers sent: ${tostring(error)}`);
}
