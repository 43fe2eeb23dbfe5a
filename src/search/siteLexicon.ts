/** The site's search data compiled once, for code that runs in Node (see siteData.ts). */
import {type Lexicon, compileLexicon} from './lexicon';
import {SITE_SEARCH_DATA} from './siteData';

let compiled: Lexicon | undefined;

export function siteLexicon(): Lexicon {
  compiled ??= compileLexicon(SITE_SEARCH_DATA);
  return compiled;
}
