import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A build directory in a fresh temporary folder, holding `files` (path → text). */
export function buildDir(prefix: string, files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), {recursive: true});
    fs.writeFileSync(path.join(dir, file), text);
  }
  return dir;
}
