/**
 * npm run import:sxs -- <file> [--slug NAME] [--force]
 *
 * Imports a Microsoft side-by-side localized Markdown file as a Korean page and its English twin.
 * On any problem it prints each one with its file and line, writes nothing and exits with 1.
 */
import fs from 'node:fs';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {checkGlossary, GLOSSARY, loadGlossary} from '../i18n/glossary';
import {importSxs} from './importSxs';
import {formatProblem, SxsImportError} from './problems';
import {writePages} from './writePages';

const USAGE = 'usage: npm run import:sxs -- <file> [--slug NAME] [--force]';

function main(): number {
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        slug: {type: 'string'},
        force: {type: 'boolean', default: false},
        // The site to write into; tests import into a copy.
        'site-dir': {type: 'string', default: process.cwd()},
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.positionals.length !== 1) {
    console.error(USAGE);
    return 2;
  }
  const siteDir = path.resolve(args.values['site-dir']);
  try {
    const result = importSxs({
      // npm runs scripts from the package folder; the file is named relative to where npm was run.
      file: path.resolve(process.env.INIT_CWD ?? process.cwd(), args.positionals[0]),
      siteDir,
      slug: args.values.slug,
      force: args.values.force,
    });
    writePages(siteDir, [result.korean, result.english]);
    for (const warning of result.warnings) {
      console.warn(`warning: ${formatProblem(warning)}`);
    }
    console.log(`Wrote ${result.korean.path}\nWrote ${result.english.path}`);
    const hasGlossary = fs.existsSync(path.join(siteDir, GLOSSARY));
    const slips = hasGlossary
      ? checkGlossary(result.korean.path, result.korean.content, loadGlossary(siteDir))
      : [];
    if (slips.length > 0) {
      console.log(
        `\nThe machine translation breaks the glossary in ${slips.length} place(s); post-edit before publishing:\n  ${slips.join('\n  ')}`,
      );
    }
    console.log(`Add 'partner-center/${result.slug}' to sidebars.ts to list it in the sidebar.`);
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
