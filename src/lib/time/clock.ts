/** The query parameter that fixes the agenda's clock, for tests and for rehearsing the day: `?now=2024-11-25T01:20:00Z`. */
export const NOW_PARAM = 'now';

/** An ISO instant with its offset written out, so reading it never depends on the device's time zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i;

/**
 * Epoch milliseconds of an ISO instant that names its offset, else undefined.
 * @example instantMs('2024-11-25T10:20:00+09:00') // 1732497600000
 */
export function instantMs(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (typeof value !== 'string' || !INSTANT.test(value)) return undefined;
	const ms = Date.parse(value);
	return Number.isNaN(ms) ? undefined : ms;
}

/**
 * The instant the agenda treats as now. A fixed clock comes from `?now=<ISO instant>` or, for scripts
 * and tests, `window.__TECHDAY_NOW__` (epoch ms or ISO instant); otherwise the device clock.
 * `fixed` says whether the clock stands still (then the page never re-reads it).
 * @example resolveNow('?now=2024-11-25T01:20:00Z', undefined, Date.now()) // { ms: 1732497600000, fixed: true }
 */
export function resolveNow(search: string, hook: unknown, deviceMs: number): { ms: number; fixed: boolean } {
	const fromUrl = instantMs(new URLSearchParams(search).get(NOW_PARAM));
	if (fromUrl !== undefined) return { ms: fromUrl, fixed: true };
	const fromHook = instantMs(hook);
	if (fromHook !== undefined) return { ms: fromHook, fixed: true };
	return { ms: deviceMs, fixed: false };
}
