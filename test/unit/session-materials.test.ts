import { expect, test } from 'vitest';
import { buildCalendar } from '../../src/lib/calendar/ics';
import { sessionMaterials, slideFiles } from '../../src/lib/model/session-materials';
import { SessionSchema } from '../../src/schemas/session';
import { contentLines, parseCalendar } from '../helpers/ics';
import { input, session } from './calendar-fixture';

const base = { title: 't', summary: 's', kind: 'talk', start: '10:00', end: '11:00', room: 'main-hall' };

test.each([
	[{}, []],
	[{ recording: 'https://video.example.com/watch?v=1' }, [{ kind: 'recording', href: 'https://video.example.com/watch?v=1', external: true }]],
	[{ slides: 'keynote.pdf' }, [{ kind: 'slides', href: '/slides/keynote.pdf', external: false }]],
	[
		{ slides: 'https://example.com/deck', recording: 'https://example.com/v' },
		[
			{ kind: 'recording', href: 'https://example.com/v', external: true },
			{ kind: 'slides', href: 'https://example.com/deck', external: true },
		],
	],
])('sessionMaterials(%j)', (fields, materials) => {
	expect(sessionMaterials(SessionSchema.parse({ ...base, ...fields }))).toEqual(materials);
});

test.each([
	[{ recording: 'video.mp4' }, 'recording'],
	[{ recording: 'ftp://example.com/v' }, 'recording'],
	[{ slides: 'Keynote Slides.pdf' }, 'slides'],
	[{ slides: 'keynote.pptx' }, 'slides'],
	[{ slides: '../secret.pdf' }, 'slides'],
])('the schema refuses %j', (fields, path) => {
	const result = SessionSchema.safeParse({ ...base, ...fields });
	expect(result.success).toBe(false);
	expect(result.error!.issues[0]!.path).toEqual([path]);
});

test('slideFiles lists each PDF of the content folder once, addresses left out', () => {
	expect(slideFiles([{ slides: 'b.pdf' }, { slides: 'a.pdf' }, { slides: 'b.pdf' }, { slides: 'https://x.test/deck' }, {}])).toEqual(['a.pdf', 'b.pdf']);
});

test('a session calendar entry carries the recording and slides: in its description, and the slides as ATTACH', () => {
	const talk = session('talk', '10:00', '11:00', { recording: 'https://video.example.com/watch?v=1', slides: 'talk.pdf' });
	const text = buildCalendar(input({ kind: 'session', session: talk }, { sessions: [talk], absoluteFile: (p) => `https://techday.example.com/base${p}` }));
	const [entry] = parseCalendar(text).events;
	expect(entry!.description).toContain('녹화 영상: https://video.example.com/watch?v=1');
	expect(entry!.description).toContain('발표 자료: https://techday.example.com/base/slides/talk.pdf');
	expect(contentLines(text)).toContain('ATTACH:https://techday.example.com/base/slides/talk.pdf');
	const plain = buildCalendar(input({ kind: 'session', session: session('plain', '10:00', '11:00') }, { sessions: [session('plain', '10:00', '11:00')] }));
	expect(contentLines(plain).some((l) => l.startsWith('ATTACH'))).toBe(false);
});
