/**
 * Docusaurus's docs plugin, with one thing taken out of every page's first load: the version's
 * map of all its docs (id, title, description), which rides in the chunk every doc page loads.
 * At 1,000 pages it is 11 KB of that chunk's 19 KB (brotli), and the theme reads it for one thing
 * only: the description of a doc's card on a generated index page (DocCard's `useDocById`).
 *
 * So the map is emptied, and each generated index page gets, in its own route props, the
 * descriptions of the docs it lists (`docDescriptions`). src/theme/DocCategoryGeneratedIndexPage
 * hands them to src/theme/DocCard through src/components/DocDescriptions.
 *
 * A Docusaurus internal: the shape of the version route's props. If an upgrade changes it, the
 * unit test (`__tests__/leanRoutes.test.ts`) fails on the built routes' shape, and the help index
 * e2e test fails when a card loses its description.
 */
import pluginContentDocs, {validateOptions} from '@docusaurus/plugin-content-docs';
import type {LoadContext, Plugin, PluginModule, RouteConfig} from '@docusaurus/types';
import type {PluginOptions, LoadedContent} from '@docusaurus/plugin-content-docs';
import {leanRoutes} from './leanRoutes';

async function leanDocs(
  context: LoadContext,
  options: PluginOptions,
): Promise<Plugin<LoadedContent>> {
  const plugin = await pluginContentDocs(context, options);
  const contentLoaded = plugin.contentLoaded!;
  return {
    ...plugin,
    async contentLoaded(args) {
      const addRoute = (route: RouteConfig) => args.actions.addRoute(leanRoutes(route));
      await contentLoaded({...args, actions: {...args.actions, addRoute}});
    },
  };
}

// The docs plugin's own option checks and defaults: Docusaurus reads them off the plugin function.
// (Typed as any plugin module: Docusaurus types every plugin's content as unknown.)
export default Object.assign(leanDocs, {
  validateOptions: validateOptions as unknown as NonNullable<PluginModule['validateOptions']>,
}) as unknown as PluginModule;
