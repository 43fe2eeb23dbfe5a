/**
 * The site's search data, imported from data/ for code that runs in Node (unit tests, the
 * post-build step's checks, scripts/search-eval.mjs). The browser fetches the same data as JSON
 * instead (see client.ts), so it stays out of the JavaScript bundles.
 */
import synonyms from './data/synonyms.json';
import koreanEndings from './data/korean-endings.json';
import englishContractions from './data/english-contractions.json';
import {type Lexicon, type SearchData, type SynonymData, compileLexicon} from './lexicon';

export const SITE_SEARCH_DATA: SearchData = {
  synonyms: synonyms as SynonymData,
  koreanEndings,
  englishContractions,
};

let compiled: Lexicon | undefined;

export function siteLexicon(): Lexicon {
  compiled ??= compileLexicon(SITE_SEARCH_DATA);
  return compiled;
}
