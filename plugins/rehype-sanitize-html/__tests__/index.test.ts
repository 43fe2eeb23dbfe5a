// The sanitizer against pages a writer might paste HTML into, compiled as Docusaurus compiles them:
// .mdx (HTML is JSX) and CommonMark .md (rehype-raw first), then rendered to HTML by React.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {createElement} from 'react';
// @ts-expect-error -- react-dom ships no types and the project does not render on the server.
import {renderToStaticMarkup} from 'react-dom/server';
import * as runtime from 'react/jsx-runtime';
import {compile, evaluate} from '@mdx-js/mdx';
import rehypeRaw from 'rehype-raw';
import remarkDirective from 'remark-directive';
import type {Root} from 'mdast';
import type {PluggableList} from 'unified';
import {visit} from 'unist-util-visit';
import rehypeSanitizeHtml, {isSafeUrl} from '..';

const fixtures = path.resolve(__dirname, '../__fixtures__');

// What Docusaurus's mdx-loader does for format 'md' (see @docusaurus/mdx-loader processor.js).
const rehypeRawAsDocusaurus = [
  rehypeRaw,
  {
    passThrough: [
      'mdxFlowExpression',
      'mdxJsxFlowElement',
      'mdxJsxTextElement',
      'mdxTextExpression',
      'mdxjsEsm',
    ],
  },
];

/** Turns :::note into an `admonition` JSX element, as Docusaurus's admonitions plugin does. */
function remarkAdmonitionLike() {
  return (tree: Root) => {
    visit(tree, 'containerDirective', (node, index, parent) => {
      if (!parent || index === undefined) return;
      // Docusaurus's title node: an mdast node whose hName makes a hast element of that name.
      const title = {
        type: 'paragraph',
        data: {hName: 'mdxAdmonitionTitle'},
        children: [{type: 'text', value: 'Title kept'}],
      };
      // An MDX JSX node whose child carries an hName: looser than mdast's types, as Docusaurus writes it.
      parent.children[index] = {
        type: 'mdxJsxFlowElement',
        name: 'admonition',
        attributes: [],
        children: [title, ...node.children],
      } as unknown as (typeof parent.children)[number];
    });
  };
}

/** Renders a fixture to static HTML, returning it with the warnings the plugin printed. */
async function render(name: string, {sanitize = true} = {}) {
  const file = path.join(fixtures, name);
  const format = name.endsWith('.md') ? 'md' : 'mdx';
  const warnings: string[] = [];
  const {default: Content} = await evaluate(
    {value: fs.readFileSync(file, 'utf8'), path: file},
    {
      ...runtime,
      format,
      rehypePlugins: [
        ...(format === 'md' ? ([rehypeRawAsDocusaurus] as PluggableList) : []),
        ...(sanitize
          ? ([
              [rehypeSanitizeHtml, {warn: (message: string) => void warnings.push(message)}],
            ] as PluggableList)
          : []),
      ],
    },
  );
  // React warns on console.error about the `onerror` attribute it drops; that is not under test.
  const original = console.error;
  console.error = () => {};
  try {
    return {html: renderToStaticMarkup(createElement(Content)), warnings};
  } finally {
    console.error = original;
  }
}

/** Everything in the rendered page that could run script or embed another site. */
function dangers(html: string) {
  return [
    ...html.matchAll(
      /<(script|iframe|style|svg|object|embed)\b|\son[a-z]+=|javascript:|<img src=x/gi,
    ),
  ].map((match) => match[0].trim());
}

