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

/**
 * What became of a page since an import: `untouched` (both files exactly as an import wrote
 * them), `edited` (stamped, but changed since), or `unstamped` (no stamp: written on the site, or
 * imported before imports were stamped). Paths are relative to `siteDir`.
 */
export function importState(
  siteDir: string,
  koreanPath: string,
  englishPath: string,
): 'untouched' | 'edited' | 'unstamped' {
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(siteDir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const korean = read(koreanPath);
  const english = read(englishPath);
  const stamp = korean === undefined ? undefined : STAMP.exec(korean)?.[1];
  if (stamp === undefined) {
    return 'unstamped';
  }
  return english !== undefined && stamp === importFingerprint(korean!, english)
    ? 'untouched'
    : 'edited';
}

/**
 * What a run says of a page already on the site that it does not replace (`outcome`: what it did
 * instead), with the way to replace it that works for that page: `--force` for an untouched
 * import, deleting the files for any other.
 */
export function existingPageMessage(
  siteDir: string,
  existing: readonly string[],
  {korean, english, outcome}: {korean: string; english: string; outcome: string},
): string {
  const subject = `${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}`;
  const state = importState(siteDir, korean, english);
  if (state === 'untouched') {
    return `${subject}: ${outcome} (pass --force to replace it).`;
  }
  const why =
    state === 'edited'
      ? 'was edited on the site after it was imported'
      : 'was written on the site (or imported before imports were stamped)';
  return `${subject} and ${why}: ${outcome}, even with --force. To replace it with the import, delete ${existing.join(' and ')} first.`;
}
