import fs from 'node:fs';
import path from 'node:path';
import {PRISM_LANGUAGES_MODULE} from '..';

// The plugin replaces a private file of the classic theme: an upgrade that moves or renames it
// would bring Prism back into every page without a word.
test("the classic theme's Prism language loader is still where without-prism replaces it", () => {
  const file = require.resolve('@docusaurus/theme-classic/lib/prism-include-languages.js');
  expect(fs.existsSync(file)).toBe(true);
  expect(PRISM_LANGUAGES_MODULE.test(file)).toBe(true);
  expect(PRISM_LANGUAGES_MODULE.test(file.split(path.sep).join('\\'))).toBe(true);
});
