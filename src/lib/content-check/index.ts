/**
 * The content check: one validator for `npm run check` and the build. Organizers' mistakes become
 * problems {file, field, found, expected, example}, all reported at once.
 */
export { checkContent, contentContext } from './check';
export { loadContent, runContentCheck, type CheckPaths, type CheckRun } from './load';
export { parseSource } from './parse';
export { countProblems, formatReport, formatSuccess, RULE_TITLES } from './report';
export { formatAnnotations, formatMissingTranslations, missingTranslations } from './annotations';
export type { CheckEnvironment, Problem, RawFile, Rule, Severity } from './types';
export type { ContentContext } from './zod-issues';

import type { Problem } from './types';

/** Thrown by the build when the content has errors; its message is the whole report. */
export class ContentCheckError extends Error {
	constructor(
		readonly problems: readonly Problem[],
		report: string,
	) {
		super(report);
		this.name = 'ContentCheckError';
		// The report is the whole message; a stack trace would only bury it.
		this.stack = '';
	}
}
