// npm test: the packages as npm would deliver them. Packs every publishable
// package with `pnpm pack` (which turns `workspace:*` into versions), installs
// the tarballs with npm into a scratch project outside the workspace, and
// there: imports each entry as ESM, type-checks the files in scripts/packed/
// that use the public API with moduleResolution `bundler` and `node16`, renders the React hooks with
// renderToString, and loads each script tag by its manifest's SRI hash in
// Chromium, and runs the integrator guide's Playwright test
// (docs/testing-with-the-mock-host.md) as a merchant would, from its own
// files. Writes reports/packed.json for the summary line.
import { execFileSync, spawn } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CHROMIUM_LAUNCH } from "@framelink/test";
import { chromium } from "@playwright/test";
import { writeGuideFiles } from "./packed/guide-files.js";
import { publishablePackages } from "./publishable-packages.js";

const root = join(import.meta.dirname, "..");
const here = join(import.meta.dirname, "packed");
const scratch = mkdtempSync(join(tmpdir(), "framelink-packed-"));
const checks: { name: string; ok: boolean }[] = [];

async function check(name: string, run: () => unknown): Promise<void> {
  try {
    await run();
    checks.push({ name, ok: true });
    console.log(`ok   ${name}`);
  } catch (error) {
    checks.push({ name, ok: false });
    const {
      stdout = "",
      stderr = "",
      message = String(error),
    } = error as { stdout?: string; stderr?: string; message?: string };
    console.log(`FAIL ${name}\n${stdout}${stderr}${message}`);
  }
}

const run = (command: string, args: string[], cwd = scratch) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: "pipe" });

const packages = publishablePackages();
const tarballs = join(scratch, "tarballs");
mkdirSync(tarballs);
for (const { dir } of packages) run("pnpm", ["pack", "--pack-destination", tarballs], dir);

const devDependency = (name: string): string =>
  JSON.parse(readFileSync(join(root, "packages/react/package.json"), "utf8")).devDependencies[name];
writeFileSync(
  join(scratch, "package.json"),
  `${JSON.stringify({ name: "framelink-packed-check", private: true, type: "module" }, null, 2)}\n`,
);
await check("npm installs the packed tarballs outside the workspace", () => {
  const files = readdirSync(tarballs).map((file) => join(tarballs, file));
  const rootDevDependencies = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies;
  const tools = [
    `typescript@${rootDevDependencies.typescript}`,
    `vite@${rootDevDependencies.vite}`,
    `vitest@${rootDevDependencies.vitest}`,
    `@playwright/test@${rootDevDependencies["@playwright/test"]}`,
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

const usages: [string, string[]][] = [
  ["use-browser-api.ts", []],
  ["use-server-api.ts", ["node"]],
];
for (const [file, types] of usages) {
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
  const tagManifest = JSON.parse(readFileSync(join(dist, "manifest.json"), "utf8")) as Record<
    string,
    { integrity: string }
  >;
  const tags: Record<string, string> = {
    "framelink-moonpay.js": "FramelinkMoonPay",
    "framelink-moneykit.js": "MoneyKit",
    "framelink.js": "Framelink",
  };
  const server = createServer((request, response) => {
    const name = new URL(request.url ?? "/", "http://localhost").pathname.slice(1);
    const tag = tagManifest[name];
    if (name in tags && tag) {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.end(
        `<!doctype html><script src="/tags/${name}" integrity="${tag.integrity}" crossorigin="anonymous"></script>`,
      );
    } else if (name.startsWith("tags/") && name.slice(5) in tagManifest) {
      response.writeHead(200, { "Content-Type": "text/javascript", "Access-Control-Allow-Origin": "*" });
      response.end(readFileSync(join(dist, name.slice(5))));
    } else {
      response.writeHead(404).end();
    }
  });
  const port = await new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const page = await browser.newPage();
    for (const [name, global] of Object.entries(tags)) {
      await page.goto(`http://127.0.0.1:${port}/${name}`);
      if (!(await page.evaluate((key) => key in window, global))) throw new Error(`${name} did not define ${global}`);
    }
  } finally {
    await browser.close();
    server.close();
  }
});

await check("the installed framelink-mock-host bin serves, prints its URL, and stops on SIGTERM", async () => {
  const child = spawn(join(scratch, "node_modules/.bin/framelink-mock-host"), ["--port", "0", "--bank-port", "0"], {
    cwd: scratch,
    stdio: ["ignore", "pipe", "inherit"],
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk;
  });
  try {
    let url: string | undefined;
    for (let waited = 0; !url && waited < 20_000; waited += 100) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      url = /listening on (http:\/\/\S+)/.exec(output)?.[1];
    }
    if (!url) throw new Error(`the bin did not start:\n${output}`);
    const health = await (await fetch(`${url}/health`)).json();
    if (!health.ok) throw new Error(`/health answered ${JSON.stringify(health)}`);
  } finally {
    child.kill("SIGTERM");
  }
  const code = await exited;
  if (code !== 0 || !output.includes("stopped")) throw new Error(`the bin exited ${code}:\n${output}`);
});

await check("the integrator guide's Playwright and Vitest tests pass, from its own files", () => {
  const shop = join(scratch, "shop");
  mkdirSync(shop);
  symlinkSync(join(scratch, "node_modules"), join(shop, "node_modules"));
  const files = writeGuideFiles(join(root, "docs/testing-with-the-mock-host.md"), shop);
  if (!files.includes("playwright.config.ts")) throw new Error(`the guide shows no Playwright config: ${files}`);
  const output = execFileSync("npx", ["playwright", "test", "--reporter=line"], {
    cwd: shop,
    encoding: "utf8",
    stdio: "pipe",
    env: { ...process.env, CI: "1", CHROMIUM_PATH: CHROMIUM_LAUNCH.executablePath },
  });
  const passed = /(\d+) passed/.exec(output)?.[1];
  if (!passed || Number(passed) < 2) throw new Error(`expected the guide's tests to pass:\n${output}`);
  const unit = execFileSync("npx", ["vitest", "run", "server", "--reporter=json"], {
    cwd: shop,
    encoding: "utf8",
    stdio: "pipe",
  });
  const unitPassed = (JSON.parse(unit) as { numPassedTests: number }).numPassedTests;
  if (unitPassed < 2) throw new Error(`expected the guide's Vitest tests to pass:\n${unit}`);
  console.log(`     the guide's tests: ${passed} Playwright, ${unitPassed} Vitest, passed`);
});

rmSync(scratch, { recursive: true, force: true });
mkdirSync(join(root, "reports"), { recursive: true });
writeFileSync(join(root, "reports/packed.json"), `${JSON.stringify({ checks }, null, 2)}\n`);
process.exit(checks.every((entry) => entry.ok) ? 0 : 1);
