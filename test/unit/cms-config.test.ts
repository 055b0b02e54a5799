import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { cmsConfig, ENTRY_KINDS, type CmsOptions } from '../../src/lib/cms/config';
import { EDITOR_DIR, EDITOR_PACKAGE_FILES } from '../../src/lib/cms/editor-files';
import { objectFields, type CmsField } from '../../src/lib/cms/fields';
import { EventSchema } from '../../src/schemas/event';
import { unwrap, withHelp } from '../../src/schemas/help';

const options: CmsOptions = {
	repo: 'organizer/techday',
	branch: 'main',
	contentFolder: 'content',
	event: { rooms: [{ id: 'main-hall', label: '메인 세션장' }], timeZone: 'Asia/Seoul' },
};
const config = cmsConfig(options);
type Collection = { name: string; folder?: string; fields?: CmsField[]; files?: { file: string; fields: CmsField[] }[] };
const collections = config.collections as Collection[];
const fieldsOf = (name: string) => {
	const c = collections.find((x) => x.name === name)!;
	return c.fields ?? c.files![0]!.fields;
};
const field = (collection: string, name: string) => fieldsOf(collection).find((f) => f.name === name)!;

/** Every field path of a schema, through nested objects and lists of objects ("rooms.name.ko"). */
function schemaPaths(schema: z.ZodType, prefix = ''): string[] {
	const object = unwrap(schema);
	if (!(object instanceof z.ZodObject)) return [];
	return Object.entries(object.shape as Record<string, z.ZodType>).flatMap(([key, value]) => {
		const inner = unwrap(value);
		const nested = inner instanceof z.ZodArray ? (inner.element as z.ZodType) : inner;
		return [`${prefix}${key}`, ...schemaPaths(nested, `${prefix}${key}.`)];
	});
}

/** Every field path of the form. */
function formPaths(fields: readonly CmsField[], prefix = ''): string[] {
	return fields.flatMap((f) => [`${prefix}${f.name}`, ...formPaths((f.fields as CmsField[] | undefined) ?? [], `${prefix}${f.name}.`)]);
}

