/**
 * The changes feed: the changelog's entries as an Atom feed (RFC 4287), written by feedsmith. Each
 * entry is one session's changes in one commit, dated by that commit, so the same history gives the
 * same bytes. Pure.
 */
import { generateAtomFeed } from 'feedsmith';

/** One feed entry, already in the feed's language. */
export interface ChangesFeedEntry {
	/** A permanent IRI: the entry's place on the changes page. */
	id: string;
	title: string;
	/** The commit's date, ISO 8601. */
	date: string;
	/** The session's page, or the changes page for a session that no longer has one. */
	link: string;
	summary: string;
}

/** The feed as a whole. */
export interface ChangesFeedInput {
	lang: string;
	title: string;
	subtitle: string;
	/** The feed's own absolute URL (its id and rel="self"). */
	self: string;
	/** The changes page it mirrors. */
	page: string;
	author: string;
	/** The latest commit that touched the programme; the event's `revised` when there is no history. */
	updated: string;
	entries: readonly ChangesFeedEntry[];
}

/** The Atom text of the changes feed. */
export function buildChangesFeed(input: ChangesFeedInput): string {
	return generateAtomFeed({
		id: input.self,
		title: { value: input.title },
		subtitle: { value: input.subtitle },
		updated: new Date(input.updated),
		authors: [{ name: input.author }],
		links: [
			{ href: input.self, rel: 'self', type: 'application/atom+xml' },
			{ href: input.page, rel: 'alternate', type: 'text/html' },
		],
		xml: { lang: input.lang },
		entries: input.entries.map((entry) => ({
			id: entry.id,
			title: { value: entry.title },
			updated: new Date(entry.date),
			links: [{ href: entry.link, rel: 'alternate', type: 'text/html' }],
			summary: { value: entry.summary },
		})),
	});
}
