import { both, inLanguage } from '../../i18n/check';
import type { Lang } from '../../i18n/languages';
import { RULES, type Problem, type RawFile, type Rule } from './types';

/** A short name for each kind of mistake, Korean then English. */
export const RULE_TITLES = Object.fromEntries(RULES.map((rule) => [rule, both(`rule.${rule}`)])) as Record<Rule, string>;

const indent = (text: string, by: string) => text.split('\n').join(`\n${by}`);

/** How many errors and warnings there are. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
	const errors = problems.filter((p) => p.severity === 'error').length;
	return { errors, warnings: problems.length - errors };
}

/** Columns a terminal gives a text: Hangul and other wide characters take two. */
const columns = (text: string) => [...text].reduce((n, c) => n + (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(c) ? 2 : 1), 0);

/** A row label of the report, "찾은 값   found:    ", the Korean and English words each in a column of 10. */
function label(key: 'report.found' | 'report.expected' | 'report.example'): string {
	const ko = inLanguage('ko', key);
	const en = `${inLanguage('en', key)}:`;
	return `${ko}${' '.repeat(Math.max(1, 10 - columns(ko)))}${en.padEnd(10)}`;
}

/** The summary line in one language. */
function summary(lang: Lang, errors: number, warnings: number, files: number): string {
	const count = (key: 'count.errors' | 'count.warnings' | 'count.files', n: number) => inLanguage(lang, key, { n });
	return inLanguage(lang, 'report.summary', {
		errors: count('count.errors', errors),
		warnings: count('count.warnings', warnings),
		files: count('count.files', files),
	});
}

/**
 * The report organizers read: a summary line, then every problem grouped by file, each with
 * the field, what was found, what is expected and an example to copy.
 */
export function formatReport(problems: readonly Problem[]): string {
	const { errors, warnings } = countProblems(problems);
	const files = [...new Set(problems.map((p) => p.file))];
	const lines = [summary('ko', errors, warnings, files.length), summary('en', errors, warnings, files.length)];
	const continued = ' '.repeat(24);
	for (const file of files) {
		lines.push('', `■ ${file}`);
		for (const p of problems.filter((q) => q.file === file)) {
			const mark =
				p.severity === 'error'
					? `✗ ${inLanguage('ko', 'word.error')} ${inLanguage('en', 'word.error')}`
					: `! ${inLanguage('ko', 'word.warning')} ${inLanguage('en', 'word.warning')}`;
			const where = p.line ? ` (${both('report.line', { line: String(p.line) })})` : '';
			lines.push(
				`  ${mark} · ${p.field}${where} · ${RULE_TITLES[p.rule]}`,
				`      ${label('report.found')}${indent(p.found, continued)}`,
				`      ${label('report.expected')}${indent(p.expected, continued)}`,
				`      ${label('report.example')}${indent(p.example, continued)}`,
			);
		}
	}
	lines.push('', both(errors > 0 ? 'report.fix' : 'report.warnings-only'));
	return lines.join('\n');
}

/** The one-line summary when there is no error (warnings may remain). */
export function formatSuccess(files: readonly RawFile[], ms: number, warnings = 0): string {
	const count = (collection: string) => files.filter((f) => f.collection === collection && f.lang === 'ko').length;
	const english = files.filter((f) => f.lang === 'en').length;
	const note = warnings > 0 ? ` — ${both('count.warnings', { n: warnings })}` : '';
	const counts = { sessions: count('sessions'), speakers: count('speakers'), tracks: count('tracks'), results: count('results'), english };
	const list = (Object.keys(counts) as (keyof typeof counts)[]).map(
		(key) => `${inLanguage('ko', `word.${key}`)} ${inLanguage('en', `word.${key}`)} ${counts[key]}`,
	);
	return `${both('report.passed')}${note}: ${list.join(', ')} (${Math.round(ms)} ms)`;
}
