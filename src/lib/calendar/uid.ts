import { firstDay } from '../time/programme-day';

/** What names an event in UIDs and GUIDs: its short name and its first day. */
export interface EventKey {
	shortName: string;
	date?: string | undefined;
	dates?: readonly string[] | undefined;
}

/**
 * The iCalendar UID of a session: the same in every calendar file and language, unique across
 * events and sites because it names the session, the event and the site's host.
 * @example sessionUid('keynote', { shortName: 'Tech-Day', date: '2024-11-25' }, 'https://techday.example.com/') // "keynote@tech-day-20241125.techday.example.com"
 */
export function sessionUid(sessionId: string, event: EventKey, site: string | URL): string {
	const eventKey = `${event.shortName
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')}-${firstDay(event).replaceAll('-', '')}`;
	return `${sessionId}@${eventKey}.${new URL(site).hostname}`;
}
