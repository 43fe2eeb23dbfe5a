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

/** True when both files exist and are exactly what an import wrote (paths relative to `siteDir`). */
export function isUntouchedImport(
  siteDir: string,
  koreanPath: string,
  englishPath: string,
): boolean {
  const read = (file: string) => {
    try {
      return fs.readFileSync(path.join(siteDir, file), 'utf8');
    } catch {
      return undefined;
    }
  };
  const korean = read(koreanPath);
  const english = read(englishPath);
  if (korean === undefined || english === undefined) {
    return false;
  }
  const stamp = STAMP.exec(korean)?.[1];
  return stamp !== undefined && stamp === importFingerprint(korean, english);
}

/**
 * What a run says of a page already on the site that it does not replace (`outcome`: what it did
 * instead), with the way to replace it that works for that page: `--force` for an untouched
 * import, deleting the files for a page a writer has worked on.
 */
export function existingPageMessage(
  siteDir: string,
  existing: readonly string[],
  {korean, english, outcome}: {korean: string; english: string; outcome: string},
): string {
  const subject = `${existing.join(' and ')} already ${existing.length === 1 ? 'exists' : 'exist'}`;
  return isUntouchedImport(siteDir, korean, english)
    ? `${subject}: ${outcome} (pass --force to replace it).`
    : `${subject}, written or edited on the site since any import: ${outcome}, even with --force. To replace it with the import, delete ${existing.join(' and ')} first.`;
}
