import type { z } from 'astro/zod';
import { EventSchema } from '../../schemas/event';
import { ResultSchema, ResultTranslationSchema } from '../../schemas/result';
import { SessionSchema, SessionTranslationSchema } from '../../schemas/session';
import { SpeakerSchema, SpeakerTranslationSchema } from '../../schemas/speaker';
import { TrackSchema, TrackTranslationSchema } from '../../schemas/track';
import { overlaps, type Timed } from '../schedule';
import { isSlidesFile } from '../session-materials';
import { instantToEpochMs, localTimeToInstant } from '../time';
import { BODY_FIELD, checkBody } from './body';
import { eventFieldDocs, fieldDocs, wordFields, type ContentContext } from './fields';
import { EVENT_FILE, keyLine } from './parse';
import { issuesToProblems, show } from './zod-issues';
import type { CheckEnvironment, CollectionName, Problem, RawFile, Rule } from './types';
import { ID_PATTERN, isTimeZone, yamlDate } from '../ids';

const SCHEMAS: Record<CollectionName, { ko: z.ZodType; en: z.ZodType }> = {
	sessions: { ko: SessionSchema, en: SessionTranslationSchema },
	speakers: { ko: SpeakerSchema, en: SpeakerTranslationSchema },
	tracks: { ko: TrackSchema, en: TrackTranslationSchema },
	results: { ko: ResultSchema, en: ResultTranslationSchema },
};

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const FILE_FIELD = '(파일 file)';

/** The object schema inside optional/default/pipe wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
	const def = schema._zod.def as { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType };
	if (def.innerType) return unwrap(def.innerType);
	if (def.type === 'pipe' && def.in) return unwrap(def.in);
	return schema;
}

/** The field names a schema allows at a path of its data, for "did you mean". */
function keysAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
	let current = unwrap(schema);
	for (const part of path) {
		const def = current._zod.def as { type: string; shape?: Record<string, z.core.$ZodType>; element?: z.core.$ZodType };
		if (def.type === 'object' && typeof part === 'string' && def.shape?.[part]) current = unwrap(def.shape[part]);
		else if (def.type === 'array' && typeof part === 'number' && def.element) current = unwrap(def.element);
		else return [];
	}
	const def = current._zod.def as { type: string; shape?: Record<string, unknown> };
	return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

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
	[/bad indentation of a mapping entry/, '한 줄에 ": " 가 두 번 있거나 들여쓰기가 맞지 않습니다. 글에 ": " 가 있으면 따옴표로 감싸세요 / a line has ": " twice or is indented wrongly; put text containing ": " in quotes. '],
	[/within a (double|single) quoted scalar/, '따옴표가 닫히지 않았습니다 / a quote is not closed. '],
	[/missed comma|flow collection/, '[ ] 목록에 쉼표가 빠졌거나 ] 로 닫히지 않았습니다 / a [ ] list misses a comma or its closing ]. '],
	[/duplicated mapping key/, '같은 항목이 두 번 있습니다 / the same field is written twice. '],
	[/end of the stream or a document separator/, '콜론(:) 뒤에 공백이 없거나 들여쓰기가 맞지 않습니다 / a colon without a space after it, or wrong indentation. '],
	[/tab characters/, '들여쓰기에 탭 대신 공백을 씁니다 / indent with spaces, not tabs. '],
];

function yamlHint(message: string): string {
	return YAML_HINTS.find(([pattern]) => pattern.test(message))?.[1] ?? '';
}

interface SessionTiming extends Timed {
	file: RawFile;
	room?: string;
	speakers: string[];
}

const range = (s: { start: string; end: string }) => `${s.start}–${s.end}`;

/**
 * Checks every content file at once and returns all problems (none means the site can be built).
 * Pure: it reads nothing; give it the parsed files and the list of files in public/.
 */
