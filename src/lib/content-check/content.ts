import type { KnownIds } from '../model/cross-entity';
import { isTimeZone, yamlDate } from '../model/ids';
import { LocalTimeSchema } from '../../schemas/common';
import type { BodyTargets } from './mdx';
import type { CheckEnvironment, CollectionName, Problem, RawFile, Rule } from './types';
import type { ContentContext } from './zod-issues';

/** What every rule may look up about the content as a whole, gathered once per check. */
export interface GatheredContent {
	files: readonly RawFile[];
	env: CheckEnvironment;
	event?: RawFile;
	/** The Markdown entries, both languages. */
	entries: readonly RawFile[];
	/** The Korean entries that could be read: the ones that hold facts and references. */
	koreanEntries: readonly RawFile[];
	/** The first file of each id: keynote.md and keynote.mdx are one entry, and the second is the mistake. */
	primary: ReadonlySet<RawFile>;
	/** What messages list: rooms, speakers, tracks, the day. */
	ctx: ContentContext;
	/** What references may name; the rooms only when the event file lists them. */
	known: KnownIds;
	bodyTargets: BodyTargets;
	/** The PDFs in the content folder's slides/. */
	slideNames: readonly string[];
	timeZone?: string;
}

/** A value read leniently: the string it is, or undefined. */
export const string = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The strings of a list read leniently; anything else is the schema's to report. */
export const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/** The event day as YYYY-MM-DD, from a string or the Date YAML makes of an unquoted date. */
export function eventDate(value: unknown): string | undefined {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return yamlDate(value);
	return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
}

/** The ids of a collection's Korean files, sorted, each once. */
export const koreanIds = (files: readonly RawFile[], collection: CollectionName) =>
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
	const dates = Array.isArray(event?.data.dates) ? (event.data.dates as unknown[]).map(eventDate).filter((d): d is string => d !== undefined) : [];
	const date = eventDate(event?.data.date);
	const days = date ? [date] : dates;
	const dayChange = LocalTimeSchema.safeParse(event?.data.dayChange).data;
	return { rooms: roomIds(event) ?? [], speakers: koreanIds(files, 'speakers'), tracks: koreanIds(files, 'tracks'), date: days[0], days, dayChange };
}

/** The first file of each language, collection and id. */
function primaryFiles(entries: readonly RawFile[]): Set<RawFile> {
	const first = new Map<string, RawFile>();
	for (const file of entries) {
		const key = `${file.lang}/${file.collection}/${file.id}`;
		if (!first.has(key)) first.set(key, file);
	}
	return new Set(first.values());
}

/** Reads what the rules share from the parsed files, leniently: a file that could not be read adds nothing. */
export function gatherContent(files: readonly RawFile[], env: CheckEnvironment): GatheredContent {
	const event = files.find((f) => f.kind === 'event');
	const entries = files.filter((f) => f.kind === 'entry');
	const ctx = contentContext(files);
	const timeZone = event?.data.timeZone;
	return {
		files,
		env,
		event,
		entries,
		koreanEntries: entries.filter((f) => f.lang === 'ko' && !f.syntaxError),
		primary: primaryFiles(entries),
		ctx,
		known: { rooms: roomIds(event), speakers: ctx.speakers, tracks: ctx.tracks },
		bodyTargets: {
			ids: { sessions: koreanIds(entries, 'sessions'), speakers: ctx.speakers, tracks: ctx.tracks },
			contentFiles: new Set(files.map((f) => f.rel)),
			routes: env.routes,
		},
		slideNames: files.filter((f) => f.kind === 'slides').map((f) => f.rel.slice('slides/'.length)),
		timeZone: typeof timeZone === 'string' && isTimeZone(timeZone) ? timeZone : undefined,
	};
}

/** Where an English file's Korean twin is, or would be. */
export function koreanPathOf(english: RawFile, content: GatheredContent): string {
	return (
		content.entries.find((f) => f.lang === 'ko' && f.collection === english.collection && f.id === english.id)?.path ?? english.path.replace(/(^|\/)en\//, '$1')
	);
}

/** The field name reports use for the file itself. */
export const FILE_FIELD = '(파일 file)';

/** An error in a file, at a field (and its line when known). */
export function errorAt(file: RawFile, field: string, rule: Rule, found: string, expected: string, example: string, line?: number): Problem {
	return { file: file.path, field, found, expected, example, rule, severity: 'error', line };
}
