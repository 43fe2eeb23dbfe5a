/**
 * These pages have no code blocks (src/theme/MDXComponents/Code.tsx renders any block as plain
 * preformatted text), yet Docusaurus's classic theme loads Prism on every page through a client
 * module that registers extra languages. Replacing that module with an empty one takes Prism out
 * of the main bundle.
 *
 * A Docusaurus internal: the module's private path in @docusaurus/theme-classic. If an upgrade
 * moves it, the replacement silently stops matching; `__tests__/index.test.ts` fails when the
 * file is gone, and tests/e2e/production.spec.ts fails when a built page ships Prism.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import type {WebpackPluginInstance} from 'webpack';

export const PRISM_LANGUAGES_MODULE = /theme-classic[\\/]lib[\\/]prism-include-languages\.js$/;
const EMPTY = path.join(__dirname, 'empty.mjs');

export default function withoutPrism(): Plugin {
  return {
    name: 'without-prism',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = currentBundler.instance as unknown as {
        NormalModuleReplacementPlugin: new (
          pattern: RegExp,
          replacement: string,
        ) => WebpackPluginInstance;
      };
      return {plugins: [new NormalModuleReplacementPlugin(PRISM_LANGUAGES_MODULE, EMPTY)]};
    },
  };
}
