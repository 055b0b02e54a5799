/**
 * Form fields for the browser editor (Sveltia CMS), read off the Zod schemas and their help registry:
 * a field added to a schema appears in the form without touching the editor. A schema type this file
 * does not know is an error at build time, never a field silently left out of the form.
 */
import { z } from 'astro/zod';
import { fieldHelp, unwrap, type FieldHelp } from '../../schemas/help';
import { imageFields } from '../../schemas/image';
import type { IdKind } from '../model/cross-entity';
import { ID_PATTERN } from '../model/ids';

/** One field of the editor's configuration (the subset of Sveltia's field options this site uses). */
export type CmsField = { name: string; label: string; widget: string } & Record<string, unknown>;

/** A field's widget and its options, before its name, label and whether it is required. */
type Widget = { widget: string } & Record<string, unknown>;

/** What the fields need to know beyond the schemas: the event's rooms and where each kind of image goes. */
export interface FieldContext {
	/** The rooms of the event file, offered as a select; undefined while the event file cannot be read. */
	rooms?: readonly { id: string; label: string }[];
	/** The event's IANA time zone, in which the event file's date-times are entered. */
	timeZone?: string;
	/** The programme days of an event of several days: a session's day is chosen from them. */
	days?: readonly string[];
	/** The editor collection of each kind of entry a field names by id. */
	collections: Record<Exclude<IdKind, 'rooms'>, { name: string; display: string }>;
	/** Whether the field belongs to a file with a translation beside it: facts are then Korean-only. */
	translated?: { words: readonly string[] };
	/** Where a field's images go, relative to its entry, by field name (the entry's own folder when absent). */
	imageFolders?: Record<string, string>;
}

/** "HH:MM": the session times' pattern, which the form edits with a time picker. */
const LOCAL_TIME_SOURCE = '^([01]\\d|2[0-3]):[0-5]\\d$';

