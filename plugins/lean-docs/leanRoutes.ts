/**
 * The docs plugin's routes with the version's docs map emptied, and each generated index page
 * given the descriptions of the docs it lists (see ./index.ts for why).
 */
import type {RouteConfig} from '@docusaurus/types';
import type {PropSidebarItem, PropVersionMetadata} from '@docusaurus/plugin-content-docs';
import type {DocDescriptions} from '../../src/components/DocDescriptions';

/**
 * For each category that has an address (a generated index page), the descriptions of the docs
 * directly in it: the cards that page shows.
 */
function descriptionsByIndexPage(version: PropVersionMetadata): Map<string, DocDescriptions> {
  const byPage = new Map<string, DocDescriptions>();
  const visit = (items: readonly PropSidebarItem[]) => {
    for (const item of items) {
      if (item.type !== 'category') {
        continue;
      }
      if (item.href) {
        const descriptions: Record<string, string> = {};
        for (const child of item.items) {
          if (child.type === 'link' && child.docId) {
            const description = version.docs[child.docId]?.description;
            if (description) {
              descriptions[child.docId] = description;
            }
          }
        }
        byPage.set(item.href, descriptions);
      }
      visit(item.items);
    }
  };
  Object.values(version.docsSidebars).forEach(visit);
  return byPage;
}

function withDescriptions(route: RouteConfig, byPage: Map<string, DocDescriptions>): RouteConfig {
  const routes = route.routes?.map((child) => withDescriptions(child, byPage));
  const isIndexPage = route.props !== undefined && 'categoryGeneratedIndex' in route.props;
  return {
    ...route,
    ...(routes && {routes}),
    ...(isIndexPage && {props: {...route.props, docDescriptions: byPage.get(route.path) ?? {}}}),
  };
}

/** The route tree with every version's docs map emptied and its index pages' descriptions added. */
export function leanRoutes(route: RouteConfig): RouteConfig {
  const version = route.props?.version as PropVersionMetadata | undefined;
  if (version?.docs && version.docsSidebars) {
    const byPage = descriptionsByIndexPage(version);
    const lean = withDescriptions(route, byPage);
    return {...lean, props: {...lean.props, version: {...version, docs: {}}}};
  }
  return {...route, ...(route.routes && {routes: route.routes.map(leanRoutes)})};
}
