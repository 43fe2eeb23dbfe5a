import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {copySite, DOCUSAURUS} from '../../../tests/support/siteCopy';

/** Every file under dir, relative, with its content. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {};
  for (const file of fs.readdirSync(dir, {recursive: true, encoding: 'utf8'}).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) {
      files[file] = fs.readFileSync(full, 'utf8');
    }
  }
  return files;
}

// Like yewstack/yew's check-translations: extraction must find nothing new in either locale.
test('docusaurus write-translations leaves i18n/ unchanged in both locales', () => {
  const site = copySite('write-translations-');
  try {
    const before = snapshot(path.join(site, 'i18n'));
    for (const locale of ['ko', 'en']) {
      execFileSync(DOCUSAURUS, ['write-translations', '--locale', locale], {
        cwd: site,
        stdio: 'pipe',
      });
    }
    expect(snapshot(path.join(site, 'i18n'))).toEqual(before);
  } finally {
    fs.rmSync(site, {recursive: true, force: true});
  }
}, 120_000);
