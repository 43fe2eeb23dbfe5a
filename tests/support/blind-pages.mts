/**
 * Writes the pages' text for a helper who writes a blind query round (tests/data/rounds/BRIEF.md):
 * each built page's searchable text (what Pagefind indexes: no navigation, no keywords, no
 * English original inside a Korean page), one file a page and language.
 *
 *   npx tsx tests/support/blind-pages.mts <build-dir> <out-dir>
 *
 * <out-dir>/site/<slug>.<ko|en>.txt for the site's own pages (docs/partner-center, as git tracks
 * it), and <out-dir>/sample/<slug>.<ko|en>.txt for imported pages.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseDocument, DomUtils} from 'htmlparser2';
import type {AnyNode, Element} from 'domhandler';

const [buildDir, outDir] = process.argv.slice(2);
if (!buildDir || !outDir) {
  console.error('usage: npx tsx tests/support/blind-pages.mts <build-dir> <out-dir>');
  process.exit(2);
}
// The site's own pages are the ones git tracks: in the scratch copy the sample was imported
// into, docs/partner-center also holds the imported pages, untracked.
const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const sitePages = new Set(
  execFileSync('git', ['ls-files', 'docs/partner-center'], {cwd: repository, encoding: 'utf8'})
    .split('\n')
    .filter(Boolean)
    .map((file) => path.basename(file).replace(/\.mdx?$/, '')),
);
const BLOCKS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'tr', 'div', 'pre', 'figcaption']);
/** Table cells, which the minified HTML runs together (`<td>Name<td>Owner`). */
const CELLS = new Set(['td', 'th']);

function text(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as {data: string}).data;
  if (!('children' in node)) return '';
  const element = node as Element;
  if (
    element.attribs &&
    ('data-pagefind-ignore' in element.attribs || 'data-pagefind-meta' in element.attribs)
  ) {
    return '';
  }
  const inner = element.children.map(text).join('');
  if (CELLS.has(element.name)) return ` ${inner} `;
  return BLOCKS.has(element.name) ? `\n${inner}\n` : inner;
}

let written = 0;
for (const [locale, dir] of [
  ['ko', path.join(buildDir, 'partner-center')],
  ['en', path.join(buildDir, 'en', 'partner-center')],
] as const) {
  for (const file of fs.readdirSync(dir).filter((name) => name.endsWith('.html'))) {
    const slug = file.replace(/\.html$/, '');
    const document = parseDocument(fs.readFileSync(path.join(dir, file), 'utf8'));
    const body = DomUtils.findOne(
      (element) => 'data-pagefind-body' in element.attribs,
      document.children,
    );
    if (!body) continue;
    const pageText = text(body)
      .split('\n')
      .map((line) =>
        line
          .replace(/\u200b/g, '')
          .replace(/\s+/g, ' ')
          .trim(),
      )
      .filter(Boolean)
      .join('\n');
    const target = path.join(
      outDir,
      sitePages.has(slug) ? 'site' : 'sample',
      `${slug}.${locale}.txt`,
    );
    fs.mkdirSync(path.dirname(target), {recursive: true});
    fs.writeFileSync(target, `${pageText}\n`);
    written += 1;
  }
}
console.log(`${written} page files written to ${outDir}`);
