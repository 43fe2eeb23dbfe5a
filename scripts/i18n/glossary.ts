/**
 * Checks the text of a Korean page against i18n/glossary.json: terms Microsoft's Korean does not
 * use (비밀번호 for 암호) and machine-translation spacing slips (선택 하 고 for 선택하고). Only what a
 * reader sees or hears is checked: prose, and image alt text and captions. Front matter is not,
 * because search keywords deliberately hold the words readers type.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Node} from 'mdast';
import {visit} from 'unist-util-visit';
import {parseMdx} from '../../lib/mdx';

interface Term {
  en: string;
  ko: string;
  avoid?: string[];
  why?: string;
}

interface Slip {
  wrong: string;
  right: string;
}

export interface Glossary {
  terms: Term[];
  spacing: Slip[];
}

export const GLOSSARY = 'i18n/glossary.json';

export function loadGlossary(siteDir: string): Glossary {
  return JSON.parse(fs.readFileSync(path.join(siteDir, GLOSSARY), 'utf8')) as Glossary;
}

interface Rule {
  wrong: string;
  message: string;
}

function rulesOf(glossary: Glossary): Rule[] {
  return [
    ...glossary.terms.flatMap((term) =>
      (term.avoid ?? []).map((wrong) => ({
        wrong,
        message: `"${wrong}": write "${term.ko}" (${term.en})${term.why ? `: ${term.why}` : ''}.`,
      })),
    ),
    ...glossary.spacing.map(({wrong, right}) => ({
      wrong,
      message: `"${wrong}": write "${right}" (a machine-translation spacing slip).`,
    })),
  ];
}

// A slip starts a word: "대 한" is a slip, "최대 한 명" is not.
const HANGUL = /[\uac00-\ud7a3]/;

/** Every place in `content` (an MDX page) where the text breaks the glossary, as `file:line: …`. */
export function checkGlossary(file: string, content: string, glossary: Glossary): string[] {
  const rules = rulesOf(glossary);
  const problems: string[] = [];
  const check = (text: string, line: number) => {
    for (const rule of rules) {
      let from = 0;
      for (;;) {
        const index = text.indexOf(rule.wrong, from);
        if (index === -1) {
          break;
        }
        from = index + 1;
        if (index > 0 && HANGUL.test(text[index - 1]) && HANGUL.test(rule.wrong[0])) {
          continue;
        }
        const lineOfMatch = line + text.slice(0, index).split('\n').length - 1;
        problems.push(`${file}:${lineOfMatch}: ${rule.message}`);
      }
    }
  };
  visit(parseMdx(content), (node: Node) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === 'text') {
      check((node as Node & {value: string}).value, line);
    }
    if (node.type === 'image') {
      check((node as Node & {alt?: string}).alt ?? '', line);
    }
    if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      for (const attribute of (node as Node & {attributes: Array<{name?: string; value?: unknown}>})
        .attributes) {
        if (
          (attribute.name === 'alt' || attribute.name === 'caption') &&
          typeof attribute.value === 'string'
        ) {
          check(attribute.value, line);
        }
      }
    }
  });
  return [...new Set(problems)].sort((a, b) => a.localeCompare(b, 'en', {numeric: true}));
}
