import { inkFor } from './color';

/**
 * The stylesheet that content decides: each track's colour (and a readable ink on it), and the
 * agenda filter rules that hide sessions with CSS alone, so filters work with JavaScript off.
 * Served as a file because the site's CSP allows no inline styles.
 * @example contentStyles([{ id: 'google', color: '#1a73e8' }], ['talk'])
 */
export function contentStyles(tracks: readonly { id: string; color: string }[], kinds: readonly string[]): string {
	const rules: string[] = [];
	for (const { id, color } of tracks) {
		rules.push(`.track-${id}{--track:${color};--track-ink:${inkFor(color)}}`);
	}
	const facets = [
		...tracks.map(({ id }) => ({ input: `#filter-track-${id}`, attr: `[data-track="${id}"]` })),
		...kinds.map((kind) => ({ input: `#filter-kind-${kind}`, attr: `[data-kind="${kind}"]` })),
	];
	for (const { input, attr } of facets) {
		rules.push(`.agenda:has(${input}:checked) .agenda-cell:not(${attr}){display:none}`);
	}
	// A slot stays visible only if one of its sessions passes every chosen filter.
	const trackChoices = [{ input: '#filter-track-all', attr: '' }, ...facets.slice(0, tracks.length)];
	const kindChoices = [{ input: '#filter-kind-all', attr: '' }, ...facets.slice(tracks.length)];
	for (const t of trackChoices) {
		for (const k of kindChoices) {
			if (!t.attr && !k.attr) continue;
			rules.push(`.agenda:has(${t.input}:checked):has(${k.input}:checked) .agenda-slot:not(:has(.agenda-cell${t.attr}${k.attr})){display:none}`);
		}
	}
	return `${rules.join('\n')}\n`;
}
