/**
 * The programme as it stood at one commit: the content files of that commit read through the same
 * parser and schemas as the build (src/lib/content-check/parse.ts, src/schemas/), reduced to the facts a
 * visitor plans by. Files are read once per content (object id), so a long history costs little.
 * Pure: it is given file texts, never reads the disk or git.
 */
import { referenceFaults } from '../cross-entity';
import { parseSource } from '../content-check/parse';
import type { RawFile } from '../content-check/types';
import { schemaOf } from '../content-check/zod-issues';
import type { EventData } from '../../schemas/event';
import type { SessionData } from '../../schemas/session';
import type { SessionStatus } from '../../schemas/session';

/** Words written in Korean, and in English when the English file gives them. */
export interface BilingualText {
	ko: string;
	en?: string;
}

/** What a visitor plans by, for one session. */
export interface SessionFacts {
	id: string;
	title: BilingualText;
	/** The event day, YYYY-MM-DD. */
	date: string;
	start: string;
	end: string;
	room: string;
	status: SessionStatus;
	speakers: string[];
}

/** The programme at one commit. */
export interface ProgrammeFacts {
	timeZone: string;
	rooms: Map<string, { name: BilingualText; provisional: boolean }>;
	sessions: Map<string, SessionFacts>;
	speakers: Map<string, BilingualText>;
}

/** A content file read through its schema: its data, or the first thing wrong with it. */
interface ReadFile {
	raw: RawFile;
	data?: Record<string, unknown>;
	problem?: string;
	/** The ids its references were last checked against, and what that check found. */
	checkedAgainst?: number;
	referenceProblem?: string;
}

/** The files the programme is made of: the event file and the Markdown entries (not images, slides or drafts). */
const PROGRAMME_FILE = /^(?:event\.yaml|(?:en\/)?(?:sessions|speakers|tracks|results)\/[^/]+\.mdx?)$/;

/** Whether a content path is part of the programme as the build reads it. */
export const isProgrammeFile = (path: string) => PROGRAMME_FILE.test(path);

/** The first schema complaint of a file, in one line: "sessions/keynote.md: start: …". */
function readFile(rel: string, text: string): ReadFile {
	const raw = parseSource(rel, text, '');
	if (raw.syntaxError) return { raw, problem: `${rel}${raw.syntaxError.line ? `:${raw.syntaxError.line}` : ''}: ${raw.syntaxError.message}` };
	if (raw.kind === 'entry' && !raw.hasFrontmatter) return { raw, problem: `${rel}: no front matter` };
	const result = schemaOf(raw).safeParse(raw.data);
	if (result.success) return { raw, data: result.data as Record<string, unknown> };
	const issue = result.error.issues[0]!;
	return { raw, problem: `${rel}: ${issue.path.join('.') || '(file)'}: ${issue.message}` };
}

/**
 * The content of a checkout as it changes commit by commit: give it each commit's changed files, ask
 * it for the programme. Parsed files are kept by object id, so a file is parsed once however often it
 * comes back.
 */
export class ProgrammeReader {
	private readonly files = new Map<string, ReadFile>();
	private readonly parsed = new Map<string, ReadFile>();
	/** The ids references may name at the last read, and a number that changes with them. */
	private knownKey = '';
	private knownVersion = 0;

	/** Sets a file to a text (the object id names that text), or removes it (text undefined). */
	set(path: string, text: string | undefined, objectId: string): void {
		if (!isProgrammeFile(path)) return;
		if (text === undefined) {
			this.files.delete(path);
			return;
		}
		const key = `${path}\0${objectId}`;
		let file = this.parsed.get(key);
		if (!file) this.parsed.set(key, (file = readFile(path, text)));
		this.files.set(path, file);
	}

	/** The programme the files make, or why the build could not make one. */
	read(): { facts: ProgrammeFacts } | { problem: string } {
		const files = [...this.files.values()].sort((a, b) => a.raw.rel.localeCompare(b.raw.rel));
		const broken = files.find((f) => f.problem);
		if (broken) return { problem: broken.problem! };
		const event = files.find((f) => f.raw.kind === 'event')?.data as EventData | undefined;
		if (!event) return { problem: 'event.yaml: no such file' };
		const entries = (collection: string, lang: 'ko' | 'en') =>
			new Map(files.filter((f) => f.raw.collection === collection && f.raw.lang === lang).map((f) => [f.raw.id!, f]));
		for (const collection of ['sessions', 'speakers', 'tracks', 'results']) {
			const seen = new Set<string>();
			for (const f of files.filter((f) => f.raw.collection === collection)) {
				const key = `${f.raw.lang}/${f.raw.id}`;
				if (seen.has(key)) return { problem: `${f.raw.rel}: the same id as another file` };
				seen.add(key);
			}
		}
		const sessions = entries('sessions', 'ko');
		const english = entries('sessions', 'en');
		const speakerFiles = entries('speakers', 'ko');
		const speakersEn = entries('speakers', 'en');
		const known = { rooms: event.rooms.map((r) => r.id), speakers: [...speakerFiles.keys()], tracks: [...entries('tracks', 'ko').keys()] };
		const facts: ProgrammeFacts = {
			timeZone: event.timeZone,
			rooms: new Map(event.rooms.map((r) => [r.id, { name: r.name, provisional: r.provisional }])),
			sessions: new Map(),
			speakers: new Map([...speakerFiles].map(([id, f]) => [id, { ko: String(f.data!.name), en: speakersEn.get(id)?.data?.name as string | undefined }])),
		};
		// A session's references are checked again only when its file or the ids it may name change.
		const knownKey = JSON.stringify(known);
		if (knownKey !== this.knownKey) [this.knownKey, this.knownVersion] = [knownKey, this.knownVersion + 1];
		for (const [id, file] of sessions) {
			if (file.checkedAgainst !== this.knownVersion) {
				const fault = referenceFaults('sessions', file.data!, known)[0];
				file.referenceProblem = fault && `${file.raw.rel}: ${fault.field}: "${fault.id}" names nothing`;
				file.checkedAgainst = this.knownVersion;
			}
			if (file.referenceProblem) return { problem: file.referenceProblem };
			const data = file.data as SessionData;
			facts.sessions.set(id, {
				id,
				title: { ko: data.title, en: english.get(id)?.data?.title as string | undefined },
				date: event.date,
				start: data.start,
				end: data.end,
				room: data.room,
				status: data.status,
				speakers: data.speakers,
			});
		}
		return { facts };
	}
}
