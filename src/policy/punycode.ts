// Punycode (RFC 3492), the encoder only: the Public Suffix List writes internationalized rules in
// Unicode, while a browser's Origin carries their ASCII form ("xn--" + Punycode, RFC 5890), so a rule
// read from the list must be written the way an origin would carry it before it can be compared.
//
// Input is UTF-8 as bytes, one character per byte: what Lua's io reads (and what the tests read as
// latin1), so that Node and Lua see the same characters.

const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;

/** The code points of a UTF-8 byte string; undefined when the bytes are not UTF-8. */
export function utf8CodePoints(bytes: string): number[] | undefined {
  const points: number[] = [];
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes.charCodeAt(i);
    let point: number;
    let more: number;
    if (lead < 0x80) {
      point = lead;
      more = 0;
    } else if (lead >= 0xc2 && lead < 0xe0) {
      point = lead - 0xc0;
      more = 1;
    } else if (lead >= 0xe0 && lead < 0xf0) {
      point = lead - 0xe0;
      more = 2;
    } else if (lead >= 0xf0 && lead < 0xf5) {
      point = lead - 0xf0;
      more = 3;
    } else {
      return undefined;
    }
    if (i + more >= bytes.length) return undefined;
    for (let k = 1; k <= more; k++) {
      const next = bytes.charCodeAt(i + k);
      if (next < 0x80 || next > 0xbf) return undefined;
      point = point * 64 + (next - 0x80);
    }
    points.push(point);
    i += more + 1;
  }
  return points;
}

function adapt(delta: number, points: number, first: boolean): number {
  let d = first ? Math.floor(delta / DAMP) : Math.floor(delta / 2);
  d += Math.floor(d / points);
  let k = 0;
  while (d > ((BASE - T_MIN) * T_MAX) / 2) {
    d = Math.floor(d / (BASE - T_MIN));
    k += BASE;
  }
  return k + Math.floor(((BASE - T_MIN + 1) * d) / (d + SKEW));
}

/** 0..25 are a..z, 26..35 are 0..9. */
function digitChar(digit: number): string {
  return String.fromCharCode(digit < 26 ? 97 + digit : 22 + digit);
}

/** RFC 3492, section 6.3: the Punycode of a label's code points (without the "xn--" prefix). */
export function punycodeOf(points: readonly number[]): string {
  let output = "";
  for (const point of points) if (point < 0x80) output += String.fromCharCode(point);
  const basic = output.length;
  let handled = basic;
  if (basic > 0) output += "-";
  let n = INITIAL_N;
  let delta = 0;
  let bias = INITIAL_BIAS;
  while (handled < points.length) {
    let next = 0x10ffff + 1;
    for (const point of points) if (point >= n && point < next) next = point;
    delta += (next - n) * (handled + 1);
    n = next;
    for (const point of points) {
      if (point < n) delta++;
      if (point === n) {
        let q = delta;
        for (let k = BASE; ; k += BASE) {
          const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
          if (q < t) break;
          output += digitChar(t + ((q - t) % (BASE - t)));
          q = Math.floor((q - t) / (BASE - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basic);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

/**
 * A dot-separated name in UTF-8 bytes, each non-ASCII label replaced by "xn--" and its Punycode (the
 * list's rules are already in the lower-case, normalized form IDNA would give). Undefined when the bytes
 * are not UTF-8.
 */
export function asciiNameOf(name: string): string | undefined {
  const labels = name.split(".");
  const out: string[] = [];
  for (const label of labels) {
    let ascii = true;
    for (let i = 0; i < label.length && ascii; i++) ascii = label.charCodeAt(i) < 0x80;
    if (ascii) {
      out.push(label);
      continue;
    }
    const points = utf8CodePoints(label);
    if (points === undefined) return undefined;
    out.push("xn--" + punycodeOf(points));
  }
  return out.join(".");
}