for (const name of ['unsafe.mdx', 'unsafe.md']) {
  test(`${name}: the unsanitized page does hold script (so the next test can fail)`, async () => {
    const {html} = await render(name, {sanitize: false});
    assert.ok(dangers(html).includes('<script'), html);
    assert.ok(dangers(html).includes('<iframe'), html);
    assert.ok(
      dangers(html).some((d) => /javascript:/i.test(d)),
      html,
    );
  });

  test(`${name}: renders no <script>, on*= handler, javascript: link or <iframe>`, async () => {
    const {html} = await render(name);
    assert.deepEqual(dangers(html), [], html);
    // The safe content around the removed HTML is kept.
    assert.match(
      html,
      /<a href="https:\/\/learn\.microsoft\.com\/partner-center\/">safe link<\/a>/,
    );
    assert.match(html, /<strong>bold<\/strong>/);
    assert.match(html, /<p>Paragraph kept\.<\/p>/);
    assert.match(html, /<img src="\/img\/logo\.svg" alt="logo"\/>/);
  });

  test(`${name}: each removal is reported with the file and line`, async () => {
    const {warnings} = await render(name);
    const where = new RegExp(`${name.replace('.', '\\.')}:\\d+: removed `);
    assert.ok(warnings.length >= 6, warnings.join('\n'));
    for (const warning of warnings) assert.match(warning, where);
    const all = warnings.join('\n');
    for (const what of ['<script>', '<iframe>', 'javascript:', /on[eE]rror/]) {
      assert.match(all, what instanceof RegExp ? what : new RegExp(what.replace(/[<>]/g, '\\$&')));
    }
  });
}

test('components keep their code props; string event handlers and javascript: links go', async () => {
  const warnings: string[] = [];
  const source = [
    '<Screenshot name="sign-in" alt="Sign-in screen" onOpen={() => null} />',
    '',
    '<Screenshot name="sign-in" alt="Sign-in screen" onerror="alert(1)" />',
    '',
    '<Link to="javascript:alert(2)">x</Link>',
  ].join('\n');
  const output = String(
    await compile(source, {
      rehypePlugins: [
        [rehypeSanitizeHtml, {warn: (message: string) => void warnings.push(message)}],
      ],
    }),
  );
  assert.match(output, /onOpen: \(\) => null/);
  assert.match(output, /_components\.Screenshot|Screenshot/);
  assert.doesNotMatch(output, /alert/);
  assert.equal(warnings.length, 2, warnings.join('\n'));
});

test('what the site itself writes stays: admonitions and inlined data: image screenshots', async () => {
  const warnings: string[] = [];
  const svg =
    'data:image/svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%2F%3E';
  const source = [
    ':::note',
    '',
    'Kept.',
    '',
    ':::',
    '',
    `<Screenshot name="x" alt="X" src="${svg}" />`,
    '',
    `<img src="${svg}" alt="x" />`,
  ].join('\n');
  const output = String(
    await compile(source, {
      remarkPlugins: [remarkDirective, remarkAdmonitionLike],
      rehypePlugins: [
        [rehypeSanitizeHtml, {warn: (message: string) => void warnings.push(message)}],
      ],
    }),
  );
  assert.deepEqual(warnings, []);
  assert.match(output, /_components\.admonition|admonition/);
  assert.match(output, /mdxAdmonitionTitle/);
  assert.match(output, /Title kept/);
  assert.equal(output.split(svg).length - 1, 2);
  // …but a data: URL is no link, and only images may use one.
  assert.equal(isSafeUrl(svg, {image: true}), true);
  assert.equal(isSafeUrl(svg), false);
  assert.equal(isSafeUrl('data:text/html,<script>alert(1)</script>', {image: true}), false);
});

test('URL schemes: relative, http(s), mailto and tel pass; script-capable ones do not', () => {
  for (const url of [
    '/partner-center/x',
    '#see-more',
    '../a',
    'https://learn.microsoft.com',
    'mailto:a@b.c',
    'tel:+8210',
  ]) {
    assert.equal(isSafeUrl(url), true, url);
  }
  for (const url of [
    'javascript:alert(1)',
    ' JAVASCRIPT:alert(1)',
    'java\tscript:x',
    'java\nscript:x',
    'vbscript:x',
    'data:text/html,<script>',
  ]) {
    assert.equal(isSafeUrl(url), false, JSON.stringify(url));
  }
});
