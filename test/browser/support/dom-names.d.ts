// playwright-core's declarations name four DOM types (for page.$eval() and friends). The test tsconfig
// is a Node one, without the "dom" lib, so `tsc -p test/tsconfig.json` (npm run typecheck) would fail
// inside node_modules/playwright-core/types. These empty declarations satisfy it; the browser tests
// never use them (code that runs in the page only uses fetch, which Node's types describe too).
interface Node {}
interface HTMLElement {}
interface SVGElement {}
interface HTMLElementTagNameMap {}
