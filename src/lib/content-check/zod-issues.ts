/**
 * The one place where schema complaints become organizer messages: Zod issues, read with the help
 * each field carries in its schema (src/schemas/help.ts) and the ids the rest of the content holds.
 */
import { z } from 'astro/zod';
import { EventSchema } from '../../schemas/event';
import { fieldHelp, fieldSchemaAt, fieldsAt, unwrap, type FieldHelp } from '../../schemas/help';
import { ResultSchema, ResultTranslationSchema } from '../../schemas/result';
import { SessionSchema, SessionTranslationSchema } from '../../schemas/session';
import { SpeakerSchema, SpeakerTranslationSchema } from '../../schemas/speaker';
import { TrackSchema, TrackTranslationSchema } from '../../schemas/track';
import { both, inEach, inLanguage, type CheckKey } from '../../i18n/check';
import { closestMatch } from '../model/closest';
import { FILE_FIELD } from './content';
import { keyLine } from './parse';
import { describeTime } from './times';
import { endBeforeStart } from './timing-rules';
import type { CollectionName, Problem, RawFile, Rule } from './types';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** What the rest of the content holds, so messages can list real ids (rooms, speakers, tracks). */
export interface ContentContext {
	rooms: string[];
	speakers: string[];
	tracks: string[];
	/** The (first) event day, YYYY-MM-DD, when event.yaml gives one. */
	date?: string;
	/** Every programme day (`date:`, or the `dates:` of an event of several days), and when one hands over to the next. */
	days?: string[];
	dayChange?: string;
}

/** The schemas of each kind of entry: the Korean file (facts and words) and the English file (words only). */
export const ENTRY_SCHEMAS: Record<CollectionName, { ko: z.ZodType; en: z.ZodType }> = {
	sessions: { ko: SessionSchema, en: SessionTranslationSchema },
	speakers: { ko: SpeakerSchema, en: SpeakerTranslationSchema },
	tracks: { ko: TrackSchema, en: TrackTranslationSchema },
	results: { ko: ResultSchema, en: ResultTranslationSchema },
};

/** A field's help as organizers read it in this content: the ids it may name are listed. */
export interface FieldDoc {
	ko: string;
	en: string;
	/** What a correct value looks like, "Korean / English". */
	expected: string;
	/** A correct YAML line (or lines) to copy. */
	example: string;
}

/** One field of a kind of file, as the scaffold writes it. */
export interface EntryField {
	key: string;
	doc: FieldDoc;
	required: boolean;
	/** What to write when the organizer may leave it as it is (a default), else undefined. */
	preset?: string;
}

const list = (ids: readonly string[], fallback: string) => (ids.length > 0 ? ids.join(', ') : fallback);

/** A YAML line giving a field that names other entries one id: a list when the schema wants a list. */
const idLine = (key: string, schema: z.ZodType | undefined, id: string) => `${key}: ${schema && unwrap(schema) instanceof z.ZodArray ? `[${id}]` : id}`;

/**
 * An example line for a reference field of a Korean entry, naming an id that exists.
 * @example referenceExample('sessions', 'speakers', 'kim-donggyu') // "speakers: [kim-donggyu]"
 */
export function referenceExample(collection: CollectionName, field: string, id: string): string {
	return idLine(field, fieldsAt(ENTRY_SCHEMAS[collection].ko)[field], id);
}

/**
 * A field's help with the real ids filled in where it names other entries.
 * @example helpToDoc(roomHelp, 'room', roomSchema, { rooms: ['main-hall'], … }).example // "room: main-hall"
 */
export function helpToDoc(help: FieldHelp, key: string, schema: z.ZodType, ctx: ContentContext): FieldDoc {
	const expected = help.expected ?? `${help.ko} / ${help.en}`;
	if (!help.refersTo) return { ko: help.ko, en: help.en, expected, example: help.example };
	const ids = ctx[help.refersTo.ids];
	const id = ids[0] ?? help.refersTo.sample;
	return {
		ko: `${help.ko}: ${list(ids, help.refersTo.sample)}`,
		en: help.en,
		expected: `${expected}: ${list(ids, `(${inLanguage('en', 'none-yet')})`)}`,
		example: idLine(key, schema, id),
	};
}

/** The help for the field at a path of a file's data; a list item is explained by its list. */
export function fieldDocAt(schema: z.ZodType, path: Path, ctx: ContentContext): FieldDoc | undefined {
	const fieldPath = [...path];
	while (typeof fieldPath.at(-1) === 'number') fieldPath.pop();
	const field = fieldSchemaAt(schema, fieldPath);
	const help = field && fieldHelp.get(field);
	return help && field && helpToDoc(help, String(fieldPath.at(-1)), field, ctx);
}

