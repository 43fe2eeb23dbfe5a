// @ts-check
/**
 * These pages have no code blocks, yet Docusaurus's classic theme loads Prism (about 85 KB of
 * minified JavaScript, with its grammars) on every page through a client module that registers
 * extra languages. Replacing that module with an empty one takes Prism out of the main bundle;
 * a code block, should a page ever have one, still highlights through the CodeBlock chunk.
 */
import {fileURLToPath} from 'node:url';

const EMPTY = fileURLToPath(new URL('./empty.mjs', import.meta.url));

/** @returns {import('@docusaurus/types').Plugin} */
export default function withoutPrism() {
  return {
    name: 'without-prism',
    configureWebpack(_config, _isServer, {currentBundler}) {
      const {NormalModuleReplacementPlugin} = /** @type {any} */ (currentBundler.instance);
      return {
        plugins: [
          new NormalModuleReplacementPlugin(/theme-classic[\\/]lib[\\/]prism-include-languages\.js$/, EMPTY),
        ],
      };
    },
  };
}
