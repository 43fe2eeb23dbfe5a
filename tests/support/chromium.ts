// Debian's Chromium and the flags it needs on these machines (no sandbox as root, and no
// background calls to hosts that this closed network refuses). One place for the end-to-end
// tests, the benchmarks and Lighthouse CI.
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
