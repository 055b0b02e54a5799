/**
 * npm run update-editor -- <version> — vendors Sveltia CMS <version> into src/editor/sveltia-cms/: the files
 * the site serves at /admin/ from the npm package (fetched with `npm pack`, checked by npm against the
 * registry's integrity hash), the web fonts its script asks for from the Fontsource packages of the versions
 * it names, and the README's table of their SHA-256 hashes (test/unit/editor-files.test.ts checks them).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { selfHostFonts } from '../src/lib/cms/admin-page';
import {
	EDITOR_DIR,
	EDITOR_FONTS_DIR,
	EDITOR_LOCALES_DIR,
	EDITOR_PACKAGE,
	EDITOR_PACKAGE_FILES,
	hashTable,
	sha256,
	vendoredFont,
} from '../src/lib/cms/editor-files';

const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+$/.test(version)) {
	console.error('Usage: npm run update-editor -- <version of @sveltia/cms, e.g. 0.221.1>');
	process.exit(1);
}

const root = fileURLToPath(new URL('../', import.meta.url));
const target = join(root, EDITOR_DIR);
const work = mkdtempSync(join(tmpdir(), 'update-editor-'));

/** Unpacks an npm package into a folder of its own (npm checks the tarball's integrity); returns the folder. */
function unpack(spec: string): string {
	const [{ filename }] = JSON.parse(execFileSync('npm', ['pack', spec, '--json', '--pack-destination', work], { encoding: 'utf8' })) as { filename: string }[];
	const dir = join(work, filename.replace(/\.tgz$/, ''));
	mkdirSync(dir);
	execFileSync('tar', ['-xzf', join(work, filename), '-C', dir, '--strip-components=1']);
	return dir;
}

/** The folder's README: what is here, from where, under which licences, and how to update. */
const readme = (version: string, table: string) => `# Sveltia CMS (vendored)

The browser editor at \`/admin/\` (src/integrations/admin.ts): [Sveltia CMS](https://sveltiacms.app/) by Kohei
Yoshino under the MIT License (\`LICENSE.txt\`), copied unchanged from the npm package \`${EDITOR_PACKAGE}@${version}\`.
The package installs 74 MB with the libraries its source needs; the site serves its prebuilt script, its
language files and its package.json (the editor's update check reads the version), and the configuration
test validates against its JSON schema. The fonts its script asks jsDelivr for are the same files from the
Fontsource npm packages of the versions it names, each with its licence (SIL OFL 1.1 or Apache 2.0).

Written by \`npm run update-editor -- ${version}\`; to update, run it with the new version (it fetches with
\`npm pack\`, which checks each package against the registry's integrity hash), then try \`/admin/\` in
\`npm run dev\` and run the editor's tests. Do not edit these files by hand:
\`test/unit/editor-files.test.ts\` checks every hash below.

${table}
`;

try {
	const editor = unpack(`${EDITOR_PACKAGE}@${version}`);
	const from = `\`${EDITOR_PACKAGE}@${version}\``;
	rmSync(target, { recursive: true, force: true });
	mkdirSync(join(target, EDITOR_LOCALES_DIR), { recursive: true });
	mkdirSync(join(target, EDITOR_FONTS_DIR), { recursive: true });
	const files: { name: string; from: string }[] = [];
	const copy = (source: string, name: string, origin: string) => {
		copyFileSync(source, join(target, name));
		files.push({ name, from: origin });
	};
	for (const [inPackage, name] of Object.entries(EDITOR_PACKAGE_FILES)) copy(join(editor, inPackage), name, `${from} \`${inPackage}\``);
	for (const locale of readdirSync(join(editor, 'locales')).filter((f) => f.endsWith('.json')))
		copy(join(editor, 'locales', locale), `${EDITOR_LOCALES_DIR}${locale}`, `${from} \`locales/${locale}\``);
	for (const font of selfHostFonts(readFileSync(join(editor, 'dist/sveltia-cms.js'), 'utf8')).fonts) {
		const fontPackage = unpack(`${font.package}@${font.version}`);
		const origin = `\`${font.package}@${font.version}\``;
		const { file, licence } = vendoredFont(font);
		copy(join(fontPackage, 'files', font.file), file, `${origin} \`files/${font.file}\``);
		copy(join(fontPackage, 'LICENSE'), licence, `${origin} \`LICENSE\``);
	}
	const table = hashTable(files.map((f) => ({ ...f, sha256: sha256(readFileSync(join(target, f.name))) })));
	writeFileSync(join(target, 'README.md'), readme(version, table));
	console.log(`Vendored ${EDITOR_PACKAGE}@${version} into ${EDITOR_DIR}: ${files.length} files. Build and open /admin/ (npm run dev) to try it.`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
