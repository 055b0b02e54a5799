/**
 * The programme's changelog for this build (src/lib/changes/), read from git once, and the views the
 * changes page, its feed and the "changed" marks show. Says in the build log what it read, and why
 * there is nothing when there is no usable history.
 */
import { buildChangelog, type ChangeEntry, type Changelog } from '../lib/changes/history';
import { recentChanges, type RecentChange } from '../lib/changes/recent';
import { buildChangesFeed } from '../lib/changes/feed';
import { changeDay, describeEntry, entryAnchor, groupByDay, inLang, shortDay } from '../lib/changes/words';
import { eventPhase, showsPlanningTools } from '../lib/time/event-phase';
import { langAttr, type Lang } from '../i18n/languages';
import { formatEventDate } from '../lib/time/zoned';
import { useTranslations } from '../i18n';
import { getEvent } from './index';
import { programmeHistory } from './revisions';
import { absoluteUrl, url } from './urls';

/** The language-free site paths of the changes page and its feed. */
export const CHANGES_PATHS = { page: '/changes/', feed: '/changes.xml' } as const;

/** How many entries the page lists (newest first); the feed lists fewer, as feed readers keep what they saw. */
const PAGE_MAX = 200;
const FEED_MAX = 50;

let cache: Promise<Changelog> | undefined;

/** The changelog of the content folder's history; empty (with a line in the build log saying why) without one. */
export function getChangelog(): Promise<Changelog> {
	cache ??= (async () => {
		const started = performance.now();
		const history = await programmeHistory();
		if ('unavailable' in history) {
			console.info(`[changes] no changes listed: ${history.unavailable}`);
			return { entries: [], skipped: [] };
		}
		const log = buildChangelog(history.commits, history.blobs);
		// One line per mistake, however many commits it stayed in.
		const byProblem = Map.groupBy([...log.skipped].reverse(), (s) => s.problem);
		for (const [problem, [first, ...more]] of byProblem) {
			const also = more.length > 0 ? ` and ${more.length} later commit${more.length > 1 ? 's' : ''}` : '';
			console.warn(
				`[changes] warning: commit ${first!.commit.slice(0, 12)} (${first!.date})${also} left out of the changes page: its content would not build (${problem})`,
			);
		}
		const ms = Math.round(performance.now() - started);
		console.info(`[changes] ${log.entries.length} changes from ${history.commits.length} commits (${ms} ms)`);
		return log;
	})();
	return cache;
}

/** One entry as the page and the feed show it, in one language. */
export interface ChangeEntryView {
	anchor: string;
	/** YYYY-MM-DD in the event's time zone. */
	day: string;
	date: string;
	title: string;
	/** The title's `lang` attribute when it is not in the page's language (no English title yet). */
	titleLang?: string;
	/** The session's page; undefined when the session no longer has one. */
	href?: string;
	text: string;
}

/** What the changes page shows in a language. */
export interface ChangesView {
	days: { day: string; label: string; entries: ChangeEntryView[] }[];
	/** Older entries the page leaves out. */
	more: number;
	/** The latest commit that touched the programme, the changelog's "today". */
	latest?: string;
	ended: boolean;
}

async function entryViews(lang: Lang, entries: readonly ChangeEntry[], sessionIds: ReadonlySet<string>): Promise<ChangeEntryView[]> {
	const event = await getEvent();
	const t = useTranslations(lang);
	return entries.map((entry) => ({
		anchor: entryAnchor(entry),
		day: changeDay(entry.date, event.timeZone),
		date: entry.date,
		title: inLang(entry.title, lang),
		titleLang: langAttr(lang, lang === 'en' && entry.title.en === undefined ? 'ko' : lang),
		href: sessionIds.has(entry.session) ? url(lang, `/sessions/${entry.session}/`) : undefined,
		text: describeEntry(entry, lang, t),
	}));
}

/** The changes page's view in a language; `sessionIds` are the sessions that have a page in this build. */
export async function getChangesView(lang: Lang, sessionIds: ReadonlySet<string>): Promise<ChangesView> {
	const [event, log] = await Promise.all([getEvent(), getChangelog()]);
	const views = await entryViews(lang, log.entries.slice(0, PAGE_MAX), sessionIds);
	return {
		days: groupByDay(views, event.timeZone).map(({ day, entries }) => ({ day, label: formatEventDate(day, lang), entries })),
		more: Math.max(0, log.entries.length - PAGE_MAX),
		latest: log.latest,
		ended: !showsPlanningTools(eventPhase(event)),
	};
}

/** The response of the changes feed in a language: the newest entries, absolute links, dated by commits. */
export async function changesFeedResponse(lang: Lang, sessionIds: ReadonlySet<string>, site: URL | undefined): Promise<Response> {
	const [event, log] = await Promise.all([getEvent(), getChangelog()]);
	const t = useTranslations(lang);
	const page = absoluteUrl(lang, CHANGES_PATHS.page, site);
	const views = await entryViews(lang, log.entries.slice(0, FEED_MAX), sessionIds);
	const xml = buildChangesFeed({
		lang,
		title: t('changes.feedTitle', { event: event.name[lang] }),
		subtitle: t('changes.feedSubtitle'),
		self: absoluteUrl(lang, CHANGES_PATHS.feed, site),
		page,
		author: event.organizers.map((o) => o.name[lang]).join(', ') || event.name[lang],
		updated: log.latest ?? event.revised,
		entries: views.map((v) => ({
			id: `${page}#${v.anchor}`,
			title: `${v.title}: ${v.text}`,
			date: v.date,
			link: v.href ? new URL(v.href, site).href : `${page}#${v.anchor}`,
			summary: v.text,
		})),
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}

/** The "changed" mark of a session: when (YYYY-MM-DD and as written) and what. */
export interface ChangeMark {
	day: string;
	label: string;
	text: string;
}

/** Each session's "changed" mark in a language, before the day only (the record after it shows what happened). */
export async function getChangeMarks(lang: Lang): Promise<Map<string, ChangeMark>> {
	const [event, log] = await Promise.all([getEvent(), getChangelog()]);
	if (!showsPlanningTools(eventPhase(event))) return new Map();
	const t = useTranslations(lang);
	const marks = new Map<string, ChangeMark>();
	for (const [id, recent] of recentChanges(log) as Map<string, RecentChange>) {
		const day = changeDay(recent.date, event.timeZone);
		marks.set(id, { day, label: shortDay(day, lang), text: describeEntry(recent, lang, t) });
	}
	return marks;
}
