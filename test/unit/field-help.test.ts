import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, test } from 'vitest';
import { entryFields, ENTRY_SCHEMAS, fieldDocAt, helpToDoc, type ContentContext } from '../../src/lib/content-check/zod-issues';
import { EventSchema } from '../../src/schemas/event';
import { fieldHelp, fieldSchemaAt, fieldsAt, withHelp } from '../../src/schemas/help';
import { SessionSchema } from '../../src/schemas/session';

const none: ContentContext = { rooms: [], speakers: [], tracks: [] };
const content: ContentContext = { rooms: ['main-hall', 'track-room-a'], speakers: ['kim-donggyu'], tracks: ['google', 'aws'], date: '2024-11-25' };

/** Every field path of a schema, through nested objects and list items ("rooms.id"). */
function fieldPaths(schema: z.ZodType, path: PropertyKey[] = []): PropertyKey[][] {
	return Object.keys(fieldsAt(schema, path)).flatMap((key) => {
		const here = [...path, key];
		const item = [...here, 0];
		const nested = [...fieldPaths(schema, here), ...(fieldSchemaAt(schema, item) ? fieldPaths(schema, item) : [])];
		return [here, ...nested];
	});
}

const schemas: [string, z.ZodType][] = [
	['event', EventSchema],
	...Object.entries(ENTRY_SCHEMAS).flatMap(([name, { ko, en }]): [string, z.ZodType][] => [
		[name, ko],
		[`en/${name}`, en],
	]),
];

describe.each(schemas)('every field of %s explains itself to organizers', (_name, schema) => {
	test.each(fieldPaths(schema).map((p) => [p.filter((x) => typeof x === 'string').join('.'), p] as const))('%s', (_field, path) => {
		const doc = fieldDocAt(schema, path, none);
		expect(doc, 'help in the schema').toBeDefined();
		expect(doc!.ko).toMatch(/[가-힣]/);
		expect(doc!.en).toMatch(/^[^가-힣]*[a-z]/);
		expect(doc!.expected).toMatch(/[가-힣].* \/ .*[a-z]/);
		expect(doc!.example.trim()).not.toBe('');
		expect(fieldSchemaAt(schema, path)!.description, 'the English help is the schema description').toBe(doc!.en);
	});
});

describe.each(Object.keys(ENTRY_SCHEMAS) as (keyof typeof ENTRY_SCHEMAS)[])('the %s fields', (collection) => {
	test('each example is a line the schema accepts for that field', () => {
		for (const { key, doc } of entryFields(collection, 'ko', content)) {
			const value = (yaml.load(doc.example) as Record<string, unknown>)[key];
			expect(fieldsAt(ENTRY_SCHEMAS[collection].ko)[key]!.safeParse(value).success, doc.example).toBe(true);
		}
	});

	test('English files get only the words, with the same help as the Korean file', () => {
		const words = entryFields(collection, 'en', content);
		const all = entryFields(collection, 'ko', content);
		expect(words.length).toBeGreaterThan(0);
		expect(words.length).toBeLessThan(all.length);
		for (const field of words) expect(all.find((f) => f.key === field.key)).toEqual(field);
	});
});

test('required fields and the values the scaffold writes follow from the schema', () => {
	const fields = Object.fromEntries(entryFields('sessions', 'ko', none).map((f) => [f.key, [f.required, f.preset]]));
	expect(fields).toEqual({
		title: [true, undefined],
		summary: [true, undefined],
		kind: [true, undefined],
		date: [false, undefined],
		start: [true, undefined],
		end: [true, undefined],
		room: [true, undefined],
		track: [false, undefined],
		speakers: [false, '[]'],
		status: [false, 'tentative'],
		recording: [false, undefined],
		slides: [false, undefined],
	});
});

describe('fields that name other entries list the ids the content has', () => {
	test.each([
		[['room'], content, 'room: main-hall', /: main-hall, track-room-a$/],
		[['speakers'], content, 'speakers: [kim-donggyu]', /: kim-donggyu$/],
		[['track'], content, 'track: google', /: google, aws$/],
		[['room'], none, 'room: main-hall', /: \(none yet\)$/],
		[['speakers'], none, 'speakers: [cho-sungzoon]', /: \(none yet\)$/],
	] as const)('%j with %j', (path, ctx, example, expected) => {
		const doc = fieldDocAt(SessionSchema, path, ctx)!;
		expect(doc.example).toBe(example);
		expect(doc.expected).toMatch(expected);
	});
});

describe('finding a field with the public Zod API', () => {
	test.each([
		[['rooms', 3, 'id'], '세션장 id: 영문 소문자, 숫자, 하이픈'],
		[['rooms', 0, 'name', 'en'], '영어 글'],
		[['organizers', 1, 'note'], '덧붙이는 말: ko: 와 en: 두 줄'],
		[['venue', 'mapQuery'], '지도 검색어'],
		[['links', 0, 'url'], 'https:// 로 시작하는 전체 주소'],
		[['rooms', 2], '세션장 목록: id, name, provisional'],
	])('event %j is explained as %s', (path, ko) => {
		expect(fieldDocAt(EventSchema, path, none)?.ko).toBe(ko);
	});

	test('paths off the schema have no field', () => {
		expect(fieldSchemaAt(EventSchema, ['nope'])).toBeUndefined();
		expect(fieldSchemaAt(EventSchema, ['shortName', 'x'])).toBeUndefined();
		expect(fieldsAt(EventSchema, ['shortName'])).toEqual({});
		expect(Object.keys(fieldsAt(EventSchema, ['rooms', 0]))).toEqual(['id', 'name', 'provisional']);
	});

	test('help goes on a copy, so a shared schema (ids, times) is never marked for every field that uses it', () => {
		const shared = z.string();
		const a = withHelp(shared, { ko: '가', en: 'a', example: 'a: x' });
		const b = withHelp(shared, { ko: '나', en: 'b', example: 'b: x' });
		expect([fieldHelp.get(a)?.en, fieldHelp.get(b)?.en, fieldHelp.get(shared)]).toEqual(['a', 'b', undefined]);
	});

	test('helpToDoc writes "Korean / English" when the help gives no expected value', () => {
		expect(helpToDoc({ ko: '이름', en: 'name', example: 'name: 김' }, 'name', z.string(), none).expected).toBe('이름 / name');
	});
});