describe('the editor configuration', () => {
	test("passes the editor's own published JSON schema", () => {
		const schemaFile = new URL(`../../${EDITOR_DIR}${EDITOR_PACKAGE_FILES['schema/sveltia-cms.json']}`, import.meta.url);
		const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
		addFormats(ajv);
		const validate = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')));
		expect(validate(config), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
		// The schema is strict enough to catch a misspelt option.
		expect(validate({ ...config, publish_mod: 'editorial_workflow' })).toBe(false);
	});

	test.each([...ENTRY_KINDS.map((k) => [k.name, k.schema] as const), ['event', EventSchema] as const])(
		'every field of the %s schema has a form field, and nothing else does',
		(name, schema) => {
			const form = formPaths(fieldsOf(name)).filter((p) => p !== 'body');
			expect(form.sort()).toEqual(schemaPaths(schema).sort());
		},
	);

	test('a schema field of a kind the form does not know is an error, not a field left out', () => {
		const schema = z.strictObject({ when: withHelp(z.bigint(), { ko: '언제', en: 'when', example: 'when: 1' }) });
		expect(() => objectFields(schema, { collections: { speakers: { name: 's', display: 'name' }, tracks: { name: 't', display: 'name' } } })).toThrow(
			/"when" is a bigint/,
		);
	});

	test('Korean files at content/<kind>/, English words at content/en/<kind>/, saved as pull requests', () => {
		expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: ['ko', 'en'], default_locale: 'ko', omit_default_locale_from_file_path: true });
		expect(collections.find((c) => c.name === 'sessions')!.folder).toBe('content/{{locale}}/sessions');
		expect(config.publish_mode).toBe('editorial_workflow');
		expect(config.backend).toEqual({ name: 'github', repo: 'organizer/techday', branch: 'main' });
		expect(cmsConfig({ ...options, authUrl: 'https://auth.example.kr' }).backend).toMatchObject({ base_url: 'https://auth.example.kr' });
	});

	test('words are translated, facts are written in the Korean file only', () => {
		expect(field('sessions', 'title').i18n).toBe(true);
		expect(field('sessions', 'body').i18n).toBe(true);
		expect(field('sessions', 'start').i18n).toBe(false);
		expect(field('speakers', 'organization').i18n).toBe(true);
		expect(field('speakers', 'photo').i18n).toBe(false);
	});

	test.each([
		['sessions', 'kind', { widget: 'select', required: true }],
		['sessions', 'status', { widget: 'select', options: ['confirmed', 'tentative', 'cancelled'], default: 'tentative', required: false }],
		['sessions', 'start', { widget: 'datetime', type: 'time', format: 'HH:mm', required: true }],
		['sessions', 'room', { widget: 'select', options: [{ label: '메인 세션장 (main-hall)', value: 'main-hall' }] }],
		['sessions', 'speakers', { widget: 'relation', collection: 'speakers', multiple: true, required: false }],
		['sessions', 'track', { widget: 'relation', collection: 'tracks', multiple: false, required: false }],
		['sessions', 'recording', { widget: 'string', type: 'url', required: false }],
		['results', 'tracks', { widget: 'relation', collection: 'tracks', multiple: true }],
		['tracks', 'color', { widget: 'string', pattern: ['^#[0-9a-fA-F]{6}$', 'write a colour as #RRGGBB, e.g. "#1a73e8"'] }],
		['tracks', 'order', { widget: 'number', value_type: 'int', required: true }],
		['tracks', 'teaches', { widget: 'list', field: expect.objectContaining({ widget: 'string' }) }],
		['speakers', 'photo', { widget: 'image', media_folder: '', public_folder: './', required: false }],
		['event', 'date', { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' }],
		['event', 'revised', { widget: 'datetime', input_timezone: 'Asia/Seoul' }],
		['event', 'ended', { widget: 'boolean', default: false }],
	])('%s.%s is a form field of its kind', (collection, name, expected) => {
		expect(field(collection, name)).toMatchObject(expected);
	});

	test('gallery photos and organizer logos go to their own folders beside the event file', () => {
		const gallery = field('event', 'gallery').fields as CmsField[];
		expect(gallery.find((f) => f.name === 'image')).toMatchObject({ widget: 'image', media_folder: 'gallery', public_folder: './gallery' });
		const organizers = field('event', 'organizers').fields as CmsField[];
		expect(organizers.find((f) => f.name === 'logo')).toMatchObject({ media_folder: 'logos', public_folder: './logos' });
	});

	test('labels and hints speak Korean, then English', () => {
		expect(field('speakers', 'organization')).toMatchObject({ label: '소속 · organization' });
		expect(field('sessions', 'start').hint).toMatch(/^시작 시각.*\n\nstart time/s);
	});

	test('while the event file cannot be read, the room is an id with its pattern', () => {
		const room = objectFields(ENTRY_KINDS[0]!.schema, {
			collections: { speakers: { name: 'speakers', display: 'name' }, tracks: { name: 'tracks', display: 'name' } },
		}).find((f) => f.name === 'room');
		expect(room).toMatchObject({ widget: 'string', pattern: ['^[a-z0-9]+(?:-[a-z0-9]+)*$', expect.any(String)] });
	});
});

describe('an event of several days', () => {
	const days = cmsConfig({ ...options, event: { ...options.event!, days: ['2025-10-25', '2025-10-26'] } });
	const sessionDate = (days.collections as Collection[]).find((c) => c.name === 'sessions')!.fields!.find((f) => f.name === 'date')!;

	test("a session's day is chosen from the event's days, and the configuration still passes the editor's schema", () => {
		expect(sessionDate).toMatchObject({ widget: 'select', options: ['2025-10-25', '2025-10-26'] });
		const ajv = new Ajv({ allErrors: true, strict: false, logger: false });
		addFormats(ajv);
		const validate = ajv.compile(
			JSON.parse(readFileSync(new URL(`../../${EDITOR_DIR}${EDITOR_PACKAGE_FILES['schema/sveltia-cms.json']}`, import.meta.url), 'utf8')),
		);
		expect(validate(days), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
	});

	test('a one-day event keeps the date picker (the field may be left out)', () => {
		expect(field('sessions', 'date')).toMatchObject({ widget: 'datetime', type: 'date' });
	});
});
