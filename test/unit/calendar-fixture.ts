/** Event and sessions for the calendar unit tests, through the real schemas and resolver. */
import type { CalendarInput } from '../../src/lib/calendar/ics';
import type { Lang } from '../../src/i18n/languages';
import type { SessionView, TrackRef } from '../../src/lib/model/model';
import { fixtureSite } from '../helpers/content-fixture';

const people = {
	cho: { ko: { name: '조성준', role: '교수', organization: '서울대학교' } },
};
const partners = {
	google: { ko: { partner: '구글', name: '머신러닝 부트캠프', teaches: ['머신러닝'], color: '#1a73e8', order: 1 } },
};

/** A session on the event day (Seoul): its file's fields, resolved as the site resolves them. */
export function session(id: string, start: string, end: string, data: Record<string, unknown> = {}): SessionView {
	const fields = { title: `세션 ${id}`, summary: `${id} 요약`, kind: 'talk', status: 'confirmed', room: 'main-hall', start, end, ...data };
	return fixtureSite({ sessions: { [id]: { ko: fields } }, speakers: people, tracks: partners }).sessions[0]!;
}

const site = fixtureSite({ tracks: partners });
export const event = site.event;
export const google: TrackRef = site.tracks[0]!;

export const keynote = session('keynote', '10:00', '10:50', {
	kind: 'keynote',
	status: 'tentative',
	title: 'AI 시대, 인류가 갖춰야 할 능력이란 무엇인가',
	summary: '서울대학교 **조성준** 교수의 [기조연설](https://example.com/x)입니다.',
	speakers: ['cho'],
});
export const googleTrack = session('google-track', '13:30', '14:30', { kind: 'partner-track', track: 'google' });
export const cancelled = session('closing', '16:00', '16:30', { kind: 'ceremony', status: 'cancelled', title: '폐회식' });
export const sessions = [keynote, googleTrack, cancelled];

/** The builder's input for a scope, with the default site. */
export function input(scope: CalendarInput['scope'], more: Partial<CalendarInput> = {}): CalendarInput {
	const lang: Lang = more.lang ?? 'ko';
	const site = more.site ?? 'https://techday.example.com';
	return {
		lang,
		event,
		sessions,
		scope,
		site,
		absolute: (path) => new URL(`${lang === 'en' ? '/en' : ''}${path}`, site).href,
		...more,
	};
}
