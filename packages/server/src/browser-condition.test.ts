import { execFileSync } from "node:child_process";
import { expect, it } from "vitest";

// A bundler resolving for the browser picks the "browser" condition: importing
// the package there must fail loudly, naming the risk.
it("refuses to load under the browser export condition", () => {
  let output = "";
  try {
    execFileSync(
      process.execPath,
      ["--conditions=browser", "--input-type=module", "-e", 'await import("@framelink/server")'],
      {
        cwd: import.meta.dirname,
        stdio: "pipe",
      },
    );
  } catch (error) {
    output = String((error as { stderr?: Buffer }).stderr);
  }
  expect(output).toContain("must not run in a browser");
  expect(output).toContain("secret");
});

it("loads in Node", () => {
  const output = execFileSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      'const m = await import("@framelink/server"); console.log(typeof m.createVirtualAccountsClient)',
    ],
    {
      cwd: import.meta.dirname,
    },
  ).toString();
  expect(output.trim()).toBe("function");
});
