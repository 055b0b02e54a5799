/**
 * The my-agenda page's script: the device's picks in time order with their clashes, the .ics export
 * (cut from the site's own calendar file) and the share link. Reads `?add=<id>` (the no-JavaScript star
 * on session pages) and `?s=<ids>` (a share link, shown without touching this device's picks).
 */
import {
	ADD_PARAM,
	decodeShareParam,
	overlappingPicks,
	mergeSelection,
	selectCalendarEvents,
	SHARE_PARAM,
	shareLink,
	toggleSelection,
} from '../lib/agenda/my-agenda';
import { markNowAndNext } from './live';
import { setupLocalTime } from './local-time';
import { pageContext, readCards, syncLanguageSwitch, type Card, type PageContext } from './page';
import { wireStars } from './stars';
import { loadSelection, onSelectionChange, saveSelection } from './store';

/** The agenda pages the picks come from: every day page of an event of several days, else the agenda. */
function agendaPages(root: HTMLElement): { href: string; date?: string; label?: string }[] {
	const days = root.dataset.agendaDays;
	return days ? (JSON.parse(days) as { href: string; date: string; label: string }[]) : [{ href: root.dataset.agenda ?? '' }];
}

/** A day's heading in the list, hidden until one of its sessions is picked. */
function dayHeading(root: HTMLElement, day: { date?: string; label?: string }): HTMLElement | undefined {
	const template = root.querySelector<HTMLTemplateElement>('template[data-my-day-template]');
	if (!day.date || !template) return undefined;
	const heading = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
	heading.dataset.myDay = day.date;
	heading.hidden = true;
	const label = heading.querySelector('[data-my-day-label]');
	if (label) label.textContent = day.label ?? day.date;
	return heading;
}

/**
 * Every session card of the agenda pages, wrapped for this page (hidden until picked), each day's under its
 * heading. The agenda is the one place a session is rendered; the browser has it cached after a visit (and
 * offline, the service worker does).
 */
async function loadItems(root: HTMLElement): Promise<HTMLElement[]> {
	const pages = agendaPages(root);
	const texts = await Promise.all(
		pages.map(async (page) => {
			const response = await fetch(page.href);
			if (!response.ok) throw new Error(`${response.status}`);
			return response.text();
		}),
	);
	const template = root.querySelector<HTMLTemplateElement>('template[data-my-template]');
	const list = root.querySelector('[data-my-list]');
	if (!template || !list) return [];
	return pages.flatMap((page, i) => {
		const heading = dayHeading(root, page);
		if (heading) list.append(heading);
		const agenda = new DOMParser().parseFromString(texts[i] ?? '', 'text/html');
		return [...agenda.querySelectorAll<HTMLElement>('article[data-session-id]')].map((card) => {
			const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
			const id = card.dataset.sessionId ?? '';
			item.dataset.myItem = id;
			if (page.date) item.dataset.myItemDay = page.date;
			item.dataset.uid = (root.dataset.uid ?? '').replace('{id}', id);
			item.hidden = true;
			item.prepend(document.importNode(card, true));
			list.append(item);
			return item;
		});
	});
}

/** Shows a day's heading only when one of its sessions is picked; the first one shown prints without a page break. */
function showDayHeadings(root: HTMLElement, items: readonly HTMLElement[]): void {
	let first = true;
	for (const heading of root.querySelectorAll<HTMLElement>('[data-my-day]')) {
		heading.hidden = !items.some((item) => !item.hidden && item.dataset.myItemDay === heading.dataset.myDay);
		heading.toggleAttribute('data-first', first && !heading.hidden);
		if (!heading.hidden) first = false;
	}
}

/** The page's state: the cards it can show, the device's picks, a shared list being looked at, and how to say things. */
interface MyPage {
	ctx: PageContext;
	items: HTMLElement[];
	cards: Card[];
	known: string[];
	mine: string[];
	shared: string[] | undefined;
	one: <T extends HTMLElement = HTMLElement>(selector: string) => T | null;
	say: (text: string) => void;
	save: (ids: string[]) => void;
	titleOf: (id: string) => string;
}

/** A link that adds a session (`?add=<id>`, from a session page) adds it once, says so, and leaves the address. */
function takeAddedSession(page: MyPage): void {
	const params = new URLSearchParams(location.search);
	const added = decodeShareParam(params.get(ADD_PARAM), page.known);
	if (added.length === 0) return;
	const title = page.titleOf(added[0] ?? '');
	page.say(page.ctx.t(page.mine.includes(added[0] ?? '') ? 'my.already' : 'my.added', { title }));
	page.save(mergeSelection(page.mine, added));
	params.delete(ADD_PARAM);
	const rest = params.toString();
	history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
	syncLanguageSwitch();
}

