/**
 * npm run i18n:check
 *
 * Fails, naming file, line and block, where a Korean page and its English original do not keep the
 * same block structure. The build runs the same check.
 */
import {checkPairs} from '../../plugins/english-original/check';

const problems = checkPairs(process.cwd());
if (problems.length > 0) {
  console.error(
    `The Korean pages and their English originals must keep the same blocks:\n- ${problems.join('\n- ')}`,
  );
  process.exitCode = 1;
} else {
  console.log('Every Korean page keeps the block structure of its English original.');
}
