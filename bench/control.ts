/**
 * The benchmark's control: the smallest Astro project that builds the same number of pages,
 * each a plain Markdown file with no layout, no content collections and no CSS.
 * It measures what Astro itself costs per page on this machine, so the site's build is judged against it.
 */

/** Every file of the control project, keyed by path relative to its root. */
export function controlProjectFiles(pages: number): Map<string, string> {
	const files = new Map<string, string>();
	files.set('package.json', `${JSON.stringify({ name: 'bench-control', private: true, type: 'module' }, null, 2)}\n`);
	files.set(
		'astro.config.mjs',
		"import { defineConfig } from 'astro/config';\n\nexport default defineConfig({ trailingSlash: 'always', build: { format: 'directory' } });\n",
	);
	for (let i = 1; i <= pages; i++) {
		const id = String(i).padStart(5, '0');
		files.set(
			`src/pages/p/${id}.md`,
			`---\ntitle: Page ${i}\n---\n\n# Page ${i}\n\nA plain Markdown page of the control build, with a paragraph of text about **page ${i}** and a short list.\n\n- one\n- two\n`,
		);
	}
	return files;
}
