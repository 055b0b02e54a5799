import { SessionKindSchema, SessionStatusSchema } from '../../schemas/session';
import type { CollectionName } from './types';

/** What the rest of the content holds, so messages can list real ids (rooms, speakers, tracks). */
export interface ContentContext {
	rooms: string[];
	speakers: string[];
	tracks: string[];
	/** The event day, YYYY-MM-DD, when event.yaml gives one. */
	date?: string;
}

/** An organizer's explanation of one field: used in check messages and in the scaffold's comments. */
export interface FieldDoc {
	/** What the field is, in Korean. */
	ko: string;
	/** What the field is, in English. */
	en: string;
	/** What a correct value looks like ("Korean / English"). */
	expected: string;
	/** A correct YAML line (or lines) to copy. */
	example: string;
	required: boolean;
	/** Only in the Korean file: a fact that English files must not repeat. */
	fact?: boolean;
	/** What the scaffold writes for the value; empty for required fields the organizer must fill. */
	scaffold?: string;
}

const list = (ids: string[], fallback: string) => (ids.length > 0 ? ids.join(', ') : fallback);
const first = (ids: string[], fallback: string) => ids[0] ?? fallback;

/** A "HH:MM" time explained for organizers. */
export const TIME_EXPECTED = '행사 당일의 24시간제 시각 "HH:MM", 따옴표 안에 (00:00–23:59) / a 24-hour time "HH:MM" in quotes on the event day';

