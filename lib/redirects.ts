/**
 * Old addresses that lead to a page: redirects.json, beside sidebar.json, is written by the
 * importer (a source file whose name was not a page name, `some_page.md` → `some-page`) and read
 * by docusaurus.config.ts, which hands it to @docusaurus/plugin-client-redirects.
 */
import fs from 'node:fs';
import path from 'node:path';

export const REDIRECTS_FILE = 'redirects.json';

export interface Redirect {
  /** The old address, site-relative without the locale (`/partner-center/some_page`). */
  from: string;
  to: string;
}

/** The site's recorded redirects; none when the file does not exist. */
export function readRedirects(siteDir: string): Redirect[] {
  const file = path.join(siteDir, REDIRECTS_FILE);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Redirect[]) : [];
}
