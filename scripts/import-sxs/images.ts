/**
 * Where an image a source page names comes from, and the files to copy beside the pages. The
 * converter only asks `locateImage`; the bytes are read when the pages are written (`readImages`).
 * Also the images' alt text in both languages.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Image, PhrasingContent} from 'mdast';
import {DOCS_DIR, ENGLISH_DOCS_DIR} from '../../lib/content';
import {collectImages, replaceImages} from './mdast';
import type {Language} from './links';
import type {Problems} from './problems';

type Pair<T> = {ko: T; en: T};

const HANGUL = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/;
/** Marks alt text carried over from the other language, so a translator can find it. */
export const TO_TRANSLATE: Pair<string> = {ko: '번역 필요: ', en: 'To translate: '};

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

/** Alt text in both languages: text given in one only is carried over, marked for translation. */
export function altText(
  given: string | Pair<string>,
  url: string,
  line: number,
  problems: Problems,
  knownEnglish?: string,
): Pair<string> {
  if (typeof given !== 'string') {
    return given;
  }
  const text = given.trim();
  if (knownEnglish !== undefined) {
    return {ko: text || knownEnglish, en: knownEnglish};
  }
  if (text === '') {
    problems.warn(
      line,
      `the image ${url} has no alt text in either language: write what it shows in both pages (now "${TO_TRANSLATE.ko}스크린샷" / "${TO_TRANSLATE.en}Screenshot").`,
    );
    return {ko: `${TO_TRANSLATE.ko}스크린샷`, en: `${TO_TRANSLATE.en}Screenshot`};
  }
  const korean = HANGUL.test(text);
  problems.warn(
    line,
    `the image ${url} has alt text in ${korean ? 'Korean' : 'English'} only: the ${korean ? 'English' : 'Korean'} page carries it as "${korean ? TO_TRANSLATE.en : TO_TRANSLATE.ko}${text}"; translate it.`,
  );
  return korean
    ? {ko: text, en: `${TO_TRANSLATE.en}${text}`}
    : {ko: `${TO_TRANSLATE.ko}${text}`, en: text};
}

/**
 * The images inside both languages' text, each made by `make` (copied, or a placeholder), never
 * left as Markdown naming a file the site does not have. Images are paired in order, so alt text
 * given in one language only is carried to the other.
 */
export function pairImages(
  pair: Pair<PhrasingContent[]>,
  make: (url: string, alt: string | Pair<string>) => Pair<PhrasingContent> | undefined,
): Pair<PhrasingContent[]> {
  const images = {ko: collectImages(pair.ko), en: collectImages(pair.en)};
  const paired = images.ko.length === images.en.length;
  const replacements = {
    ko: new Map<Image, PhrasingContent>(),
    en: new Map<Image, PhrasingContent>(),
  };
  images.ko.forEach((image, index) => {
    const english = paired ? images.en[index] : undefined;
    if (english && english.url === image.url) {
      const alts = {ko: image.alt ?? '', en: english.alt ?? ''};
      const made = make(image.url, alts.ko === alts.en ? alts.ko : alts);
      if (made) {
        replacements.ko.set(image, made.ko);
        replacements.en.set(english, made.en);
      }
    }
  });
  for (const language of ['ko', 'en'] as const) {
    for (const image of images[language]) {
      if (!replacements[language].has(image)) {
        const made = make(image.url, image.alt ?? '');
        if (made) {
          replacements[language].set(image, made[language]);
        }
      }
    }
  }
  return {
    ko: replaceImages(pair.ko, replacements.ko),
    en: replaceImages(pair.en, replacements.en),
  };
}
