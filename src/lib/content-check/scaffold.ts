import type { CollectionName } from './types';
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

const NOUN: Record<CollectionName, string> = { sessions: '세션 session', speakers: '발표자 speaker', tracks: '트랙 track', results: '성과 result' };

const comment = (text: string) => text.split('\n').map((line) => `#   ${line}`);

/**
 * The text of a new content file with every field explained in YAML comments. Required fields are
 * left empty, so `npm run check` lists exactly what is still to fill in; optional ones are commented out.
 * @example scaffoldEntry('sessions', 'lunch', 'ko', ctx) // "---\n# 새 세션 …\ntitle:\n…"
 */
export function scaffoldEntry(collection: CollectionName, id: string, lang: 'ko' | 'en', ctx: ContentContext): string {
	const file = lang === 'en' ? `content/en/${collection}/${id}.md` : `content/${collection}/${id}.md`;
	const lines = [
		'---',
		`# ${file} — 새 ${NOUN[collection]} (npm run new)`,
		'# 빈 값을 채우고 npm run check 로 확인하세요. 안내서: CONTENT.md',
		'# Fill in the empty values, then run npm run check. Guide: CONTENT.md',
	];
	if (lang === 'en') {
		lines.push(
			`# 영어 파일에는 글만 씁니다. 시간, 장소, 발표자 같은 사실은 content/${collection}/${id}.md 에만 있습니다.`,
			`# English files hold only the words; the facts (time, room, speakers, …) live in content/${collection}/${id}.md.`,
		);
	}
	for (const { key, doc, required, preset } of entryFields(collection, lang, ctx)) {
		lines.push(
			'#',
			`# ${key} — ${doc.ko} ${required ? '(필수)' : '(선택)'}`,
			`#   ${doc.en} (${required ? 'required' : 'optional'})`,
			'#   예 e.g.:',
			...comment(doc.example),
		);
		if (preset !== undefined) lines.push(`${key}: ${preset}`);
		else if (required) lines.push(`${key}:`);
		else lines.push(`# ${key}:`);
	}
	lines.push(
		'#',
		'# 아래 --- 다음 줄부터 본문을 Markdown 으로 씁니다 (HTML, 스크립트는 쓰지 않습니다).',
		'# Below the closing ---, write the text in Markdown (no HTML or scripts).',
		`# 파일 이름을 .mdx 로 바꾸면 컴포넌트도 씁니다 (import 없이): ${MDX_COMPONENT_NAMES.join(', ')} — CONTENT.md 12장`,
		`# Rename the file to .mdx to use components (no import): ${MDX_COMPONENT_NAMES.join(', ')} — CONTENT.md part 12`,
		'---',
		'',
	);
	return lines.join('\n');
}
