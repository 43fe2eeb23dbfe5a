// The Korean site's featured pages, as the featured-pages plugin sets them at build time. The
// fixture is checked against docusaurus.config.ts and the pages themselves by
// tests/build/featured-pages-fixture.test.ts, so it cannot drift from the site.
import featuredPages from '../../featured-pages.ko.json';

const pluginData: Record<string, unknown> = {
  'featured-pages': {pages: featuredPages},
};

export function usePluginData(name: string): unknown {
  if (!(name in pluginData)) {
    throw new Error(`No global data mocked for plugin "${name}"`);
  }
  return pluginData[name];
}
