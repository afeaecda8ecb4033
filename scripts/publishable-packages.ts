// The packages this repository publishes to npm: every package under
// packages/ that is not private. One list for the checks that read them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

export interface PackageManifest {
  readonly name: string;
  readonly private?: boolean;
  readonly devDependencies?: Record<string, string>;
}

export function publishablePackages(): { dir: string; manifest: PackageManifest }[] {
  return readdirSync(join(root, "packages"))
    .map((name) => join(root, "packages", name))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageManifest }))
    .filter(({ manifest }) => !manifest.private);
}
