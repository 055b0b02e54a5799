/**
 * npm run check — validates all content in seconds without building pages.
 * Uses CONTENT_DIR (default ./content) and public/, exactly like the build. Exit 1 when there are errors.
 */
import { fileURLToPath } from 'node:url';
import { contentDirFromEnv, countProblems, formatReport, formatSuccess, runContentCheck } from '../src/lib/content-check';

const root = fileURLToPath(new URL('../', import.meta.url));
const { problems, files, ms } = await runContentCheck({
	contentDir: contentDirFromEnv(process.cwd()),
	publicDir: `${root}public`,
});
const { errors, warnings } = countProblems(problems);
if (problems.length > 0) console.log(formatReport(problems));
if (errors === 0) console.log(formatSuccess(files, ms, warnings));
process.exitCode = errors > 0 ? 1 : 0;
