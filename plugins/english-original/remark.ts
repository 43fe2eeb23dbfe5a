/**
 * remark plugin for the Korean docs: puts the English original next to each Korean block it was
 * translated from, and fails the build where the two pages' block structures diverge.
 *
 * The English is an element with lang="en" and the class `english-original`, hidden by CSS until
 * the reader turns on "영어 원문 함께 보기" (src/components/EnglishOriginalToggle). It is left out of
 * the search index (data-pagefind-ignore). It must run before Docusaurus's default plugins, so the
 * English links are resolved and heading ids are still `{/* #id *\/}` comments.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Parent, PhrasingContent, Root, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import type {VFile} from 'vfile';
import {
  attribute,
  collectBlocks,
  describeDivergence,
  pairBlocks,
  splitLines,
  type Block,
} from './pairing';
import {parseMdx} from '../../lib/mdx';
import {recordCheckedPair} from './check';
import {ORIGINAL_CAPTION_PROP, ORIGINAL_CLASS} from './constants';
import {DOCS_DIR, ENGLISH_DOCS_DIR, readFrontMatter} from '../../lib/content';
import {readTranslationRecord} from '../../lib/translation';

export interface Options {
  siteDir: string;
}

export default function remarkEnglishOriginal({siteDir}: Options) {
  return (tree: Root, file: VFile): void => {
    const koreanFile = path.relative(siteDir, file.path).split(path.sep).join('/');
    if (!koreanFile.startsWith(`${DOCS_DIR}/`)) {
      return;
    }
    const englishFile = `${ENGLISH_DOCS_DIR}/${koreanFile.slice(DOCS_DIR.length + 1)}`;
    const englishPath = path.join(siteDir, englishFile);
    if (!fs.existsSync(englishPath)) {
      // plugins/translation-check fails the build for a page missing in a locale.
      return;
    }
    const english = parseMdx(fs.readFileSync(englishPath, 'utf8'));
    const {pairs, divergences} = pairBlocks(collectBlocks(tree), collectBlocks(english));
    recordCheckedPair(siteDir, koreanFile);
    if (divergences.length > 0) {
      throw new Error(
        `The Korean page and its English original must keep the same blocks:\n- ${divergences
          .map((divergence) => describeDivergence(divergence, koreanFile, englishFile))
          .join('\n- ')}`,
      );
    }
    const frontMatter =
      (file.data.frontMatter as Record<string, unknown> | undefined) ??
      readFrontMatter(fs.readFileSync(file.path, 'utf8'), file.path);
    const record = readTranslationRecord(frontMatter);
    if (typeof record === 'string') {
      throw new Error(`${koreanFile}: ${record}.`);
    }
    if (record) {
      insertOriginals(pairs);
    }
  };
}

/** Inserts after the pairs are all known, so positions found while pairing stay valid. */
export function insertOriginals(pairs: Array<[Block, Block]>): void {
  for (const [korean, english] of pairs) {
    if (korean.kind === 'screenshot') {
      // A screenshot's caption: the component shows the English under the Korean.
      const caption = attribute(english.node as MdxJsxFlowElement, 'caption');
      if (caption && attribute(korean.node as MdxJsxFlowElement, 'caption')) {
        (korean.node as MdxJsxFlowElement).attributes.push({
          type: 'mdxJsxAttribute',
          name: ORIGINAL_CAPTION_PROP,
          value: caption,
        });
      }
      continue;
    }
    if (!korean.text || !english.text) {
      continue;
    }
    const englishChildren = withoutHeadingId(english.text.children);
    if (korean.kind === 'heading') {
      // A heading's English goes after it, not inside it, so the table of contents and the
      // heading's accessible name stay Korean.
      const parent = korean.parent as Parent;
      const index = parent.children.indexOf(korean.node);
      parent.children.splice(index + 1, 0, flowOriginal(englishChildren));
      continue;
    }
    const koreanLines = splitLines(korean.text.children);
    const englishLines = splitLines(englishChildren);
    if (koreanLines.length > 1 && koreanLines.length === englishLines.length) {
      // Sentence by sentence: each Korean line is followed by its English line.
      korean.text.children = koreanLines.flatMap((line, index) => [
        ...(index > 0 ? [{type: 'text', value: '\n'} as PhrasingContent] : []),
        ...line,
        textOriginal(englishLines[index]),
      ]);
    } else {
      korean.text.children.push(textOriginal(englishChildren));
    }
  }
}

const attributes = (): MdxJsxAttribute[] => [
  {type: 'mdxJsxAttribute', name: 'lang', value: 'en'},
  {type: 'mdxJsxAttribute', name: 'className', value: ORIGINAL_CLASS},
  {type: 'mdxJsxAttribute', name: 'data-pagefind-ignore', value: 'all'},
];

function textOriginal(children: PhrasingContent[]): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'span',
    attributes: attributes(),
    children: clean(children),
  };
}

function flowOriginal(children: PhrasingContent[]): RootContent {
  const element: MdxJsxFlowElement = {
    type: 'mdxJsxFlowElement',
    name: 'div',
    attributes: attributes(),
    children: [{type: 'paragraph', children: clean(children)}],
  };
  return element;
}

function withoutHeadingId(children: PhrasingContent[]): PhrasingContent[] {
  return children.filter((child) => child.type !== 'mdxTextExpression');
}

/**
 * A copy of the English inline content without source positions (they point into the other file),
 * without images (their paths are relative to the English file) and without links: the Korean
 * next to it has the same links, and doubled links would be doubled tab stops.
 */
function clean(children: PhrasingContent[]): PhrasingContent[] {
  const copy = structuredClone(children);
  const strip = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes
      .filter((node) => node.type !== 'image' && node.type !== 'imageReference')
      .flatMap((node): PhrasingContent[] => {
        delete node.position;
        if (node.type === 'link' || node.type === 'linkReference') {
          return strip(node.children);
        }
        if ('children' in node) {
          (node as Parent).children = strip((node as Parent).children as PhrasingContent[]);
        }
        return [node];
      });
  const stripped = strip(copy);
  // Trim the whitespace left before a removed heading id.
  const last = stripped[stripped.length - 1];
  if (last?.type === 'text') {
    last.value = last.value.replace(/\s+$/, '');
  }
  return stripped;
}
