/**
 * The one place that reads content collections. Pages ask here for ready-made views;
 * the logic lives in src/lib/ so it can be tested without Astro.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { langStaticPaths, type Lang } from '../lib/i18n';
import type { ResultView, SessionView, SpeakerView, TrackView } from '../lib/model';
import { resolveResults, resolveSessions, resolveSpeakers, resolveTracks } from '../lib/resolve';
import type { EventData } from '../schemas/event';

/** The event file's data. */
export async function getEvent(): Promise<EventData> {
	const entry = await getEntry('event', 'event');
	if (!entry) throw new Error('content/event.yaml is missing: it holds the event name, date, time zone and venue.');
	return entry.data;
}

async function load() {
	const [event, sessions, sessionsEn, speakers, speakersEn, tracks, tracksEn, results, resultsEn] = await Promise.all([
		getEvent(),
		getCollection('sessions'),
		getCollection('sessionsEn'),
		getCollection('speakers'),
		getCollection('speakersEn'),
		getCollection('tracks'),
		getCollection('tracksEn'),
		getCollection('results'),
		getCollection('resultsEn'),
	]);
	return {
		event,
		sessions: { entries: sessions, english: sessionsEn },
		speakers: { entries: speakers, english: speakersEn },
		tracks: { entries: tracks, english: tracksEn },
		results: { entries: results, english: resultsEn },
	};
}

let cache: Promise<Awaited<ReturnType<typeof load>>> | undefined;
const content = () => (cache ??= load());

/** Everything a page of one language needs, resolved once per build. */
export interface SiteData {
	event: EventData;
	sessions: SessionView[];
	speakers: SpeakerView[];
	tracks: TrackView[];
	results: ResultView[];
	/** No session has a confirmed time yet: pages say that all times are provisional. */
	noTimeConfirmed: boolean;
}

const views = new Map<Lang, Promise<SiteData>>();

/** Sessions, speakers, tracks and results in a language, references resolved. */
export function getSiteData(lang: Lang): Promise<SiteData> {
	let data = views.get(lang);
	if (!data) {
		data = content().then((c) => {
			const sessions = resolveSessions({ lang, event: c.event, sessions: c.sessions, speakers: c.speakers, tracks: c.tracks });
			return {
				event: c.event,
				sessions,
				speakers: resolveSpeakers(c.speakers, sessions, lang),
				tracks: resolveTracks(c.tracks, lang),
				results: resolveResults(c.results, lang),
				noTimeConfirmed: sessions.every((s) => s.status !== 'confirmed'),
			};
		});
		views.set(lang, data);
	}
	return data;
}

type BodyCollection = 'sessions' | 'speakers' | 'tracks' | 'results';
const englishOf = { sessions: 'sessionsEn', speakers: 'speakersEn', tracks: 'tracksEn', results: 'resultsEn' } as const;

/** The entry whose Markdown body a page renders: the English file when it exists, else the Korean one. */
export async function getBodyEntry(
	collection: BodyCollection,
	id: string,
	lang: Lang,
): Promise<{ entry: CollectionEntry<BodyCollection | (typeof englishOf)[BodyCollection]>; fallback: boolean }> {
	if (lang === 'en') {
		const english = await getEntry(englishOf[collection], id);
		if (english) return { entry: english, fallback: false };
	}
	const korean = await getEntry(collection, id);
	if (!korean) throw new Error(`No ${collection} entry "${id}" in content/${collection}/`);
	return { entry: korean, fallback: lang === 'en' };
}

/**
 * getStaticPaths for a page (or file) per entry in both languages: params { lang, id }, props { lang, entry }.
 * @example export const getStaticPaths = () => entryStaticPaths((site) => site.sessions);
 */
export async function entryStaticPaths<T extends { id: string }>(pick: (site: SiteData) => T[]) {
	const paths = await Promise.all(
		langStaticPaths().map(async ({ params, props }) =>
			pick(await getSiteData(props.lang)).map((entry) => ({ params: { ...params, id: entry.id }, props: { lang: props.lang, entry } })),
		),
	);
	return paths.flat();
}
