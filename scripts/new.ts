/**
 * npm run new -- session <id> [--en]   (also: speaker, track, result)
 * Writes content/<collection>/<id>.md (or content/en/… with --en) with every field explained in comments.
 * Uses CONTENT_DIR (default ./content). Refuses a bad id or one that is already taken.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { contentContext, loadContent } from '../src/lib/content-check';
import { ID_PATTERN } from '../src/lib/model/ids';
import { MDX_COMPONENT_NAMES } from '../src/lib/mdx/components';
import { SCAFFOLD_KINDS, scaffoldEntry } from '../src/lib/content-check/scaffold';
import { contentPath } from '../src/lib/settings';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

const args = process.argv.slice(2);
const english = args.includes('--en');
const [kind, id, ...rest] = args.filter((a) => a !== '--en');
const usage =
	'사용법 / usage: npm run new -- session <id> [--en]   (session, speaker, track, result)\n' +
	'  예 e.g.: npm run new -- session lunch-break\n' +
	'           npm run new -- speaker hong-gildong\n' +
	'           npm run new -- session lunch-break --en   (영어 번역 파일 / the English words)';
if (!kind || !id || rest.length > 0) fail(usage);
const collection = SCAFFOLD_KINDS[kind];
if (!collection) fail(`"${kind}" 종류는 만들 수 없습니다 / cannot make a "${kind}"\n${usage}`);
if (!ID_PATTERN.test(id)) {
	const suggestion = id
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	fail(
		`"${id}" 은(는) id 로 쓸 수 없습니다: 영문 소문자, 숫자, 하이픈만 / id "${id}" is not allowed: lower-case letters, digits and hyphens only` +
			(suggestion ? `\n  예 e.g.: npm run new -- ${kind} ${suggestion}` : ''),
	);
}

const contentDir = contentPath();
const dir = join(contentDir, english ? `en/${collection}` : collection);
const shown = (path: string) => relative(process.cwd(), path) || path;
for (const ext of ['md', 'mdx']) {
	const taken = join(dir, `${id}.${ext}`);
	if (existsSync(taken))
		fail(`${shown(taken)} 파일이 이미 있습니다. 다른 id 를 쓰거나 그 파일을 고치세요 / ${shown(taken)} already exists: pick another id or edit that file`);
}
if (english && !['md', 'mdx'].some((ext) => existsSync(join(contentDir, collection, `${id}.${ext}`)))) {
	fail(
		`한국어 파일(${shown(join(contentDir, collection, `${id}.md`))})이 먼저 있어야 합니다: npm run new -- ${kind} ${id}\n` +
			`The Korean file must exist first: npm run new -- ${kind} ${id}`,
	);
}

// List the real rooms, speakers and tracks in the comments.
const ctx = contentContext(await loadContent(contentDir));

const path = join(dir, `${id}.md`);
await mkdir(dir, { recursive: true });
await writeFile(path, scaffoldEntry(collection, id, english ? 'en' : 'ko', ctx), { flag: 'wx' });
console.log(`만들었습니다 / created: ${shown(path)}`);
console.log('빈 값을 채운 뒤 npm run check 로 확인하세요 / fill in the empty values, then run: npm run check');
console.log(
	`본문에 컴포넌트(${MDX_COMPONENT_NAMES.join(', ')})를 쓰려면 파일 이름을 .mdx 로 바꿉니다 (CONTENT.md 12장) / to use components in the text, rename the file to .mdx (CONTENT.md part 12)`,
);
