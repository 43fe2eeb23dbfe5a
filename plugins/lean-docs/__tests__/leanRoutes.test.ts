import type {RouteConfig} from '@docusaurus/types';
import {leanRoutes} from '../leanRoutes';

// The docs plugin's route tree, cut down to what leanRoutes reads: a version route whose props
// hold the docs map and the sidebar, and under it the docs and the generated index pages.
const link = (docId: string) => ({
  type: 'link',
  href: `/${docId}`,
  label: docId,
  docId,
  unlisted: false,
});
const version = {
  pluginId: 'default',
  version: 'current',
  docsSidebars: {
    main: [
      {
        type: 'category',
        label: 'Sign-in',
        href: '/help',
        collapsible: true,
        collapsed: false,
        items: [
          link('help/locked'),
          link('help/no-summary'),
          {type: 'link', href: 'https://example.com', label: 'Elsewhere'},
          {
            type: 'category',
            label: 'Billing',
            href: '/help/billing',
            collapsible: true,
            collapsed: true,
            items: [link('help/billing/invoice')],
          },
        ],
      },
    ],
  },
  docs: {
    'help/locked': {
      id: 'help/locked',
      title: 'Locked',
      description: 'What to do when locked out.',
      sidebar: 'main',
    },
    'help/no-summary': {
      id: 'help/no-summary',
      title: 'No summary',
      description: '',
      sidebar: 'main',
    },
    'help/billing/invoice': {
      id: 'help/billing/invoice',
      title: 'Invoice',
      description: 'Where the invoice is.',
      sidebar: 'main',
    },
  },
};
const indexPage = (path: string): RouteConfig => ({
  path,
  component: '@theme/DocCategoryGeneratedIndexPage',
  exact: true,
  props: {categoryGeneratedIndex: {title: path, permalink: path}},
});
const tree: RouteConfig = {
  path: '/',
  component: '@theme/DocsRoot',
  routes: [
    {
      path: '/',
      component: '@theme/DocVersionRoot',
      props: {version},
      routes: [
        {
          path: '/',
          component: '@theme/DocRoot',
          routes: [
            {path: '/help/locked', component: '@theme/DocItem', exact: true},
            indexPage('/help'),
            indexPage('/help/billing'),
          ],
        },
      ],
    },
  ],
};

const lean = leanRoutes(tree);
const versionRoute = lean.routes![0]!;
const pages = versionRoute.routes![0]!.routes!;

test("every doc page's first load no longer carries the map of all docs", () => {
  expect((versionRoute.props!.version as typeof version).docs).toEqual({});
  expect((versionRoute.props!.version as typeof version).docsSidebars).toEqual(
    version.docsSidebars,
  );
});

test('each index page carries the descriptions of the docs it lists, and only those', () => {
  expect(pages[1]!.props!.docDescriptions).toEqual({'help/locked': 'What to do when locked out.'});
  expect(pages[2]!.props!.docDescriptions).toEqual({
    'help/billing/invoice': 'Where the invoice is.',
  });
  expect(pages[1]!.props!.categoryGeneratedIndex).toEqual({title: '/help', permalink: '/help'});
});

test('doc pages and the input tree are left as they were', () => {
  expect(pages[0]).toEqual({path: '/help/locked', component: '@theme/DocItem', exact: true});
  expect(Object.keys(version.docs)).toHaveLength(3);
});
