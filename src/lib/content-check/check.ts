import { LocalTimeSchema } from '../../schemas/common';
import { closestMatch } from '../model/closest';
import { findClashes, referenceFaults, sessionTimeFault, type IdKind, type KnownIds, type PlacedSession } from '../model/cross-entity';
import { ID_PATTERN, isTimeZone, yamlDate } from '../model/ids';
import { isSlidesFile } from '../model/session-materials';
import { instantToEpochMs, localTimeToInstant } from '../time/zoned';
import { BODY_FIELD, checkBody } from './body';
import { imageProblems } from './images';
import { type BodyTargets } from './mdx';
import { EVENT_FILE, keyLine } from './parse';
import type { CheckEnvironment, CollectionName, Problem, RawFile, Rule } from './types';
import { entryFields, referenceExample, schemaProblems, show, type ContentContext } from './zod-issues';

const FILE_FIELD = '(파일 file)';

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The event day as YYYY-MM-DD, from a string or the Date YAML makes of an unquoted date. */
function eventDate(value: unknown): string | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return yamlDate(value);
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

function validTimeZone(value: unknown): string | undefined {
	return typeof value === 'string' && isTimeZone(value) ? value : undefined;
}

/** js-yaml's complaints that organizers hit most, said plainly. */
const YAML_HINTS: [RegExp, string][] = [
	[
		/bad indentation of a mapping entry/,
		'한 줄에 ": " 가 두 번 있거나 들여쓰기가 맞지 않습니다. 글에 ": " 가 있으면 따옴표로 감싸세요 / a line has ": " twice or is indented wrongly; put text containing ": " in quotes. ',
	],
	[/within a (double|single) quoted scalar/, '따옴표가 닫히지 않았습니다 / a quote is not closed. '],
	[/missed comma|flow collection/, '[ ] 목록에 쉼표가 빠졌거나 ] 로 닫히지 않았습니다 / a [ ] list misses a comma or its closing ]. '],
	[/duplicated mapping key/, '같은 항목이 두 번 있습니다 / the same field is written twice. '],
	[
		/end of the stream or a document separator/,
		'콜론(:) 뒤에 공백이 없거나 들여쓰기가 맞지 않습니다 / a colon without a space after it, or wrong indentation. ',
	],
	[/tab characters/, '들여쓰기에 탭 대신 공백을 씁니다 / indent with spaces, not tabs. '],
];

function yamlHint(message: string): string {
	return YAML_HINTS.find(([pattern]) => pattern.test(message))?.[1] ?? '';
}

interface SessionTiming extends PlacedSession {
	file: RawFile;
}

const range = (s: { start: string; end: string }) => `${s.start}–${s.end}`;

/** The ids of a collection's Korean files, sorted, each once. */
const koreanIds = (files: readonly RawFile[], collection: CollectionName) =>
	[...new Set(files.filter((f) => f.kind === 'entry' && f.collection === collection && f.lang === 'ko').map((f) => f.id!))].sort();

/** The room ids the event file lists, or undefined while it lists none. */
const roomIds = (event: RawFile | undefined) =>
	Array.isArray(event?.data.rooms)
		? (event.data.rooms as unknown[]).map((r) => string((r as Record<string, unknown> | null)?.id)).filter((id): id is string => id !== undefined)
		: undefined;

/**
 * What the content holds that messages list (rooms, speakers, tracks, the day), read leniently so
 * that one bad file does not hide the rest.
 */
export function contentContext(files: readonly RawFile[]): ContentContext {
	const event = files.find((f) => f.kind === 'event');
	return { rooms: roomIds(event) ?? [], speakers: koreanIds(files, 'speakers'), tracks: koreanIds(files, 'tracks'), date: eventDate(event?.data.date) };
}

/**
 * Checks every content file at once and returns all problems (none means the site can be built).
 * Pure: it reads nothing; give it the parsed files and the list of files in public/.
 */
