import { z } from 'astro/zod';
import { LinkSchema, LocalizedTextSchema, SlugSchema } from './common';
import { isTimeZone, yamlDate } from '../lib/ids';
import { PressItemSchema } from './press';

/** YAML reads an unquoted 2024-11-25 as a Date at UTC midnight; keep only the calendar date. */
const CalendarDateSchema = z.union([
	z.iso.date({ error: 'write the date as YYYY-MM-DD, e.g. 2024-11-25' }),
	z.date().transform(yamlDate),
]);

/** An instant with an explicit offset (YAML gives a Date when unquoted). */
const InstantSchema = z.union([
	z.iso.datetime({ offset: true, error: 'write a date-time with its offset, e.g. 2024-11-20T09:00:00+09:00' }),
	z.date().transform((d) => d.toISOString()),
]);

/** A room or hall of the venue that sessions name by id. */
export const RoomSchema = z.strictObject({
	id: SlugSchema,
	name: LocalizedTextSchema,
	provisional: z.boolean().default(false).describe('true while the room is a placeholder the venue has not confirmed'),
});
export type Room = z.infer<typeof RoomSchema>;

/** An organization that runs the event. */
export const OrganizerSchema = z.strictObject({
	name: LocalizedTextSchema,
	short: z.string().optional().describe('Abbreviation, e.g. NIPA'),
	role: LocalizedTextSchema.describe('What it does for the event, e.g. host'),
	note: LocalizedTextSchema.optional(),
	url: z.url({ protocol: /^https?$/, error: 'write a full address, e.g. "https://example.com"' }).optional(),
});

/** The venue's postal address: every part optional, so content states only what is known. */
export const AddressSchema = z.strictObject({
	street: LocalizedTextSchema.optional().describe('Street and number, e.g. 한강대로 95'),
	region: LocalizedTextSchema.optional().describe('Province or metropolitan city, e.g. 서울특별시'),
	postalCode: z.string().min(1).optional().describe('Postal code, e.g. 04377'),
	country: z
		.string()
		.regex(/^[A-Z]{2}$/, 'write the two-letter country code, e.g. KR')
		.optional()
		.describe('ISO 3166-1 country code, e.g. KR'),
});

/** Site-ownership codes that search consoles ask to put in a <meta> tag. */
export const VerificationSchema = z.strictObject({
	naver: z.string().min(1).optional().describe('Naver Search Advisor: the content of naver-site-verification'),
	google: z.string().min(1).optional().describe('Google Search Console: the content of google-site-verification'),
});

/** The one file that holds the event's facts: every page and calendar file reads it. */
export const EventSchema = z.strictObject({
	name: LocalizedTextSchema,
	shortName: z.string().min(1).describe('Short name used in titles, e.g. Tech-Day'),
	tagline: LocalizedTextSchema,
	description: LocalizedTextSchema,
	date: CalendarDateSchema.describe('The event day, YYYY-MM-DD'),
	timeZone: z
		.string()
		.refine(isTimeZone, 'use an IANA time zone, e.g. Asia/Seoul')
		.describe('IANA time zone in which every session time is read'),
	revised: InstantSchema.describe('When the programme was last revised: stamps the calendar files'),
	venue: z.strictObject({
		name: LocalizedTextSchema,
		city: LocalizedTextSchema,
		mapQuery: z.string().min(1).describe('What to search for on Naver Map and Kakao Map'),
		note: LocalizedTextSchema.optional(),
		address: AddressSchema.optional().describe('Leave out what is not confirmed: search engines read it as fact'),
	}),
	rooms: z.array(RoomSchema).min(1),
	organizers: z.array(OrganizerSchema).min(1),
	links: z.array(LinkSchema).default([]).describe('Registration, livestream…: shown prominently on home before the day'),
	press: z.array(PressItemSchema).default([]).describe('Articles about the event: outlet, title, date, url (shown on home and results)'),
	ended: z
		.boolean()
		.default(false)
		.describe('true once the day is over: the site becomes the record of the day (never the build clock)'),
	intro: z
		.strictObject({
			speakers: LocalizedTextSchema.optional().describe('A sentence under the speakers page title'),
			tracks: LocalizedTextSchema.optional().describe('A sentence under the partner tracks page title'),
			results: LocalizedTextSchema.optional().describe('A sentence under the results page title'),
		})
		.default({})
		.describe("The pages' opening sentences, which say what this event's speakers, tracks and results are"),
	verification: VerificationSchema.optional().describe('Search-console ownership codes; leave out until the site is registered'),
});
export type EventData = z.infer<typeof EventSchema>;
