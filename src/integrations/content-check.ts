/**
 * The build's side of the content check: the same validator as `npm run check`, run before Astro
 * loads any collection, so organizers see every mistake in their words instead of Astro's first one.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import {
	ContentCheckError,
	contentDirFromEnv,
	countProblems,
	formatReport,
	formatSuccess,
	runContentCheck,
	type CheckRun,
} from '../lib/content-check';
import { basePathPlugin, sanitizeHtmlPlugin } from '../lib/content-check/sanitize';

/** Runs the check for a project root and public folder; logs warnings, throws the full report on errors. */
export async function checkOrThrow(root: URL, publicDir: URL, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>): Promise<CheckRun> {
	const rootPath = fileURLToPath(root);
	const run = await runContentCheck({ contentDir: contentDirFromEnv(rootPath), publicDir: fileURLToPath(publicDir), cwd: rootPath });
	const { errors } = countProblems(run.problems);
	if (errors > 0) throw new ContentCheckError(run.problems, `\n${formatReport(run.problems)}`);
	if (run.problems.length > 0) logger.warn(`\n${formatReport(run.problems)}`);
	logger.info(formatSuccess(run.files, run.ms, run.problems.length));
	return run;
}

/** The Astro integration: checks content before every build and dev start, and again on each edit in dev. */
export function contentCheck(): AstroIntegration {
	let root: URL;
	let publicDir: URL;
	return {
		name: 'techday-content-check',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				root = config.root;
				publicDir = config.publicDir;
				if (command === 'preview') return;
				await checkOrThrow(root, publicDir, logger);
			},
			'astro:server:setup': ({ server, logger }) => {
				const watched = [contentDirFromEnv(fileURLToPath(root)), fileURLToPath(publicDir)];
				let timer: ReturnType<typeof setTimeout> | undefined;
				server.watcher.on('all', (_event, path) => {
					if (!watched.some((dir) => path.startsWith(`${dir}/`))) return;
					clearTimeout(timer);
					timer = setTimeout(() => {
						checkOrThrow(root, publicDir, logger).catch((error: unknown) =>
							logger.error(error instanceof ContentCheckError ? error.message : String(error)),
						);
					}, 150);
				});
			},
		},
	};
}

/**
 * The Markdown processor for organizer content: Astro's default (Sätteri) with raw HTML parsed and
 * sanitized, so a <script> or onerror= in a body never reaches a page, even in `astro dev`; then
 * root-relative links and images get the site's base path.
 */
export function safeMarkdown(base = '/') {
	return satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeHtmlPlugin, basePathPlugin(base)] });
}
