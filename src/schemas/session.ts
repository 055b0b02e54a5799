import { z } from 'astro/zod';
import { CalendarDateSchema, HttpUrlSchema, LocalTimeSchema, SlugSchema, TIME_EXPECTED } from './common';
import { withHelp } from './help';

/** A PDF kept in the content folder's slides/ folder, named by its file name. */
export const SLIDES_FILE_PATTERN = /^[a-z0-9][a-z0-9._-]*\.pdf$/;

/** What kind of programme item a session is. */
export const SessionKindSchema = z.enum(['keynote', 'talk', 'partner-track', 'panel', 'ceremony', 'networking', 'break', 'registration']);
export type SessionKind = z.infer<typeof SessionKindSchema>;

/** Whether the session will happen as shown. */
export const SessionStatusSchema = z.enum(['confirmed', 'tentative', 'cancelled']);
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/** Words of a session that are translated. */
export const SessionWordsSchema = z.strictObject({
	title: withHelp(z.string().min(1), {
		ko: '일정표에 보이는 세션 제목',
		en: 'title as shown on the agenda',
		expected: '한 줄 제목 / a one-line title',
		example: 'title: AI 시대, 인류가 갖춰야 할 능력이란 무엇인가',
	}),
	summary: withHelp(z.string().min(1), {
		ko: '일정표와 캘린더 파일에 들어가는 한두 문장 요약',
		en: 'one or two sentences for the agenda and calendar files',
		expected: '한두 문장 / one or two sentences',
		example: 'summary: 서울대학교 조성준 교수가 AI 시대에 필요한 능력을 짚는 기조연설입니다.',
	}),
});

const kinds = SessionKindSchema.options.join(', ');

/** A session file in content/sessions/: facts (times, room, people, status) and the Korean words. */
export const SessionSchema = SessionWordsSchema.extend({
	kind: withHelp(SessionKindSchema, {
		ko: `세션 종류: ${kinds}`,
		en: 'what kind of item it is',
		expected: `다음 중 하나 / one of: ${kinds}`,
		example: 'kind: talk',
	}),
	// Which programme day (one of event.yaml's dates); a one-day event may leave it out.
	date: withHelp(CalendarDateSchema.optional(), {
		ko: '세션이 열리는 날 (여러 날 행사일 때 event.yaml 의 dates 가운데 하나; 하루 행사면 줄을 지웁니다)',
		en: "the session's programme day, one of event.yaml's dates (a one-day event leaves it out)",
		expected: 'event.yaml 의 dates 에 있는 날짜 YYYY-MM-DD / one of the dates in event.yaml',
		example: 'date: 2025-10-26',
	}),
	start: withHelp(LocalTimeSchema, {
		ko: '시작 시각 (행사 시간대, 24시간제, 따옴표 안에)',
		en: 'start time, 24-hour, in quotes, event time zone',
		expected: TIME_EXPECTED,
		example: 'start: "13:30"',
	}),
	end: withHelp(LocalTimeSchema, {
		ko: '끝나는 시각 (시작보다 늦게; 시작보다 이르면 다음 날 새벽, 하루가 바뀌는 시각까지)',
		en: 'end time, after the start; earlier than the start means the next morning, up to the day change',
		expected: `${TIME_EXPECTED}, 시작보다 늦게 / after the start`,
		example: 'end: "14:30"',
	}),
	room: withHelp(SlugSchema, {
		ko: '장소 id (content/event.yaml 의 rooms)',
		en: 'a room id from content/event.yaml',
		expected: 'content/event.yaml 의 rooms 에 있는 id / a room id from content/event.yaml',
		refersTo: { ids: 'rooms', sample: 'main-hall' },
	}),
	track: withHelp(SlugSchema.optional(), {
		ko: '파트너 트랙 id (content/tracks/ 의 파일 이름), 없으면 줄을 지웁니다',
		en: 'a track id from content/tracks/; leave the line out for none',
		expected: 'content/tracks/ 의 파일 이름 / a track id',
		refersTo: { ids: 'tracks', sample: 'aws' },
	}),
	speakers: withHelp(z.array(SlugSchema).default([]), {
		ko: '발표자 id 목록 (content/speakers/ 의 파일 이름)',
		en: 'speaker ids from content/speakers/',
		expected: 'content/speakers/ 의 파일 이름 목록 / a list of speaker ids',
		refersTo: { ids: 'speakers', sample: 'cho-sungzoon' },
	}),
	status: withHelp(SessionStatusSchema.default('tentative'), {
		ko: 'confirmed(확정), tentative(시간 미정), cancelled(취소: 파일을 지우지 말고 이렇게 표시)',
		en: 'confirmed, tentative, or cancelled (keep the file, mark it cancelled)',
		expected: `다음 중 하나 / one of: ${SessionStatusSchema.options.join(', ')}`,
		example: 'status: confirmed',
	}),
	recording: withHelp(HttpUrlSchema.optional(), {
		ko: '행사 뒤: 녹화 영상 주소',
		en: 'after the day: the address of the recording',
		example: 'recording: https://video.example.com/keynote',
	}),
	slides: withHelp(
		z
			.union([
				HttpUrlSchema,
				z
					.string()
					.regex(
						SLIDES_FILE_PATTERN,
						'write a full address, or the name of a PDF in content/slides/ such as "keynote.pdf" (lower-case letters, digits, ".", "-", "_")',
					),
			])
			.optional(),
		{
			ko: '행사 뒤: 발표 자료 주소, 또는 content/slides/ 에 둔 PDF 파일 이름',
			en: 'after the day: the slides, as an address or the name of a PDF in content/slides/',
			expected: 'https:// 주소 또는 content/slides/ 의 PDF 이름 / an https address or the name of a PDF in content/slides/',
			example: 'slides: keynote.pdf',
		},
	),
}).refine((s) => s.end !== s.start, {
	path: ['end'],
	message: 'the end time must be after the start time',
	// Checked even when other fields are wrong, so organizers see every mistake at once. An end earlier than the
	// start is the next morning; whether that fits the programme day is the content check's (it knows the event).
	when: ({ value }) => {
		const times = value as { start?: unknown; end?: unknown };
		return LocalTimeSchema.safeParse(times.start).success && LocalTimeSchema.safeParse(times.end).success;
	},
});
export type SessionData = z.infer<typeof SessionSchema>;

/** An English file in content/en/sessions/: only the translated words. */
export const SessionTranslationSchema = SessionWordsSchema;
export type SessionTranslation = z.infer<typeof SessionTranslationSchema>;
