import yaml from 'js-yaml';
import {Problems} from './problems';

export type TranslationType = 'machine' | 'human';

/** What the importer keeps of Microsoft's localization front matter. */
export interface SourceFrontMatter {
  title: string;
  description?: string;
  keywords: string[];
  translationType: TranslationType;
  /** Identify the English version Microsoft translated from (ms.openlocfilehash, ms.sourcegitcommit). */
  upstream: Record<string, string>;
}

export interface Source {
  text: string;
  frontMatter: SourceFrontMatter;
}

const TRANSLATION_TYPES: Record<string, TranslationType> = {MT: 'machine', HT: 'human'};
const UPSTREAM_KEYS = ['ms.openlocfilehash', 'ms.sourcegitcommit', 'ms.date', 'ms.locfileid'];

/**
 * Decodes the file as strict UTF-8 and validates its front matter. Problems are added to
 * `problems`; the result is undefined when the body cannot be read at all.
 */
export function readSource(bytes: Uint8Array, problems: Problems): Source | undefined {
  const text = decodeUtf8(bytes, problems);
  if (text === undefined) {
    return undefined;
  }
  if (text.trim() === '') {
    problems.add(1, 'the file is empty: expected front matter between "---" lines, then the page.');
    return undefined;
  }
  if (!/<span\s[^>]*data-ttu-id=/.test(text)) {
    problems.add(
      1,
      'this is not a side-by-side (sxs) file: it has no Korean segment (<span data-ttu-id="…">). Import the localized sxs files, whose Korean sits in data-ttu-id spans beside the English in sxs-lookup spans.',
    );
    return undefined;
  }
  const frontMatter = readFrontMatter(text, problems);
  return frontMatter ? {text, frontMatter} : undefined;
}

function decodeUtf8(bytes: Uint8Array, problems: Problems): string | undefined {
  const decoder = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false});
  try {
    return decoder.decode(bytes).replace(/\r\n?/g, '\n');
  } catch {
    // Decode line by line to name the first line holding bytes that are not UTF-8.
    let start = 0;
    let line = 1;
    for (let i = 0; i <= bytes.length; i += 1) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        try {
          decoder.decode(bytes.subarray(start, i));
        } catch {
          break;
        }
        start = i + 1;
        line += 1;
      }
    }
    problems.add(line, 'the file is not UTF-8 text: save it as UTF-8 and import it again.');
    return undefined;
  }
}

function readFrontMatter(text: string, problems: Problems): SourceFrontMatter | undefined {
  const lines = text.split('\n');
  if (lines[0] !== '---') {
    problems.add(
      1,
      'no front matter: the file must start with a "---" line, the YAML, and another "---" line.',
    );
    return undefined;
  }
  const end = lines.indexOf('---', 1);
  if (end === -1) {
    problems.add(1, 'the front matter is not closed: add a "---" line after the YAML.');
    return undefined;
  }
  const yamlLines = lines.slice(1, end);
  // Front matter starts on line 2 of the file.
  const lineOf = (key: string) => {
    const index = yamlLines.findIndex((candidate) => candidate.startsWith(`${key}:`));
    return index === -1 ? 1 : index + 2;
  };

  let data: unknown;
  try {
    data = yaml.load(yamlLines.join('\n'), {schema: yaml.JSON_SCHEMA});
  } catch (error) {
    const yamlError = error as yaml.YAMLException;
    problems.add((yamlError.mark?.line ?? -1) + 2, `invalid front matter: ${yamlError.reason}.`);
    return undefined;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    problems.add(2, 'invalid front matter: expected "key: value" lines.');
    return undefined;
  }
  const fields = data as Record<string, unknown>;
  const problemsBefore = problems.list.length;

  const rawTitle = fields.title;
  if (typeof rawTitle !== 'string' || rawTitle.trim() === '') {
    problems.add(lineOf('title'), 'the front matter has no "title".');
  }
  const translationType = fields['ms.translationtype'];
  if (typeof translationType !== 'string' || !(translationType in TRANSLATION_TYPES)) {
    problems.add(
      lineOf('ms.translationtype'),
      `"ms.translationtype" must be MT (machine translation) or HT (human translation), not ${JSON.stringify(translationType ?? null)}.`,
    );
  }
  const description = fields.description;
  if (description !== undefined && typeof description !== 'string') {
    problems.add(lineOf('description'), '"description" must be text.');
  }
  const keywordsField = fields.Keywords ?? fields.keywords;
  if (
    keywordsField !== undefined &&
    typeof keywordsField !== 'string' &&
    !Array.isArray(keywordsField)
  ) {
    problems.add(lineOf('Keywords'), '"Keywords" must be a comma-separated list.');
  }
  if (problems.list.length > problemsBefore) {
    return undefined;
  }

  const keywords = (
    Array.isArray(keywordsField)
      ? keywordsField.map(String)
      : String(keywordsField ?? '').split(',')
  )
    .map((keyword) => keyword.trim())
    .filter(Boolean);
  const upstream: Record<string, string> = {};
  for (const key of UPSTREAM_KEYS) {
    if (fields[key] !== undefined) {
      upstream[key.replace(/^ms\./, '')] = String(fields[key]);
    }
  }
  return {
    // Microsoft appends the product to every title ("… | 파트너 센터", now and then without the space
    // before the bar); the site shows it elsewhere.
    title: (rawTitle as string).replace(/\s*\|[^|]*$/, '').trim(),
    description: typeof description === 'string' ? description.trim() : undefined,
    keywords,
    translationType: TRANSLATION_TYPES[translationType as string],
    upstream,
  };
}

/** The number of lines the front matter block takes, including both "---" lines. */
export function frontMatterLineCount(text: string): number {
  return text.split('\n').indexOf('---', 1) + 1;
}
