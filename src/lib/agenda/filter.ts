/** What the agenda shows: one track (or all) and one kind of session (or all). */
export interface AgendaFilter {
	track: string;
	kind: string;
}

/** The value that means "no filter" in both groups, as in the radio ids `#filter-track-all`. */
export const ALL = 'all';

/** The query parameters a shared filter link uses: `/agenda/?track=nvidia&kind=partner-track`. */
export const FILTER_PARAMS = ['track', 'kind'] as const;

/**
 * The filter a URL's query asks for; unknown values fall back to all, so an old link still opens the agenda.
 * @example filterFromSearch('?track=nvidia', { track: ['nvidia'], kind: ['talk'] }) // { track: 'nvidia', kind: 'all' }
 */
export function filterFromSearch(search: string, options: { track: readonly string[]; kind: readonly string[] }): AgendaFilter {
	const params = new URLSearchParams(search);
	const pick = (name: keyof AgendaFilter) => {
		const value = params.get(name);
		return value && options[name].includes(value) ? value : ALL;
	};
	return { track: pick('track'), kind: pick('kind') };
}

/**
 * A query that carries the filter and keeps the URL's other parameters; "all" is left out.
 * @example filterToSearch('?now=2024-11-25T01:00:00Z', { track: 'nvidia', kind: 'all' }) // "?now=2024-11-25T01%3A00%3A00Z&track=nvidia"
 */
export function filterToSearch(search: string, filter: AgendaFilter): string {
	const params = new URLSearchParams(search);
	for (const name of FILTER_PARAMS) {
		if (filter[name] === ALL) params.delete(name);
		else params.set(name, filter[name]);
	}
	const query = params.toString();
	return query ? `?${query}` : '';
}

/**
 * Whether a session passes the filter (the same rule as the CSS in content-styles.ts).
 * @example matchesFilter({ track: 'aws', kind: 'talk' }, { track: 'all', kind: 'talk' }) // true
 */
export function matchesFilter(session: { track: string; kind: string }, filter: AgendaFilter): boolean {
	return (filter.track === ALL || session.track === filter.track) && (filter.kind === ALL || session.kind === filter.kind);
}
