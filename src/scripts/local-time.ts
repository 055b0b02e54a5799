/** The opt-in second time for visitors whose device is in another time zone (components/agenda/LocalTimeToggle.astro: it keeps its room while invisible). */
import { differsFromEventZone, formatLocalRange, localDateSide } from '../lib/time/local-time';
import type { Card, PageContext } from './page';
import { loadPreference, savePreference } from './store';

const PREFERENCE = 'techday-2024:local-time:v1';

/** Offers the device's zone when it shows the event's times differently, and adds or removes the local times. */
export function setupLocalTime(ctx: PageContext, cards: Card[]): void {
	const toggle = ctx.root.querySelector<HTMLElement>('[data-tz-toggle]');
	const input = toggle?.querySelector<HTMLInputElement>('[data-tz-input]');
	const text = toggle?.querySelector<HTMLElement>('[data-tz-text]');
	const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
	if (
		!toggle ||
		!input ||
		!text ||
		!differsFromEventZone(
			zone,
			ctx.eventTz,
			cards.map((c) => c.startMs),
		)
	)
		return;
	text.textContent = ctx.t('tz.toggle', { zone: zone.replaceAll('_', ' ') });
	const render = () => {
		for (const card of cards) {
			const shown = card.el.querySelector('[data-local-time]');
			if (!input.checked) shown?.remove();
			else if (!shown) {
				const span = document.createElement('span');
				span.dataset.localTime = '';
				span.className = 'text-sm font-medium text-brand-800 tabular-nums dark:text-brand-200 print:hidden';
				span.textContent = `${ctx.t('tz.local')}: ${formatLocalRange(card.startMs, card.endMs, ctx.locale, zone)}`;
				// The page groups by the event's days; a session that falls on another date where the visitor is says so.
				const side = card.date ? localDateSide(card.startMs, card.date, zone) : 0;
				if (side !== 0) {
					const mark = document.createElement('strong');
					mark.dataset.otherDate = side < 0 ? 'earlier' : 'later';
					mark.textContent = ` (${ctx.t(side < 0 ? 'tz.earlier' : 'tz.later')})`;
					span.append(mark);
				}
				card.el.querySelector('[data-time]')?.after(span);
			}
		}
	};
	input.checked = loadPreference(PREFERENCE) === 'on';
	input.addEventListener('change', () => {
		savePreference(PREFERENCE, input.checked ? 'on' : 'off');
		render();
	});
	render();
	toggle.classList.remove('invisible');
}
