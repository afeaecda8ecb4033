// The files a guide in docs/ shows: every fenced block whose info string
// names a file (```ts file=playwright.config.ts), so that a test can write
// them out exactly as a reader copies them, and run them.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const BLOCK = /^```\w* file=(\S+)\n([\s\S]*?)^```$/gm;

export function writeGuideFiles(guide: string, into: string): string[] {
  const written: string[] = [];
  for (const [, path = "", body = ""] of readFileSync(guide, "utf8").matchAll(BLOCK)) {
    const target = join(into, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, body);
    written.push(path);
  }
  return written;
}
