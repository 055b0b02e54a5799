/**
 * What the link components of .mdx bodies (<SessionLink>, <SpeakerLink>, <TrackLink>) point at and say:
 * looked up in the page language's views, so an English page links to English pages with English words.
 */
import type { SessionView, SpeakerView, TrackView } from '../model/model';

/** The entry a link component names, with the site path of its page; undefined when the id does not exist. */
export type LinkTarget =
	| { collection: 'sessions'; path: string; text: string; langAttr?: string; session: SessionView }
	| { collection: 'speakers' | 'tracks'; path: string; text: string; langAttr?: string };

/**
 * Finds the entry a link component points at in one language's views.
 * @example linkTarget(site, 'tracks', 'google') // { path: '/tracks/google/', text: '구글 · 머신러닝 …', … }
 */
export function linkTarget(
	site: { sessions: readonly SessionView[]; speakers: readonly SpeakerView[]; tracks: readonly TrackView[] },
	collection: 'sessions' | 'speakers' | 'tracks',
	id: string,
): LinkTarget | undefined {
	const path = `/${collection}/${id}/`;
	if (collection === 'sessions') {
		const session = site.sessions.find((s) => s.id === id);
		return session && { collection, path, text: session.title, langAttr: session.langAttr, session };
	}
	if (collection === 'speakers') {
		const speaker = site.speakers.find((s) => s.id === id);
		return speaker && { collection, path, text: speaker.name, langAttr: speaker.langAttr };
	}
	const track = site.tracks.find((t) => t.id === id);
	return track && { collection, path, text: `${track.partner} · ${track.name}`, langAttr: track.langAttr };
}