/** Shows the picked sessions (or the shared ones) with their clashes, under their days, and the count and share link. */
function renderPicks(page: MyPage): void {
	const { ctx, one, shared } = page;
	const list = shared ?? page.mine;
	const picked = page.cards.filter((c) => list.includes(c.id));
	const clashes = overlappingPicks(picked);
	for (const item of page.items) {
		const id = item.dataset.myItem ?? '';
		item.hidden = !list.includes(id);
		const note = item.querySelector<HTMLElement>('[data-my-clash]');
		const others = clashes.get(id);
		if (note) note.hidden = !others;
		const names = item.querySelector('[data-my-clash-with]');
		if (names && others) names.textContent = others.map((o) => o.title).join(', ');
	}
	showDayHeadings(ctx.root, page.items);
	const show = (selector: string, shown: boolean) => {
		const el = one(selector);
		if (el) el.hidden = !shown;
	};
	show('[data-my-empty]', picked.length === 0);
	show('[data-my-main]', picked.length > 0);
	show('[data-my-shared]', Boolean(shared));
	show('[data-my-share-panel]', !shared);
	const count = one('[data-my-count]');
	if (count) count.textContent = ctx.t('my.count', { n: picked.length });
	const shareInput = one<HTMLInputElement>('[data-my-share-link]');
	if (shareInput)
		shareInput.value = shareLink(
			location.href,
			picked.map((c) => c.id),
		);
	const sharedTitle = one('[data-my-shared-title]');
	if (sharedTitle && shared) sharedTitle.textContent = ctx.t('my.shared', { n: picked.length });
}

/** "Download calendar file": the whole programme's file, cut to the shown sessions. */
function wireExport(page: MyPage): void {
	const { ctx, one } = page;
	one('[data-my-export]')?.addEventListener('click', async () => {
		const uids = page.items.filter((item) => !item.hidden).map((item) => item.dataset.uid ?? '');
		try {
			const response = await fetch(ctx.root.dataset.ics ?? '');
			if (!response.ok) throw new Error(`${response.status}`);
			const ics = selectCalendarEvents(await response.text(), uids);
			const link = document.createElement('a');
			link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
			link.download = ctx.root.dataset.file ?? 'my-agenda.ics';
			link.click();
			setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
			page.say(ctx.t('my.exported'));
		} catch {
			page.say(ctx.t('my.exportFailed'));
		}
	});
}

/** Copying the share link, and the device's own share sheet where there is one. */
function wireSharing(page: MyPage): void {
	const { ctx, one } = page;
	const shareInput = one<HTMLInputElement>('[data-my-share-link]');
	one('[data-my-copy]')?.addEventListener('click', () => {
		if (!shareInput) return;
		navigator.clipboard.writeText(shareInput.value).then(
			() => page.say(ctx.t('my.copied')),
			() => shareInput.select(),
		);
	});
	const native = one<HTMLButtonElement>('[data-my-native-share]');
	if (native && 'share' in navigator) {
		native.hidden = false;
		native.addEventListener('click', () => {
			navigator.share({ title: document.title, url: shareInput?.value ?? location.href }).catch(() => undefined);
		});
	}
}

/** Stars, a saved selection changed in another tab, and "add all" for a shared list: each shows the picks again. */
function wireChanges(page: MyPage): void {
	const { ctx, one } = page;
	const render = () => {
		renderPicks(page);
		sync();
	};
	const sync = wireStars(
		ctx.root,
		(id) => page.mine.includes(id),
		(id) => {
			const before = loadSelection(page.known);
			page.save(toggleSelection(before, id));
			page.say(ctx.t(before.includes(id) ? 'my.removed' : 'my.added', { title: page.titleOf(id) }));
			render();
		},
	);
	onSelectionChange(() => {
		page.mine = loadSelection(page.known);
		render();
	});
	one('[data-my-save-shared]')?.addEventListener('click', () => {
		page.save(mergeSelection(page.mine, page.shared ?? []));
		page.shared = undefined;
		history.replaceState(history.state, '', location.pathname);
		syncLanguageSwitch();
		render();
		page.say(ctx.t('my.savedShared'));
		one('h1')?.focus();
	});
	render();
}

async function init(ctx: PageContext): Promise<void> {
	const { root } = ctx;
	const one = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector);
	const status = one('[data-my-status]');
	const say = (text: string) => {
		if (status) status.textContent = text;
	};
	let items: HTMLElement[];
	try {
		items = await loadItems(root);
	} catch {
		say(ctx.t('my.loadFailed'));
		return;
	}
	const cards = readCards(root);
	const known = cards.map((c) => c.id);
	const params = new URLSearchParams(location.search);
	const page: MyPage = {
		ctx,
		items,
		cards,
		known,
		mine: loadSelection(known),
		shared: params.has(SHARE_PARAM) ? decodeShareParam(params.get(SHARE_PARAM), known) : undefined,
		one,
		say,
		save: (ids) => {
			page.mine = ids;
			if (!saveSelection(ids)) say(ctx.t('my.storageOff'));
		},
		titleOf: (id) => cards.find((c) => c.id === id)?.title ?? id,
	};
	takeAddedSession(page);
	wireChanges(page);
	wireExport(page);
	wireSharing(page);
	markNowAndNext(ctx, cards);
	setupLocalTime(ctx, cards);
	syncLanguageSwitch();
	root.dataset.ready = '';
}

const ctx = pageContext();
if (ctx) void init(ctx);
