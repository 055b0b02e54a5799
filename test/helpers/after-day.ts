/**
 * The real content/ copied twice, as it would be after the day and before it, with what organizers add
 * afterwards: on both sides photos of the day in content/gallery/, a speaker photo, a partner logo and an
 * organizer logo; after the day also a recording, slides kept in the content folder and press coverage.
 * Each copy keeps one unconfirmed session and one placeholder room. Edits go through the YAML itself, so
 * they hold for any valid content; the images are drawn here (sharp), the same bytes every run.
 */
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import sharp from 'sharp';
import { outputRoot, root } from './paths';

export const dayPhases = { after: true, before: false } as const;
export type DayPhase = keyof typeof dayPhases;

/** Where each copy's content and its build go. */
export const dayDirs = (phase: DayPhase) => ({ content: `${outputRoot}ended-${phase}-content/`, site: `${outputRoot}ended-${phase}-site/` });

export const recording = 'https://video.example.com/watch?v=techday';
export const slidesFile = 'first-session.pdf';
/** A one-page PDF, small enough to write here. */
export const pdf =
	'%PDF-1.1\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n';

export const press = [
	{ outlet: '전자신문', title: '정부·빅테크 인재 양성 첫 성과 공개', date: '2024-11-26', url: 'https://news.example.com/a/1' },
	{
		outlet: 'Korea Tech Times',
		title: 'Government and big tech show what their first talent programme achieved',
		date: '2024-11-27',
		url: 'https://news.example.com/a/2',
		lang: 'en',
	},
];

/**
 * The photos of the day: a wide, a tall and a square one, so the layout meets every shape, and a panorama wider
 * than the full-size copy, on a second row (below the fold: it loads lazily).
 */
export const galleryPhotos = [
	{
		file: 'stage.jpg',
		width: 2400,
		height: 1600,
		alt: { ko: '무대 위 발표자와 객석', en: 'A speaker on stage facing the audience' },
		caption: { ko: '기조연설', en: 'The keynote' },
	},
	{
		file: 'booth.jpg',
		width: 1200,
		height: 1600,
		alt: { ko: '협력 기업 부스 앞의 참가자들', en: 'Visitors at a partner booth' },
		caption: { ko: '협력 과정 부스', en: 'Partner course booths' },
	},
	{
		file: 'awards.png',
		width: 1600,
		height: 1600,
		alt: { ko: '수료생 시상 장면', en: 'Graduates receiving awards' },
		caption: { ko: '우수 수료생 시상', en: 'Awards for graduates' },
	},
	{
		file: 'hall.jpg',
		width: 3000,
		height: 1000,
		alt: { ko: '참가자로 가득 찬 행사장 전경', en: 'The full hall seen from the back' },
		caption: { ko: '행사장 전경', en: 'The hall' },
	},
] as const;

/**
 * Logos and the speaker photo, as content paths written from the file that names them. The partner logo is
 * an SVG after the day and a PNG before it, so one build shows an SVG kept as it is and the other a raster
 * logo optimised.
 */
export const images = {
	organizerLogo: 'logos/organizer.svg',
	trackLogo: (track: string, phase: DayPhase) => `tracks/${track}-logo.${phase === 'after' ? 'svg' : 'png'}`,
	speakerPhoto: (speaker: string) => `speakers/${speaker}.jpg`,
};

/** The first Markdown file's id of a collection in the real content. */
export const firstId = async (collection: string) =>
	(await readdir(`${root}content/${collection}/`))
		.filter((f) => /\.mdx?$/.test(f))
		.sort()[0]!
		.replace(/\.mdx?$/, '');

/**
 * The speaker who gets a photo: one who gives a keynote (home shows keynote cards), else one who speaks in
 * any session, else the first speaker file, so the photo's places are tested whatever the content holds.
 */
export async function photoSpeaker(): Promise<string> {
	const dir = `${root}content/sessions/`;
	const sessions = await Promise.all(
		(await readdir(dir))
			.filter((f) => /\.mdx?$/.test(f))
			.sort()
			.map(async (f) => (yaml.load(/^---\n([\s\S]*?)\n---/.exec(await readFile(`${dir}${f}`, 'utf8'))?.[1] ?? '') ?? {}) as Data),
	);
	const speakersOf = (s: Data) => (Array.isArray(s.speakers) ? (s.speakers as string[]) : []);
	const keynote = sessions.find((s) => s.kind === 'keynote' && speakersOf(s).length > 0);
	return speakersOf(keynote ?? sessions.find((s) => speakersOf(s).length > 0) ?? {})[0] ?? (await firstId('speakers'));
}

