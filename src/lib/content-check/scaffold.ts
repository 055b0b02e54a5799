import type { CollectionName } from './types';
import { inLanguage, type CheckKey } from '../../i18n/check';
import { MDX_COMPONENT_NAMES } from '../mdx/components';
import { entryFields, type ContentContext } from './zod-issues';

/** What organizers type after `npm run new --`, and the folder each one writes to. */
export const SCAFFOLD_KINDS: Record<string, CollectionName> = {
	session: 'sessions',
	sessions: 'sessions',
	speaker: 'speakers',
	speakers: 'speakers',
	track: 'tracks',
	tracks: 'tracks',
	result: 'results',
	results: 'results',
};

/** Korean, then English: the line of a generated file that each language reads. */
const say = (key: CheckKey, values?: Record<string, string>) => [inLanguage('ko', key, values), inLanguage('en', key, values)];

const comment = (text: string) => text.split('\n').map((line) => `#   ${line}`);

/**
 * The text of a new content file with every field explained in YAML comments. Required fields are
 * left empty, so `npm run check` lists exactly what is still to fill in; optional ones are commented out.
 * @example scaffoldEntry('sessions', 'lunch', 'ko', ctx) // "---\n# 새 세션 …\ntitle:\n…"
 */
export function scaffoldEntry(collection: CollectionName, id: string, lang: 'ko' | 'en', ctx: ContentContext): string {
	const file = lang === 'en' ? `content/en/${collection}/${id}.md` : `content/${collection}/${id}.md`;
	const lines = ['---', `# ${file} — ${say(`scaffold.new-${collection}`).join(' ')} (npm run new)`, ...say('scaffold.fill').map((line) => `# ${line}`)];
	if (lang === 'en') {
		lines.push(...say('scaffold.english', { file: `content/${collection}/${id}.md` }).map((line) => `# ${line}`));
	}
	for (const { key, doc, required, preset } of entryFields(collection, lang, ctx)) {
		const need = required ? 'word.required' : 'word.optional';
		lines.push(
			'#',
			`# ${key} — ${doc.ko} (${inLanguage('ko', need)})`,
			`#   ${doc.en} (${inLanguage('en', need)})`,
			`#   ${say('scaffold.example').join(' ')}:`,
			...comment(doc.example),
		);
		if (preset !== undefined) lines.push(`${key}: ${preset}`);
		else if (required) lines.push(`${key}:`);
		else lines.push(`# ${key}:`);
	}
	const body = [...say('scaffold.body'), ...say('scaffold.components', { names: MDX_COMPONENT_NAMES.join(', ') })];
	lines.push('#', ...body.map((line) => `# ${line}`), '---', '');
	return lines.join('\n');
}
