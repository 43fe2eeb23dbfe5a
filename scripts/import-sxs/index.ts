/**
 * npm run import:sxs -- <folder | files…> [--check] [--force] [--images DIR] [--slug NAME]
 *
 * Imports Microsoft side-by-side localized Markdown files as Korean pages and their English twins,
 * in one run: a whole folder (with its TOC.md or TOC.yml as the sidebar) or the files named. Each
 * file's problems are printed with its file and line; a refused file writes nothing, and the run
 * goes on. Exits with 1 if any file was refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {checkGlossary, GLOSSARY, loadGlossary} from '../i18n/glossary';
import {importSet, type ImportSetResult} from './importSet';
import {importSxs} from './importSxs';
import {formatProblem, SxsImportError} from './problems';
import {writePages} from './writePages';

const USAGE =
  'usage: npm run import:sxs -- <folder | files…> [--check] [--force] [--images DIR] [--slug NAME (one file)]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        slug: {type: 'string'},
        force: {type: 'boolean', default: false},
        check: {type: 'boolean', default: false},
        images: {type: 'string'},
        // The site to write into; tests import into a copy.
        'site-dir': {type: 'string', default: process.cwd()},
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.positionals.length === 0 || (args.values.slug && args.positionals.length !== 1)) {
    console.error(USAGE);
    return 2;
  }
  const siteDir = path.resolve(args.values['site-dir']);
  // npm runs scripts from the package folder; files are named relative to where npm was run.
  const here = process.env.INIT_CWD ?? process.cwd();
  const sources = args.positionals.map((source) => path.resolve(here, source));
  const missing = sources.filter((source) => !fs.existsSync(source));
  if (missing.length > 0) {
    console.error(`${missing.join(', ')}: no such file or folder.\n${USAGE}`);
    return 2;
  }
  const imagesDir = args.values.images && path.resolve(here, args.values.images);
  const glossary = fs.existsSync(path.join(siteDir, GLOSSARY)) ? loadGlossary(siteDir) : undefined;

  if (args.values.slug) {
    return importOne(sources[0], args.values.slug, siteDir, args.values.force, imagesDir, glossary);
  }
  const result = importSet({
    sources,
    siteDir,
    check: args.values.check,
    force: args.values.force,
    imagesDir,
  });
  report(result, siteDir, args.values.check, glossary);
  return result.refused > 0 ? 1 : 0;
}

function report(
  result: ImportSetResult,
  siteDir: string,
  check: boolean,
  glossary: ReturnType<typeof loadGlossary> | undefined,
): void {
  const slips: string[] = [];
  for (const message of result.empty) {
    console.error(`error: ${message}`);
  }
  for (const message of result.unsearched) {
    console.warn(`warning: ${message}`);
  }
  for (const file of result.files) {
    for (const problem of file.problems) {
      console.error(`error: ${formatProblem(problem)}`);
    }
    if (file.status === 'refused') {
      console.error(`error: ${file.file}: refused; nothing was written for it.`);
    }
    for (const warning of file.warnings) {
      console.warn(`warning: ${formatProblem(warning)}`);
    }
    if (file.status === 'imported' && glossary && !check) {
      const korean = file.written[0];
      slips.push(
        ...checkGlossary(korean, fs.readFileSync(path.join(siteDir, korean), 'utf8'), glossary),
      );
    }
  }
  if (result.toc) {
    for (const problem of result.toc.problems) {
      console.error(`error: ${formatProblem(problem)}`);
    }
    for (const warning of result.toc.warnings) {
      console.warn(`warning: ${formatProblem(warning)}`);
    }
  }
  const count = (status: string) => result.files.filter((file) => file.status === status).length;
  const verb = check ? 'Would import' : 'Imported';
  const kept = count('kept');
  console.log(
    `\n${verb} ${count('imported')} of ${result.files.length} file(s) in ${(result.timing.totalMs / 1000).toFixed(1)} s;` +
      (kept > 0 ? ` kept ${kept} already on the site as they are (see the notices above);` : '') +
      ` refused ${count('refused')}${result.refused > 0 ? ' (see the errors above; nothing was written for them)' : ''}.`,
  );
  const renamed = result.files.filter((file) => file.redirectFrom);
  if (renamed.length > 0) {
    console.log(
      `${renamed.length} page(s) took a name other than their file's; their old address ${check ? 'would be' : 'is'} redirected (redirects.json):\n  ${renamed.map((file) => `${file.redirectFrom} → ${file.slug}`).join('\n  ')}`,
    );
  }
  if (result.toc) {
    console.log(
      `${result.toc.file}: ${result.toc.categories} categor${result.toc.categories === 1 ? 'y' : 'ies'} ${check ? 'would be merged' : 'merged'} into sidebar.json and their English labels into i18n/en/docusaurus-plugin-content-docs/current.json.`,
    );
  } else if (count('imported') > 0) {
    console.log(
      'No TOC.md or TOC.yml: the pages go at the end of the sidebar until sidebar.json lists them.',
    );
  }
  if (slips.length > 0) {
    console.log(
      `\nThe machine translation breaks the glossary in ${slips.length} place(s); post-edit before publishing:\n  ${slips.join('\n  ')}`,
    );
  }
}

/** `--slug NAME`: one file under another name, as before the set importer. */
function importOne(
  file: string,
  slug: string,
  siteDir: string,
  force: boolean,
  imagesDir: string | undefined,
  glossary: ReturnType<typeof loadGlossary> | undefined,
): number {
  try {
    const result = importSxs({file, siteDir, slug, force, imagesDir});
    writePages(siteDir, [result.korean, result.english, ...result.images]);
    for (const warning of result.warnings) {
      console.warn(`warning: ${formatProblem(warning)}`);
    }
    console.log(`Wrote ${result.korean.path}\nWrote ${result.english.path}`);
    const slips = glossary
      ? checkGlossary(result.korean.path, result.korean.content, glossary)
      : [];
    if (slips.length > 0) {
      console.log(
        `\nThe machine translation breaks the glossary in ${slips.length} place(s); post-edit before publishing:\n  ${slips.join('\n  ')}`,
      );
    }
    return 0;
  } catch (error) {
    if (error instanceof SxsImportError) {
      console.error(`${error.message}\nNothing was written.`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main();
