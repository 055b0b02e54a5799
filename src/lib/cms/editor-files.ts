/**
 * The browser editor's files, vendored from npm (src/editor/sveltia-cms/README.md says from where and how
 * to update): Sveltia CMS's prebuilt script, its licence, its language files, its package.json (its update
 * check reads the version), its JSON schema (the configuration test validates against it) and the web fonts
 * its script asks for, from the Fontsource packages of the versions it names. The npm package itself
 * installs 74 MB with the libraries its own source needs; the site serves its one prebuilt bundle.
 */
import { createHash } from 'node:crypto';
import type { EditorFont } from './admin-page';

/** The folder of the vendored files, from the project root. */
export const EDITOR_DIR = 'src/editor/sveltia-cms/';
/** The npm package the editor's files come from. */
export const EDITOR_PACKAGE = '@sveltia/cms';
/** The files copied unchanged from the editor's npm package: where they are in it → their name here. */
export const EDITOR_PACKAGE_FILES = {
	'dist/sveltia-cms.js': 'sveltia-cms.js',
	'LICENSE.txt': 'LICENSE.txt',
	'package.json': 'sveltia-cms.package.json',
	'schema/sveltia-cms.json': 'sveltia-cms.schema.json',
} as const;
/** The editor's interface strings, one JSON file per language, from its package's locales/. */
export const EDITOR_LOCALES_DIR = 'locales/';
/** The editor's web fonts and their licences. */
export const EDITOR_FONTS_DIR = 'fonts/';

/** A font's file and its licence in the vendored folder. */
export const vendoredFont = (font: Pick<EditorFont, 'file'>) => ({
	file: `${EDITOR_FONTS_DIR}${font.file}`,
	licence: `${EDITOR_FONTS_DIR}${font.file.replace(/\.woff2$/, '.LICENSE.txt')}`,
});

/** The hex SHA-256 of a file's bytes, as the folder's README lists them. */
export const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest('hex');

/**
 * The README's table of vendored files: name, where it comes from, its hash.
 * @example hashTable([{ name: 'a.js', from: '@sveltia/cms@1.0.0 dist/a.js', sha256: 'ab' }]) // "| file | from | sha256 |\n…"
 */
export function hashTable(files: readonly { name: string; from: string; sha256: string }[]): string {
	const rows = [...files].sort((a, b) => a.name.localeCompare(b.name)).map((f) => `| \`${f.name}\` | ${f.from} | \`${f.sha256}\` |`);
	return ['| file | from | sha256 |', '| --- | --- | --- |', ...rows].join('\n');
}
