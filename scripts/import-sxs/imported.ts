/**
 * Which pages on the site an import may replace. `--force` is for bringing in a newer version of a
 * page an import wrote; it must never take away what a writer did on the site: a page written by
 * hand, or an imported page post-edited since (its text, keywords, or its `translation` marked
 * current). So the importer stamps the Korean file with a fingerprint of the two files as it
 * wrote them (`translation.imported`), and a page is replaced only while both files still match.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The stamp line under `translation:`, as js-yaml writes it (quoted when the hex is all digits
 * and could read as a number).
 */
const STAMP = /^ {2}imported: '?([0-9a-f]{12})'?\n/m;

/** Both files' text, the stamp left out (the stamp cannot hash itself). */
export function importFingerprint(korean: string, english: string): string {
  return crypto
    .createHash('sha256')
    .update(korean.replace(STAMP, ''))
    .update('\0')
    .update(english)
    .digest('hex')
    .slice(0, 12);
}

type ImportState = 'untouched' | 'edited' | 'unstamped';

/**
 * What became of a page since an import, from its two files' text: `untouched` (both exactly as
 * an import wrote them), `edited` (stamped, but changed since), or `unstamped` (no stamp: written
 * on the site, or imported before imports were stamped).
 */
function importState(korean: string | undefined, english: string | undefined): ImportState {
  const stamp = korean === undefined ? undefined : STAMP.exec(korean)?.[1];
  if (korean === undefined || stamp === undefined) {
    return 'unstamped';
  }
  return english !== undefined && stamp === importFingerprint(korean, english)
    ? 'untouched'
    : 'edited';
}

/**
 * Why a page's files (paths relative to `siteDir`) are left as they are, or undefined when the
 * import may write them: they are not there, or `force` is given and an import wrote them, untouched
 * since. The reason names the way to replace the page that works for it: `--force` for an
 * untouched import, deleting the files for any other. `outcome` says what the run does instead.
 */
export function keptPageReason(
  siteDir: string,
  {korean, english}: {korean: string; english: string},
  {force = false, outcome}: {force?: boolean; outcome: string},
): string | undefined {
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(siteDir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const [koreanText, englishText] = [read(korean), read(english)];
  const existing = [korean, english].filter((_, i) => [koreanText, englishText][i] !== undefined);
  if (existing.length === 0) {
    return undefined;
  }
  const state = importState(koreanText, englishText);
  const subject = `${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}`;
  if (state === 'untouched') {
    return force ? undefined : `${subject}: ${outcome} (pass --force to replace it).`;
  }
  const why =
    state === 'edited'
      ? 'was edited on the site after it was imported'
      : 'was written on the site (or imported before imports were stamped)';
  return `${subject} and ${why}: ${outcome}, even with --force. To replace it with the import, delete ${existing.join(' and ')} first.`;
}
