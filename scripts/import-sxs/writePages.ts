import fs from 'node:fs';
import path from 'node:path';
import type {OutputPage} from './importSxs';

/**
 * Writes the pages as a pair or not at all: each goes to a temporary file beside its target first,
 * and only when all are written are they renamed into place. If a rename fails, the pages already
 * moved are put back as they were.
 */
export function writePages(siteDir: string, pages: OutputPage[]): void {
  const staged = pages.map((page) => {
    const target = path.join(siteDir, page.path);
    return {
      target,
      temp: `${target}.${process.pid}.tmp`,
      previous: fs.existsSync(target) ? fs.readFileSync(target) : undefined,
    };
  });
  try {
    staged.forEach(({target, temp}, index) => {
      fs.mkdirSync(path.dirname(target), {recursive: true});
      fs.writeFileSync(temp, pages[index].content);
    });
  } catch (error) {
    staged.forEach(({temp}) => fs.rmSync(temp, {force: true}));
    throw error;
  }
  const moved: typeof staged = [];
  try {
    for (const entry of staged) {
      fs.renameSync(entry.temp, entry.target);
      moved.push(entry);
    }
  } catch (error) {
    for (const entry of moved) {
      if (entry.previous === undefined) {
        fs.rmSync(entry.target, {force: true});
      } else {
        fs.writeFileSync(entry.target, entry.previous);
      }
    }
    staged.forEach(({temp}) => fs.rmSync(temp, {force: true}));
    throw error;
  }
}
