/**
 * A content loader that lets `astro dev` start, and keep running, while a content file is wrong.
 * The content check (src/integrations/content-check.ts) then shows the mistake in every page, and the
 * browser editor at /admin/ opens to fix it. Builds are untouched: without a dev server's file watcher
 * the loader is the one it wraps, and the build's content check stops a wrong file before it loads.
 */
import type { Loader, LoaderContext } from 'astro/loaders';

/**
 * Wraps a loader for the dev server: an entry its schema rejects is kept as written (no page shows it
 * while the content check reports errors), and a load that fails outright (a YAML syntax error) is tried
 * again on each change in the content folder until it succeeds and the loader watches files itself.
 * @example devTolerant(glob({ pattern: '*.md', base: './content/sessions' }))
 */
export function devTolerant(loader: Loader): Loader {
	return {
		...loader,
		load: async (context: LoaderContext) => {
			const { watcher, logger } = context;
			if (!watcher) return loader.load(context);
			const tolerant: LoaderContext = {
				...context,
				parseData: async (props) => {
					try {
						return await context.parseData(props);
					} catch {
						return props.data;
					}
				},
			};
			try {
				await loader.load(tolerant);
			} catch (error) {
				logger.warn(`${context.collection}: ${(error as Error).message.split('\n')[0]} (shown in the browser until it is fixed)`);
				let pending = Promise.resolve();
				const retry = () => {
					pending = pending.then(async () => {
						try {
							await loader.load(tolerant);
							watcher.off('all', retry);
						} catch {
							// Still wrong: the content check says how; the next change tries again.
						}
					});
				};
				watcher.on('all', retry);
			}
		},
	};
}
