// Steps that run on the production build after `docusaurus build`, in order. Each step is a module
// under scripts/postbuild/ exporting `default async function (buildDir)`.
import path from 'node:path';
import {fileURLToPath} from 'node:url';

// security-headers hashes every inline script (paint-first writes one) and lists Pagefind's
// files, so it runs after any step that writes HTML or search files; precompress runs last so
// that it compresses the final files.
const STEPS = ['search-index', 'paint-first', 'security-headers', 'precompress'];

const buildDir = path.resolve(fileURLToPath(new URL('..', import.meta.url)), process.argv[2] ?? 'build');
for (const step of STEPS) {
  const started = performance.now();
  const {default: run} = await import(`./postbuild/${step}.mjs`);
  await run(buildDir);
  console.log(`[postbuild] ${step}: ${Math.round(performance.now() - started)} ms`);
}
