/**
 * The one place that reads content collections. Pages ask here for ready-made views;
 * the logic lives in src/lib/ so it can be tested without Astro.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { langStaticPaths, type Lang } from '../i18n/languages';
import type { ProgrammeDayView, SiteViews, Words } from '../lib/model/model';
import { resolveSite, words } from '../lib/model/resolve';
import type { EventData } from '../schemas/event';
import { getChangeMarks } from './changes';

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

/** Everything a page of one language needs: the event file and every view, joined. */
export interface SiteData extends SiteViews {
	event: EventData;
}

const views = new Map<Lang, Promise<SiteData>>();

/** Sessions, speakers, tracks and results in a language, references resolved and joined, once per build. */
export function getSiteData(lang: Lang): Promise<SiteData> {
	let data = views.get(lang);
	if (!data) {
		data = Promise.all([content(), getChangeMarks(lang)]).then(([c, marks]) => {
			const site = { event: c.event, ...resolveSite(c, lang) };
			for (const session of site.sessions) session.change = marks.get(session.id);
			return site;
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
): Promise<{ entry: CollectionEntry<BodyCollection | (typeof englishOf)[BodyCollection]> } & Words> {
	if (lang === 'en') {
		const english = await getEntry(englishOf[collection], id);
		if (english) return { entry: english, ...words(lang, 'en') };
	}
	const korean = await getEntry(collection, id);
	if (!korean) throw new Error(`No ${collection} entry "${id}" in content/${collection}/`);
	return { entry: korean, ...words(lang, 'ko') };
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

/**
 * getStaticPaths for a page (or file) per programme day of an event of several days, in both languages:
 * params { lang, date }, props { lang, day }. A one-day event has none (its agenda is the day).
 */
export async function dayStaticPaths(keep: (day: ProgrammeDayView) => boolean = () => true) {
	const paths = await Promise.all(
		langStaticPaths().map(async ({ params, props }) => {
			const { days } = await getSiteData(props.lang);
			if (days.length < 2) return [];
			return days.filter(keep).map((day) => ({ params: { ...params, date: day.date }, props: { lang: props.lang, day } }));
		}),
	);
	return paths.flat();
}
