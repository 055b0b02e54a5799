/**
 * The link-preview card (Open Graph image) of a page: what it says and how it is laid out, as the
 * element tree satori reads. Pure: rendering to PNG and caching live in og-image.ts.
 *
 * KakaoTalk crops a 1200×630 preview to its centre 800×400, so every word and the track colour sit
 * inside that box; only the frame around it is decoration.
 */
import type { Lang } from '../../i18n/languages';

/** Size of every preview image, in CSS pixels. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** The centre area KakaoTalk keeps (2:1). */
export const OG_SAFE = { width: 800, height: 400 } as const;

/** Everything a card shows; the words are already in the page's language. */
export interface OgCard {
	lang: Lang;
	/** e.g. "Tech-Day" */
	shortName: string;
	eventName: string;
	/** The event day written out, e.g. "2024년 11월 25일 (월)". */
	dateLabel: string;
	/** A small line above the title: the session kind, "Speaker", the venue… */
	kicker?: string;
	title: string;
	/** A line under the title (tagline, affiliation, venue). */
	subtitle?: string;
	/** A session's time, e.g. "11:50–12:30", shown only when confirmed. */
	time?: string;
	/** A badge such as the status of a session whose time is not confirmed, or "Cancelled". */
	badge?: { label: string; tone: 'pending' | 'cancelled' };
	/** Strike the title through (a cancelled session). */
	struck?: boolean;
	/** Speakers already shortened by {@link speakerLine}. */
	speakers?: string;
	track?: { label: string; color: string };
}

/** A node of the tree satori renders (the shape of a React element, without React). */
export interface OgNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: (OgNode | string)[] | OgNode | string };
}

const BRAND = '#1b2d67';
const BRAND_INK = '#dbe7ff';
/** Longest text handed to satori: a preview never shows more, and layout time grows with length. */
const MAX_CHARS = 160;

const isWide = (ch: string) => /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/u.test(ch);

/**
 * How wide a text runs in ems, roughly: Hangul and CJK a full em, other characters about half.
 * @example textWidthEm('AI 시대') // 3.6
 */
function textWidthEm(text: string): number {
	let em = 0;
	for (const ch of text) em += isWide(ch) ? 1 : ch === ' ' ? 0.3 : 0.55;
	return Math.round(em * 10) / 10;
}

/**
 * The title's font size: as large as fits in three lines of the safe area, never below 44 px
 * (below that a phone's thumbnail is unreadable; satori ends longer titles with an ellipsis).
 * @example titleFontSize('기조연설') // 68
 */
export function titleFontSize(title: string): number {
	const em = textWidthEm(title);
	for (const size of [68, 60, 50]) {
		const perLine = OG_SAFE.width / size;
		// Keep-all wraps at spaces, so a line ends early: count on 85% of it being used.
		if (em <= perLine * 0.85 * (size >= 60 ? 2 : 3)) return size;
	}
	return 44;
}

/**
 * Speakers on one line: the first three names, then how many more.
 * @example speakerLine(['A', 'B', 'C', 'D'], (n) => `+${n} more`) // "A · B · C +1 more"
 */
export function speakerLine(names: readonly string[], more: (n: number) => string, max = 3): string | undefined {
	if (names.length === 0) return undefined;
	const shown = names.slice(0, max).join(' · ');
	return names.length > max ? `${shown} ${more(names.length - max)}` : shown;
}

/** Text cut to what a card can show, at a character boundary (satori adds the visible ellipsis). */
export function clip(text: string, max = MAX_CHARS): string {
	const chars = [...text.replace(/\s+/g, ' ').trim()];
	return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
}

/**
 * Pages nobody shares for what they show, whose previews use the site's card (the home page's) instead of a card
 * of their own: "my agenda" is each visitor's own list on their device, search a tool, the changes a log.
 */
const SITE_CARD_PAGES: ReadonlySet<string> = new Set(['/my/', '/search/', '/changes/']);

/**
 * The language-free page path whose card a page's preview shows: its own, or the home page's.
 * @example ogCardPath('/sessions/keynote/') // "/sessions/keynote/"
 * @example ogCardPath('/search/') // "/"
 */
export function ogCardPath(pagePath: string): string {
	return SITE_CARD_PAGES.has(pagePath) ? '/' : pagePath;
}

/**
 * The image file of a page's card, relative to the site's og/ folder.
 * @example ogImageName('en', '/sessions/keynote/') // "en/sessions/keynote.png"
 * @example ogImageName('ko', '/') // "ko/index.png"
 */
export function ogImageName(lang: Lang, pagePath: string): string {
	const clean = pagePath.replace(/^\/+|\/+$/g, '');
	return `${lang}/${clean || 'index'}.png`;
}

const el = (type: string, style: Record<string, string | number>, children?: OgNode['props']['children']): OgNode => ({
	type,
	props: children === undefined ? { style } : { style, children },
});

/**
 * Nothing on a card is clipped (see oneLine), so its words keep this many pixels from the safe area's sides for what
 * reaches past a line's box: a strike-through's end, an overhanging letter.
 */
const INSET = 4;
/** How wide the words may run: the safe area less its insets (satori's widths leave out the padding). */
const TEXT_WIDTH = OG_SAFE.width - 2 * INSET;

