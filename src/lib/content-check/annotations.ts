/**
 * Content problems as GitHub Actions workflow commands, so a pull request shows each one on the
 * file and line the organizer changed (https://docs.github.com/actions/reference/workflow-commands-for-github-actions).
 */
import { both, inLanguage } from '../../i18n/check';
import { RULE_TITLES } from './report';
import type { Problem, RawFile } from './types';

/** A value with its label in both languages, "올바른 값 expected: …". */
const labelled = (key: 'report.expected' | 'report.example', value: string) => `${inLanguage('ko', key)} ${inLanguage('en', key)}: ${value}`;

/** A message as a workflow command's data: %, CR and LF escaped so a multi-line message stays one command. */
const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** A property value (file, title): also ":" and "," escaped, which would end the value early. */
const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

/**
 * One `::error` or `::warning` line per problem, naming the file, its line when known, the kind of
 * mistake as the title, and field, found and expected value as the message.
 * @example formatAnnotations([{ file: 'content/sessions/keynote.md', line: 4, rule: 'bad-time', … }])
 * // → '::error file=content/sessions/keynote.md,line=4,title=시각 형식이 틀렸습니다 / not a valid time::start: …'
 */
export function formatAnnotations(problems: readonly Problem[]): string {
	return problems
		.map((p) => {
			const properties = [`file=${escapeProperty(p.file)}`, ...(p.line ? [`line=${p.line}`] : []), `title=${escapeProperty(RULE_TITLES[p.rule])}`];
			const message = `${p.field}: ${p.found}\n${labelled('report.expected', p.expected)}\n${labelled('report.example', p.example)}`;
			return `::${p.severity} ${properties.join(',')}::${escapeData(message)}`;
		})
		.join('\n');
}

/**
 * The Korean entries with no English file beside them, as organizer paths: the English site shows
 * the Korean words there, which is allowed but worth knowing.
 * @example missingTranslations(files) // → ['content/sessions/lunch.md']
 */
export function missingTranslations(files: readonly RawFile[]): string[] {
	const english = new Set(files.filter((f) => f.kind === 'entry' && f.lang === 'en').map((f) => `${f.collection}/${f.id}`));
	return files
		.filter((f) => f.kind === 'entry' && f.lang === 'ko' && !english.has(`${f.collection}/${f.id}`))
		.map((f) => f.path)
		.sort();
}

/** The information lines about missing English files (empty when every entry has one). */
export function formatMissingTranslations(paths: readonly string[], annotate = false): string {
	if (paths.length === 0) return '';
	const head = `${inLanguage('ko', 'word.info')} ${inLanguage('en', 'word.info')}: ${both('missing-translations', { n: paths.length })}:`;
	const lines = paths.map((p) =>
		annotate
			? `::notice file=${escapeProperty(p)},title=${escapeProperty(both('missing-translation.title'))}::${escapeData(both('missing-translation.message', { file: p }))}`
			: `  - ${p}`,
	);
	return [head, ...lines].join('\n');
}
