import { z } from 'astro/zod';
import { CalendarDateSchema, HttpUrlSchema, LinkSchema, LocalTimeSchema, LocalizedTextSchema, SlugSchema } from './common';
import { withHelp, type FieldHelp } from './help';
import { isTimeZone } from '../lib/model/ids';
import { imageField, plainImage, type ImageFn } from './image';
import { PressItemSchema } from './press';

/** An instant with an explicit offset (YAML gives a Date when unquoted). */
const InstantSchema = z.union([
	z.iso.datetime({ offset: true, error: 'write a date-time with its offset, e.g. 2024-11-20T09:00:00+09:00' }),
	z.date().transform((d) => d.toISOString()),
]);

/** Help for a text written in both languages: what it is, and an example of the two lines. */
const bilingualHelp = (ko: string, en: string, example: string): FieldHelp => ({
	ko: `${ko}: ko: 와 en: 두 줄`,
	en: `${en}: a ko: line and an en: line`,
	example,
});
const bilingual = (ko: string, en: string, example: string) => withHelp(LocalizedTextSchema, bilingualHelp(ko, en, example));
/** The same, for a text that may be left out. */
const optionalBilingual = (ko: string, en: string, example: string) => withHelp(LocalizedTextSchema.optional(), bilingualHelp(ko, en, example));

/** A room or hall of the venue that sessions name by id. */
export const RoomSchema = z.strictObject({
	id: withHelp(SlugSchema, { ko: '세션장 id: 영문 소문자, 숫자, 하이픈', en: 'room id: lower-case letters, digits, hyphens', example: '  - id: track-room-d' }),
	name: bilingual('세션장 이름', 'room name', '    name:\n      ko: 트랙 세션장 D\n      en: Track room D'),
	provisional: withHelp(z.boolean().default(false), {
		ko: '세부 장소가 미정이면 true',
		en: 'true while the venue has not confirmed the room',
		example: '    provisional: true',
	}),
});
export type Room = z.infer<typeof RoomSchema>;

/** An organization that runs the event. */
const organizerSchema = (image: ImageFn) =>
	z.strictObject({
		name: bilingual('기관 이름', 'organization name', '  - name:\n      ko: 정보통신산업진흥원\n      en: National IT Industry Promotion Agency'),
		short: withHelp(z.string().optional(), { ko: '약칭', en: 'abbreviation', example: '    short: NIPA' }),
		role: bilingual('행사에서 맡은 일', 'what it does for the event', '    role:\n      ko: 프로그램 운영\n      en: Runs the programme'),
		note: optionalBilingual('덧붙이는 말', 'a note', '    note:\n      ko: 원장 허성욱\n      en: President Heo Seong-wook'),
		url: withHelp(HttpUrlSchema.optional(), { ko: 'https 주소', en: 'an https address', example: '    url: https://www.nipa.kr' }),
		logo: imageField(image().optional(), 'logo', {
			ko: '기관 로고: 파일을 content/logos/ 에 넣고 ./logos/파일이름 으로 씁니다 (svg, png, webp). 대체 텍스트는 기관 이름입니다',
			en: "the organization's logo: put the file in content/logos/ and write ./logos/<file>; its alt text is the organization's name",
			expected: 'content/logos/ 에 둔 로고를 ./logos/파일이름 으로 / a logo in content/logos/, written ./logos/<file>',
			example: '    logo: ./logos/nipa.svg',
		}),
	});

/** A photo of the day in content/gallery/, shown on the gallery page in list order. */
const galleryPhotoSchema = (image: ImageFn) =>
	z.strictObject({
		image: imageField(image(), 'photo', {
			ko: '사진 파일: content/gallery/ 에 넣고 ./gallery/파일이름 으로 씁니다 (jpg, png, webp, avif)',
			en: 'the photo: put the file in content/gallery/ and write ./gallery/<file>',
			expected: 'content/gallery/ 에 둔 사진을 ./gallery/파일이름 으로 / a photo in content/gallery/, written ./gallery/<file>',
			example: '  - image: ./gallery/opening.jpg',
		}),
		alt: bilingual(
			'대체 텍스트: 사진에 보이는 것 (화면 낭독기가 읽습니다)',
			'alt text: what the photo shows, read out by screen readers',
			'    alt:\n      ko: 무대에서 개회사를 하는 사회자\n      en: The host opening the event on stage',
		),
		caption: bilingual('사진 설명: 사진 아래에 보입니다', 'caption: shown under the photo', '    caption:\n      ko: 개회식\n      en: The opening'),
	});