/** The fields of each kind of file, in the order the scaffold writes them. */
export function fieldDocs(collection: CollectionName, ctx: ContentContext): Record<string, FieldDoc> {
	const kinds = SessionKindSchema.options.join(', ');
	switch (collection) {
		case 'sessions':
			return {
				title: {
					ko: '일정표에 보이는 세션 제목',
					en: 'title as shown on the agenda',
					expected: '한 줄 제목 / a one-line title',
					example: 'title: AI 시대, 인류가 갖춰야 할 능력이란 무엇인가',
					required: true,
				},
				summary: {
					ko: '일정표와 캘린더 파일에 들어가는 한두 문장 요약',
					en: 'one or two sentences for the agenda and calendar files',
					expected: '한두 문장 / one or two sentences',
					example: 'summary: 서울대학교 조성준 교수가 AI 시대에 필요한 능력을 짚는 기조연설입니다.',
					required: true,
				},
				kind: {
					ko: `세션 종류: ${kinds}`,
					en: 'what kind of item it is',
					expected: `다음 중 하나 / one of: ${kinds}`,
					example: 'kind: talk',
					required: true,
					fact: true,
				},
				start: {
					ko: '시작 시각 (행사 시간대, 24시간제, 따옴표 안에)',
					en: 'start time, 24-hour, in quotes, event time zone',
					expected: TIME_EXPECTED,
					example: 'start: "13:30"',
					required: true,
					fact: true,
				},
				end: {
					ko: '끝나는 시각 (시작보다 늦게, 자정을 넘기지 않게)',
					en: 'end time, after the start and before midnight',
					expected: `${TIME_EXPECTED}, 시작보다 늦게 / after the start`,
					example: 'end: "14:30"',
					required: true,
					fact: true,
				},
				room: {
					ko: `장소 id (content/event.yaml 의 rooms): ${list(ctx.rooms, 'main-hall')}`,
					en: 'a room id from content/event.yaml',
					expected: `content/event.yaml 의 rooms 에 있는 id / a room id from content/event.yaml: ${list(ctx.rooms, '(none yet)')}`,
					example: `room: ${first(ctx.rooms, 'main-hall')}`,
					required: true,
					fact: true,
				},
				track: {
					ko: `파트너 트랙 id (content/tracks/ 의 파일 이름), 없으면 줄을 지웁니다: ${list(ctx.tracks, 'aws')}`,
					en: 'a track id from content/tracks/; leave the line out for none',
					expected: `content/tracks/ 의 파일 이름 / a track id: ${list(ctx.tracks, '(none yet)')}`,
					example: `track: ${first(ctx.tracks, 'aws')}`,
					required: false,
					fact: true,
				},
				speakers: {
					ko: `발표자 id 목록 (content/speakers/ 의 파일 이름): ${list(ctx.speakers, 'cho-sungzoon')}`,
					en: 'speaker ids from content/speakers/',
					expected: `content/speakers/ 의 파일 이름 목록 / a list of speaker ids: ${list(ctx.speakers, '(none yet)')}`,
					example: `speakers: [${first(ctx.speakers, 'cho-sungzoon')}]`,
					required: false,
					fact: true,
					scaffold: '[]',
				},
				status: {
					ko: 'confirmed(확정), tentative(시간 미정), cancelled(취소: 파일을 지우지 말고 이렇게 표시)',
					en: 'confirmed, tentative, or cancelled (keep the file, mark it cancelled)',
					expected: `다음 중 하나 / one of: ${SessionStatusSchema.options.join(', ')}`,
					example: 'status: confirmed',
					required: false,
					fact: true,
					scaffold: 'tentative',
				},
			};
		case 'speakers':
			return {
				name: { ko: '이름', en: 'name', expected: '이름 / the name', example: 'name: 조성준', required: true },
				role: { ko: '직함', en: 'job title', expected: '직함 / job title', example: 'role: 교수', required: true },
				organization: {
					ko: '소속',
					en: 'affiliation',
					expected: '소속 / affiliation',
					example: 'organization: 서울대학교',
					required: true,
				},
				photo: {
					ko: '사진 경로: 사진 파일을 public/speakers/ 에 넣고 /speakers/파일이름 으로 씁니다 (jpg, png, webp, avif). 없으면 줄을 지웁니다',
					en: 'photo path: put the file in public/speakers/ and write /speakers/<file>; leave the line out for none',
					expected: 'public/ 안의 사진 파일 경로, / 로 시작 / a photo file in public/, written from /',
					example: 'photo: /speakers/cho-sungzoon.jpg',
					required: false,
					fact: true,
				},
				links: {
					ko: '외부 링크 목록 (label 과 https 주소)',
					en: 'outside links: a label and an https address each',
					expected: '- label: 과 url: 을 가진 항목들 / items with label: and url:',
					example: 'links:\n  - label: 연구실 홈페이지\n    url: https://example.com',
					required: false,
					fact: true,
					scaffold: '[]',
				},
			};
		case 'tracks':
			return {
				partner: { ko: '협력 기업', en: 'the company', expected: '기업 이름 / the company', example: 'partner: 구글', required: true },
				name: { ko: '과정 이름', en: 'programme name', expected: '과정 이름 / the programme name', example: 'name: 구글 AI 과정', required: true },
				teaches: {
					ko: '무엇을 가르치는지, 한 줄에 하나씩',
					en: 'what the course teaches, one point per line',
					expected: '- 로 시작하는 줄이 하나 이상 / one or more lines starting with -',
					example: 'teaches:\n  - 머신러닝 기초\n  - 클라우드에서 모델 배포하기',
					required: true,
				},
				audience: {
					ko: '대상 (발표되지 않았으면 줄을 지웁니다)',
					en: 'who it is for; leave the line out when not announced',
					expected: '한 줄 / one line',
					example: 'audience: 대학생과 취업 준비생',
					required: false,
				},
				color: {
					ko: '트랙 색 (#RRGGBB)',
					en: 'track colour',
					expected: '따옴표 안의 #RRGGBB / "#RRGGBB" in quotes',
					example: 'color: "#1a73e8"',
					required: true,
					fact: true,
				},
				order: {
					ko: '목록에서의 순서, 작은 수가 먼저',
					en: 'position in lists, smallest first',
					expected: '정수 / a whole number',
					example: 'order: 7',
					required: true,
					fact: true,
				},
			};
		case 'results':
			return {
				title: { ko: '제목', en: 'title', expected: '한 줄 제목 / a one-line title', example: 'title: 수료 후에도 이어지는 지원', required: true },
				summary: {
					ko: '한두 문장 요약',
					en: 'one or two sentences',
					expected: '한두 문장 / one or two sentences',
					example: 'summary: 수료생의 취업과 창업을 꾸준히 돕습니다.',
					required: true,
				},
				order: {
					ko: '목록에서의 순서, 작은 수가 먼저',
					en: 'position in lists, smallest first',
					expected: '정수 / a whole number',
					example: 'order: 6',
					required: true,
					fact: true,
				},
				tracks: {
					ko: `관련 트랙 id 목록, 모든 트랙이면 [] : ${list(ctx.tracks, 'aws')}`,
					en: 'track ids this result belongs to; [] for all',
					expected: `content/tracks/ 의 파일 이름 목록 / a list of track ids: ${list(ctx.tracks, '(none yet)')}`,
					example: `tracks: [${first(ctx.tracks, 'aws')}]`,
					required: false,
					fact: true,
					scaffold: '[]',
				},
			};
	}
}

