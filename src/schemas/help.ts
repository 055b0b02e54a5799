import { z } from 'astro/zod';
import type { IdKind } from '../lib/model/cross-entity';

interface HelpText {
	/** What the field is, in Korean. */
	ko: string;
	/** What the field is, in English; also the schema's description. */
	en: string;
	/** What a correct value looks like, "Korean / English"; `${ko} / ${en}` when left out. */
	expected?: string;
}

/**
 * An organizer's explanation of one field, read by the content check's messages and by `npm run new`.
 * Whether the field is required, and whether it is a fact that English files must not repeat,
 * follow from the schemas themselves (a default or `.optional()`; absent from the translation schema).
 */
export type FieldHelp = HelpText &
	(
		| {
				/** A correct YAML line (or lines) to copy. */
				example: string;
				refersTo?: never;
		  }
		| {
				/**
				 * The field names other entries: the content check lists the real ids after `ko` and
				 * `expected`, and its example uses the first of them (`sample` while there is none).
				 */
				refersTo: { ids: IdKind; sample: string };
				example?: never;
		  }
	);

/** Where each field's help lives: a typed registry beside the schemas, keyed by the field's schema. */
export const fieldHelp = z.registry<FieldHelp>();

/**
 * A copy of a schema carrying organizer help (a copy, so shared schemas such as ids stay unmarked).
 * @example title: withHelp(z.string().min(1), { ko: '제목', en: 'title', example: 'title: 점심' })
 */
export function withHelp<T extends z.ZodType>(schema: T, help: FieldHelp): T {
	const copy = schema.describe(help.en);
	fieldHelp.add(copy as z.ZodType, help);
	return copy;
}

/** The schema inside optional, default and transform wrappers: the one that holds fields or items. */
export function unwrap(schema: z.ZodType): z.ZodType {
	if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return unwrap(schema.unwrap() as z.ZodType);
	if (schema instanceof z.ZodPipe) return unwrap(schema.in as z.ZodType);
	return schema;
}

/**
 * The schema of the field at a path of a value (list positions are numbers), or undefined off the schema.
 * @example fieldSchemaAt(EventSchema, ['rooms', 0, 'id']) // the rooms' id schema
 */
export function fieldSchemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
	let current: z.ZodType = schema;
	for (const part of path) {
		const inner = unwrap(current);
		if (inner instanceof z.ZodObject && typeof part === 'string' && part in inner.shape) current = inner.shape[part] as z.ZodType;
		else if (inner instanceof z.ZodArray && typeof part === 'number') current = inner.element as z.ZodType;
		else return undefined;
	}
	return current;
}

/**
 * The fields an object schema allows at a path, in the order it lists them ({} where there is no object).
 * @example fieldsAt(SessionSchema, []) // { title, summary, kind, start, … }
 */
export function fieldsAt(schema: z.ZodType, path: readonly PropertyKey[] = []): Record<string, z.ZodType> {
	const at = fieldSchemaAt(schema, path);
	const inner = at && unwrap(at);
	return inner instanceof z.ZodObject ? (inner.shape as Record<string, z.ZodType>) : {};
}
