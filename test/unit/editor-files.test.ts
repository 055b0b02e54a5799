import { readdir, readFile } from 'node:fs/promises';
import { describe, expect, test } from 'vitest';
import { selfHostFonts } from '../../src/lib/cms/admin-page';
import { EDITOR_DIR, EDITOR_PACKAGE, EDITOR_PACKAGE_FILES, sha256, vendoredFont } from '../../src/lib/cms/editor-files';

const readme = await readFile(`${EDITOR_DIR}README.md`, 'utf8');
const files = (await readdir(EDITOR_DIR, { recursive: true, withFileTypes: true }))
	.filter((e) => e.isFile() && e.name !== 'README.md')
	.map((e) => `${e.parentPath}/${e.name}`.slice(EDITOR_DIR.length).replace(/^\//, ''));
const row = (file: string) => readme.split('\n').find((line) => line.startsWith(`| \`${file}\` |`));
const script = await readFile(`${EDITOR_DIR}${EDITOR_PACKAGE_FILES['dist/sveltia-cms.js']}`, 'utf8');

describe('the vendored browser editor (src/editor/sveltia-cms/)', () => {
	test.each(files)('%s is the file the README names, by its hash', async (file) => {
		expect(row(file), `${file} is not in the README's table: vendor with npm run update-editor`).toBeDefined();
		expect(row(file)).toContain(sha256(await readFile(`${EDITOR_DIR}${file}`)));
	});

	test('every file the README lists is there, and the README names the version of the package.json', async () => {
		const listed = [...readme.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]);
		expect(listed.toSorted()).toEqual(files.toSorted());
		const { name, version } = JSON.parse(await readFile(`${EDITOR_DIR}${EDITOR_PACKAGE_FILES['package.json']}`, 'utf8')) as { name: string; version: string };
		expect(name).toBe(EDITOR_PACKAGE);
		expect(readme).toContain(`\`${EDITOR_PACKAGE}@${version}\``);
		expect(script).toContain(version);
	});

	test('every font the script asks for is vendored with its licence, and the Korean interface is there', () => {
		const fonts = selfHostFonts(script).fonts;
		expect(fonts.length).toBeGreaterThan(0);
		for (const font of fonts) {
			expect(files).toContain(vendoredFont(font).file);
			expect(files).toContain(vendoredFont(font).licence);
			expect(row(vendoredFont(font).file)).toContain(`\`${font.package}@${font.version}\``);
		}
		expect(files).toContain('locales/ko.json');
	});
});
