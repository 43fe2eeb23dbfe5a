/**
 * npm run i18n:status
 *
 * Prints one row per page and translated locale: current (the Korean was translated from, or
 * reviewed against, the English as it is now), outdated (the English changed since), or missing.
 */
import {allPages} from '../../lib/content';
import {translationOf} from '../../lib/translation';

const siteDir = process.cwd();
const rows = allPages(siteDir).map((page) => {
  const translation = translationOf(siteDir, page);
  return [
    page.replace(/\.mdx?$/, ''),
    'ko',
    translation.status,
    translation.type ?? '-',
    translation.note,
  ];
});
const header = ['page', 'locale', 'status', 'type', 'note'];
const widths = header.map((title, column) =>
  Math.max(title.length, ...rows.map((row) => row[column].length)),
);
const line = (cells: string[]) =>
  cells
    .map((cell, column) => cell.padEnd(widths[column]))
    .join('  ')
    .trimEnd();
console.log(line(header));
console.log(line(widths.map((width) => '-'.repeat(width))));
rows.forEach((row) => console.log(line(row)));
const behind = rows.filter((row) => row[2] !== 'current').length;
console.log(
  `\n${rows.length} page(s): ${rows.length - behind} current, ${behind} outdated or missing.`,
);
