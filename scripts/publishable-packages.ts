// The packages this repository publishes to npm: every package under
// packages/ or apps/ that is not private (apps/mock-host is published for
// merchants' own CI). One list for the checks that read them.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");

export interface PackageManifest {
  readonly name: string;
  readonly private?: boolean;
  readonly devDependencies?: Record<string, string>;
}

export function publishablePackages(): { dir: string; manifest: PackageManifest }[] {
  return ["packages", "apps"]
    .flatMap((folder) => readdirSync(join(root, folder)).map((name) => join(root, folder, name)))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as PackageManifest }))
    .filter(({ manifest }) => !manifest.private);
}
