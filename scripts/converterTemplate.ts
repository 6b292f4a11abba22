// Writes dist/cors-converters.cfg and dist/cors-native-rules.cfg, the rule blocks as src/converters/rules.ts
// defines them (run by `npm run build`; CI checks that the committed files are what this writes).

import * as fs from "node:fs";
import * as path from "node:path";
import { converterTemplate, nativeRulesTemplate } from "../src/converters/rules";

export const TEMPLATE_PATH = path.resolve(__dirname, "../dist/cors-converters.cfg");
export const NATIVE_RULES_PATH = path.resolve(__dirname, "../dist/cors-native-rules.cfg");

if (require.main === module) {
  fs.writeFileSync(TEMPLATE_PATH, converterTemplate());
  fs.writeFileSync(NATIVE_RULES_PATH, nativeRulesTemplate());
}