/** The part of a help text before its first ": " or " (": a short label. */
const short = (text: string) => text.split(/: | \(|, |; /)[0]!.trim();

/** Label and hint in Korean then English, from the field's help (the field's name where it has none). */
function describe(name: string, help: FieldHelp | undefined) {
	if (!help) return { label: name };
	const label = `${short(help.ko)} · ${name}`;
	// Hints are read as Markdown with HTML: "./<file>" would lose its "<file>".
	const hint = [help.ko, help.en, help.expected]
		.filter((t): t is string => !!t && t !== short(t))
		.join('\n\n')
		.replaceAll('<', '‹')
		.replaceAll('>', '›');
	return hint ? { label, hint } : { label };
}

/** The regular expressions a string schema must match, with their messages. */
function patterns(schema: z.ZodType): { source: string; message: string }[] {
	const checks = (schema._zod.def as { checks?: { _zod: { def: Record<string, unknown> } }[] }).checks ?? [];
	return checks.flatMap(({ _zod: { def } }) =>
		def.format === 'regex' && def.pattern instanceof RegExp
			? [{ source: def.pattern.source, message: typeof def.error === 'function' ? String(def.error({}) ?? '') : '' }]
			: [],
	);
}

/** Whether a schema is text: plain, or a format such as a URL or an e-mail address (not subclasses of ZodString). */
const isText = (schema: z.ZodType) => schema._zod.def.type === 'string';

/** The form of a text value: a time picker, a date picker, a URL or e-mail input, or text with a pattern. */
function stringField(schema: z.ZodType, context: FieldContext): Widget {
	const format = (schema._zod.def as { format?: string }).format;
	if (format === 'url') return { widget: 'string', type: 'url', pattern: ['^https?://', 'https://…'] };
	if (format === 'email') return { widget: 'string', type: 'email' };
	if (format === 'date') return { widget: 'datetime', type: 'date', format: 'YYYY-MM-DD' };
	if (format === 'datetime') return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', input_timezone: context.timeZone ?? 'local' };
	const [pattern, ...more] = patterns(schema);
	if (more.length > 0) throw new Error(`a text field with ${more.length + 1} patterns: join them into one`);
	if (pattern?.source === LOCAL_TIME_SOURCE) return { widget: 'datetime', type: 'time', format: 'HH:mm' };
	return pattern ? { widget: 'string', pattern: [pattern.source, pattern.message] } : { widget: 'string' };
}

/** A field that names other entries by id: a select of the rooms, or a relation to speakers or tracks. */
function referenceField(kind: IdKind, multiple: boolean, context: FieldContext): Widget {
	if (kind === 'rooms') {
		const rooms = context.rooms;
		if (!rooms) return { widget: 'string', pattern: [ID_PATTERN.source, 'a room id from content/event.yaml'] };
		return { widget: 'select', options: rooms.map((r) => ({ label: `${r.label} (${r.id})`, value: r.id })), multiple };
	}
	const { name, display } = context.collections[kind];
	return { widget: 'relation', collection: name, value_field: '{{slug}}', search_fields: [display], display_fields: [display], multiple };
}

/** The widget and its options for a value of a schema (without name, label or required). */
function widgetFor(name: string, field: z.ZodType, context: FieldContext): Widget {
	const help = fieldHelp.get(field);
	const inner = unwrap(field);
	if (imageFields.has(field)) {
		const folder = context.imageFolders?.[name] ?? '';
		return { widget: 'image', choose_url: false, media_folder: folder, public_folder: folder ? `./${folder}` : './' };
	}
	if (help?.refersTo) return referenceField(help.refersTo.ids, inner instanceof z.ZodArray, context);
	// An entry's date (a session's programme day) on an event of several days: one of its days, not any date.
	if (name === 'date' && context.translated && context.days) return { widget: 'select', options: [...context.days] };
	if (inner instanceof z.ZodEnum) return { widget: 'select', options: inner.options as string[] };
	if (inner instanceof z.ZodBoolean) return { widget: 'boolean' };
	if (inner instanceof z.ZodNumber) return { widget: 'number', value_type: inner.isInt ? 'int' : 'float' };
	if (isText(inner)) return stringField(inner, context);
	if (inner instanceof z.ZodUnion) return unionField(inner, context);
	if (inner instanceof z.ZodObject) return { widget: 'object', fields: objectFields(inner, { ...context, translated: undefined }) };
	if (inner instanceof z.ZodArray) {
		const item = unwrap(inner.element as z.ZodType);
		if (item instanceof z.ZodObject) return { widget: 'list', fields: objectFields(item, { ...context, translated: undefined }) };
		return { widget: 'list', field: { name: 'item', label: name, ...widgetFor(name, inner.element as z.ZodType, context) } };
	}
	throw new Error(`the field "${name}" is a ${inner._zod.def.type}, which the form does not know yet (src/lib/cms/fields.ts)`);
}

/**
 * A union of text forms: a date picker where one option is a date, else text that any option's form
 * may fill (the content check still tells which form is wrong).
 */
function unionField(union: z.ZodUnion, context: FieldContext): Widget {
	const options = (union.options as z.ZodType[]).map((o) => unwrap(o));
	for (const option of options.filter(isText)) {
		const form = stringField(option, context);
		if (form.widget === 'datetime') return form;
	}
	if (options.every(isText)) return { widget: 'string' };
	throw new Error(`a union of ${options.map((o) => o._zod.def.type).join(', ')}, which the form does not know yet`);
}

/** Whether a value must be given: neither optional nor with a default. */
function isRequired(field: z.ZodType): boolean {
	if (field instanceof z.ZodOptional || field instanceof z.ZodDefault) return false;
	return true;
}

/** The default a schema gives a left-out field, when it is one the form can show. */
function defaultOf(field: z.ZodType): unknown {
	if (!(field instanceof z.ZodDefault)) return undefined;
	const value = (field._zod.def as { defaultValue: unknown }).defaultValue;
	return Array.isArray(value) && value.length === 0 ? undefined : typeof value === 'object' ? undefined : value;
}

/**
 * The form fields of an object schema, in the schema's order.
 * @example objectFields(SessionSchema, context) // [{ name: 'title', widget: 'string', … }, …]
 */
export function objectFields(schema: z.ZodType, context: FieldContext): CmsField[] {
	const object = unwrap(schema);
	if (!(object instanceof z.ZodObject)) throw new Error('the form is made from an object schema');
	return Object.entries(object.shape as Record<string, z.ZodType>).map(([name, field]) => {
		const fallback = defaultOf(field);
		const words = context.translated?.words;
		return {
			name,
			...describe(name, fieldHelp.get(field)),
			...widgetFor(name, field, context),
			required: isRequired(field),
			...(fallback === undefined ? {} : { default: fallback }),
			...(words ? { i18n: words.includes(name) } : {}),
		};
	});
}
