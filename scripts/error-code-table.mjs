// docs/error-codes.md, generated from the code: every entry of the error-code
// objects with the JSDoc above it. `node scripts/error-code-table.mjs` writes
// the file; a unit test fails when the file and the code disagree.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

const SOURCES = [
  {
    title: "MoonPay in the browser (`@framelink/moonpay`, `@framelink/frames`): `FramelinkError.code`",
    file: "packages/frames/src/error-codes.ts",
    object: "ErrorCode",
  },
  {
    title: "MoneyKit `onLinkExit` errors raised by the SDK (`LinkExitError.error_id`, `request_id: null`)",
    file: "packages/moneykit/src/exit-errors.ts",
    object: "ExitErrorId",
  },
  {
    title: "Server package (`@framelink/server`): `ServerError.code`",
    file: "packages/server/src/server-error.ts",
    object: "ServerErrorCode",
  },
];

/** [code, description] for every entry of `export const <object> = { … }`. */
export function entries(source, object) {
  const start = source.indexOf(`export const ${object} = {`);
  const end = source.indexOf("} as const;", start);
  if (start < 0 || end < 0) throw new Error(`${object} not found`);
  const body = source.slice(start, end);
  const rows = [];
  const pattern = /\/\*\*\s*([\s\S]*?)\s*\*\/\s*\n\s*\w+: "([^"]+)",/g;
  for (const match of body.matchAll(pattern)) {
    rows.push([match[2], match[1].replace(/\s*\n\s*\*\s*/g, " ").trim()]);
  }
  const declared = [...body.matchAll(/\n\s*\w+: "([^"]+)",/g)].length;
  if (rows.length !== declared)
    throw new Error(`${object}: every code needs a /** description */ (${rows.length} of ${declared})`);
  return rows;
}

export function render() {
  const parts = [
    "# Error codes",
    "",
    "Generated from the code by `node scripts/error-code-table.mjs`; a unit test keeps it current. Codes are stable (semver); messages are not.",
  ];
  for (const { title, file, object } of SOURCES) {
    parts.push("", `## ${title}`, "", `From \`${object}\` in \`${file}\`.`, "", "| code | when |", "| --- | --- |");
    for (const [code, description] of entries(readFileSync(join(root, file), "utf8"), object)) {
      parts.push(`| \`${code}\` | ${description.replace(/\|/g, "\\|")} |`);
    }
  }
  parts.push(
    "",
    "Frames report their own errors too: MoonPay's as `validationError` field errors or `generic` (see `docs/protocol.md`), MoneyKit Connect's as `error_id`s listed in `packages/moneykit/README.md`.",
    "",
  );
  return parts.join("\n");
}

if (process.argv[1] === import.meta.filename) writeFileSync(join(root, "docs/error-codes.md"), render());