/** The fields English files may set: the words, never the facts. */
export function wordFields(collection: CollectionName, ctx: ContentContext): Record<string, FieldDoc> {
	return Object.fromEntries(Object.entries(fieldDocs(collection, ctx)).filter(([, doc]) => !doc.fact));
}

const text = (ko: string, en: string, example: string): FieldDoc => ({ ko, en, expected: `${ko} / ${en}`, example, required: true });

/**
 * Explanations for content/event.yaml, keyed by the field path without list positions ("rooms.id").
 * A path not listed falls back to its last part ("ko", "en", "url", …).
 */
export function eventFieldDocs(ctx: ContentContext): Record<string, FieldDoc> {
	const localized = (what: string, example: string) =>
		text(`${what}: ko: 와 en: 두 줄`, `${what}: a ko: line and an en: line`, example);
	return {
		name: localized('행사 이름', 'name:\n  ko: 2024 디지털 이노베이션 인사이트\n  en: 2024 Digital Innovation Insight'),
		shortName: text('짧은 이름', 'short name', 'shortName: Tech-Day'),
		tagline: localized('한 줄 소개', 'tagline:\n  ko: …\n  en: …'),
		description: localized('행사 설명', 'description:\n  ko: …\n  en: …'),
		date: text('행사 날짜 YYYY-MM-DD', 'the event day', `date: ${ctx.date ?? '2024-11-25'}`),
		timeZone: text('시간대 (IANA 이름)', 'IANA time zone', 'timeZone: Asia/Seoul'),
		revised: text(
			'프로그램을 마지막으로 고친 시각, 시간대 포함',
			'when the programme was last revised, with its offset',
			'revised: 2024-11-24T21:00:00+09:00',
		),
		venue: text('장소 정보: name, city, mapQuery', 'venue: name, city, mapQuery', 'venue:\n  name:\n    ko: 서울드래곤시티\n    en: Seoul Dragon City'),
		'venue.mapQuery': text('지도 검색어', 'what to search for on the map', 'mapQuery: 서울드래곤시티'),
		rooms: text('세션장 목록: id, name, provisional', 'the rooms: id, name, provisional', 'rooms:\n  - id: main-hall\n    name:\n      ko: 메인 세션장\n      en: Main hall'),
		'rooms.id': text('세션장 id: 영문 소문자, 숫자, 하이픈', 'room id: lower-case letters, digits, hyphens', '  - id: track-room-d'),
		'rooms.provisional': text('세부 장소가 미정이면 true', 'true while the venue has not confirmed the room', '    provisional: true'),
		organizers: text('주최 기관 목록', 'the organizers', 'organizers:\n  - name:\n      ko: 정보통신산업진흥원\n      en: NIPA\n    role:\n      ko: 프로그램 운영\n      en: Runs the programme'),
		'organizers.short': text('약칭', 'abbreviation', '    short: NIPA'),
		'organizers.url': text('https 주소', 'an https address', '    url: https://www.nipa.kr'),
		links: text('외부 링크 목록, 없으면 []', 'outside links, [] for none', 'links: []'),
		ended: text('행사가 끝났으면 true', 'true once the event is over', 'ended: true'),
		press: text(
			'언론 보도 목록: outlet, title, date, url (제목이 영어면 lang: en)',
			'articles about the event: outlet, title, date, url (lang: en for an English headline)',
			'press:\n  - outlet: 전자신문\n    title: 정부·빅테크 인재 양성 성과 공개\n    date: 2024-11-26\n    url: https://example.com/news/1',
		),
		intro: text(
			'연사·협력 과정·성과 페이지 제목 아래 문장: speakers, tracks, results',
			"the pages' opening sentences: speakers, tracks, results",
			'intro:\n  tracks:\n    ko: …\n    en: …',
		),
		label: text('링크 이름', 'link label', '  - label: 행사 안내'),
		url: text('https:// 로 시작하는 전체 주소', 'a full address starting with https://', '    url: https://example.com'),
		ko: text('한국어 글', 'Korean text', '  ko: 서울드래곤시티'),
		en: text('영어 글', 'English text', '  en: Seoul Dragon City'),
		// Optional: the venue address and search-console codes
		'venue.address': text('확정된 주소만: street, region, postalCode, country', 'only what is confirmed: street, region, postalCode, country', '  address:\n    country: KR'),
		'venue.address.country': text('두 글자 국가 코드', 'two-letter country code', '    country: KR'),
		verification: text('사이트 소유 확인 코드: naver, google', 'site-verification codes: naver, google', 'verification:\n  naver: 0123abcd'),
	};
}
