/**
 * The browser editor's configuration (Sveltia CMS, served at /admin/), made from the schemas: one
 * collection per kind of content file, Korean files in content/<kind>/ and their English words in
 * content/en/<kind>/, the event file as a single-file entry. Saved as pull requests on GitHub.
 */
import type { z } from 'astro/zod';
import { EventSchema } from '../../schemas/event';
import { ResultSchema, ResultWordsSchema } from '../../schemas/result';
import { SessionSchema, SessionWordsSchema } from '../../schemas/session';
import { SpeakerSchema, SpeakerWordsSchema } from '../../schemas/speaker';
import { TrackSchema, TrackWordsSchema } from '../../schemas/track';
import { ID_PATTERN } from '../model/ids';
import { objectFields, type CmsField, type FieldContext } from './fields';

/** Where the site's content is and how the editor reaches the repository. */
export interface CmsOptions {
	/** The GitHub repository, "owner/name". */
	repo: string;
	/** The branch pull requests go to. */
	branch: string;
	/** An OAuth helper's address; without it, organizers sign in with a personal access token. */
	authUrl?: string;
	/** The content folder from the repository's root (`content`). */
	contentFolder: string;
	/** The event file's rooms and time zone, and the programme days of an event of several days, when it can be read. */
	event?: { rooms: readonly { id: string; label: string }[]; timeZone: string; days?: readonly string[] };
}

/** An entry collection: its folder, the schema of the Korean file and the words its English file holds. */
interface EntryKind {
	name: 'sessions' | 'speakers' | 'tracks' | 'results';
	label: string;
	schema: z.ZodType;
	words: z.ZodType;
	/** The field lists and relations show for an entry. */
	display: string;
	/** Whether images are stored beside the entry. */
	media: boolean;
}

/** The kinds of entries organizers edit, in the editor's menu order. */
export const ENTRY_KINDS: readonly EntryKind[] = [
	{ name: 'sessions', label: '세션 · Sessions', schema: SessionSchema, words: SessionWordsSchema, display: 'title', media: false },
	{ name: 'speakers', label: '연사 · Speakers', schema: SpeakerSchema, words: SpeakerWordsSchema, display: 'name', media: true },
	{ name: 'tracks', label: '협력 과정 · Partner tracks', schema: TrackSchema, words: TrackWordsSchema, display: 'name', media: true },
	{ name: 'results', label: '성과 · Results', schema: ResultSchema, words: ResultWordsSchema, display: 'title', media: false },
];

/** The event file's images, relative to it: photos of the day in gallery/, organizers' logos in logos/. */
const EVENT_IMAGE_FOLDERS = { image: 'gallery', logo: 'logos' };

const ID_MESSAGE = '영문 소문자, 숫자, 하이픈 (파일 이름이 됩니다) / lower-case letters, digits and hyphens (it becomes the file name)';

/** The body of a Markdown entry: the session description, speaker bio, track or result text. */
const BODY: CmsField = {
	name: 'body',
	label: '본문 · Text',
	widget: 'markdown',
	required: false,
	i18n: true,
	hint: '마크다운 글 / Markdown text',
};

/** The context every field reads: the rooms, the time zone and the collections relations point at. */
function fieldContext(options: CmsOptions): FieldContext {
	return {
		rooms: options.event?.rooms,
		timeZone: options.event?.timeZone,
		days: options.event?.days,
		collections: { speakers: { name: 'speakers', display: 'name' }, tracks: { name: 'tracks', display: 'name' } },
	};
}

/** One folder collection: Korean facts and words in content/<kind>/<id>.md, English words in content/en/<kind>/<id>.md. */
function entryCollection(kind: EntryKind, options: CmsOptions): Record<string, unknown> {
	const words = Object.keys((kind.words as z.ZodObject).shape);
	const fields = objectFields(kind.schema, { ...fieldContext(options), translated: { words } });
	return {
		name: kind.name,
		label: kind.label,
		folder: `${options.contentFolder}/{{locale}}/${kind.name}`,
		extension: 'md',
		format: 'yaml-frontmatter',
		create: true,
		identifier_field: kind.display,
		slug: { editable: ['create'], pattern: [ID_PATTERN.source, ID_MESSAGE], hint: ID_MESSAGE },
		i18n: true,
		...(kind.media ? { media_folder: '', public_folder: './' } : {}),
		fields: [...fields, BODY],
	};
}

/** The event file: one entry with every fact, each text in both languages side by side. */
function eventCollection(options: CmsOptions): Record<string, unknown> {
	return {
		name: 'event',
		label: '행사 정보 · Event',
		files: [
			{
				name: 'event',
				label: '행사 정보 · Event (event.yaml)',
				file: `${options.contentFolder}/event.yaml`,
				format: 'yaml',
				media_folder: '',
				public_folder: './',
				fields: objectFields(EventSchema, { ...fieldContext(options), imageFolders: EVENT_IMAGE_FOLDERS }),
			},
		],
	};
}

/**
 * The whole configuration for Sveltia CMS (written to /admin/config.yml).
 * @example cmsConfig({ repo: 'org/techday', branch: 'main', contentFolder: 'content' }).collections.length // 5
 */
export function cmsConfig(options: CmsOptions) {
	return {
		backend: {
			name: 'github',
			repo: options.repo,
			branch: options.branch,
			...(options.authUrl ? { base_url: options.authUrl } : {}),
		},
		// Every change becomes a pull request that CI checks, never a direct commit to the branch.
		publish_mode: 'editorial_workflow',
		app_title: 'Tech-Day 편집기 · editor',
		media_folder: `${options.contentFolder}/media`,
		i18n: { structure: 'multiple_folders', locales: ['ko', 'en'], default_locale: 'ko', omit_default_locale_from_file_path: true },
		// An optional field left empty is left out of the file, as organizers write it by hand.
		output: { omit_empty_optional_fields: true },
		collections: [...ENTRY_KINDS.map((kind) => entryCollection(kind, options)), eventCollection(options)],
	};
}