/**
 * One line of text that ends with an ellipsis instead of going on: a block clamped to one line, which ends at the last
 * break that fits (a word longer than the line breaks between letters). satori leaves out what the clamp hides, so
 * nothing needs clipping; `overflow: hidden` would cost resvg a clip and a mask layer of the whole card for each line
 * (a third of a card's rendering time). `minWidth: 0` lets a row shrink it below its longest word.
 */
const oneLine = (text: string, style: Record<string, string | number>) =>
	el('div', { display: 'block', lineClamp: 1, overflowWrap: 'break-word', minWidth: 0, maxWidth: TEXT_WIDTH, ...style }, clip(text, 80));

/**
 * The card as satori's element tree: a dark frame with the track colour down the left edge, and
 * inside the centre 800×400 the event and date, the kicker, the title (keep-all, at most three
 * lines, then an ellipsis), the time or status, the speakers and the track.
 */
export function ogCardElement(card: OgCard): OgNode {
	const accent = card.track?.color ?? '#3563ea';
	const size = titleFontSize(card.title);
	const lines = size >= 60 ? 2 : 3;
	const footer: OgNode[] = [];
	if (card.speakers) footer.push(oneLine(card.speakers, { fontSize: 28, fontWeight: 700, color: '#ffffff' }));
	if (card.track) {
		footer.push(
			el('div', { display: 'flex', alignItems: 'center', gap: 12, maxWidth: TEXT_WIDTH }, [
				// A white square with the colour inside, rather than a border: a rounded border is drawn through a clip.
				el('div', { display: 'flex', padding: 2, borderRadius: 6, backgroundColor: '#ffffff' }, [
					el('div', { display: 'flex', width: 24, height: 24, borderRadius: 4, backgroundColor: card.track.color }),
				]),
				oneLine(card.track.label, { fontSize: 24, color: BRAND_INK, maxWidth: TEXT_WIDTH - 40 }),
			]),
		);
	}
	const kicker: OgNode[] = [];
	if (card.kicker) kicker.push(oneLine(card.kicker, { fontSize: 26, fontWeight: 700, color: BRAND_INK, maxWidth: TEXT_WIDTH - 220 }));
	if (card.badge) {
		const tone = card.badge.tone === 'cancelled' ? { backgroundColor: '#fecdd3', color: '#881337' } : { backgroundColor: '#fde68a', color: '#78350f' };
		kicker.push(el('div', { display: 'flex', flexShrink: 0, fontSize: 24, fontWeight: 700, padding: '2px 12px', borderRadius: 8, ...tone }, card.badge.label));
	}
	const main: OgNode[] = [];
	if (kicker.length > 0) main.push(el('div', { display: 'flex', alignItems: 'center', gap: 14, marginBottom: 10 }, kicker));
	main.push(
		el(
			'div',
			{
				display: 'block',
				fontSize: size,
				fontWeight: 800,
				lineHeight: 1.2,
				color: '#ffffff',
				wordBreak: 'keep-all',
				overflowWrap: 'break-word',
				lineClamp: lines,
				maxHeight: Math.ceil(size * 1.2 * lines) + 4,
				...(card.struck ? { textDecoration: 'line-through' } : {}),
			},
			clip(card.title),
		),
	);
	if (card.subtitle) main.push(oneLine(card.subtitle, { fontSize: 28, color: BRAND_INK, marginTop: 12 }));

	const safe = el(
		'div',
		{ display: 'flex', flexDirection: 'column', justifyContent: 'space-between', width: TEXT_WIDTH, height: OG_SAFE.height, padding: `0 ${INSET}px` },
		[
			el('div', { display: 'flex', flexDirection: 'column', gap: 4 }, [
				el('div', { display: 'flex', alignItems: 'center', gap: 12 }, [
					el(
						'div',
						{ display: 'flex', flexShrink: 0, fontSize: 22, fontWeight: 800, color: BRAND, backgroundColor: '#ffffff', padding: '2px 10px', borderRadius: 6 },
						card.shortName,
					),
					oneLine(card.eventName, { fontSize: 24, fontWeight: 700, color: '#ffffff', maxWidth: TEXT_WIDTH - 160 }),
				]),
				el('div', { display: 'flex', alignItems: 'baseline', gap: 14 }, [
					el('div', { display: 'flex', fontSize: 24, color: BRAND_INK }, card.dateLabel),
					...(card.time ? [el('div', { display: 'flex', fontSize: 28, fontWeight: 700, color: '#ffffff' }, card.time)] : []),
				]),
			]),
			el('div', { display: 'flex', flexDirection: 'column' }, main),
			el('div', { display: 'flex', flexDirection: 'column', gap: 10 }, footer),
		],
	);
	return el(
		'div',
		{
			display: 'flex',
			width: OG_WIDTH,
			height: OG_HEIGHT,
			alignItems: 'center',
			justifyContent: 'center',
			backgroundColor: BRAND,
			fontFamily: 'Pretendard GOV',
		},
		// The coloured edge is out of the flow so the safe area stays exactly in the centre.
		[el('div', { display: 'flex', position: 'absolute', left: 0, top: 0, width: 48, height: OG_HEIGHT, backgroundColor: accent }), safe],
	);
}
