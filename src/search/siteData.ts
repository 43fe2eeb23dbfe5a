/**
 * The site's search data, from the files in data/: the synonym table (one file per subject, each
 * small enough to read whole), the assumptions and stop words read into queries, Korean endings
 * and English contractions. Node code (unit tests, the post-build step, search:eval) imports it
 * from here; the browser fetches the same data as one JSON file (see client.ts), written by the
 * post-build step, so it stays out of the JavaScript bundles.
 */
import trouble from './data/synonyms/trouble.json';
import everyday from './data/synonyms/everyday.json';
import signIn from './data/synonyms/sign-in.json';
import admins from './data/synonyms/admins.json';
import enrolment from './data/synonyms/enrolment.json';
import business from './data/synonyms/business.json';
import products from './data/synonyms/products.json';
import assumptions from './data/assumptions.json';
import stopWords from './data/stop-words.json';
import koreanEndings from './data/korean-endings.json';
import englishContractions from './data/english-contractions.json';
import type {SearchData, SynonymData} from './lexicon';

type SynonymGroup = SynonymData['groups'][number];

/** Each synonym file, by its path, for checks that name the file to fix. */
export const SYNONYM_FILES: {file: string; groups: SynonymGroup[]}[] = Object.entries({
  trouble,
  everyday,
  'sign-in': signIn,
  admins,
  enrolment,
  business,
  products,
}).map(([name, {groups}]) => ({
  file: `src/search/data/synonyms/${name}.json`,
  groups: groups as SynonymGroup[],
}));

export const SITE_SEARCH_DATA: SearchData = {
  synonyms: {
    groups: SYNONYM_FILES.flatMap(({groups}) => groups),
    assumptions: assumptions.assumptions as SynonymData['assumptions'],
    stopWords,
  },
  koreanEndings,
  englishContractions,
};
