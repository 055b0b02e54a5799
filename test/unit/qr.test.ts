import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { qrSvg } from '../../src/lib/share/qr';
import { decodeQrSvg } from '../helpers/qr';

test.each(['https://techday.example.com/', 'https://www.example.go.kr/techday/en/sessions/ai-metaverse-future/'])(
	'the QR code of %s scans back to it',
	async (url) => {
		const svg = await qrSvg(url, `QR: ${url}`);
		expect(decodeQrSvg(svg)).toBe(url);
	},
);

test('the code is an accessible image and its label cannot break the markup', async () => {
	const svg = await qrSvg('https://x.test/', 'a "quoted" <label> & more');
	expect(svg).toMatch(/^<svg role="img" aria-label="a &quot;quoted&quot; &lt;label> &amp; more" /);
});

test('with a cache folder, a code is made once and read back the same', async () => {
	const dir = await mkdtemp(join(tmpdir(), 'qr-cache-'));
	try {
		const url = 'https://x.test/sessions/keynote/';
		const first = await qrSvg(url, 'QR', dir);
		const files = await readdir(dir);
		expect(files).toHaveLength(1);
		expect(first).toBe(await qrSvg(url, 'QR'));
		// A cached file is what the page gets: change it and the next call shows the change.
		await writeFile(join(dir, files[0]!), (await readFile(join(dir, files[0]!), 'utf8')).replace('<svg ', '<svg data-cached="1" '));
		expect(await qrSvg(url, 'QR', dir)).toContain('data-cached="1"');
		await qrSvg('https://x.test/other/', 'QR', dir);
		expect(await readdir(dir)).toHaveLength(2);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
});
