/**
 * The build's side of the content check: the same validator as `npm run check`, run before Astro
 * loads any collection, so organizers see every mistake in their words instead of Astro's first one.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import { ContentCheckError, countProblems, formatReport, formatSuccess, runContentCheck, type CheckRun, type Problem } from '../lib/content-check';
import { renderProblemsPage } from '../lib/content-check/dev-page';
import { contentPath } from '../lib/settings';
import { basePathPlugin, sanitizeHtmlPlugin } from '../lib/content-check/sanitize';

/** Runs the check for a project root and public folder; logs warnings, throws the full report on errors. */
export async function checkOrThrow(
	root: URL,
	publicDir: URL,
	logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>,
	contentDir = contentPath(fileURLToPath(root)),
): Promise<CheckRun> {
	const rootPath = fileURLToPath(root);
	const run = await runContentCheck({ contentDir, publicDir: fileURLToPath(publicDir), cwd: rootPath });
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
	let base = '/';
	/** In dev: the problems of the last check while it found errors (the browser shows them), else []. */
	let errors: readonly Problem[] = [];
	return {
		name: 'techday-content-check',
		hooks: {
			'astro:config:setup': async ({ config, command, logger }) => {
				root = config.root;
				publicDir = config.publicDir;
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				if (command === 'preview') return;
				// Errors stop a build with the report. The dev server starts anyway and shows them in every
				// page instead, so the browser editor at /admin/ can open to fix them.
				if (command === 'dev') errors = await checkForDev(root, publicDir, logger);
				else await checkOrThrow(root, publicDir, logger);
			},
			'astro:server:setup': ({ server, logger }) => {
				// The check of the latest change: a page asked for after a change waits for it, so a reload that
				// Astro's content layer sends first (it reloads a changed entry too) cannot show the site in between.
				let checking: Promise<void> = Promise.resolve();
				server.middlewares.use((req, res, next) => {
					if (!/text\/html/.test(req.headers.accept ?? '') || req.url?.startsWith(`${base}admin/`)) return next();
					checking.then(() => {
						if (errors.length === 0) return next();
						res.statusCode = 500;
						res.setHeader('Content-Type', 'text/html; charset=utf-8');
						res.setHeader('Cache-Control', 'no-store');
						res.end(renderProblemsPage(errors, `${base}@vite/client`));
					}, next);
				});
				const watched = [contentPath(fileURLToPath(root)), fileURLToPath(publicDir)];
				server.watcher.on('all', (_event, path) => {
					if (!watched.some((dir) => path.startsWith(`${dir}/`))) return;
					const recheck = async () => {
						const before = JSON.stringify(errors);
						errors = await checkForDev(root, publicDir, logger);
						// Open pages reload: into the list of errors, or back into the site once they are fixed.
						if (JSON.stringify(errors) !== before) server.environments.client.hot.send({ type: 'full-reload', path: '*' });
					};
					checking = checking.then(recheck, recheck);
				});
			},
		},
	};
}

/** The dev server's check: logs like the build, returns the problems when there are errors, else []. */
async function checkForDev(root: URL, publicDir: URL, logger: Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'>): Promise<readonly Problem[]> {
	try {
		await checkOrThrow(root, publicDir, logger);
		return [];
	} catch (error) {
		if (!(error instanceof ContentCheckError)) throw error;
		logger.error(error.message);
		return error.problems;
	}
}

/**
 * The Markdown processor for organizer content: Astro's default (Sätteri) with raw HTML parsed and
 * sanitized, so a <script> or onerror= in a body never reaches a page, even in `astro dev`; then
 * root-relative links and images get the site's base path.
 */
export function safeMarkdown(base = '/') {
	return satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeHtmlPlugin, basePathPlugin(base)] });
}
