import type {Element, Root} from 'hast';
import rehypeTableHeaders from '../index';

const cell = (tagName: string, children: Element['children']): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children,
});

function run(row: Element[]): string[] {
  const tree: Root = {
    type: 'root',
    children: [{type: 'element', tagName: 'tr', properties: {}, children: row}],
  };
  rehypeTableHeaders()(tree);
  return ((tree.children[0] as Element).children as Element[]).map((element) => element.tagName);
}

describe('table header cells', () => {
  it('keeps a header with text, even inside other elements', () => {
    expect(run([cell('th', [cell('strong', [{type: 'text', value: '필드'}])])])).toEqual(['th']);
  });

  it('makes an empty header, or one holding only an empty English original, a data cell', () => {
    const emptyOriginal = cell('span', []);
    expect(
      run([
        cell('th', []),
        cell('th', [{type: 'text', value: ' '}, emptyOriginal]),
        cell('td', []),
      ]),
    ).toEqual(['td', 'td', 'td']);
  });
});
