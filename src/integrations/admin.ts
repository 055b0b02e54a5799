/**
 * The browser editor at /admin/ (Sveltia CMS, vendored from npm in src/editor/sveltia-cms/, served from the site's own files): in `astro dev`
 * from memory, in a build written to dist/admin/ last, after the search index, the service worker and the
 * precompression have taken the finished files, so the editor is in none of them (nor in the sitemap,
 * which lists pages only).
 */
import type { AstroIntegration } from 'astro';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import yaml from 'js-yaml';
import { contentPath, editorEnvironment } from '../lib/settings';
import {
	CONFIG_FILE,
	EDITOR_LICENCE,
	EDITOR_SCRIPT,
	editorBackend,
	FONTS_DIR,
	selfHostFonts,
	eventFacts,
	LOCALE_SCRIPT,
	LOCALES_DIR,
	localeScript,
	PACKAGE_FILE,
	renderAdminPage,
} from '../lib/cms/admin-page';
import { cmsConfig } from '../lib/cms/config';
import { EDITOR_DIR, EDITOR_LOCALES_DIR, EDITOR_PACKAGE_FILES, vendoredFont } from '../lib/cms/editor-files';
import { ADMIN_CSP, ADMIN_PATH } from '../lib/publish/headers';

/** The editor's vendored files (src/editor/sveltia-cms/, written by `npm run update-editor`). */
const EDITOR = new URL(`../../${EDITOR_DIR}`, import.meta.url);

/** A vendored file of the editor; a missing one says how to vendor it again. */
function editorFile(name: string): Buffer {
	try {
		return readFileSync(new URL(name, EDITOR));
	} catch {
		throw new Error(`the browser editor's file ${EDITOR_DIR}${name} is missing: run npm run update-editor -- <version> (src/editor/sveltia-cms/README.md)`);
	}
}

/** The editor's script with its fonts on this site (read once: 2 MB). */
let script: ReturnType<typeof selfHostFonts> | undefined;
const editorScript = () => (script ??= selfHostFonts(editorFile(EDITOR_PACKAGE_FILES['dist/sveltia-cms.js']).toString('utf8')));

/** The configuration as YAML, from the schemas, the environment and the event file as it is now. */
function configText(root: URL): string {
	const rootPath = fileURLToPath(root);
	const contentDir = contentPath(rootPath);
	let eventText: string | undefined;
	try {
		eventText = readFileSync(join(contentDir, 'event.yaml'), 'utf8');
	} catch {
		eventText = undefined;
	}
	let remote: string | undefined;
	try {
		remote = execFileSync('git', ['config', '--get', 'remote.origin.url'], { cwd: rootPath, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
	} catch {
		remote = undefined;
	}
	const config = cmsConfig({ ...editorBackend(editorEnvironment, remote), contentFolder: 'content', event: eventFacts(eventText) });
	return `# Generated from the schemas in src/schemas (src/lib/cms/config.ts): change them, not this file.\n${yaml.dump(config, { lineWidth: -1, noRefs: true })}`;
}

/** The files of /admin/: name, type and how to read them. */
function adminFiles(root: URL): Record<string, { type: string; read: () => string | Buffer }> {
	const locales = readdirSync(new URL(EDITOR_LOCALES_DIR, EDITOR)).filter((f) => f.endsWith('.json'));
	return {
		...Object.fromEntries(
			locales.map((f) => [`${LOCALES_DIR}${f}`, { type: 'application/json; charset=utf-8', read: () => editorFile(`${EDITOR_LOCALES_DIR}${f}`) }]),
		),
		[LOCALE_SCRIPT]: { type: 'application/javascript; charset=utf-8', read: localeScript },
		[PACKAGE_FILE]: { type: 'application/json; charset=utf-8', read: () => editorFile(EDITOR_PACKAGE_FILES['package.json']) },
		'': { type: 'text/html; charset=utf-8', read: () => renderAdminPage(ADMIN_CSP) },
		[CONFIG_FILE]: { type: 'application/yaml; charset=utf-8', read: () => configText(root) },
		[EDITOR_SCRIPT]: { type: 'application/javascript; charset=utf-8', read: () => editorScript().text },
		...Object.fromEntries(
			editorScript().fonts.flatMap((font) => [
				[`${FONTS_DIR}${font.file}`, { type: 'font/woff2', read: () => editorFile(vendoredFont(font).file) }],
				// The fonts' licences (SIL OFL, Apache 2.0) travel with them.
				[
					`${FONTS_DIR}${font.file.replace(/\.woff2$/, '.LICENSE.txt')}`,
					{ type: 'text/plain; charset=utf-8', read: () => editorFile(vendoredFont(font).licence) },
				],
			]),
		),
		[EDITOR_LICENCE]: { type: 'text/plain; charset=utf-8', read: () => editorFile(EDITOR_PACKAGE_FILES['LICENSE.txt']) },
	};
}

/** The Astro integration: serves /admin/ in dev, writes it into the build. */
export function admin(): AstroIntegration {
	let root: URL;
	let prefix = ADMIN_PATH;
	return {
		name: 'techday-admin',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
				prefix = `${config.base.replace(/\/+$/, '')}${ADMIN_PATH}`;
			},
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((req, res, next) => {
					const path = (req.url ?? '').split('?')[0]!;
					if (!path.startsWith(prefix) && path !== prefix.slice(0, -1)) return next();
					if (path === prefix.slice(0, -1)) {
						res.statusCode = 301;
						res.setHeader('Location', prefix);
						return res.end();
					}
					const file = adminFiles(root)[path.slice(prefix.length).replace(/^index\.html$/, '')];
					if (!file) return next();
					res.setHeader('Content-Type', file.type);
					res.setHeader('Cache-Control', 'no-store');
					res.setHeader('X-Robots-Tag', 'noindex, nofollow');
					res.end(file.read());
				});
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = new URL(ADMIN_PATH.slice(1), dir);
				await mkdir(new URL(LOCALES_DIR, out), { recursive: true });
				await mkdir(new URL(FONTS_DIR, out), { recursive: true });
				const started = performance.now();
				let bytes = 0;
				const files = Object.entries(adminFiles(root));
				for (const [name, file] of files) {
					const data = file.read();
					bytes += data.length;
					await writeFile(new URL(name || 'index.html', out), data);
				}
				logger.info(
					`wrote the browser editor to ${ADMIN_PATH}: ${files.length} files, ${(bytes / 1e6).toFixed(1)} MB in ${Math.round(performance.now() - started)} ms`,
				);
			},
		},
	};
}