/** The fields of a kind of file in the order the schema lists them; English files get only the words. */
export function entryFields(collection: CollectionName, lang: 'ko' | 'en', ctx: ContentContext): EntryField[] {
	return Object.entries(fieldsAt(ENTRY_SCHEMAS[collection][lang])).map(([key, schema]) => {
		// A field may be left out when the schema accepts nothing there: `.optional()`, or a default to write.
		const leftOut = schema.safeParse(undefined);
		const preset = leftOut.data as unknown;
		const doc = fieldDocAt(ENTRY_SCHEMAS[collection][lang], [key], ctx) ?? { ko: key, en: key, expected: key, example: `${key}: …` };
		// A session of an event of several days must name its day: asked for, with the days to choose from.
		const days = ctx.days ?? [];
		const asksDay = collection === 'sessions' && lang === 'ko' && key === 'date' && days.length > 1;
		return {
			key,
			doc: asksDay ? { ...doc, ko: `${doc.ko}: ${days.join(', ')}`, en: `${doc.en}: ${days.join(', ')}`, example: `date: ${days[0]}` } : doc,
			required: !leftOut.success || asksDay,
			preset: preset === undefined ? undefined : typeof preset === 'string' ? preset : JSON.stringify(preset),
		};
	});
}

/** A field path as organizers read it: list positions count from 1, e.g. "rooms[#2].id". */
export function fieldName(path: Path): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[#${part + 1}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out || FILE_FIELD;
}

function valueAt(data: unknown, path: Path): unknown {
	let value = data;
	for (const part of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[part];
	}
	return value;
}

/** A value shown the way it would be written in YAML, short. */
export function show(value: unknown): string {
	if (value === undefined) return `(${both('value.missing')})`;
	if (value === null) return `(${both('value.empty')})`;
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace('T00:00:00.000Z', '');
	if (typeof value === 'string') return value === '' ? `"" (${both('value.empty')})` : JSON.stringify(value);
	const text = typeof value === 'object' ? JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v)) : String(value);
	return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

const TYPE_WORDS: Record<string, CheckKey> = {
	string: 'type.string',
	number: 'type.number',
	int: 'type.int',
	boolean: 'type.boolean',
	array: 'type.array',
	object: 'type.object',
	date: 'type.date',
};

function genericExpected(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type': {
			const key = TYPE_WORDS[issue.expected];
			return key ? both(key) : issue.expected;
		}
		case 'invalid_value':
			return both('value.one-of', { values: issue.values.map(String).join(', ') });
		case 'too_small':
			return issue.origin === 'array' ? both('value.at-least', { n: String(issue.minimum) }) : both('value.not-empty');
		default:
			return issue.message;
	}
}

/** Everything the mapping needs to know about the file being checked. */
interface IssueContext {
	file: RawFile;
	schema: z.ZodType;
	content: ContentContext;
	/** For English files: the Korean file's schema, which holds the facts, and where that file is. */
	english?: { schema: z.ZodType; koreanFile: string };
}

function problem(ctx: IssueContext, path: Path, rule: Rule, found: string, expected: string, example: string): Problem {
	return { file: ctx.file.path, field: fieldName(path), found, expected, example, rule, severity: 'error', line: keyLine(ctx.file, ...path) };
}

function unknownKey(ctx: IssueContext, objectPath: Path, key: string): Problem {
	const path = [...objectPath, key];
	const found = `${key}: ${show(valueAt(ctx.file.data, path))}`;
	const fact = objectPath.length === 0 && ctx.english ? fieldDocAt(ctx.english.schema, [key], ctx.content) : undefined;
	if (fact && ctx.english) {
		const { koreanFile } = ctx.english;
		return problem(
			ctx,
			path,
			'english-fact',
			found,
			both('english-fact.expected', { key, korean: koreanFile }),
			both('english-fact.example', { korean: koreanFile, example: fact.example }),
		);
	}
	const allowed = Object.keys(fieldsAt(ctx.schema, objectPath));
	const guess = closestMatch(key, allowed);
	const guessDoc = guess ? fieldDocAt(ctx.schema, [...objectPath, guess], ctx.content) : undefined;
	return problem(
		ctx,
		path,
		'unknown-field',
		found,
		`${guess ? both('unknown-field.guess', { guess }) : both('unknown-field.expected')} (${both('word.allowed')}: ${allowed.join(', ')})`,
		guessDoc?.example ?? (guess ? `${guess}: …` : allowed.map((k) => `${k}: …`).join(', ')),
	);
}

