// Writes the table of browser engines the real-browser suite (test/browser/browser.test.ts) ran in, from
// the results of the run itself, into README.md (between the "browsers" markers): engine, version, cases
// passed / run. It writes only after a run in which every engine ran every case (no -t filter).
const { writeReadmeSection } = require("./readmeSection");

const SUITE = /^(Chromium|Firefox|WebKit) (\S+) calling an API behind HAProxy/;
const ENGINES = ["Chromium", "Firefox", "WebKit"];

class BrowsersReporter {
  onRunComplete(_contexts, results) {
    const engines = new Map();
    for (const file of results.testResults) {
      for (const test of file.testResults) {
        const match = SUITE.exec(test.ancestorTitles[0] || "");
        if (!match) continue;
        if (test.status !== "passed" && test.status !== "failed") return;
        const row = engines.get(match[1]) || { version: match[2], passed: 0, total: 0 };
        row.total += 1;
        if (test.status === "passed") row.passed += 1;
        engines.set(match[1], row);
      }
    }
    if (!ENGINES.every((e) => engines.has(e))) return;
    const table = [
      "| engine | version | cases passed / run |",
      "| --- | --- | --- |",
      ...ENGINES.map((e) => {
        const r = engines.get(e);
        return `| ${e} | ${r.version} | ${r.passed === r.total ? "✓" : "✗"} ${r.passed}/${r.total} |`;
      }),
    ].join("\n");
    writeReadmeSection("browsers", table);
  }
}
module.exports = BrowsersReporter;
