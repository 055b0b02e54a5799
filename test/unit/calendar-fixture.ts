/** Event and sessions for the calendar unit tests, made like src/lib/resolve.ts makes them. */
import type { CalendarInput } from '../../src/lib/calendar';
import type { Lang } from '../../src/lib/i18n';
import type { SessionView, TrackRef } from '../../src/lib/model';
import { instantToEpochMs, localIsoWithOffset, localTimeToInstant } from '../../src/lib/time';
import type { EventData } from '../../src/schemas/event';

export const event: EventData = {
	name: { ko: '2024 디지털 이노베이션 인사이트', en: '2024 Digital Innovation Insight' },
	shortName: 'Tech-Day',
	tagline: { ko: '태그라인', en: 'Tagline' },
	description: { ko: '과기정통부, NIPA; 그리고 빅테크\\파트너', en: 'MSIT, NIPA; and big tech\\partners' },
	date: '2024-11-25',
	timeZone: 'Asia/Seoul',
	revised: '2024-11-18T09:00:00+09:00',
	venue: { name: { ko: '서울드래곤시티', en: 'Seoul Dragon City' }, city: { ko: '서울', en: 'Seoul' }, mapQuery: '서울드래곤시티' },
	rooms: [{ id: 'main-hall', name: { ko: '메인 세션장', en: 'Main hall' }, provisional: true }],
	organizers: [{ name: { ko: '과학기술정보통신부', en: 'Ministry of Science and ICT' }, role: { ko: '주최', en: 'Host' } }],
	links: [],
};

export const google: TrackRef = { id: 'google', partner: '구글', name: '머신러닝 부트캠프', color: '#1a73e8', translated: true };

/** A session view on the event day; times "HH:MM" in Seoul. */
export function session(id: string, start: string, end: string, more: Partial<SessionView> = {}): SessionView {
	const startsAt = localTimeToInstant(event.date, start, event.timeZone);
	const endsAt = localTimeToInstant(event.date, end, event.timeZone);
	return {
		id,
		lang: 'ko',
		title: `세션 ${id}`,
		summary: `${id} 요약`,
		kind: 'talk',
		status: 'confirmed',
		translated: true,
		date: event.date,
		start,
		end,
		startIso: localIsoWithOffset(event.date, start, event.timeZone),
		endIso: localIsoWithOffset(event.date, end, event.timeZone),
		startsAt,
		endsAt,
		startMs: instantToEpochMs(startsAt),
		endMs: instantToEpochMs(endsAt),
		order: 0,
		room: { id: 'main-hall', name: '메인 세션장', provisional: true },
		speakers: [],
		...more,
	};
}

export const keynote = session('keynote', '10:00', '10:50', {
	kind: 'keynote',
	status: 'tentative',
	title: 'AI 시대, 인류가 갖춰야 할 능력이란 무엇인가',
	summary: '서울대학교 **조성준** 교수의 [기조연설](https://example.com/x)입니다.',
	speakers: [{ id: 'cho', name: '조성준', role: '교수', organization: '서울대학교', translated: true }],
});
export const googleTrack = session('google-track', '13:30', '14:30', { kind: 'partner-track', track: google });
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
