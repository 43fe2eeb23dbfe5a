// Steps that run on the production build after `docusaurus build`, in order. Each step is a module
// under scripts/postbuild/ exporting `default async function (buildDir)`.
import path from 'node:path';
import {fileURLToPath} from 'node:url';

const STEPS = ['search-index'];

const buildDir = path.resolve(fileURLToPath(new URL('..', import.meta.url)), process.argv[2] ?? 'build');
for (const step of STEPS) {
  const started = performance.now();
  const {default: run} = await import(`./postbuild/${step}.mjs`);
  await run(buildDir);
  console.log(`[postbuild] ${step}: ${Math.round(performance.now() - started)} ms`);
}
