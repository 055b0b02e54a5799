import { BODY_FIELD, checkBody } from './body';
import { gatherContent, koreanPathOf, type GatheredContent } from './content';
import { duplicateRoomIds, eventDayExists } from './event-rules';
import { badFileName, duplicateFiles, missingEvent, noFrontmatter, orphanTranslations, unreadFile, yamlSyntax } from './file-rules';
import { imageProblems } from './images';
import { missingSlides, unknownReferences } from './reference-rules';
import { clashes, sessionDayFaults, sessionTimeFaults } from './timing-rules';
import type { CheckEnvironment, Problem, RawFile } from './types';
import { schemaProblems } from './zod-issues';

export { contentContext } from './content';

/**
 * Checks every content file at once and returns all problems (none means the site can be built).
 * Pure: it reads nothing; give it the parsed files and the list of files in public/.
 */
export function checkContent(files: readonly RawFile[], env: CheckEnvironment): Problem[] {
	const content = gatherContent(files, env);
	return sortProblems([
		...missingEvent(content),
		...files.flatMap((file) => fileProblems(file, content)),
		...imageProblems(files),
		...duplicateFiles(content),
		...orphanTranslations(content),
		...content.koreanEntries.flatMap((file) => [
			...unknownReferences(file, content),
			...missingSlides(file, content),
			...sessionDayFaults(file, content),
			...sessionTimeFaults(file, content),
		]),
		...clashes(content),
	]);
}

/** The rules of one file on its own, by kind; a file whose YAML cannot be read gets only that said. */
function fileProblems(file: RawFile, content: GatheredContent): Problem[] {
	if (file.syntaxError) return yamlSyntax(file);
	switch (file.kind) {
		case 'event':
			return [...schemaProblems(file, content.ctx), ...eventDayExists(file), ...duplicateRoomIds(file)];
		case 'entry':
			if (!file.hasFrontmatter) return [...badFileName(file), ...noFrontmatter(file, content.ctx)];
			return [
				...badFileName(file),
				...schemaProblems(file, content.ctx, file.lang === 'en' ? koreanPathOf(file, content) : undefined),
				...checkBody(file, content.env, content.bodyTargets),
			];
		case 'other':
			return unreadFile(file);
		default:
			// Slides and images are read where a content file names them.
			return [];
	}
}

/** Problems in a stable order: by file, then line, then field. */
function sortProblems(problems: Problem[]): Problem[] {
	const fieldRank = (p: Problem) => (p.field === BODY_FIELD ? 1 : 0);
	return problems.sort(
		(a, b) =>
			a.file.localeCompare(b.file) ||
			fieldRank(a) - fieldRank(b) ||
			(a.line ?? Infinity) - (b.line ?? Infinity) ||
			a.field.localeCompare(b.field) ||
			a.rule.localeCompare(b.rule),
	);
}
