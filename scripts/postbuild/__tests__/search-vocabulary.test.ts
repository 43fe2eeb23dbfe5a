import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import writeVocabularies, {vocabularyOf} from '../search-vocabulary';

test('the distinct words of the pages, commonest first, in lower case, short ones left out', () => {
  expect(
    vocabularyOf(['Invoice and billing. The invoice.', '청구서를 확인합니다. 청구서를 PC']),
  ).toEqual(['invoice', '청구서를', 'and', 'billing', 'the', '확인합니다']);
});

test("each language's vocabulary is written from its page fragments, as Pagefind stored them", async () => {
  const build = fs.mkdtempSync(path.join(os.tmpdir(), 'vocabulary-'));
  try {
    const fragments = path.join(build, 'pagefind', 'fragment');
    fs.mkdirSync(fragments, {recursive: true});
    const fragment = (content: string) => `pagefind_dcd${JSON.stringify({url: '/x', content})}`;
    fs.writeFileSync(path.join(fragments, 'en_1a.pf_fragment'), fragment('Reset your password'));
    fs.writeFileSync(path.join(fragments, 'en_1a.pf_fragment.br'), 'compressed copy');
    fs.writeFileSync(path.join(fragments, 'ko_2b.pf_fragment'), fragment('암호를 재설정합니다'));
    await writeVocabularies(build);
    const read = (name: string) =>
      JSON.parse(fs.readFileSync(path.join(build, 'search', name), 'utf8')) as string[];
    expect(read('vocabulary-en.json')).toEqual(['password', 'reset', 'your']);
    expect(read('vocabulary-ko.json')).toEqual(['암호를', '재설정합니다']);
  } finally {
    fs.rmSync(build, {recursive: true, force: true});
  }
});
