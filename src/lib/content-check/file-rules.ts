/** Rules about files as files: the event file is there, YAML can be read, names and places are right, each id once. */
import { both } from '../../i18n/check';
import { ID_PATTERN } from '../model/ids';
import { errorAt, FILE_FIELD, koreanIds, koreanPathOf, type GatheredContent } from './content';
import { EVENT_FILE } from './parse';
import type { Problem, RawFile } from './types';
import { entryFields, type ContentContext } from './zod-issues';

/** js-yaml's complaints that organizers hit most, said plainly. */
const YAML_HINTS = [
	[/bad indentation of a mapping entry/, 'yaml.indentation'],
	[/within a (double|single) quoted scalar/, 'yaml.quote'],
	[/missed comma|flow collection/, 'yaml.comma'],
	[/duplicated mapping key/, 'yaml.twice'],
	[/end of the stream or a document separator/, 'yaml.colon'],
	[/tab characters/, 'yaml.tabs'],
] as const;

function yamlHint(message: string): string {
	const key = YAML_HINTS.find(([pattern]) => pattern.test(message))?.[1];
	return key ? `${both(key)} ` : '';
}

/** There is an event file. */
export function missingEvent(content: GatheredContent): Problem[] {
	if (content.event) return [];
	return [
		{
			file: `${content.env.contentDir ?? 'content'}/${EVENT_FILE}`,
			field: FILE_FIELD,
			found: `(${both('missing-event.found')})`,
			expected: both('missing-event.expected'),
			example: 'date: 2024-11-25\ntimeZone: Asia/Seoul',
			rule: 'missing-event',
			severity: 'error',
		},
	];
}

/** The YAML (event file or front matter) can be read; js-yaml's message comes with a hint. */
export function yamlSyntax(file: RawFile): Problem[] {
	if (!file.syntaxError) return [];
	const { message, line, text } = file.syntaxError;
	return [
		errorAt(
			file,
			'(YAML)',
			'yaml-syntax',
			text ? `${text}  ← ${message}` : message,
			`${yamlHint(message)}${both('yaml-syntax.expected')}`,
			'title: "행사 안내: 오전 세션"',
			line,
		),
	];
}

/** A file the site does not read is pointed out, so a misplaced or misnamed one is not silently left out. */
export function unreadFile(file: RawFile): Problem[] {
	if (file.kind !== 'other') return [];
	return [errorAt(file, FILE_FIELD, 'unread-file', file.rel, both('unread-file.expected'), 'sessions/lunch.md, en/sessions/lunch.md, speakers/kim.jpg')];
}

/** An entry's file name is its id: lower case, digits and hyphens. */
export function badFileName(file: RawFile): Problem[] {
	if (ID_PATTERN.test(file.id!)) return [];
	const suggestion =
		file
			.id!.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '') || 'new-session';
	return [errorAt(file, FILE_FIELD, 'bad-file-name', `${file.id}.${file.ext}`, both('bad-file-name.expected'), `${suggestion}.md`)];
}

/** An entry starts with front matter; the example lists the fields it needs. */
export function noFrontmatter(file: RawFile, ctx: ContentContext): Problem[] {
	if (file.hasFrontmatter) return [];
	const required = entryFields(file.collection!, 'ko', ctx)
		.filter((f) => f.required)
		.map((f) => f.doc.example);
	return [
		errorAt(file, FILE_FIELD, 'no-frontmatter', `(${both('no-frontmatter.found')})`, both('no-frontmatter.expected'), `---\n${required.join('\n')}\n---`, 1),
	];
}

/** The same id twice: keynote.md and keynote.mdx are one entry for the site. */
export function duplicateFiles(content: GatheredContent): Problem[] {
	return content.entries
		.filter((file) => !content.primary.has(file))
		.map((file) => {
			const group = content.entries.filter((f) => f.lang === file.lang && f.collection === file.collection && f.id === file.id);
			return errorAt(file, FILE_FIELD, 'duplicate-id', group.map((f) => f.path).join(', '), both('duplicate-file.expected'), `${file.id}-2.md`);
		});
}

/** English words for an entry that has no Korean file. */
export function orphanTranslations(content: GatheredContent): Problem[] {
	const korean = new Set(content.entries.filter((f) => f.lang === 'ko').map((f) => `${f.collection}/${f.id}`));
	return content.entries
		.filter((file) => file.lang === 'en' && !korean.has(`${file.collection}/${file.id}`))
		.map((file) => {
			const example = koreanIds(content.entries, file.collection!)[0] ?? file.id;
			return errorAt(
				file,
				FILE_FIELD,
				'orphan-translation',
				file.path,
				both('orphan-translation.expected', { korean: koreanPathOf(file, content) }),
				`${file.collection}/${example}.md ↔ en/${file.collection}/${example}.md`,
			);
		});
}