/** A picture with shapes in it, so encoders have something to compress. */
function drawing(width: number, height: number, hue: number): Buffer {
	const shapes = Array.from(
		{ length: 6 },
		(_, i) =>
			`<circle cx="${((i + 1) * width) / 7}" cy="${height / 2 + ((i % 2) * 2 - 1) * (height / 6)}" r="${Math.min(width, height) / 8}" fill="hsl(${(hue + i * 40) % 360} 70% 55%)"/>`,
	).join('');
	return Buffer.from(
		`<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="hsl(${hue} 40% 25%)"/>${shapes}</svg>`,
	);
}

const logo = (text: string) =>
	`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40"><rect width="120" height="40" rx="6" fill="#0b50d0"/><text x="60" y="26" font-size="16" text-anchor="middle" fill="#fff">${text}</text></svg>\n`;

async function writeImage(path: string, width: number, height: number, hue: number) {
	const image = sharp(drawing(width, height, hue));
	await (path.endsWith('.png') ? image.png() : image.jpeg({ quality: 80 })).toFile(path);
}

type Data = Record<string, unknown>;

/** Rewrites a Markdown file's front matter. */
async function editFrontMatter(path: string, edit: (data: Data) => void) {
	const text = await readFile(path, 'utf8');
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) throw new Error(`${path} has no front matter`);
	const data = (yaml.load(match[1]!) ?? {}) as Data;
	edit(data);
	await writeFile(path, `---\n${yaml.dump(data, { lineWidth: -1 })}---\n${text.slice(match[0].length)}`);
}

/** Makes a fresh copy of content/ for one side of the day. */
export async function makeDayContent(phase: DayPhase): Promise<void> {
	const { content } = dayDirs(phase);
	await rm(content, { recursive: true, force: true });
	await cp(`${root}content/`, content, { recursive: true });
	const [session, track] = await Promise.all(['sessions', 'tracks'].map(firstId));
	const speaker = await photoSpeaker();

	const eventPath = `${content}event.yaml`;
	const event = yaml.load(await readFile(eventPath, 'utf8')) as Data;
	event.ended = dayPhases[phase];
	(event.rooms as Data[]).forEach((room, i) => (room.provisional = i === 0));
	(event.organizers as Data[])[0]!.logo = `./${images.organizerLogo}`;
	event.gallery = galleryPhotos.map((p) => ({ image: `./gallery/${p.file}`, alt: p.alt, caption: p.caption }));
	if (phase === 'after') event.press = press;
	await writeFile(eventPath, yaml.dump(event, { lineWidth: -1 }));

	await editFrontMatter(`${content}sessions/${session}.md`, (data) => {
		delete data.recording;
		delete data.slides;
		data.status = 'tentative';
		if (phase === 'after') Object.assign(data, { recording, slides: slidesFile });
	});
	await editFrontMatter(`${content}speakers/${speaker}.md`, (data) => (data.photo = `./${speaker}.jpg`));
	await editFrontMatter(`${content}tracks/${track}.md`, (data) => (data.logo = `./${images.trackLogo(track, phase).replace('tracks/', '')}`));

	await Promise.all(['gallery', 'logos', 'slides'].map((dir) => mkdir(`${content}${dir}/`, { recursive: true })));
	await Promise.all([
		...galleryPhotos.map((p, i) => writeImage(`${content}gallery/${p.file}`, p.width, p.height, i * 110)),
		writeImage(`${content}${images.speakerPhoto(speaker)}`, 800, 1000, 200),
		writeFile(`${content}${images.organizerLogo}`, logo('ORG')),
		phase === 'after'
			? writeFile(`${content}${images.trackLogo(track, phase)}`, logo('TRACK'))
			: sharp(Buffer.from(logo('TRACK')), { density: 288 })
					.png()
					.toFile(`${content}${images.trackLogo(track, phase)}`),
		phase === 'after' ? writeFile(`${content}slides/${slidesFile}`, pdf) : undefined,
	]);
}
