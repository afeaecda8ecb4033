/**
 * How every suite here launches Debian's Chromium: the e2e specs, the
 * benchmarks and the packed-tarball test. Without these flags Chromium
 * reaches for the network on its own (updates, sync, field trials), which
 * this closed machine refuses.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