/** The session schema's refinement, worded: an end at the start (an earlier end is the next morning: see timing-rules). */
function timeOrderProblem(ctx: IssueContext): Problem | undefined {
	const { start, end } = ctx.file.data;
	if (typeof start !== 'string' || typeof end !== 'string' || start !== end) return undefined;
	return endBeforeStart(ctx.file, start, end);
}

/** The event file's one-day or several-days refinements, worded. */
function eventDatesProblem(ctx: IssueContext, field: string): Problem | undefined {
	if (ctx.file.kind !== 'event' || (field !== 'date' && field !== 'dates')) return undefined;
	const has = (key: string) => ctx.file.data[key] !== undefined;
	if (field === 'date' && has('date') === has('dates')) {
		return problem(ctx, ['date'], has('date') ? 'bad-value' : 'missing-field', show(ctx.file.data.date), both('event-dates.expected'), 'date: 2024-11-25');
	}
	return problem(ctx, ['dates'], 'bad-value', show(ctx.file.data.dates), both('event-dates.order'), 'dates:\n  - 2025-10-25\n  - 2025-10-26');
}

/**
 * Turns the schema's complaints about one file into problems in organizer words.
 * Unknown fields become one problem each, with a suggestion; times get their own wording.
 */
function issuesToProblems(issues: readonly Issue[], ctx: IssueContext): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	const sessions = ctx.file.collection === 'sessions';
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) problems.push(unknownKey(ctx, issue.path, key));
			continue;
		}
		const path = issue.path;
		const field = fieldName(path);
		if (issue.code === 'custom' && sessions && field === 'end') {
			const timing = timeOrderProblem(ctx);
			if (timing) problems.push(timing);
			continue;
		}
		if (issue.code === 'custom' && !seen.has(field)) {
			const dates = eventDatesProblem(ctx, field);
			if (dates) {
				seen.add(field);
				problems.push(dates);
				continue;
			}
		}
		if (seen.has(field)) continue;
		seen.add(field);
		const value = valueAt(ctx.file.data, path);
		const doc = fieldDocAt(ctx.schema, path, ctx.content);
		if (isEmpty(value)) {
			problems.push(
				problem(
					ctx,
					path,
					'missing-field',
					show(value),
					`${doc ? `${doc.ko} / ${doc.en}` : genericExpected(issue)} (${both('word.required')})`,
					doc?.example ?? `${field}: …`,
				),
			);
		} else if (sessions && (field === 'start' || field === 'end')) {
			const time = describeTime(field, value, ctx.content.date);
			problems.push(problem(ctx, path, time.rule, show(value), time.expected, time.example));
		} else if (issue.code === 'invalid_value' && typeof value === 'string') {
			const values = issue.values.map(String);
			const guess = closestMatch(value, values);
			const expected = `${guess ? `${both('value.guess', { guess })} ` : ''}${doc?.expected ?? genericExpected(issue)}`;
			problems.push(problem(ctx, path, 'bad-value', show(value), expected, guess ? `${String(path.at(-1))}: ${guess}` : (doc?.example ?? `${field}: …`)));
		} else {
			problems.push(problem(ctx, path, 'bad-value', show(value), doc?.expected ?? genericExpected(issue), doc?.example ?? `${field}: …`));
		}
	}
	return problems;
}

/** The schema a content file is read with: the event file's, or its collection's in its language. */
export function schemaOf(file: RawFile): z.ZodType {
	return file.kind === 'entry' ? ENTRY_SCHEMAS[file.collection!][file.lang === 'en' ? 'en' : 'ko'] : EventSchema;
}

/**
 * Checks one file (the event file or a Markdown entry with front matter) against its schema and
 * returns every problem in organizer words. `koreanFile` names the Korean file of an English one.
 */
export function schemaProblems(file: RawFile, content: ContentContext, koreanFile?: string): Problem[] {
	const schemas = file.kind === 'entry' ? ENTRY_SCHEMAS[file.collection!] : undefined;
	const schema = schemaOf(file);
	const result = schema.safeParse(file.data);
	if (result.success) return [];
	const english = schemas && file.lang === 'en' ? { schema: schemas.ko, koreanFile: koreanFile ?? file.path } : undefined;
	return issuesToProblems(result.error.issues, { file, schema, content, english });
}
