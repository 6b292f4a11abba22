// Writes a generated table into README.md between its `<!-- <name>:start -->` and `<!-- <name>:end -->`
// markers (the versions and browsers tables, written by their reporters after a full run).
const fs = require("node:fs");
const path = require("node:path");

const README = path.resolve(__dirname, "../../README.md");

/** `text` with what stands between the markers replaced by `table`; unchanged when the markers are missing. */
function replaceSection(text, name, table) {
  const start = `<!-- ${name}:start -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(`<!-- ${name}:end -->`);
  if (from < 0 || to < from) return text;
  return `${text.slice(0, from + start.length)}\n${table}\n${text.slice(to)}`;
}

function writeReadmeSection(name, table) {
  fs.writeFileSync(README, replaceSection(fs.readFileSync(README, "utf8"), name, table));
}

module.exports = { replaceSection, writeReadmeSection };
