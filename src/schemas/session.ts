import { z } from 'astro/zod';
import { LocalTimeSchema, SlugSchema } from './common';

/** What kind of programme item a session is. */
export const SessionKindSchema = z.enum([
	'keynote',
	'talk',
	'partner-track',
	'panel',
	'ceremony',
	'networking',
	'break',
	'registration',
]);
export type SessionKind = z.infer<typeof SessionKindSchema>;

/** Whether the session will happen as shown. */
export const SessionStatusSchema = z.enum(['confirmed', 'tentative', 'cancelled']);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/** A full http(s) address. */
const WebAddressSchema = z.url({ protocol: /^https?$/, error: 'write a full address, e.g. "https://example.com/video"' });

/** A PDF kept in the content folder's slides/ folder, named by its file name. */
export const SLIDES_FILE_PATTERN = /^[a-z0-9][a-z0-9._-]*\.pdf$/;

/** Words of a session that are translated. */
export const SessionWordsSchema = z.strictObject({
	title: z.string().min(1).describe('Title as shown on the agenda'),
	summary: z.string().min(1).describe('One or two sentences for the agenda and calendar files'),
});

/** A session file in content/sessions/: facts (times, room, people, status) and the Korean words. */
export const SessionSchema = SessionWordsSchema.extend({
	kind: SessionKindSchema,
	start: LocalTimeSchema.describe('Start, "HH:MM" in the event time zone'),
	end: LocalTimeSchema.describe('End, "HH:MM" in the event time zone; after start'),
	room: SlugSchema.describe('A room id from content/event.yaml'),
	track: SlugSchema.optional().describe('A track id from content/tracks/'),
	speakers: z.array(SlugSchema).default([]).describe('Speaker ids from content/speakers/'),
	status: SessionStatusSchema.default('tentative').describe('confirmed, tentative or cancelled'),
	recording: WebAddressSchema.optional().describe('After the day: the address of the recording, e.g. a video page'),
	slides: z
		.union([
			WebAddressSchema,
			z.string().regex(SLIDES_FILE_PATTERN, 'write a full address, or the name of a PDF in content/slides/ such as "keynote.pdf" (lower-case letters, digits, ".", "-", "_")'),
		])
		.optional()
		.describe('After the day: the slides, as an address or the name of a PDF in content/slides/'),
}).refine((s) => s.end > s.start, { path: ['end'], message: 'the end time must be after the start time' });
export type SessionData = z.infer<typeof SessionSchema>;

/** An English file in content/en/sessions/: only the translated words. */
export const SessionTranslationSchema = SessionWordsSchema;
export type SessionTranslation = z.infer<typeof SessionTranslationSchema>;
