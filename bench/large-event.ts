/**
 * A large, valid event for the build benchmark: many parallel rooms and short slots so that every
 * session fits on the event day, Korean files with English words for every entry.
 * Pure: returns file paths (relative to a content folder) and their text.
 */

/** How big an event to generate. */
export interface LargeEventSize {
	sessions: number;
	speakers: number;
	tracks: number;
	/** Parallel rooms; sessions / rooms slots must fit between 08:00 and 23:59. */
	rooms: number;
	results: number;
}

/** The size the issue asks for: 1,000 sessions, 500 speakers, 20 tracks. */
export const defaultSize: LargeEventSize = { sessions: 1000, speakers: 500, tracks: 20, rooms: 50, results: 6 };

const pad = (n: number, width = 4) => String(n).padStart(width, '0');
const time = (minutes: number) => `${pad(Math.floor(minutes / 60), 2)}:${pad(minutes % 60, 2)}`;
/** YAML front matter from plain values (strings are JSON-quoted, which YAML reads as-is). */
const frontMatter = (data: Record<string, string | number | string[]>) =>
	`---\n${Object.entries(data)
		.map(([k, v]) => (Array.isArray(v) ? `${k}: [${v.map((x) => JSON.stringify(x)).join(', ')}]` : `${k}: ${JSON.stringify(v)}`))
		.join('\n')}\n---\n`;

const koParagraph = (i: number) =>
	`${i}번째 세션은 디지털 인재 양성 프로그램의 현장 경험을 나눕니다. 교육생과 멘토가 함께 만든 프로젝트를 소개하고, **실무에 바로 쓰는 기술**과 협업 방식을 짚습니다.`;
const enParagraph = (i: number) =>
	`Session ${i} shares what the digital-talent programme looked like on the ground. Trainees and mentors present a project they built together and the **skills that carry over to work**.`;

