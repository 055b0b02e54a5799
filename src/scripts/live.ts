/**
 * Now and next on the event day. The clock is injectable for tests and rehearsals:
 * `?now=2024-11-25T10:20:00+09:00` in the URL, or `window.__TECHDAY_NOW__` (epoch ms or ISO instant)
 * set before the page's script runs; otherwise the device clock, re-read every 30 s.
 */
import { resolveNow } from '../lib/time/clock';
import { nowAndNext } from '../lib/agenda/schedule';
import type { Card, PageContext } from './page';

declare global {
	interface Window {
		__TECHDAY_NOW__?: unknown;
	}
}

const NOW = ['ring-2', 'ring-brand-600', 'dark:ring-brand-300'];
const PAST = ['opacity-60', 'print:opacity-100'];
const BADGE = {
	now: 'rounded-full bg-brand-700 px-2 py-0.5 font-bold text-white dark:bg-brand-300 dark:text-slate-950',
	next: 'rounded-full px-2 py-0.5 font-bold text-brand-800 ring-1 ring-brand-700 ring-inset dark:text-brand-200 dark:ring-brand-300',
};

/**
 * Marks the running sessions (aria-current="time" and a badge), the next ones (a badge) and dims past ones;
 * on any other day it changes nothing. Calls back with what it marked, each time it looks again.
 */
export function markNowAndNext(ctx: PageContext, cards: Card[], onMarked?: (now: Card[], next: Card[], nowMs: number) => void): void {
	const apply = () => {
		const clock = resolveNow(location.search, window.__TECHDAY_NOW__, Date.now());
		const { now, next, past } = nowAndNext(cards, clock.ms, ctx.day);
		for (const { el } of cards) {
			el.removeAttribute('aria-current');
			delete el.dataset.when;
			el.classList.remove(...NOW, ...PAST);
			el.querySelector('[data-live-badge]')?.remove();
		}
		const mark = (list: Card[], when: 'now' | 'next') => {
			for (const { el } of list) {
				el.dataset.when = when;
				const badge = document.createElement('strong');
				badge.dataset.liveBadge = when;
				badge.className = BADGE[when];
				badge.textContent = ctx.t(`live.${when}`);
				el.firstElementChild?.prepend(badge);
			}
		};
		mark(now, 'now');
		mark(next, 'next');
		for (const { el } of now) {
			el.setAttribute('aria-current', 'time');
			el.classList.add(...NOW);
		}
		for (const { el } of past) {
			el.dataset.when = 'past';
			el.classList.add(...PAST);
		}
		onMarked?.(now, next, clock.ms);
		return clock.fixed;
	};
	if (!apply()) setInterval(apply, 30_000);
}
