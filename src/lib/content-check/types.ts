/** The kinds of mistake the content check reports; tests and the guide refer to them by these names. */
export const RULES = [
	'yaml-syntax',
	'no-frontmatter',
	'missing-event',
	'unread-file',
	'bad-file-name',
	'missing-field',
	'bad-value',
	'bad-time',
	'end-before-start',
	'outside-day',
	'unknown-field',
	'english-fact',
	'unknown-reference',
	'orphan-translation',
	'duplicate-id',
	'room-overlap',
	'speaker-overlap',
	'missing-image',
	'image-format',
	'large-image',
	'unlisted-photo',
	'mdx-code',
	'mdx-syntax',
	'script',
	'raw-html',
	'unsafe-link',
	'mdx-component',
	'broken-link',
] as const;

/** A kind of mistake the content check reports. */
export type Rule = (typeof RULES)[number];

/** Errors stop the build; warnings are printed and the page is made safe (e.g. HTML removed). */
export type Severity = 'error' | 'warning';

/** One thing wrong in the content, in words an organizer can act on. */
export interface Problem {
	/** The file as the organizer sees it, e.g. "content/sessions/keynote.md". */
	file: string;
	/** The field, e.g. "start", "rooms[#2].id"; "(본문 body)" for the Markdown text, "(파일 file)" for the file itself. */
	field: string;
	/** What the file has now. */
	found: string;
	/** What a correct value looks like (Korean / English). */
	expected: string;
	/** A correct value to copy, usually a YAML line. */
	example: string;
	rule: Rule;
	severity: Severity;
	/** 1-based line in the file, when known. */
	line?: number;
}

/** The four kinds of Markdown entry organizers write. */
export type CollectionName = 'sessions' | 'speakers' | 'tracks' | 'results';

/** A content file read and parsed, before any validation. */
export interface RawFile {
	/** Path shown to organizers ("content/sessions/keynote.md"). */
	path: string;
	/** Path inside the content folder with "/" separators ("sessions/keynote.md"). */
	rel: string;
	/** The event file, a Markdown entry, slides, an image, or a file the site does not read. */
	kind: 'event' | 'entry' | 'slides' | 'image' | 'other';
	collection?: CollectionName;
	lang?: 'ko' | 'en';
	/** The entry id: the file name without extension. */
	id?: string;
	ext?: string;
	/** Parsed YAML (front matter for Markdown); {} when missing or unreadable. */
	data: Record<string, unknown>;
	/** The Markdown body, front matter blanked so line numbers match the file. */
	body: string;
	/** The raw YAML text, used to point at a field's line. */
	yaml: string;
	/** 1-based file line of the first YAML line. */
	yamlFirstLine: number;
	hasFrontmatter: boolean;
	/** An image's size in bytes (images are not read as text). */
	bytes?: number;
	/** Set when the YAML could not be read at all. */
	syntaxError?: { message: string; line?: number; text?: string };
}

/** What the check knows about the world outside content/. */
export interface CheckEnvironment {
	/** Every file in public/, as "/speakers/kim.jpg". */
	publicFiles: ReadonlySet<string>;
	/** The content folder as organizers see it ("content"), to name a missing event.yaml. */
	contentDir?: string;
	/** The page routes under src/pages/[...lang]/ ("/agenda/", "/sessions/[id]/") that body links may point at. */
	routes?: readonly string[];
}
