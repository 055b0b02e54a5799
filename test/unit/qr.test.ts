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