export function checkContent(files: readonly RawFile[], env: CheckEnvironment): Problem[] {
	const problems: Problem[] = [];
	const push = (file: RawFile, field: string, rule: Rule, found: string, expected: string, example: string, line?: number) =>
		problems.push({ file: file.path, field, found, expected, example, rule, severity: 'error', line });

	// What the other files can refer to, read leniently so that one bad file does not hide the rest.
	const event = files.find((f) => f.kind === 'event');
	const entries = files.filter((f) => f.kind === 'entry');
	const slideNames = files.filter((f) => f.kind === 'slides').map((f) => f.rel.slice('slides/'.length));
	const idsOf = (collection: CollectionName, lang: 'ko' | 'en' = 'ko') =>
		[...new Set(entries.filter((f) => f.collection === collection && f.lang === lang).map((f) => f.id!))].sort();
	const rawRooms = event && Array.isArray(event.data.rooms) ? (event.data.rooms as unknown[]) : undefined;
	const rooms = rawRooms?.map((r) => string((r as Record<string, unknown> | null)?.id)).filter((id): id is string => id !== undefined);
	const ctx: ContentContext = {
		rooms: rooms ?? [],
		speakers: idsOf('speakers'),
		tracks: idsOf('tracks'),
		date: eventDate(event?.data.date),
	};
	const timeZone = validTimeZone(event?.data.timeZone);
	const koreanPath = (english: RawFile) =>
		entries.find((f) => f.lang === 'ko' && f.collection === english.collection && f.id === english.id)?.path ??
		english.path.replace(/(^|\/)en\//, '$1');

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
		if (file.kind === 'slides') continue;
		if (file.kind === 'other') {
			push(
				file,
				FILE_FIELD,
				'unread-file',
				file.rel,
				'사이트는 event.yaml 과 sessions/, speakers/, tracks/, results/ (영어는 en/ 아래) 의 .md 파일, slides/ 의 PDF 만 읽습니다. 사진은 public/ 에 넣습니다. 보관용 파일은 _ 로 시작하는 폴더에 / the site reads only event.yaml, .md files in sessions/, speakers/, tracks/, results/ (English under en/) and PDFs in slides/; photos go in public/; keep drafts in a folder starting with _',
				'sessions/lunch.md, en/sessions/lunch.md, ../public/speakers/kim.jpg',
			);
			continue;
		}
		if (file.kind === 'event') {
			const result = EventSchema.safeParse(file.data);
			if (!result.success) {
				problems.push(
					...issuesToProblems(result.error.issues, { file, docs: eventFieldDocs(ctx), allowedKeys: (p) => keysAt(EventSchema, p), date: ctx.date }),
				);
			}
			// js-yaml turns an unquoted 2024-11-31 into 1 December without a word: catch days that do not exist.
			const written = /^date:\s*["']?(\d{4}-\d{2}-\d{2})\b/m.exec(file.yaml)?.[1];
			if (written && file.data.date instanceof Date && eventDate(file.data.date) !== written) {
				push(file, 'date', 'bad-value', `date: ${written}`, '달력에 있는 날짜 YYYY-MM-DD / a day that exists, YYYY-MM-DD', 'date: 2024-11-25', keyLine(file, 'date'));
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
			const suggestion = file.id!.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'new-session';
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
				`---\n${Object.values(fieldDocs(collection, ctx))
					.filter((d) => d.required)
					.map((d) => d.example)
					.join('\n')}\n---`,
				1,
			);
			continue;
		}
		const english = file.lang === 'en';
		const schema = english ? SCHEMAS[collection].en : SCHEMAS[collection].ko;
		const result = schema.safeParse(file.data);
		if (!result.success) {
			const all = fieldDocs(collection, ctx);
			problems.push(
				...issuesToProblems(result.error.issues, {
					file,
					docs: english ? wordFields(collection, ctx) : all,
					allowedKeys: (p) => keysAt(schema, p),
					english: english
						? { facts: Object.fromEntries(Object.entries(all).filter(([, d]) => d.fact)), koreanFile: koreanPath(file) }
						: undefined,
					date: ctx.date,
				}),
			);
		}
		problems.push(...checkBody(file, env));
		if (typeof file.data.photo === 'string' && /^\//.test(file.data.photo) && !env.publicFiles.has(file.data.photo)) {
			push(
				file,
				'photo',
				'missing-image',
				show(file.data.photo),
				`public${file.data.photo} 파일이 없습니다. 사진을 그 자리에 넣거나 경로를 고치세요 / there is no file public${file.data.photo}: add the photo there or fix the path`,
				`photo: /speakers/${file.id}.jpg  (파일 / file: public/speakers/${file.id}.jpg)`,
				keyLine(file, 'photo'),
			);
		}
	}

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
	const timings: SessionTiming[] = [];
	for (const file of entries.filter((f) => f.lang === 'ko' && !f.syntaxError)) {
		const data = file.data;
		const refs = (field: string, ids: readonly string[], values: string[], where: string, example: (id: string) => string) => {
			const seen = new Set<string>();
			for (const value of values) {
				if (seen.has(value)) {
					push(file, field, 'duplicate-id', value, '같은 id 는 한 번만 / each id once', example(value), keyLine(file, field));
				}
				seen.add(value);
				if (ids.includes(value)) continue;
				const hint = ids.length > 0 ? ids.join(', ') : '(없음 / none yet)';
				push(
					file,
					field,
					'unknown-reference',
					value,
					`${where} 에 있는 id 중 하나: ${hint} / an id that exists in ${where}`,
					example(ids[0] ?? value),
					keyLine(file, field),
				);
			}
		};
		if (file.collection === 'results') refs('tracks', ctx.tracks, strings(data.tracks), 'content/tracks/', (id) => `tracks: [${id}]`);
		if (file.collection !== 'sessions') continue;
		if (rooms && typeof data.room === 'string' && ID_PATTERN.test(data.room)) {
			refs('room', rooms, [data.room], 'content/event.yaml 의 rooms', (id) => `room: ${id}`);
		}
		if (typeof data.track === 'string' && ID_PATTERN.test(data.track)) refs('track', ctx.tracks, [data.track], 'content/tracks/', (id) => `track: ${id}`);
		refs('speakers', ctx.speakers, strings(data.speakers), 'content/speakers/', (id) => `speakers: [${id}]`);
		const slides = string(data.slides);
		if (slides && isSlidesFile(slides)) {
			refs('slides', slideNames, [slides], 'content/slides/', (name) => `slides: ${name}`);
		}

		const start = string(data.start);
		const end = string(data.end);
		if (!start || !end || !TIME.test(start) || !TIME.test(end)) continue;
		if (end <= start) {
			const pastMidnight = end < start && start >= '18:00' && end <= '06:00';
			push(
				file,
				'end',
				pastMidnight ? 'outside-day' : 'end-before-start',
				`start: "${start}", end: "${end}"`,
				pastMidnight
					? `세션은 행사 당일(${ctx.date ?? 'event.yaml 의 date'}) 안에 끝나야 합니다. 자정을 넘길 수 없습니다 / a session ends within the event day; it cannot run past midnight`
					: '끝나는 시각은 시작 시각보다 늦어야 합니다 / the end must be after the start',
				pastMidnight ? 'end: "23:59"' : `end: "${addHour(start)}"`,
				keyLine(file, 'end'),
			);
			continue;
		}
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
		if (data.status === 'cancelled' || !primary.has(file)) continue;
		timings.push({ id: file.id!, start, end, startMs, endMs, file, room: string(data.room), speakers: strings(data.speakers) });
	}

	// Two sessions in one room, or one speaker in two places, at the same time (cancelled sessions free both).
	timings.sort((a, b) => a.startMs - b.startMs || a.file.path.localeCompare(b.file.path));
	for (let i = 0; i < timings.length; i++) {
		for (let j = i + 1; j < timings.length; j++) {
			const [a, b] = [timings[i]!, timings[j]!];
			if (!overlaps(a, b)) continue;
			if (a.room && a.room === b.room) {
				push(
					b.file,
					'room',
					'room-overlap',
					`room: ${b.room}, ${range(b)}`,
					`${a.file.path} 세션이 같은 장소를 ${range(a)} 에 씁니다. 장소나 시간을 바꾸세요 (취소된 세션은 status: cancelled) / ${a.file.path} uses the same room at ${range(a)}: change the room or the time`,
					`room: ${ctx.rooms.find((r) => r !== b.room) ?? b.room}  또는 / or  start: "${a.end}"`,
					keyLine(b.file, 'room'),
				);
			}
			for (const speaker of b.speakers.filter((s) => a.speakers.includes(s))) {
				push(
					b.file,
					'speakers',
					'speaker-overlap',
					`${speaker}, ${range(b)}`,
					`발표자 ${speaker} 은(는) 같은 시간(${range(a)})에 ${a.file.path} 에서도 발표합니다. 한 사람은 한 곳에만 / ${speaker} also speaks in ${a.file.path} at ${range(a)}: one person, one place at a time`,
					`start: "${a.end}"`,
					keyLine(b.file, 'speakers'),
				);
			}
		}
	}

	return sortProblems(problems);
}

function addHour(time: string): string {
	const hour = Math.min(Number(time.slice(0, 2)) + 1, 23);
	return `${String(hour).padStart(2, '0')}:${time.slice(3)}`;
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
