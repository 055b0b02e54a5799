/**
 * The my-agenda page's script: the device's picks in time order with their clashes, the .ics export
 * (cut from the site's own calendar file) and the share link. Reads `?add=<id>` (the no-JavaScript star
 * on session pages) and `?s=<ids>` (a share link, shown without touching this device's picks).
 */
import {
	ADD_PARAM,
	decodeShareParam,
	findClashes,
	mergeSelection,
	selectCalendarEvents,
	SHARE_PARAM,
	shareLink,
	toggleSelection,
} from '../lib/agenda/my-agenda';
import { markNowAndNext } from './live';
import { setupLocalTime } from './local-time';
import { pageContext, readCards, syncLanguageSwitch, type PageContext } from './page';
import { wireStars } from './stars';
import { loadSelection, onSelectionChange, saveSelection } from './store';

/**
 * Every session card of the agenda page, wrapped for this page (hidden until picked). The agenda is the one
 * place a session is rendered; the browser has it cached after a visit (and offline, the service worker does).
 */
async function loadItems(root: HTMLElement): Promise<HTMLElement[]> {
	const response = await fetch(root.dataset.agenda ?? '');
	if (!response.ok) throw new Error(`${response.status}`);
	const agenda = new DOMParser().parseFromString(await response.text(), 'text/html');
	const template = root.querySelector<HTMLTemplateElement>('template[data-my-template]');
	const list = root.querySelector('[data-my-list]');
	if (!template || !list) return [];
	return [...agenda.querySelectorAll<HTMLElement>('article[data-session-id]')].map((card) => {
		const item = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
		const id = card.dataset.sessionId ?? '';
		item.dataset.myItem = id;
		item.dataset.uid = (root.dataset.uid ?? '').replace('{id}', id);
		item.hidden = true;
		item.prepend(document.importNode(card, true));
		list.append(item);
		return item;
	});
}

async function init(ctx: PageContext): Promise<void> {
	const { root } = ctx;
	const one = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector);
	const status = one('[data-my-status]');
	let items: HTMLElement[];
	try {
		items = await loadItems(root);
	} catch {
		if (status) status.textContent = ctx.t('my.loadFailed');
		return;
	}
	const cards = readCards(root);
	const known = cards.map((c) => c.id);
	const titleOf = (id: string) => cards.find((c) => c.id === id)?.title ?? id;
	const say = (text: string) => {
		if (status) status.textContent = text;
	};
	const params = new URLSearchParams(location.search);
	let shared = params.has(SHARE_PARAM) ? decodeShareParam(params.get(SHARE_PARAM), known) : undefined;
	let mine = loadSelection(known);
	const save = (ids: string[]) => {
		mine = ids;
		if (!saveSelection(ids)) say(ctx.t('my.storageOff'));
	};

	const added = decodeShareParam(params.get(ADD_PARAM), known);
	if (added.length > 0) {
		const title = titleOf(added[0] ?? '');
		say(ctx.t(mine.includes(added[0] ?? '') ? 'my.already' : 'my.added', { title }));
		save(mergeSelection(mine, added));
		params.delete(ADD_PARAM);
		const rest = params.toString();
		history.replaceState(history.state, '', `${location.pathname}${rest ? `?${rest}` : ''}`);
		syncLanguageSwitch();
	}

	const shareInput = one<HTMLInputElement>('[data-my-share-link]');
	const render = () => {
		const list = shared ?? mine;
		const picked = cards.filter((c) => list.includes(c.id));
		const clashes = findClashes(picked);
		for (const item of items) {
			const id = item.dataset.myItem ?? '';
			item.hidden = !list.includes(id);
			const note = item.querySelector<HTMLElement>('[data-my-clash]');
			const others = clashes.get(id);
			if (note) note.hidden = !others;
			const names = item.querySelector('[data-my-clash-with]');
			if (names && others) names.textContent = others.map((o) => o.title).join(', ');
		}
		const empty = one('[data-my-empty]');
		const main = one('[data-my-main]');
		const count = one('[data-my-count]');
		if (empty) empty.hidden = picked.length > 0;
		if (main) main.hidden = picked.length === 0;
		if (count) count.textContent = ctx.t('my.count', { n: picked.length });
		if (shareInput)
			shareInput.value = shareLink(
				location.href,
				picked.map((c) => c.id),
			);
		const sharedBox = one('[data-my-shared]');
		if (sharedBox) sharedBox.hidden = !shared;
		const sharedTitle = one('[data-my-shared-title]');
		if (sharedTitle && shared) sharedTitle.textContent = ctx.t('my.shared', { n: picked.length });
		const sharePanel = one('[data-my-share-panel]');
		if (sharePanel) sharePanel.hidden = Boolean(shared);
		sync();
	};
	const sync = wireStars(
		root,
		(id) => mine.includes(id),
		(id) => {
			const before = loadSelection(known);
			save(toggleSelection(before, id));
			say(ctx.t(before.includes(id) ? 'my.removed' : 'my.added', { title: titleOf(id) }));
			render();
		},
	);
	onSelectionChange(() => {
		mine = loadSelection(known);
		render();
	});

	one('[data-my-save-shared]')?.addEventListener('click', () => {
		save(mergeSelection(mine, shared ?? []));
		shared = undefined;
		history.replaceState(history.state, '', location.pathname);
		syncLanguageSwitch();
		render();
		say(ctx.t('my.savedShared'));
		one('h1')?.focus();
	});

	one('[data-my-export]')?.addEventListener('click', async () => {
		const uids = items.filter((item) => !item.hidden).map((item) => item.dataset.uid ?? '');
		try {
			const response = await fetch(root.dataset.ics ?? '');
			if (!response.ok) throw new Error(`${response.status}`);
			const ics = selectCalendarEvents(await response.text(), uids);
			const link = document.createElement('a');
			link.href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
			link.download = root.dataset.file ?? 'my-agenda.ics';
			link.click();
			setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
			say(ctx.t('my.exported'));
		} catch {
			say(ctx.t('my.exportFailed'));
		}
	});

	one('[data-my-copy]')?.addEventListener('click', () => {
		if (!shareInput) return;
		navigator.clipboard.writeText(shareInput.value).then(
			() => say(ctx.t('my.copied')),
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

	render();
	markNowAndNext(ctx, cards);
	setupLocalTime(ctx, cards);
	syncLanguageSwitch();
	root.dataset.ready = '';
}

const ctx = pageContext();
if (ctx) void init(ctx);