/** The venue's postal address: every part optional, so content states only what is known. */
export const AddressSchema = z.strictObject({
	street: optionalBilingual('도로명과 번호', 'street and number', '    street:\n      ko: 한강대로 95\n      en: 95 Hangang-daero'),
	region: optionalBilingual('시·도', 'province or metropolitan city', '    region:\n      ko: 서울특별시\n      en: Seoul'),
	postalCode: withHelp(z.string().min(1).optional(), { ko: '우편번호', en: 'postal code', example: '    postalCode: "04377"' }),
	country: withHelp(
		z
			.string()
			.regex(/^[A-Z]{2}$/, 'write the two-letter country code, e.g. KR')
			.optional(),
		{
			ko: '두 글자 국가 코드 (ISO 3166-1)',
			en: 'two-letter country code (ISO 3166-1)',
			example: '    country: KR',
		},
	),
});

/** Site-ownership codes that search consoles ask to put in a <meta> tag. */
export const VerificationSchema = z.strictObject({
	naver: withHelp(z.string().min(1).optional(), {
		ko: '네이버 서치어드바이저의 naver-site-verification 값',
		en: 'Naver Search Advisor: the content of naver-site-verification',
		example: '  naver: 0123abcd',
	}),
	google: withHelp(z.string().min(1).optional(), {
		ko: '구글 서치 콘솔의 google-site-verification 값',
		en: 'Google Search Console: the content of google-site-verification',
		example: '  google: 0123abcd',
	}),
});

/** A page the footer links to: a full https address, or a path on this site such as /privacy/. */
const FooterLinkSchema = z.union([HttpUrlSchema, z.string().regex(/^\/[^/]/, 'write a full address or a path on this site, e.g. /privacy/')]);

/** How to reach whoever runs the event: every part optional, so content states only what is known. */
export const ContactSchema = z.strictObject({
	email: withHelp(z.email({ error: 'write an e-mail address, e.g. techday@example.kr' }).optional(), {
		ko: '문의 전자우편 주소',
		en: 'contact e-mail address',
		example: '  email: techday@example.kr',
	}),
	phone: withHelp(z.string().min(1).optional(), { ko: '문의 전화번호', en: 'contact phone number', example: '  phone: 02-0000-0000' }),
	// Whom to write to, not the venue (that is venue.address).
	address: optionalBilingual('문의처 주소', "the organizer's postal address", '  address:\n    ko: …\n    en: …'),
});

/** The footer's policy links (KRDS: the privacy policy comes first and stands out). */
export const PoliciesSchema = z.strictObject({
	privacy: withHelp(FooterLinkSchema.optional(), {
		ko: '개인정보처리방침 주소 (https 주소 또는 /로 시작하는 경로)',
		en: 'privacy policy: an https address or a path starting with /',
		example: '  privacy: https://example.kr/privacy',
	}),
	accessibility: withHelp(FooterLinkSchema.optional(), {
		ko: '웹 접근성 도움말 주소 (https 주소 또는 /로 시작하는 경로)',
		en: 'accessibility help: an https address or a path starting with /',
		example: '  accessibility: /accessibility/',
	}),
});

