/**
 * A wrong content file never locks the organizer out: `npm run dev` starts with it, every page shows the
 * mistake, the browser editor at /admin/ opens so it can be fixed there, and fixing it brings the site back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { afterAll, expect, test } from 'vitest';
import { contentCopy, removeCopies } from '../content-check/fixtures';
import { withBuildLock } from '../helpers/build';
import { startDev } from '../helpers/dev-server';
import { get } from '../helpers/nginx';

afterAll(async () => {
	await removeCopies();
});

/**
 * GETs a page as a browser asks for it until `ok` holds (the dev server checks a changed file after a short
 * pause); gives up after three minutes, so a dev server that never sees the fix fails here with its log.
 */
async function pageWhen(origin: string, path: string, ok: (status: number, body: string) => boolean) {
	const deadline = Date.now() + 180_000;
	for (;;) {
		const response = await get(origin, path, { accept: 'text/html' });
		if (ok(response.status, response.body.toString())) return response;
		if (Date.now() > deadline) throw new Error(`${path} still answers ${response.status} three minutes after the file was fixed`);
		await new Promise((r) => setTimeout(r, 250));
	}
}

test.each([
	['a session with an impossible time', 'sessions/keynote.md', (text: string) => text.replace(/^start: .*$/m, 'start: "25:00"'), /sessions\/keynote\.md/],
	['an event file that is not YAML', 'event.yaml', (text: string) => `${text}title: [oops\n`, /event\.yaml[\s\S]*YAML/],
])(
	'npm run dev starts with %s, shows it in every page, opens /admin/, and comes back when it is fixed',
	async (_case, file, breakIt, shown) => {
		await withBuildLock(async () => {
			const dir = await contentCopy(undefined, 'dev-start');
			const good = await readFile(`${dir}/${file}`, 'utf8');
			await writeFile(`${dir}/${file}`, breakIt(good));
			const dev = await startDev(dir);
			try {
				for (const path of ['/', '/en/agenda/', '/sessions/keynote/']) {
					const page = await get(dev.origin, path, { accept: 'text/html' });
					expect(page.status, path).toBe(500);
					expect(page.body.toString()).toMatch(shown);
				}
				const editor = await get(dev.origin, '/admin/', { accept: 'text/html' });
				expect(editor.status).toBe(200);
				expect(editor.body.toString()).toContain('<script src="sveltia-cms.js"></script>');
				const config = await get(dev.origin, '/admin/config.yml');
				expect(config.status).toBe(200);
				expect(config.body.toString()).toContain('folder: content/{{locale}}/sessions');

				await writeFile(`${dir}/${file}`, good);
				const fixed = await pageWhen(dev.origin, '/sessions/keynote/', (status) => status === 200);
				expect(fixed.body.toString()).toContain('AI 시대, 인류가 갖춰야 할 능력이란 무엇인가');
			} catch (error) {
				throw new Error(`${String(error)}\n--- astro dev said:\n${dev.log()}`);
			} finally {
				await dev.stop();
			}
		});
	},
	// Most of it can be waiting for the lock while another test file builds a site on a busy machine.
	900_000,
);
