/**
 * The programme as it stood at one commit: the content files of that commit read through the same
 * parser and schemas as the build (src/lib/content-check/parse.ts, src/schemas/), reduced to the facts a
 * visitor plans by. Files are read once per content (object id), so a long history costs little.
 * Pure: it is given file texts, never reads the disk or git.
 */
import { firstDay } from '../time/programme-day';
import { referenceFaults } from '../model/cross-entity';
import { EVENT_FILE, parseSource } from '../content-check/parse';
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
	/** The readable entries by language and collection ("ko/sessions" → id → file), kept as files change. */
	private readonly byKind = new Map<string, Map<string, ReadFile>>();
	/** The paths that claim each entry ("ko/sessions/keynote"): more than one is a mistake (keynote.md and keynote.mdx). */
	private readonly claims = new Map<string, Set<string>>();
	private readonly claimedTwice = new Set<string>();
	/** The files that could not be read. */
	private readonly broken = new Map<string, ReadFile>();
	/** The ids references may name at the last read, and a number that changes with them. */
	private knownKey = '';
	private knownVersion = 0;

	/** Sets a file to a text (the object id names that text), or removes it (text undefined). */
	set(path: string, text: string | undefined, objectId: string): void {
		if (!isProgrammeFile(path)) return;
		const old = this.files.get(path);
		if (old) this.forget(old);
		if (text === undefined) return;
		const key = `${path}\0${objectId}`;
		let file = this.parsed.get(key);
		if (!file) this.parsed.set(key, (file = readFile(path, text)));
		this.files.set(path, file);
		if (file.problem) this.broken.set(path, file);
		else if (file.raw.kind === 'entry') this.claim(file, true);
	}

	/** Records or drops an entry file's claim to its id. */
	private claim(file: ReadFile, on: boolean): void {
		const kind = `${file.raw.lang}/${file.raw.collection}`;
		const key = `${kind}/${file.raw.id}`;
		const paths = this.claims.get(key) ?? new Set<string>();
		this.claims.set(key, paths);
		let bucket = this.byKind.get(kind);
		if (!bucket) this.byKind.set(kind, (bucket = new Map()));
		if (on) {
			paths.add(file.raw.rel);
			bucket.set(file.raw.id!, file);
		} else {
			paths.delete(file.raw.rel);
			const other = paths.values().next().value;
			if (other) bucket.set(file.raw.id!, this.files.get(other)!);
			else bucket.delete(file.raw.id!);
		}
		if (paths.size > 1) this.claimedTwice.add(key);
		else this.claimedTwice.delete(key);
	}

	private forget(file: ReadFile): void {
		this.files.delete(file.raw.rel);
		this.broken.delete(file.raw.rel);
		if (file.raw.kind === 'entry' && !file.problem) this.claim(file, false);
	}

	/** The entries of a language and collection, by id. */
	private entries(kind: string): ReadonlyMap<string, ReadFile> {
		return this.byKind.get(kind) ?? new Map();
	}

	/** The first thing (by path) that keeps the content from building: an unreadable file, an id claimed twice, no event file. */
	private problem(): string | undefined {
		const first = [...this.broken.keys()].sort()[0];
		if (first) return this.broken.get(first)!.problem;
		const twice = [...this.claimedTwice].map((key) => [...this.claims.get(key)!].sort()[1]!).sort()[0];
		if (twice) return `${twice}: another file has the same id`;
		if (!this.files.get(EVENT_FILE)) return `${EVENT_FILE}: no such file`;
		return undefined;
	}

	/** The programme the files make, or why the build could not make one. */
	read(): { facts: ProgrammeFacts } | { problem: string } {
		const problem = this.problem();
		if (problem) return { problem };
		const event = this.files.get(EVENT_FILE)!.data as EventData;
		const [sessions, english, speakerFiles, speakersEn] = ['ko/sessions', 'en/sessions', 'ko/speakers', 'en/speakers'].map((k) => this.entries(k)) as [
			Map<string, ReadFile>,
			Map<string, ReadFile>,
			Map<string, ReadFile>,
			Map<string, ReadFile>,
		];
		const known = { rooms: event.rooms.map((r) => r.id), speakers: [...speakerFiles.keys()], tracks: [...(this.byKind.get('ko/tracks')?.keys() ?? [])] };
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
				date: data.date ?? firstDay(event),
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
