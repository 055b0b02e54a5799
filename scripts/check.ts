/**
 * npm run check — validates all content in seconds without building pages.
 * With GITHUB_ACTIONS=true it also prints ::error/::warning annotations for the pull request.
 * Uses CONTENT_DIR (default ./content) and public/, exactly like the build. Exit 1 when there are errors.
 */
import { fileURLToPath } from 'node:url';
import {
	countProblems,
	formatAnnotations,
	formatMissingTranslations,
	formatReport,
	formatSuccess,
	missingTranslations,
	runContentCheck,
} from '../src/lib/content-check';
import { contentPath, onGitHubActions } from '../src/lib/settings';

const root = fileURLToPath(new URL('../', import.meta.url));
const { problems, files, ms } = await runContentCheck({
	contentDir: contentPath(),
	publicDir: `${root}public`,
});
const { errors, warnings } = countProblems(problems);
if (problems.length > 0) console.log(formatReport(problems));
// On GitHub Actions the same problems again as workflow commands: the pull request shows them on the file and line.
const annotate = onGitHubActions;
if (annotate && problems.length > 0) console.log(formatAnnotations(problems));
const untranslated = formatMissingTranslations(missingTranslations(files), annotate);
if (untranslated) console.log(untranslated);
if (errors === 0) console.log(formatSuccess(files, ms, warnings));
process.exitCode = errors > 0 ? 1 : 0;
