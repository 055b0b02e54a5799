/**
 * What a new organizer does to content/ in the weeks before the day: confirm a session's time,
 * cancel another, add a talk. Applied to a copy of the real content, whatever it holds, so the
 * tests over that copy check what must hold for any valid content after ordinary edits.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import yaml from 'js-yaml';

/** The edits made, for the tests to look for. */
export interface OrganizerEdits {
	/** A tentative session made confirmed, ending 10 minutes earlier (never a new overlap). */
	confirmed: { id: string; start: string; end: string };
	/** A session marked cancelled. */
	cancelled: { id: string };
	/** A new talk after the last session of the day, in the first room. */
	added: { id: string; title: string; room: string; start: string; end: string };
}

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const hhmm = (total: number) => `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;

/** The front matter of a Markdown file, parsed. */
const frontMatter = (text: string) => (yaml.load(/^---\n([\s\S]*?)\n---/.exec(text)?.[1] ?? '') ?? {}) as Record<string, unknown>;

/** Sets (or adds) one top-level YAML line of a front matter, as an organizer would type it. */
function setField(text: string, field: string, value: string): string {
	const line = new RegExp(`^${field}:.*$`, 'm');
	return line.test(text) ? text.replace(line, `${field}: ${value}`) : text.replace(/\n---/, `\n${field}: ${value}\n---`);
}

/** Copies a content folder to `to` (replacing it) and makes the three edits there. */
export async function applyOrganizerEdits(from: string, to: string): Promise<OrganizerEdits> {
	await rm(to, { recursive: true, force: true });
	await mkdir(to, { recursive: true });
	await cp(from, to, { recursive: true });
	const dir = join(to, 'sessions');
	const files = (await readdir(dir)).filter((f) => f.endsWith('.md')).sort();
	const sessions = await Promise.all(files.map(async (file) => ({ file, id: file.replace(/\.md$/, ''), text: await readFile(join(dir, file), 'utf8') })));
	const data = sessions.map((s) => ({ ...s, fm: frontMatter(s.text) }));

	const toConfirm = data.find((s) => s.fm.status !== 'confirmed' && s.fm.status !== 'cancelled') ?? data[0]!;
	const start = String(toConfirm.fm.start);
	const oldEnd = minutes(String(toConfirm.fm.end));
	const end = hhmm(oldEnd - minutes(start) > 20 ? oldEnd - 10 : oldEnd);
	await writeFile(join(dir, toConfirm.file), setField(setField(toConfirm.text, 'status', 'confirmed'), 'end', `"${end}"`));

	const toCancel = [...data].reverse().find((s) => s !== toConfirm)!;
	await writeFile(join(dir, toCancel.file), setField(toCancel.text, 'status', 'cancelled'));

	const event = yaml.load(await readFile(join(to, 'event.yaml'), 'utf8')) as { rooms: { id: string }[] };
	const lastEnd = Math.max(...data.map((s) => minutes(String(s.fm.end))));
	// A new id, even when the content already has the talk of an earlier run of these edits.
	const taken = new Set(data.map((s) => s.id));
	const id = ['organizer-added-talk', ...Array.from({ length: 99 }, (_, i) => `organizer-added-talk-${i + 2}`)].find((x) => !taken.has(x))!;
	const added = { id, title: '새로 추가한 발표', room: event.rooms[0]!.id, start: hhmm(lastEnd), end: hhmm(Math.min(lastEnd + 30, 23 * 60 + 59)) };
	await writeFile(
		join(dir, `${added.id}.md`),
		`---\ntitle: ${added.title}\nsummary: 행사 직전에 추가된 발표입니다.\nkind: talk\nstart: "${added.start}"\nend: "${added.end}"\nroom: ${added.room}\nstatus: confirmed\n---\n\n발표 내용은 곧 안내합니다.\n`,
	);
	return { confirmed: { id: toConfirm.id, start, end }, cancelled: { id: toCancel.id }, added };
}
