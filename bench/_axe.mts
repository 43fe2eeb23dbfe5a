import AxeBuilder from '@axe-core/playwright';
import {chromium} from '@playwright/test';
import {chromiumPath, chromiumFlags} from '../tests/support/chromium';
const browser = await chromium.launch({executablePath: chromiumPath, args: chromiumFlags});
const context = await browser.newContext();
const page = await context.newPage();
for (const p of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4611' + p);
  await page.locator('html[data-has-hydrated="true"]').waitFor({state: 'attached'});
  const r = await new AxeBuilder({page})
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  for (const v of r.violations)
    console.log(
      p,
      v.id,
      v.nodes.length,
      v.nodes
        .slice(0, 2)
        .map((n) => n.target.join(' ') + ' :: ' + n.html.slice(0, 160))
        .join('\n   '),
    );
}
await browser.close();
