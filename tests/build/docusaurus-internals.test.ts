// Every Docusaurus internal the site relies on, checked against the installed Docusaurus, so an
// upgrade that moves or removes one fails here, naming it, rather than somewhere in a build or a
// page. ARCHITECTURE.md's "Docusaurus internals" table says why each is used.
import fs from 'node:fs';
import path from 'node:path';

const themeClassic = path.dirname(require.resolve('@docusaurus/theme-classic/package.json'));

test.each(['useAlternatePageUtils', 'useNavbarMobileSidebar'])(
  '%s is still exported by @docusaurus/theme-common/internal (src/internals.ts)',
  (name) => {
    // Read, not run: the module needs the client's aliases (@docusaurus/useDocusaurusContext).
    const internal = fs.readFileSync(require.resolve('@docusaurus/theme-common/internal'), 'utf8');
    expect(internal).toMatch(new RegExp(`^export \\{[^}]*\\b${name}\\b[^}]*\\}`, 'm'));
  },
);

test.each([
  'DocCard',
  'DocCard/Heading/Icon',
  'DocCategoryGeneratedIndexPage',
  'DocItem/Content',
  'Footer',
  'Footer/Layout',
  'MDXComponents',
  'Navbar/MobileSidebar',
  'TOCCollapsible/CollapseButton',
])(
  'the wrapped theme component %s still exists (src/theme/, swizzle --wrap)',
  (component) => {
    expect(fs.existsSync(path.join(themeClassic, 'lib/theme', component, 'index.js'))).toBe(true);
  },
);

test('Docusaurus still loads its bundles with <script defer> (scripts/postbuild/paint-first.ts)', () => {
  // paint-first also fails the build when no page has such a script; this names the cause sooner.
  const template = fs.readFileSync(
    require.resolve('@docusaurus/core/lib/ssg/ssgTemplate.html.js'),
    'utf8',
  );
  expect(template).toMatch(/<script src="[^"]*" defer><\/script>/);
});

test('links still prefetch through window.docusaurus.prefetch (src/clientModules/prefetchOnIntent.ts)', () => {
  const link = fs.readFileSync(require.resolve('@docusaurus/core/lib/client/exports/Link.js'), 'utf8');
  expect(link).toMatch(/window\.docusaurus\.prefetch\(/);
  expect(link).toMatch(/window\.docusaurus\.preload\(/);
});

test('the persistent cache still lists build dependencies the plugin can add to (plugins/english-original)', () => {
  // The English-original plugin adds every English page to these lists, so a change to an English
  // page invalidates the cached Korean page that embeds it.
  const base = fs.readFileSync(require.resolve('@docusaurus/core/lib/webpack/base.js'), 'utf8');
  expect(base).toMatch(
    /experiments\.cache = \{\s*type: 'persistent',[\s\S]{0,600}?buildDependencies: getCacheBuildDependencies\(\)/,
  );
  expect(base).toMatch(/type: 'filesystem',[\s\S]{0,200}buildDependencies: \{\s*config:/);
});

test("the docs plugin still puts its docs map and index pages' data in route props (plugins/lean-docs)", () => {
  const lib = path.dirname(require.resolve('@docusaurus/plugin-content-docs/lib/index.js'));
  const routes = fs.readFileSync(path.join(lib, 'routes.js'), 'utf8');
  expect(routes).toMatch(/props: \{\s*categoryGeneratedIndex,/);
  expect(routes).toMatch(/props: \{[^}]*version: \(0, props_1\.toVersionMetadataProp\)/);
  const props = fs.readFileSync(path.join(lib, 'props.js'), 'utf8');
  expect(props).toMatch(/docsSidebars: toSidebarsProp\(loadedVersion\),\s*docs: toVersionDocsProp\(loadedVersion\)/);
});

test('only DocCard reads the docs map the lean-docs plugin empties (useDocById)', () => {
  const readers: string[] = [];
  const visit = (dir: string) => {
    for (const entry of fs.readdirSync(dir, {withFileTypes: true})) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        visit(file);
      } else if (file.endsWith('.js') && fs.readFileSync(file, 'utf8').includes('useDocById(')) {
        readers.push(path.relative(path.join(themeClassic, 'lib/theme'), file));
      }
    }
  };
  visit(path.join(themeClassic, 'lib/theme'));
  expect(readers).toEqual(['DocCard/index.js']);
});
