/**
 * How many pages the page-level check (tests/e2e/pages.spec.ts) visited, read from Playwright's
 * JSON report: one test per sitemap page, under the describe block "page".
 */
import fs from 'node:fs';

interface Spec {
  title: string;
  ok: boolean;
  file: string;
}
interface Suite {
  title: string;
  file?: string;
  specs?: Spec[];
  suites?: Suite[];
}

export interface PagesChecked {
  passed: number;
  failed: number;
}

export function pagesChecked(reportFile: string): PagesChecked | undefined {
  let report: {suites?: Suite[]};
  try {
    report = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as {suites?: Suite[]};
  } catch {
    return undefined;
  }
  const result = {passed: 0, failed: 0};
  const walk = (suite: Suite, inPages: boolean) => {
    const here = inPages || (suite.title === 'page' && !!suite.file?.endsWith('pages.spec.ts'));
    if (here) {
      for (const spec of suite.specs ?? []) result[spec.ok ? 'passed' : 'failed'] += 1;
    }
    for (const child of suite.suites ?? []) walk({...child, file: child.file ?? suite.file}, here);
  };
  for (const suite of report.suites ?? []) walk(suite, false);
  return result;
}

/** The line that ends the end-to-end stage and `npm run test:pages`. */
export function pagesCheckedLine(checked: PagesChecked | undefined): string {
  if (!checked) return 'Pages checked: none (no report from tests/e2e/pages.spec.ts)';
  const total = checked.passed + checked.failed;
  return `Pages checked: ${total} (${checked.passed} passed, ${checked.failed} failed)`;
}
