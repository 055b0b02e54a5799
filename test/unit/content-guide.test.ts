import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, test } from 'vitest';
import { formatReport, runContentCheck } from '../../src/lib/content-check';
import { contentCopy, removeCopies } from '../content-check/fixtures';
import { root } from '../helpers/paths';

afterAll(removeCopies);

const run = promisify(execFile);
const guide = await readFile(`${root}CONTENT.md`, 'utf8');

/** A fenced block of the guide: its language, and the file it writes (file=) or patches (patch=). */
interface Block {
	lang: string;
	file?: string;
	patch?: string;
	/** Lines added at the end of the file (a list the file does not have yet). */
	append?: string;
	text: string;
}

function blocks(section: string): Block[] {
	return [...section.matchAll(/^```(\w+)(?: (file|patch|append)=(\S+))?\n([\s\S]*?)^```$/gm)].map(([, lang, kind, target, text]) => ({
		lang: lang!,
		[kind ?? 'none']: target,
		text: text!,
	}));
}

const [korean, english] = guide.split(/^# Content guide \(English\)$/m);

/** Writes a guide block into the content copy: a whole file, a patch of top-level keys, or lines appended. */
async function applyBlock(block: Block, inContent: (path: string) => string): Promise<string | undefined> {
	if (block.file) {
		await mkdir(dirname(inContent(block.file)), { recursive: true });
		await writeFile(inContent(block.file), block.text);
		return block.file;
	}
	if (block.patch) {
		let text = await readFile(inContent(block.patch), 'utf8');
		// Each top-level key replaces the file's, with the indented lines under it (a whole list, e.g. organizers:).
		for (const entry of block.text.trim().split(/\n(?=\S)/)) {
			const key = entry.slice(0, entry.indexOf(':'));
			const pattern = new RegExp(`^${key}:.*(?:\n[ \t]+.*)*`, 'm');
			expect(text, `${block.patch} has ${key}`).toMatch(pattern);
			text = text.replace(pattern, () => entry);
		}
		await writeFile(inContent(block.patch), text);
		return block.patch;
	}
	if (block.append) {
		for (const [, photo] of block.text.matchAll(/\.\/(gallery\/[\w.-]+\.(?:jpg|png|webp|avif))/g)) {
			await mkdir(dirname(inContent(photo!)), { recursive: true });
			await writeFile(inContent(photo!), 'photo');
		}
		const text = await readFile(inContent(block.append), 'utf8');
		expect(text, `${block.append} has no ${block.text.split(':')[0]} yet`).not.toMatch(new RegExp(`^${block.text.split(':')[0]}:`, 'm'));
		// In a Markdown file the lines go at the end of its header (front matter), elsewhere at the end of the file.
		const header = /\.mdx?$/.test(block.append) ? /^(---\n[\s\S]*?\n)(---\n)/.exec(text) : null;
		await writeFile(
			inContent(block.append),
			header ? `${header[1]}${block.text}${header[2]}${text.slice(header[0].length)}` : `${text.trimEnd()}\n${block.text}`,
		);
		return block.append;
	}
	return undefined;
}

test('the guide has a Korean part first, then an English part, and README links to it', async () => {
	expect(korean).toMatch(/^# 콘텐츠 편집 안내서/);
	expect(english).toBeDefined();
	expect(await readFile(`${root}README.md`, 'utf8')).toMatch(/\]\(CONTENT\.md\)/);
});

test.each([
	['Korean', korean!],
	['English', english!],
])('every Markdown and YAML example of the %s part is a whole file or a patch that the test can apply', (_name, section) => {
	const examples = blocks(section).filter((b) => b.lang === 'md' || b.lang === 'yaml');
	expect(examples.length).toBeGreaterThanOrEqual(8);
	for (const block of examples) expect(block.file ?? block.patch ?? block.append, block.text).toMatch(/^content\//);
});

test('the sample report in the guide is what the check prints for that mistake', async () => {
	const sample = blocks(korean!)
		.find((b) => b.lang === 'text' && b.text.startsWith('■ '))!
		.text.trim();
	const example = blocks(korean!).find((b) => b.file === 'content/sessions/lunch-break.md')!.text;
	const contentDir = await contentCopy(undefined, 'guide-sample');
	await writeFile(`${contentDir}/sessions/lunch-break.md`, example.replace('start: "12:30"', 'start: "12시 30분"'));
	const { problems } = await runContentCheck({ contentDir, publicDir: `${root}public`, cwd: root });
	const report = formatReport(problems.map((p) => ({ ...p, file: p.file.replace(/^.*\/content\//, 'content/') })));
	expect(report).toContain(sample);
});

/** Each language's guide without its part on events of several days (followed on the frozen programme), and that part. */
function severalDaysPart(section: string): [string, string] {
	const [before, part = ''] = section.split(/^(?=## \d+\. (?:여러 날 행사|Events of several days)$)/m);
	const [days, ...after] = part.split(/^(?=## \d+\. )/m).filter(Boolean);
	return [before + after.join(''), days ?? ''];
}

describe.each([
	['Korean', severalDaysPart(korean!)[0]],
	['English', severalDaysPart(english!)[0]],
])('the %s part, followed step by step on a copy of the content', (name, section) => {
	test('each command and example passes npm run check', async () => {
		const contentDir = await contentCopy(undefined, `guide-${name}`);
		const publicDir = `${dirname(contentDir)}/public`;
		await cp(`${root}public`, publicDir, { recursive: true });
		// The guide tells organizers where to put photos and logos (beside a content file, content/logos/); put them
		// there. Photos of the day wait for the step that lists them: one in content/gallery/ the event file does not
		// list is a warning.
		for (const [photo] of section.matchAll(/(?:public|content)\/[\w/-]+\.(?:jpg|png|webp|avif|svg)/g)) {
			if (photo.startsWith('content/gallery/')) continue;
			await mkdir(dirname(`${dirname(contentDir)}/${photo}`), { recursive: true });
			await writeFile(`${dirname(contentDir)}/${photo}`, 'photo');
		}
		const inContent = (path: string) => `${contentDir}/${path.replace(/^content\//, '')}`;
		// Slides the guide keeps in the content folder; put them there.
		for (const [pdf] of section.matchAll(/content\/slides\/[\w.-]+\.pdf/g)) {
			await mkdir(dirname(inContent(pdf)), { recursive: true });
			await writeFile(inContent(pdf), '%PDF-1.1');
		}
		const applied: string[] = [];
		const commands = new Set<string>();
		for (const block of blocks(section)) {
			if (block.lang === 'sh') {
				for (const [, args] of block.text.matchAll(/^npm run new -- ([^#\n]+?)\s*(?:#.*)?$/gm)) {
					// The overview in part 1 shows a command that a later step runs for real.
					if (commands.has(args!)) continue;
					commands.add(args!);
					await run(process.execPath, ['--import', 'tsx', 'scripts/new.ts', ...args!.split(/\s+/)], {
						cwd: root,
						env: { ...process.env, CONTENT_DIR: contentDir },
					});
				}
				continue;
			}
			const target = await applyBlock(block, inContent);
			if (!target) continue;
			applied.push(target);
			const { problems } = await runContentCheck({ contentDir, publicDir, cwd: root });
			expect(problems, `after ${applied.at(-1)}:\n${formatReport(problems)}`).toEqual([]);
		}
		// The guide covers adding, editing, moving, cancelling, a speaker with a photo and a translation.
		const read = (path: string) => readFile(inContent(path), 'utf8');
		expect(await read('content/sessions/lunch-break.md')).toMatch(/^title: /m);
		expect(await read('content/sessions/naver-track.md')).toMatch(/^status: cancelled$/m);
		expect(await read('content/sessions/ai-metaverse-future.md')).toMatch(/^room: track-room-a$/m);
		expect(await read('content/speakers/hong-gildong.md')).toMatch(/^photo: \.\/hong-gildong\.jpg$/m);
		// …and logos: a partner's beside its track file, an organizer's in content/logos/.
		expect(await read('content/tracks/google.md')).toMatch(/^logo: \.\/google-logo\.svg\n---\n/m);
		expect(await read('content/event.yaml')).toMatch(/^organizers:\n {2}- name:\n(?: {6}.*\n){2} {4}logo: \.\/logos\/msit\.svg$/m);
		expect(await read('content/en/sessions/lunch-break.md')).toMatch(/^title: Lunch$/m);
		expect(await read('content/event.yaml')).toMatch(/^revised: 2024-11-24T21:00:00\+09:00$/m);
		// …and components in an .mdx body (part 12), in the Korean and in the English file.
		expect(await read(`content/${name === 'English' ? 'en/' : ''}results/partner-courses.mdx`)).toMatch(/<Steps>/);
		// …and, after the day, the record: ended, a recording and slides, press.
		expect(await read('content/event.yaml')).toMatch(/^ended: true$/m);
		expect(await read('content/event.yaml')).toMatch(/^press:\n {2}- outlet: /m);
		expect(await read('content/event.yaml')).toMatch(/^gallery:\n {2}- image: \.\/gallery\/opening\.jpg$/m);
		expect(await readFile(inContent('content/gallery/opening.jpg'), 'utf8')).toBe('photo');
		expect(await read('content/sessions/keynote.md')).toMatch(/^recording: https:\/\/.*\nslides: keynote\.pdf$/m);
	});
});

describe.each([
	['Korean', severalDaysPart(korean!)[1]],
	['English', severalDaysPart(english!)[1]],
])('the %s part on several days, followed on a copy of the three-day fixture', (name, section) => {
	test('each example passes npm run check, and the sessions name their day', async () => {
		expect(section).toMatch(/^dates:$/m);
		const contentDir = await contentCopy(undefined, `guide-days-${name}`, `${root}test/fixtures/several-days`);
		const inContent = (path: string) => `${contentDir}/${path.replace(/^content\//, '')}`;
		const examples = blocks(section).filter((b) => b.lang === 'md' || b.lang === 'yaml');
		expect(examples.length).toBeGreaterThanOrEqual(3);
		for (const block of examples) {
			const target = await applyBlock(block, inContent);
			const { problems } = await runContentCheck({ contentDir, publicDir: `${root}public`, cwd: root });
			expect(problems, `after ${target}:\n${formatReport(problems)}`).toEqual([]);
		}
		expect(await readFile(inContent('content/event.yaml'), 'utf8')).toMatch(/^dates:\n {2}- 2025-10-25\n[\s\S]*^dayChange: "05:00"$/m);
		expect(await readFile(inContent('content/sessions/night-networking.md'), 'utf8')).toMatch(/^date: 2025-10-26$/m);
	});
});
