/**
 * The agenda page's script. The page works without it (filters are CSS, see lib/style/content-styles.ts);
 * this applies the filters at once and from the URL, and adds the live count, stars, now/next and local times.
 */
import { ALL, FILTER_PARAMS, filterFromSearch, filterToSearch, matchesFilter, type AgendaFilter } from '../lib/agenda/filter';
import { toggleSelection } from '../lib/agenda/my-agenda';
import { markNowAndNext } from './live';
import { dayAt, nextDayAfter } from '../lib/agenda/schedule';
import { resolveNow } from '../lib/time/clock';
import { setupLocalTime } from './local-time';
import { pageContext, readCards, syncLanguageSwitch, type PageContext } from './page';
import { wireStars } from './stars';
import { loadSelection, onSelectionChange, saveSelection } from './store';

/**
 * Applies the filter form at once (components/agenda/AgendaFilters.astro is a GET form that works as a link
 * without this): the query of a shared link checks its radios, each change rewrites the query, "Show" hides.
 * The hiding is done here too, not only by the CSS `:has()` rules, so a browser without `:has()` filters as well.
 */
function setupFilters(ctx: PageContext): void {
	const form = ctx.root.querySelector<HTMLFormElement>('form.agenda-filters');
	const status = ctx.root.querySelector<HTMLElement>('[data-filter-count]');
	if (!form || !status) return;
	const values = (name: string) => [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)].map((r) => r.value).filter((v) => v !== ALL);
	const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? ALL;
	const current = (): AgendaFilter => ({ track: checked('track'), kind: checked('kind') });
	const cells = [...ctx.root.querySelectorAll<HTMLElement>('.agenda-cell')];
	const slots = [...ctx.root.querySelectorAll<HTMLElement>('.agenda-slot')];
	const apply = () => {
		const filter = current();
		for (const c of cells) c.hidden = !matchesFilter({ track: c.dataset.track ?? '', kind: c.dataset.kind ?? '' }, filter);
		for (const s of slots) s.hidden = !s.querySelector('.agenda-cell:not([hidden])');
		return cells.filter((c) => !c.hidden).length;
	};
	const announce = () => {
		const n = apply();
		status.textContent = n === 0 ? ctx.t('agenda.empty') : ctx.t('agenda.count', { n });
	};
	// "Show" and the note for browsers that cannot filter are for pages without this script.
	form.querySelector<HTMLElement>('[data-filter-send]')?.setAttribute('hidden', '');
	// The URL decides (a shared link, a reload after a change, or the form sent without this script).
	const wanted = filterFromSearch(location.search, { track: values('track'), kind: values('kind') });
	for (const name of FILTER_PARAMS) {
		const input = form.querySelector<HTMLInputElement>(`#filter-${name}-${wanted[name]}`);
		if (input) input.checked = true;
	}
	if (wanted.track !== ALL || wanted.kind !== ALL) {
		// A shared link arrives filtered: unfold the filters so the reader sees why sessions are missing.
		form.closest('details')?.setAttribute('open', '');
		announce();
	}
	form.addEventListener('submit', (event) => event.preventDefault());
	form.addEventListener('change', () => {
		history.replaceState(history.state, '', `${location.pathname}${filterToSearch(location.search, current())}${location.hash}`);
		syncLanguageSwitch();
		announce();
	});
}

/**
 * The link to the slot on now (or next), put in the row of controls before the local-time option. Made only
 * on the day, when there is a slot to go to: the page itself holds no empty link waiting for this script.
 */
function addJumpLink(root: HTMLElement): HTMLAnchorElement {
	const link = document.createElement('a');
	link.dataset.jump = '';
	link.className =
		'inline-flex min-h-11 items-center rounded-full border border-transparent bg-brand-700 px-4 text-sm font-semibold text-white hover:bg-brand-800 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-200 print:hidden';
	const row = root.querySelector('[data-agenda-tools]') ?? root;
	row.insertBefore(link, row.querySelector(':scope > [data-tz-toggle]'));
	return link;
}

/** `/agenda/` of an event of several days opens on today's programme day (by its day change) during the event. */
function openToday(ctx: PageContext): boolean {
	if (!ctx.opensToday) return false;
	const today = dayAt(ctx.days, resolveNow(location.search, window.__TECHDAY_NOW__, Date.now()).ms);
	if (!today || today.date === ctx.currentDay) return false;
	location.replace(`${today.href}${location.search}${location.hash}`);
	return true;
}

/** Where the jump link goes when nothing on this day's page is on or next: the next day's first session. */
function nextDayTarget(ctx: PageContext, nowMs: number): { href: string; text: string } | undefined {
	if (!ctx.currentDay || nowMs < ctx.day.startMs || nowMs >= ctx.day.endMs) return undefined;
	const day = nextDayAfter(ctx.days, nowMs, ctx.currentDay);
	if (!day?.firstStart) return undefined;
	return { href: day.href, text: ctx.t('live.jumpDay', { date: day.label, time: day.firstStart }) };
}

const ctx = pageContext();
if (ctx && !openToday(ctx)) {
	setupFilters(ctx);
	const cards = readCards(ctx.root);
	let picked = loadSelection();
	const sync = wireStars(
		ctx.root,
		(id) => picked.includes(id),
		(id) => {
			picked = toggleSelection(loadSelection(), id);
			saveSelection(picked);
			sync();
		},
	);
	onSelectionChange(() => {
		picked = loadSelection();
		sync();
	});
	let jump: HTMLAnchorElement | undefined;
	markNowAndNext(ctx, cards, (now, next, nowMs) => {
		const slot = (now[0] ?? next[0])?.el.closest<HTMLElement>('.agenda-slot');
		const target = slot ? { href: `#${slot.id}`, text: ctx.t(now.length > 0 ? 'live.jumpNow' : 'live.jumpNext') } : nextDayTarget(ctx, nowMs);
		if (!target) {
			jump?.remove();
			jump = undefined;
			return;
		}
		jump ??= addJumpLink(ctx.root);
		jump.href = target.href;
		jump.textContent = target.text;
	});
	setupLocalTime(ctx, cards);
	syncLanguageSwitch();
}
