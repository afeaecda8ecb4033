// After `vite build`: copies the script-tag builds next to the fixtures and
// writes pages that load them as a merchant would, with `integrity` and
// `crossorigin` from the build manifest, pointed at the mock host by
// `data-` attributes. One page carries a wrong hash, to prove SRI is enforced;
// another loads a MoonPay tag whose payments file, next to it, was altered.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const here = import.meta.dirname;
const source = join(here, "../packages/script-tags/dist");
const target = join(here, "dist/script-tags");
const manifest = JSON.parse(readFileSync(join(source, "manifest.json"), "utf8"));
const MOCK_HOST = "http://127.0.0.1:4800";

mkdirSync(target, { recursive: true });
for (const file of Object.keys(manifest)) copyFileSync(join(source, file), join(target, file));

const altered = join(here, "dist/script-tags-altered");
mkdirSync(altered, { recursive: true });
copyFileSync(join(source, "framelink-moonpay.js"), join(altered, "framelink-moonpay.js"));
writeFileSync(
  join(altered, "framelink-moonpay-payments.js"),
  `${readFileSync(join(source, "framelink-moonpay-payments.js"), "utf8")}\n// altered\n`,
);

function page(title, file, integrity, sample, body, directory = "script-tags") {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>${title}</title>
    <script src="/${directory}/${file}" integrity="${integrity}" crossorigin="anonymous" data-frame-base-url="${MOCK_HOST}" data-api-base-url="${MOCK_HOST}"></script>
    ${sample ? `<script src="/script-samples/${sample}"></script>` : ""}
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}

const pages = {
  "script-moneykit.html": page(
    "Script tag: MoneyKit",
    "framelink-moneykit.js",
    manifest["framelink-moneykit.js"].integrity,
    "moneykit-link.js",
    '<div id="moneykit-container"></div>',
  ),
  "script-moonpay.html": page(
    "Script tag: MoonPay",
    "framelink-moonpay.js",
    manifest["framelink-moonpay.js"].integrity,
    "moonpay-check.js",
    "",
  ),
  "script-both.html": page("Script tag: both", "framelink.js", manifest["framelink.js"].integrity, null, ""),
  "script-moonpay-altered-payments.html": page(
    "Script tag: MoonPay, altered payments file",
    "framelink-moonpay.js",
    manifest["framelink-moonpay.js"].integrity,
    null,
    "",
    "script-tags-altered",
  ),
  "script-tampered.html": page("Script tag: wrong hash", "framelink-moneykit.js", `sha384-${"A".repeat(64)}`, null, ""),
};

// Injected markup that clobbers `document.currentScript` before the tag runs:
// the tag must not take the image for itself (its `src` for where parts are).
// The image names a path of the page's own origin, so that the strict CSP
// lets the request be seen rather than blocked.
pages["script-moonpay-clobbered.html"] = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>Script tag: MoonPay after injected markup</title>
  </head>
  <body>
    <img name="currentScript" alt="" src="/clobbered/framelink-moonpay.js" />
    <script src="/script-tags/framelink-moonpay.js" integrity="${manifest["framelink-moonpay.js"].integrity}" crossorigin="anonymous"></script>
  </body>
</html>
`;
for (const [name, html] of Object.entries(pages)) writeFileSync(join(here, "dist", name), html);
