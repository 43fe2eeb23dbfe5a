/**
 * Where an image a source page names comes from, and the files to copy beside the pages. The
 * converter only asks `locate`; the bytes are read when the pages are written (`readImages`).
 */
import fs from 'node:fs';
import path from 'node:path';
import {DOCS_DIR, ENGLISH_DOCS_DIR} from '../../lib/content';
import type {Language} from './links';

export interface ImageLookup {
  sourceDir: string;
  /** `--images DIR`: searched first, `DIR/<ko|en>/…` then `DIR/…`. */
  imagesDir?: string;
}

/** An image file to copy: `path` relative to the site, `source` where it is now. */
export interface ImageCopy {
  path: string;
  source: string;
}

export type LocatedImage =
  /** An address on the web: linked as it is. */
  | {kind: 'remote'}
  /** Found for both languages: copied to `images/<inside>` beside each page. */
  | {kind: 'local'; target: string; copies: ImageCopy[]}
  | {kind: 'missing'};

/** Finds `url` (relative to the source) for both languages. */
export function locateImage(url: string, lookup: ImageLookup, section: string): LocatedImage {
  if (/^https?:/i.test(url)) {
    return {kind: 'remote'};
  }
  const inside = path.posix.normalize(url.replace(/^\.\//, '')).replace(/^images\//, '');
  if (inside.startsWith('../')) {
    return {kind: 'missing'};
  }
  const found = (language: Language): string | undefined =>
    [
      lookup.imagesDir && path.join(lookup.imagesDir, language, inside),
      lookup.imagesDir && path.join(lookup.imagesDir, inside),
      path.join(lookup.sourceDir, url),
    ].find((candidate): candidate is string => !!candidate && isFile(candidate));
  const files = {ko: found('ko'), en: found('en')};
  if (!files.ko || !files.en) {
    return {kind: 'missing'};
  }
  const target = `images/${inside}`;
  return {
    kind: 'local',
    target,
    copies: [
      {path: `${DOCS_DIR}/${section}/${target}`, source: files.ko},
      {path: `${ENGLISH_DOCS_DIR}/${section}/${target}`, source: files.en},
    ],
  };
}

/** The images' bytes, each file once, ready to be written with the pages. */
export function readImages(copies: ImageCopy[]): Array<{path: string; content: Uint8Array}> {
  const seen = new Set<string>();
  return copies.flatMap((copy) => {
    if (seen.has(copy.path)) {
      return [];
    }
    seen.add(copy.path);
    return [{path: copy.path, content: fs.readFileSync(copy.source)}];
  });
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}