/** The one file that holds the event's facts: every page and calendar file reads it. */
export const eventSchema = (image: ImageFn) =>
	z
		.strictObject({
			name: bilingual('행사 이름', 'event name', 'name:\n  ko: 2024 디지털 이노베이션 인사이트\n  en: 2024 Digital Innovation Insight'),
			shortName: withHelp(z.string().min(1), { ko: '짧은 이름', en: 'short name', example: 'shortName: Tech-Day' }),
			tagline: bilingual('한 줄 소개', 'tagline', 'tagline:\n  ko: …\n  en: …'),
			description: bilingual('행사 설명', 'description', 'description:\n  ko: …\n  en: …'),
			// A one-day event writes date:, an event of several days dates: (exactly one of the two).
			date: withHelp(CalendarDateSchema.optional(), {
				ko: '하루 행사의 날짜 YYYY-MM-DD (여러 날이면 date 대신 dates)',
				en: 'the event day of a one-day event (several days: dates instead)',
				example: 'date: 2024-11-25',
			}),
			dates: withHelp(z.array(CalendarDateSchema).min(1).optional(), {
				ko: '여러 날 행사의 날짜 목록, 순서대로 (date 대신)',
				en: 'the programme days of an event of several days, in order (instead of date)',
				expected: '날짜 목록 / a list of dates',
				example: 'dates:\n  - 2025-10-25\n  - 2025-10-26',
			}),
			// A programme day runs until this time the next morning: a 01:30 session is the night after its day.
			dayChange: withHelp(LocalTimeSchema.optional(), {
				ko: '하루 일정이 다음 날로 넘어가는 새벽 시각 (쓰지 않으면 "04:00")',
				en: 'when a programme day hands over to the next, the next morning (default "04:00")',
				example: 'dayChange: "05:00"',
			}),
			// Every session's "HH:MM" is read in this zone.
			timeZone: withHelp(z.string().refine(isTimeZone, 'use an IANA time zone, e.g. Asia/Seoul'), {
				ko: '시간대 (IANA 이름)',
				en: 'IANA time zone',
				example: 'timeZone: Asia/Seoul',
			}),
			// The conference-app feeds' version; calendar files use it only outside git (their times come from commits).
			revised: withHelp(InstantSchema, {
				ko: '프로그램을 마지막으로 고친 시각, 시간대 포함',
				en: 'when the programme was last revised, with its offset',
				example: 'revised: 2024-11-24T21:00:00+09:00',
			}),
			venue: withHelp(
				z.strictObject({
					name: bilingual('장소 이름', 'venue name', '  name:\n    ko: 서울드래곤시티\n    en: Seoul Dragon City'),
					city: bilingual('도시', 'city', '  city:\n    ko: 서울\n    en: Seoul'),
					mapQuery: withHelp(z.string().min(1), {
						ko: '지도 검색어',
						en: 'what to search for on the map',
						example: 'mapQuery: 서울드래곤시티',
					}),
					note: optionalBilingual('장소 안내', 'a note on the venue', '  note:\n    ko: …\n    en: …'),
					// Search engines read the address as fact: leave out what is not confirmed.
					address: withHelp(AddressSchema.optional(), {
						ko: '확정된 주소만: street, region, postalCode, country',
						en: 'only what is confirmed: street, region, postalCode, country',
						example: '  address:\n    country: KR',
					}),
				}),
				{
					ko: '장소 정보: name, city, mapQuery',
					en: 'venue: name, city, mapQuery',
					example: 'venue:\n  name:\n    ko: 서울드래곤시티\n    en: Seoul Dragon City',
				},
			),
			rooms: withHelp(z.array(RoomSchema).min(1), {
				ko: '세션장 목록: id, name, provisional',
				en: 'the rooms: id, name, provisional',
				example: 'rooms:\n  - id: main-hall\n    name:\n      ko: 메인 세션장\n      en: Main hall',
			}),
			organizers: withHelp(z.array(organizerSchema(image)).min(1), {
				ko: '주최 기관 목록',
				en: 'the organizers',
				example: 'organizers:\n  - name:\n      ko: 정보통신산업진흥원\n      en: NIPA\n    role:\n      ko: 프로그램 운영\n      en: Runs the programme',
			}),
			links: withHelp(z.array(LinkSchema).default([]), {
				ko: '외부 링크 목록 (사전 등록, 생중계): 행사 전에는 홈 맨 위에 크게 보입니다. 없으면 []',
				en: 'outside links (registration, livestream), shown prominently on home before the day; [] for none',
				example: 'links: []',
			}),
			// Shown on home and results, newest first.
			press: withHelp(z.array(PressItemSchema).default([]), {
				ko: '언론 보도 목록: outlet, title, date, url (제목이 영어면 lang: en)',
				en: 'articles about the event: outlet, title, date, url (lang: en for an English headline)',
				example: 'press:\n  - outlet: 예시일보\n    title: …\n    date: 2024-11-26\n    url: https://news.example.com/techday',
			}),
			// The event file says whether the day is over, never the build clock: the same content builds the same bytes.
			// What the day left behind: photos with their words in both languages.
			gallery: withHelp(z.array(galleryPhotoSchema(image)).default([]), {
				ko: '행사 사진 목록: image, alt, caption (사진 페이지에 이 순서로 보입니다)',
				en: 'photos of the day: image, alt, caption, shown on the photos page in this order',
				example: 'gallery:\n  - image: ./gallery/opening.jpg\n    alt:\n      ko: …\n      en: …\n    caption:\n      ko: …\n      en: …',
			}),
			ended: withHelp(z.boolean().default(false), {
				ko: '행사가 끝났으면 true: 사이트가 그날의 기록이 됩니다',
				en: 'true once the day is over: the site becomes the record of the day',
				example: 'ended: true',
			}),
			intro: withHelp(
				z
					.strictObject({
						speakers: optionalBilingual('연사 페이지 제목 아래 문장', 'a sentence under the speakers page title', '  speakers:\n    ko: …\n    en: …'),
						tracks: optionalBilingual('협력 과정 페이지 제목 아래 문장', 'a sentence under the partner tracks page title', '  tracks:\n    ko: …\n    en: …'),
						results: optionalBilingual('성과 페이지 제목 아래 문장', 'a sentence under the results page title', '  results:\n    ko: …\n    en: …'),
					})
					.default({}),
				{
					ko: '연사·협력 과정·성과 페이지 제목 아래 문장: speakers, tracks, results',
					en: "the pages' opening sentences: speakers, tracks, results",
					example: 'intro:\n  tracks:\n    ko: …\n    en: …',
				},
			),
			verification: withHelp(VerificationSchema.optional(), {
				ko: '사이트 소유 확인 코드: naver, google (사이트를 등록하기 전에는 줄을 지웁니다)',
				en: 'site-verification codes: naver, google; leave out until the site is registered',
				expected: '사이트 소유 확인 코드: naver, google / site-verification codes: naver, google',
				example: 'verification:\n  naver: 0123abcd',
			}),
			// The footer (KRDS): all optional, so the sample states only what its sources give.
			operator: optionalBilingual(
				'누리집을 운영하는 기관 ("이 누리집은 …에서 운영하는 누리집입니다")',
				'who runs this website ("This website is run by …")',
				'operator:\n  ko: 정보통신산업진흥원\n  en: the National IT Industry Promotion Agency',
			),
			official: withHelp(z.boolean().default(false), {
				ko: '정부 공식 서비스일 때만 true: 공식 전자정부 누리집 표시가 붙습니다 (KRDS는 그 밖의 사이트에 금지)',
				en: 'true only for an official government service: shows the KRDS masthead, which KRDS forbids elsewhere',
				example: 'official: true',
			}),
			contact: withHelp(ContactSchema.optional(), {
				ko: '문의처: email, phone, address',
				en: 'how visitors reach the organizers: email, phone, address',
				example: 'contact:\n  email: techday@example.kr',
			}),
			policies: withHelp(PoliciesSchema.optional(), {
				ko: '정책 링크: privacy (개인정보처리방침), accessibility (웹 접근성 도움말)',
				en: 'policy links: privacy, accessibility',
				example: 'policies:\n  privacy: https://example.kr/privacy',
			}),
		})
		.refine((e) => (e.date === undefined) !== (e.dates === undefined), {
			path: ['date'],
			message: 'write either date: (one day) or dates: (several days), not both and not neither',
		})
		.refine((e) => !e.dates || e.dates.every((d, i) => i === 0 || d > e.dates![i - 1]!), {
			path: ['dates'],
			message: 'list the dates in order, each once',
		});
/** The event schema where no build runs: image paths stay text (see plainImage). */
export const EventSchema = eventSchema(plainImage);
export type EventData = z.infer<typeof EventSchema>;
export type GalleryPhoto = EventData['gallery'][number];
