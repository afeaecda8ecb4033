import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";

// Server-side rendering imports the browser packages in Node, where there is
// no window or document: importing and constructing must not touch them.
const packagesDir = join(import.meta.dirname, "../..");

function runInNode(cwd: string, code: string): string {
  return execFileSync(process.execPath, ["--input-type=module", "-e", code], { cwd, stdio: "pipe" }).toString().trim();
}

it.each([
  ["@framelink/protocol", "moonpay"],
  ["@framelink/frames", "moonpay"],
  ["@framelink/moonpay", "script-tags"],
  ["@framelink/moneykit", "script-tags"],
])("%s imports in plain Node", (name, from) => {
  expect(
    runInNode(
      join(packagesDir, from),
      `const m = await import("${name}"); console.log(typeof globalThis.window, Object.keys(m).length > 0)`,
    ),
  ).toBe("undefined true");
});

it("a MoonPay client and a MoneyKit instance can be made during SSR", () => {
  const output = runInNode(
    join(packagesDir, "script-tags"),
    `const { createClient } = await import("@framelink/moonpay");
     const { default: MoneyKit } = await import("@framelink/moneykit");
     const client = createClient({ sessionToken: "c3N0XzAwMQ==" });
     new MoneyKit({ containerID: "x" });
     client.value.dispose();
     console.log(client.ok)`,
  );
  expect(output).toBe("true");
});
