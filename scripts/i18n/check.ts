/**
 * npm run i18n:check
 *
 * Fails, naming file, line and block, where a Korean page and its English original do not keep the
 * same block structure, or a page is missing in one language. The build runs the same checks.
 */
import {checkPairs} from '../../plugins/english-original/check';
import {findMissingTranslations} from '../../plugins/translation-check';

const problems = [
  ...findMissingTranslations(process.cwd(), ['ko', 'en']),
  ...checkPairs(process.cwd()),
];
if (problems.length > 0) {
  console.error(
    `The Korean pages and their English originals must keep the same blocks:\n- ${problems.join('\n- ')}`,
  );
  process.exitCode = 1;
} else {
  console.log('Every Korean page keeps the block structure of its English original.');
}
