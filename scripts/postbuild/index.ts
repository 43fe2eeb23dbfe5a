// Steps that run on the production build after `docusaurus build`, in order. Each step is a module
// in this folder exporting `default async function (buildDir)`.
import path from 'node:path';
import paintFirst from './paint-first';
import precompress from './precompress';
import redirectPages from './redirect-pages';
import searchIndex from './search-index';
import searchVocabulary from './search-vocabulary';
import securityHeaders from './security-headers';

// security-headers hashes every inline script (paint-first writes one) and lists Pagefind's
// files, so it runs after any step that writes HTML or search files; precompress runs last so
// that it compresses the final files.
const STEPS: [string, (buildDir: string) => Promise<unknown>][] = [
  ['search-index', searchIndex],
  // Reads the page fragments search-index wrote.
  ['search-vocabulary', searchVocabulary],
  ['paint-first', paintFirst],
  // Before security-headers, which hashes the one script these pages are left with.
  ['redirect-pages', redirectPages],
  ['security-headers', securityHeaders],
  ['precompress', precompress],
];

async function main(): Promise<void> {
  const buildDir = path.resolve(__dirname, '../..', process.argv[2] ?? 'build');
  for (const [name, run] of STEPS) {
    const started = performance.now();
    await run(buildDir);
    console.log(`[postbuild] ${name}: ${Math.round(performance.now() - started)} ms`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
