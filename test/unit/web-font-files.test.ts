import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { create } from 'fontkitten';
import { describe, expect, test } from 'vitest';
import { readVendoredFont, STATIC_FONTS, VARIABLE_FONT, VENDORED_FONT_DIR, VENDORED_FONT_VERSION } from '../../src/lib/style/web-font-files';

const readme = await readFile(`${VENDORED_FONT_DIR}/README.md`, 'utf8');
const files = [VARIABLE_FONT, ...Object.values(STATIC_FONTS)];

describe('the vendored Pretendard GOV files', () => {
	test.each(files)('%s is the file the README names, by its hash', async (file) => {
		const hash = createHash('sha256')
			.update(await readFile(`${VENDORED_FONT_DIR}/${file}`))
			.digest('hex');
		expect(readme).toContain(`| \`${file}\` |`);
		expect(readme.split('\n').find((line) => line.startsWith(`| \`${file}\``))).toContain(hash);
	});

	test('the README and the cache key name the same package version, and the licence travels with the files', async () => {
		expect(readme).toContain(`\`${VENDORED_FONT_VERSION}\``);
		expect(await readFile(`${VENDORED_FONT_DIR}/LICENSE.txt`, 'utf8')).toContain('SIL Open Font License, Version 1.1');
	});

	test('the variable font opens with its weight axis; each static one is the weight it is used for', async () => {
		const variable = create(await readVendoredFont(VARIABLE_FONT));
		expect('variationAxes' in variable && variable.variationAxes.wght).toMatchObject({ min: 45, max: 930 });
		for (const [weight, file] of Object.entries(STATIC_FONTS)) {
			const font = create(await readVendoredFont(file));
			expect('postscriptName' in font && font.postscriptName, `${weight}`).toBe(file.replace('.woff2', ''));
		}
	});
});