/** Every file of the large event's content folder, keyed by path relative to it. */
export function largeEventFiles(size: LargeEventSize = defaultSize): Map<string, string> {
	const files = new Map<string, string>();
	const slots = Math.ceil(size.sessions / size.rooms);
	const slotMinutes = 30;
	if (8 * 60 + slots * slotMinutes > 24 * 60) throw new Error(`${slots} slots of ${slotMinutes} minutes do not fit on one day: add rooms`);

	const rooms = Array.from({ length: size.rooms }, (_, i) => ({ id: `room-${pad(i + 1, 2)}`, n: i + 1 }));
	files.set(
		'event.yaml',
		[
			'name: { ko: "2024 디지털 이노베이션 인사이트", en: "2024 Digital Innovation Insight" }',
			'shortName: Tech-Day',
			'tagline: { ko: "벤치마크용 대형 행사", en: "A large event for the build benchmark" }',
			'description: { ko: "세션 천 개, 연사 오백 명 규모의 행사 데이터로 빌드 속도를 잽니다.", en: "An event with a thousand sessions and five hundred speakers, to time the build." }',
			'date: 2024-11-25',
			'timeZone: Asia/Seoul',
			'revised: 2024-11-18T09:00:00+09:00',
			'venue:',
			'  name: { ko: 서울드래곤시티, en: Seoul Dragon City }',
			'  city: { ko: 서울, en: Seoul }',
			'  mapQuery: 서울드래곤시티',
			'rooms:',
			...rooms.map((r) => `  - { id: ${r.id}, name: { ko: "세션장 ${r.n}", en: "Room ${r.n}" } }`),
			'organizers:',
			'  - { name: { ko: 과학기술정보통신부, en: Ministry of Science and ICT }, short: MSIT, role: { ko: 프로그램 운영, en: Runs the programme } }',
			'  - { name: { ko: 정보통신산업진흥원, en: National IT Industry Promotion Agency }, short: NIPA, role: { ko: 프로그램 운영, en: Runs the programme } }',
			'',
		].join('\n'),
	);

	const palette = ['#1a73e8', '#ff9900', '#76b900', '#0068b5', '#03c75a', '#fee500', '#8e24aa', '#d32f2f', '#00897b', '#5d4037'];
	for (let t = 1; t <= size.tracks; t++) {
		const id = `track-${pad(t, 2)}`;
		const color = palette[(t - 1) % palette.length]!;
		files.set(
			`tracks/${id}.md`,
			`${frontMatter({ partner: `파트너 ${t}`, name: `협력 과정 ${t}`, teaches: [`핵심 기술 ${t}`, `현장 프로젝트 ${t}`], color, order: t })}\n파트너 ${t}와 함께 운영한 **협력 과정 ${t}**입니다.\n`,
		);
		files.set(
			`en/tracks/${id}.md`,
			`${frontMatter({ partner: `Partner ${t}`, name: `Partner course ${t}`, teaches: [`Core skill ${t}`, `Field project ${t}`] })}\n**Partner course ${t}**, run with Partner ${t}.\n`,
		);
	}

	for (let s = 1; s <= size.speakers; s++) {
		const id = `speaker-${pad(s)}`;
		files.set(
			`speakers/${id}.md`,
			`${frontMatter({ name: `연사 ${s}`, role: '연구원', organization: `기관 ${(s % 40) + 1}` })}\n기관 ${(s % 40) + 1}의 연구원입니다. 디지털 인재 양성에 관해 이야기합니다.\n`,
		);
		files.set(
			`en/speakers/${id}.md`,
			`${frontMatter({ name: `Speaker ${s}`, role: 'Researcher', organization: `Organization ${(s % 40) + 1}` })}\nA researcher at Organization ${(s % 40) + 1}, speaking on digital talent.\n`,
		);
	}

	const kinds = ['talk', 'partner-track', 'panel', 'talk', 'partner-track'] as const;
	const statuses = ['confirmed', 'confirmed', 'tentative', 'confirmed', 'cancelled', 'confirmed', 'tentative', 'confirmed'] as const;
	for (let i = 0; i < size.sessions; i++) {
		const n = i + 1;
		const id = `session-${pad(n)}`;
		const slot = Math.floor(i / size.rooms);
		const room = rooms[i % size.rooms]!;
		const start = 8 * 60 + slot * slotMinutes;
		const speakers = [`speaker-${pad((i % size.speakers) + 1)}`];
		if (i % 2 === 1) speakers.push(`speaker-${pad(((i + size.speakers / 2) % size.speakers) + 1)}`);
		const facts = {
			kind: kinds[i % kinds.length]!,
			start: time(start),
			end: time(start + slotMinutes - 5),
			room: room.id,
			track: `track-${pad((i % size.tracks) + 1, 2)}`,
			speakers,
			status: statuses[i % statuses.length]!,
		};
		files.set(
			`sessions/${id}.md`,
			`${frontMatter({ title: `세션 ${n}: 디지털 인재 양성의 현장`, summary: `${n}번째 세션의 요약입니다. 프로젝트와 배운 점을 나눕니다.`, ...facts })}\n${koParagraph(n)}\n\n- 발표 자료 공유\n- 질의응답\n`,
		);
		files.set(
			`en/sessions/${id}.md`,
			`${frontMatter({ title: `Session ${n}: digital talent on the ground`, summary: `The summary of session ${n}: a project and what it taught.` })}\n${enParagraph(n)}\n\n- Slides shared\n- Questions and answers\n`,
		);
	}

	for (let r = 1; r <= size.results; r++) {
		const id = `result-${pad(r, 2)}`;
		const tracks = [`track-${pad(((r - 1) % size.tracks) + 1, 2)}`];
		files.set(
			`results/${id}.md`,
			`${frontMatter({ title: `성과 ${r}`, summary: `프로그램이 남긴 ${r}번째 성과입니다.`, order: r, tracks })}\n성과 ${r}에 관한 설명입니다.\n`,
		);
		files.set(`en/results/${id}.md`, `${frontMatter({ title: `Result ${r}`, summary: `The programme's result number ${r}.` })}\nAbout result ${r}.\n`);
	}
	return files;
}

/** The pages a site of this size has: every entry page in both languages plus the fixed pages. */
export function expectedPageCount(size: LargeEventSize, fixedPagesPerLang: number, extraPages: number): number {
	return 2 * (size.sessions + size.speakers + size.tracks + fixedPagesPerLang) + extraPages;
}
