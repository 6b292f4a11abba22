// Writes dist/cors-converters.cfg, the converter configuration's rule block as src/converters/rules.ts
// defines it (run by `npm run build`; CI checks that the committed file is what this writes).

import * as fs from "node:fs";
import * as path from "node:path";
import { converterTemplate } from "../src/converters/rules";

export const TEMPLATE_PATH = path.resolve(__dirname, "../dist/cors-converters.cfg");

if (require.main === module) fs.writeFileSync(TEMPLATE_PATH, converterTemplate());
