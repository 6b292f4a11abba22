// The Public Suffix List as HAProxy's Lua sees it (policy/publicSuffixSource.ts chooses which): read once
// per Lua state, when the first policy with a subdomain pattern is compiled, never on a request.

import { loadPublicSuffixList, PUBLIC_SUFFIX_LIST_VARIABLE, SuffixListResult } from "../policy/publicSuffixSource";
import { readTextFile } from "./files";

let loaded: SuffixListResult | undefined;

export function publicSuffixes(): SuffixListResult {
  if (loaded === undefined) loaded = loadPublicSuffixList(os.getenv(PUBLIC_SUFFIX_LIST_VARIABLE), readTextFile);
  return loaded;
}
