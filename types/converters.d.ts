// Mirrors doc/lua-api/index.rst, section "Converters class" (HAProxy 2.2 .. 3.2).
//
// HAProxy exposes EVERY converter of its configuration language (see
// configuration.txt, "Converters") as a method of this object, named after
// the converter with its dots replaced by underscores. The methods are called
// with a colon; the first argument is the input sample and the converter's
// own arguments follow: `txn.c:bytes(s, 1, 2)` is the Lua form of
// "bytes(1,2)" applied to `s`. The commonly used converters are declared
// below; an index signature lets any other converter name type-check (an
// unknown name is nil at run time, so calling it raises a Lua error).
//
// A failed conversion gives nil through `txn.c` and "" through `txn.sc`.
// Note that from Lua some arguments that are optional in the configuration
// are mandatory (HAProxy 2.6 requires the argument of `json`).

/** HAProxy's internal sample converters (`txn.c`): `converter(input, ...arguments)`. */
interface HaproxyConverters {
    /**
     * Any other converter, named after the keyword with dots replaced by
     * underscores (nil at run time if HAProxy has no such converter). The
     * arguments (input first) are `any[]` so that the declared converters below
     * stay assignable to it.
     */
    [converter: string]: (this: HaproxyConverters, ...args: any[]) => HaproxySample;

    /** Lower-cases the input ("lower"). */
    lower(input: string): string | undefined;
    /** Upper-cases the input ("upper"). */
    upper(input: string): string | undefined;
    /** Encodes the input in base64 ("base64"). */
    base64(input: string): string | undefined;
    /** Decodes base64 input; nil if it is not valid base64 ("b64dec"). */
    b64dec(input: string): string | undefined;
    /** Encodes the input as upper-case hexadecimal ("hex"). */
    hex(input: string): string | undefined;
    /** Escapes the input for a JSON string; `input_code` is "ascii", "utf8", "utf8s", "utf8p" or "utf8ps" ("json"). */
    json(input: string, input_code: string): string | undefined;
    /** Extracts `length` bytes (or up to the end) starting at `offset` ("bytes"). */
    bytes(input: string, offset: number, length?: number): string | undefined;
    /** The length of the input string ("length"). */
    length(input: string): number | undefined;
    /** The `index`-th field (1-based) of the input split on any of `delimiters`, `count` fields if given ("field"). */
    field(input: string, index: number, delimiters: string, count?: number): string | undefined;
    /** The `index`-th word (1-based) of the input split on any of `delimiters`, `count` words if given ("word"). */
    word(input: string, index: number, delimiters: string, count?: number): string | undefined;
    /** Replaces what matches `regex` with `subst`; `flags` may hold "i" (ignore case) and "g" (global) ("regsub"). */
    regsub(input: string, regex: string, subst: string, flags?: string): string | undefined;
    /** URL-decodes the input ("url_dec"). */
    url_dec(input: string): string | undefined;
    /** Removes the given characters from the start of the input ("ltrim"). */
    ltrim(input: string, chars: string): string | undefined;
    /** Removes the given characters from the end of the input ("rtrim"). */
    rtrim(input: string, chars: string): string | undefined;
    /** The SHA-1 digest of the input, as binary ("sha1"). */
    sha1(input: string): string | undefined;
    /** The CRC32 hash of the input, as an integer ("crc32"). */
    crc32(input: string): number | undefined;
    /** The DJB2 hash of the input, as an integer ("djb2"). */
    djb2(input: string): number | undefined;
    /** Looks the input up in the map file `map_file` (string match), returning `default_value` if not found ("map"). */
    map(input: string, map_file: string, default_value?: string): string | undefined;
}

/**
 * The string-safe converters (`txn.sc`): the same methods as `HaproxyConverters`, but
 * every result is a string, and a failed conversion gives "" instead of nil.
 */
type HaproxyStringConverters = {
    [K in keyof HaproxyConverters]: HaproxyConverters[K] extends (...args: infer A) => unknown
        ? (this: HaproxyStringConverters, ...args: A) => string
        : never;
};