export function checkContent(files: readonly RawFile[], env: CheckEnvironment): Problem[] {
	const problems: Problem[] = [];
	const push = (file: RawFile, field: string, rule: Rule, found: string, expected: string, example: string, line?: number) =>
		problems.push({ file: file.path, field, found, expected, example, rule, severity: 'error', line });

	const event = files.find((f) => f.kind === 'event');
	const entries = files.filter((f) => f.kind === 'entry');
	const slideNames = files.filter((f) => f.kind === 'slides').map((f) => f.rel.slice('slides/'.length));
	const idsOf = (collection: CollectionName) => koreanIds(entries, collection);
	const rawRooms = event && Array.isArray(event.data.rooms) ? (event.data.rooms as unknown[]) : undefined;
	const ctx = contentContext(files);
	// What references may name; the rooms only when the event file lists them.
	const known: KnownIds = { rooms: roomIds(event), speakers: ctx.speakers, tracks: ctx.tracks };
	const bodyTargets: BodyTargets = {
		ids: { sessions: idsOf('sessions'), speakers: ctx.speakers, tracks: ctx.tracks },
		contentFiles: new Set(files.map((f) => f.rel)),
		routes: env.routes,
	};
	const timeZone = validTimeZone(event?.data.timeZone);
	const koreanPath = (english: RawFile) =>
		entries.find((f) => f.lang === 'ko' && f.collection === english.collection && f.id === english.id)?.path ?? english.path.replace(/(^|\/)en\//, '$1');

	if (!event) {
		problems.push({
			file: `${env.contentDir ?? 'content'}/${EVENT_FILE}`,
			field: FILE_FIELD,
			found: '(파일 없음 / no file)',
			expected: '행사 이름, 날짜, 시간대, 장소, 세션장을 담은 event.yaml / event.yaml with the event name, date, time zone, venue and rooms',
			example: 'date: 2024-11-25\ntimeZone: Asia/Seoul',
			rule: 'missing-event',
			severity: 'error',
		});
	}

	for (const file of files) {
		if (file.syntaxError) {
			const { message, line, text } = file.syntaxError;
			push(
				file,
				'(YAML)',
				'yaml-syntax',
				text ? `${text}  ← ${message}` : message,
				`${yamlHint(message)}올바른 YAML: 콜론(:) 뒤에 공백 한 칸, 따옴표는 짝을 맞추고, ": " 나 # 이 들어간 글은 따옴표로 감싸기, 같은 항목은 한 번만 / valid YAML: one space after each colon, matching quotes, quote text containing ": " or #, each field once`,
				'title: "행사 안내: 오전 세션"',
				line,
			);
			continue;
		}
		// Slides and images are read where a content file names them.
		if (file.kind === 'slides' || file.kind === 'image') continue;
		if (file.kind === 'other') {
			push(
				file,
				FILE_FIELD,
				'unread-file',
				file.rel,
				'사이트는 event.yaml 과 sessions/, speakers/, tracks/, results/ (영어는 en/ 아래) 의 .md 파일, slides/ 의 PDF, 그리고 이미지만 읽습니다. 보관용 파일은 _ 로 시작하는 폴더에 / the site reads only event.yaml, .md files in sessions/, speakers/, tracks/, results/ (English under en/) PDFs in slides/ and images; keep drafts in a folder starting with _',
				'sessions/lunch.md, en/sessions/lunch.md, speakers/kim.jpg',
			);
			continue;
		}
		if (file.kind === 'event') {
			problems.push(...schemaProblems(file, ctx));
			// js-yaml turns an unquoted 2024-11-31 into 1 December without a word: catch days that do not exist.
			const written = /^date:\s*["']?(\d{4}-\d{2}-\d{2})\b/m.exec(file.yaml)?.[1];
			if (written && file.data.date instanceof Date && eventDate(file.data.date) !== written) {
				push(
					file,
					'date',
					'bad-value',
					`date: ${written}`,
					'달력에 있는 날짜 YYYY-MM-DD / a day that exists, YYYY-MM-DD',
					'date: 2024-11-25',
					keyLine(file, 'date'),
				);
			}
			const seen = new Map<string, number>();
			rawRooms?.forEach((room, index) => {
				const id = string((room as Record<string, unknown> | null)?.id);
				if (id === undefined) return;
				const before = seen.get(id);
				if (before !== undefined) {
					push(
						file,
						`rooms[#${index + 1}].id`,
						'duplicate-id',
						`id: ${id} (rooms[#${before + 1}] 과 같음 / same as rooms[#${before + 1}])`,
						'세션장마다 다른 id / a different id for each room',
						`  - id: ${id}-2`,
						keyLine(file, 'rooms', index, 'id'),
					);
				} else seen.set(id, index);
			});
			continue;
		}
		// A Markdown entry.
		const collection = file.collection!;
		if (!ID_PATTERN.test(file.id!)) {
			const suggestion =
				file
					.id!.toLowerCase()
					.replace(/[^a-z0-9]+/g, '-')
					.replace(/^-+|-+$/g, '') || 'new-session';
			push(
				file,
				FILE_FIELD,
				'bad-file-name',
				`${file.id}.${file.ext}`,
				'파일 이름이 id 입니다: 영문 소문자, 숫자, 하이픈만 / the file name is the id: lower-case letters, digits and hyphens only',
				`${suggestion}.md`,
			);
		}
		if (!file.hasFrontmatter) {
			push(
				file,
				FILE_FIELD,
				'no-frontmatter',
				'(머리말 없음 / no front matter)',
				'파일 맨 위에 --- 줄 사이의 머리말 / front matter between two --- lines at the very top',
				`---\n${entryFields(collection, 'ko', ctx)
					.filter((f) => f.required)
					.map((f) => f.doc.example)
					.join('\n')}\n---`,
				1,
			);
			continue;
		}
		problems.push(...schemaProblems(file, ctx, file.lang === 'en' ? koreanPath(file) : undefined));
		problems.push(...checkBody(file, env, bodyTargets));
	}
	problems.push(...imageProblems(files));

	// The same id twice: keynote.md and keynote.mdx are one entry for the site.
	const byId = new Map<string, RawFile[]>();
	for (const file of entries) {
		const key = `${file.lang}/${file.collection}/${file.id}`;
		byId.set(key, [...(byId.get(key) ?? []), file]);
	}
	const primary = new Set([...byId.values()].map((group) => group[0]!));
	for (const group of byId.values()) {
		if (group.length < 2) continue;
		for (const file of group.slice(1)) {
			push(
				file,
				FILE_FIELD,
				'duplicate-id',
				`${group.map((f) => f.path).join(', ')}`,
				'id 하나에 파일 하나: 둘 중 하나를 지우거나 이름을 바꾸세요 / one file per id: delete or rename one of them',
				`${file.id}-2.md`,
			);
		}
	}

	// English words for an entry that has no Korean file.
	for (const file of entries.filter((f) => f.lang === 'en')) {
		if (idsOf(file.collection!).includes(file.id!)) continue;
		push(
			file,
			FILE_FIELD,
			'orphan-translation',
			file.path,
			`같은 이름의 한국어 파일(${koreanPath(file)})이 없습니다. 파일 이름을 맞추세요 / there is no Korean file with the same name; match the file names`,
			`${file.collection}/${idsOf(file.collection!)[0] ?? file.id}.md ↔ en/${file.collection}/${idsOf(file.collection!)[0] ?? file.id}.md`,
		);
	}

	// References between files, and the timing of each session.
	const where: Record<IdKind, string> = { rooms: 'content/event.yaml 의 rooms', speakers: 'content/speakers/', tracks: 'content/tracks/' };
	const timings: SessionTiming[] = [];
	for (const file of entries.filter((f) => f.lang === 'ko' && !f.syntaxError)) {
		const data = file.data;
		const collection = file.collection!;
		if (collection === 'sessions' || collection === 'results') {
			for (const fault of referenceFaults(collection, data, known)) {
				const example = (id: string) => referenceExample(collection, fault.field, id);
				if (fault.problem === 'repeated') {
					push(file, fault.field, 'duplicate-id', fault.id, '같은 id 는 한 번만 / each id once', example(fault.id), keyLine(file, fault.field));
					continue;
				}
				push(
					file,
					fault.field,
					'unknown-reference',
					fault.id,
					`${where[fault.kind]} 에 있는 id 중 하나: ${fault.known.length > 0 ? fault.known.join(', ') : '(없음 / none yet)'} / an id that exists in ${where[fault.kind]}`,
					// The id most like the one written (a typo), else the first that exists.
					example(closestMatch(fault.id, fault.known) ?? fault.known[0] ?? fault.id),
					keyLine(file, fault.field),
				);
			}
		}
		if (collection !== 'sessions') continue;
		// Slides named as a PDF must be in content/slides/ (src/pages/slides/[file].ts copies them).
		const slides = typeof data.slides === 'string' ? data.slides : undefined;
		if (slides && isSlidesFile(slides) && !slideNames.includes(slides)) {
			push(
				file,
				'slides',
				'unknown-reference',
				slides,
				`content/slides/ 에 있는 PDF: ${slideNames.length > 0 ? slideNames.join(', ') : '(없음 / none yet)'} / a PDF that exists in content/slides/`,
				`slides: ${slideNames[0] ?? slides}`,
				keyLine(file, 'slides'),
			);
		}

		// A start or end that is not a time, or an end before the start, is the schema's to report.
		const start = LocalTimeSchema.safeParse(data.start).data;
		const end = LocalTimeSchema.safeParse(data.end).data;
		if (!start || !end || sessionTimeFault(start, end)) continue;
		if (!ctx.date || !timeZone) continue;
		let startMs: number;
		let endMs: number;
		try {
			startMs = instantToEpochMs(localTimeToInstant(ctx.date, start, timeZone));
			endMs = instantToEpochMs(localTimeToInstant(ctx.date, end, timeZone));
		} catch {
			push(
				file,
				'start',
				'outside-day',
				`${ctx.date} ${range({ start, end })} (${timeZone})`,
				'그날 그 시간대에 없는 시각입니다 (서머타임 전환) / that time does not exist on the event day in its time zone (a clock change)',
				'start: "13:30"',
				keyLine(file, 'start'),
			);
			continue;
		}
		if (!primary.has(file)) continue;
		timings.push({ id: file.id!, start, end, startMs, endMs, status: string(data.status), file, room: string(data.room), speakers: strings(data.speakers) });
	}

	// Two sessions in one room, or one speaker in two places, at the same time (cancelled sessions free both).
	timings.sort((a, b) => a.file.path.localeCompare(b.file.path));
	for (const clash of findClashes(timings)) {
		const { earlier: a, later: b } = clash;
		if (clash.kind === 'room') {
			push(
				b.file,
				'room',
				'room-overlap',
				`room: ${clash.room}, ${range(b)}`,
				`${a.file.path} 세션이 같은 장소를 ${range(a)} 에 씁니다. 장소나 시간을 바꾸세요 (취소된 세션은 status: cancelled) / ${a.file.path} uses the same room at ${range(a)}: change the room or the time`,
				`room: ${ctx.rooms.find((r) => r !== clash.room) ?? clash.room}  또는 / or  start: "${a.end}"`,
				keyLine(b.file, 'room'),
			);
		} else {
			push(
				b.file,
				'speakers',
				'speaker-overlap',
				`${clash.speaker}, ${range(b)}`,
				`발표자 ${clash.speaker} 은(는) 같은 시간(${range(a)})에 ${a.file.path} 에서도 발표합니다. 한 사람은 한 곳에만 / ${clash.speaker} also speaks in ${a.file.path} at ${range(a)}: one person, one place at a time`,
				`start: "${a.end}"`,
				keyLine(b.file, 'speakers'),
			);
		}
	}

	return sortProblems(problems);
}

/** Problems in a stable order: by file, then line, then field. */
export function sortProblems(problems: Problem[]): Problem[] {
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
