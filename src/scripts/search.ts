/**
 * The search page: loads Pagefind's index of this language (built by src/integrations/search-index.ts)
 * on the first search, and lists what it finds. Korean words lose their particle first (lib/korean-search).
 */
import { searchTerms } from '../lib/search/korean';
import { translator, type UiText } from '../i18n/translate';

/** The part of Pagefind's browser API this page uses (https://pagefind.app/docs/api/). */
interface Pagefind {
	options: (options: { baseUrl?: string }) => Promise<void>;
	search: (term: string) => Promise<{ results: { data: () => Promise<ResultData> }[] }>;
}
interface ResultData {
	url: string;
	excerpt: string;
	meta: { title?: string };
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) {
	const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
	const field = root.querySelector<HTMLInputElement>('[data-search-input]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const t = translator(root.dataset.locale ?? '', JSON.parse(root.dataset.labels ?? '{}') as Record<string, UiText>);
	let pagefind: Promise<Pagefind> | undefined;
	const load = () =>
		(pagefind ??= import(/* @vite-ignore */ root.dataset.index ?? '').then(async (module: Pagefind) => {
			await module.options({ baseUrl: root.dataset.base ?? '/' });
			return module;
		}));

	/** An excerpt with Pagefind's <mark> around the matched words, built as nodes (no HTML parsing). */
	const excerpt = (html: string) => {
		const p = document.createElement('p');
		p.className = 'mt-1 text-sm text-slate-700 dark:text-slate-300';
		// Pagefind escapes the page text in its excerpts; a <textarea> reads entities back without running or dropping anything.
		const decoder = document.createElement('textarea');
		const decode = (s: string) => {
			decoder.innerHTML = s;
			return decoder.value;
		};
		html.split(/(<mark>.*?<\/mark>)/).forEach((part) => {
			const marked = /^<mark>(.*)<\/mark>$/.exec(part);
			if (marked) p.append(Object.assign(document.createElement('mark'), { textContent: decode(marked[1] ?? '') }));
			else p.append(decode(part));
		});
		return p;
	};

	let latest = 0;
	const run = async (query: string) => {
		const ticket = ++latest;
		const terms = searchTerms(query);
		if (!terms) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		try {
			const found = await (await load()).search(terms);
			const results = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
			if (ticket !== latest) return;
			list.replaceChildren(
				...results.map((r) => {
					const li = document.createElement('li');
					const a = Object.assign(document.createElement('a'), { href: r.url, textContent: r.meta.title ?? r.url });
					a.className = 'text-lg font-bold text-brand-800 underline underline-offset-4 dark:text-brand-200';
					li.append(a, excerpt(r.excerpt));
					return li;
				}),
			);
			status.textContent = results.length === 0 ? t('search.none', { q: query }) : t('search.count', { n: results.length });
		} catch {
			if (ticket === latest) status.textContent = t('search.failed');
		}
	};

	form.addEventListener('submit', (e) => {
		e.preventDefault();
		history.replaceState(null, '', `?q=${encodeURIComponent(field.value)}`);
		void run(field.value);
	});
	let timer: ReturnType<typeof setTimeout> | undefined;
	field.addEventListener('input', () => {
		clearTimeout(timer);
		timer = setTimeout(() => void run(field.value), 250);
	});
	const initial = new URLSearchParams(location.search).get('q');
	if (initial) {
		field.value = initial;
		void run(initial);
	}
}
