// npm test: the packages as npm would deliver them. Packs every publishable
// package with `pnpm pack` (which turns `workspace:*` into versions), installs
// the tarballs with npm into a scratch project outside the workspace, and
// there: imports each entry as ESM, type-checks the files in scripts/packed/
// that use the public API with moduleResolution `bundler` and `node16`, renders the React hooks with
// renderToString, and loads each script tag by its manifest's SRI hash in
// Chromium. Writes reports/packed.json for the summary line.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { publishablePackages } from "./publishable-packages.mjs";

const root = join(import.meta.dirname, "..");
const here = join(import.meta.dirname, "packed");
const scratch = mkdtempSync(join(tmpdir(), "framelink-packed-"));
const checks = [];

async function check(name, run) {
  try {
    await run();
    checks.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (error) {
    checks.push({ name, ok: false });
    console.log(`FAIL ${name}\n${error.stdout ?? ""}${error.stderr ?? ""}${error.message}`);
  }
}

const run = (command, args, cwd = scratch) => execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe" });

const packages = publishablePackages();
const tarballs = join(scratch, "tarballs");
mkdirSync(tarballs);
for (const { dir } of packages) run("pnpm", ["pack", "--pack-destination", tarballs], dir);

const devDependency = (name) =>
  JSON.parse(readFileSync(join(root, "packages/react/package.json"), "utf8")).devDependencies[name];
writeFileSync(
  join(scratch, "package.json"),
  `${JSON.stringify({ name: "framelink-packed-check", private: true, type: "module" }, null, 2)}\n`,
);
await check("npm installs the packed tarballs outside the workspace", () => {
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  const tools = [
    `typescript@${JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies.typescript}`,
    `react@${devDependency("react")}`,
    `react-dom@${devDependency("react-dom")}`,
    `@types/react@${devDependency("@types/react")}`,
    `@types/react-dom@${devDependency("@types/react-dom")}`,
    "@types/node@20",
  ];
  run("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error", ...files, ...tools]);
});

for (const { manifest } of packages) {
  await check(`import("${manifest.name}") as ESM in Node`, () =>
    run("node", [
      "--input-type=module",
      "-e",
      `const m = await import(${JSON.stringify(manifest.name)}); if (Object.keys(m).length === 0) throw new Error("no exports");`,
    ]),
  );
}

for (const [file, types] of [
  ["use-browser-api.ts", []],
  ["use-server-api.ts", ["node"]],
]) {
  copyFileSync(join(here, file), join(scratch, file));
  for (const [resolution, module] of [
    ["bundler", "esnext"],
    ["node16", "node16"],
  ]) {
    await check(
      `${file} type-checks with moduleResolution ${resolution}${types.length ? "" : ", without Node's types"}`,
      () => {
        const compilerOptions = {
          strict: true,
          exactOptionalPropertyTypes: true,
          noEmit: true,
          target: "es2022",
          lib: ["es2022", "dom"],
          module,
          moduleResolution: resolution,
          types,
        };
        writeFileSync(join(scratch, "tsconfig.check.json"), JSON.stringify({ compilerOptions, files: [file] }));
        run("npx", ["tsc", "-p", "tsconfig.check.json"]);
      },
    );
  }
}

copyFileSync(join(here, "render-hooks.mjs"), join(scratch, "render-hooks.mjs"));
await check("the React hooks render with renderToString", () => run("node", ["render-hooks.mjs"]));

await check("each script tag loads by its manifest's SRI hash in Chromium", async () => {
  const dist = join(root, "packages/script-tags/dist");
  const tagManifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8"));
  const tags = {
    "framelink-moonpay.js": "FramelinkMoonPay",
    "framelink-moneykit.js": "MoneyKit",
    "framelink.js": "Framelink",
  };
  const server = createServer((request, response) => {
    const name = new URL(request.url, "http://localhost").pathname.slice(1);
    if (name in tags) {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(
        `<!doctype html><script src="/tags/${name}" integrity="${tagManifest[name].integrity}" crossorigin="anonymous"></script>`,
      );
    } else if (name.startsWith("tags/") && name.slice(5) in tagManifest) {
      response.writeHead(200, { "Content-Type": "text/javascript", "Access-Control-Allow-Origin": "*" });
      response.end(readFileSync(join(dist, name.slice(5))));
    } else {
      response.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const page = await browser.newPage();
    for (const [name, global] of Object.entries(tags)) {
      await page.goto(`http://127.0.0.1:${server.address().port}/${name}`);
      if (!(await page.evaluate((key) => key in window, global))) throw new Error(`${name} did not define ${global}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
});

rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(root, "reports"), { recursive: true });
writeFileSync(join(root, "reports/packed.json"), `${JSON.stringify({ checks }, null, 2)}\n`);
process.exit(checks.every((entry) => entry.ok) ? 0 : 1);
