/**
 * The README tells the truth about two things a newcomer relies on first: its test line is what CI runs,
 * and its "Project layout" names every folder of src/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');

/** The first shell block of the README, where its two commands are. */
function firstShellBlock(text: string): string {
	const match = /```sh\n([\s\S]*?)```/.exec(text);
	if (!match?.[1]) throw new Error('README.md has no ```sh block');
	return match[1];
}

/** The steps of the README's test line: the commands joined by && before its comment. */
function readmeTestSteps(text: string): string[] {
	const line = firstShellBlock(text)
		.split('\n')
		.find((l) => /\bnpm test\b/.test(l));
	if (!line) throw new Error("README.md's first ```sh block has no line with npm test");
	return (line.split('#')[0] ?? '').split('&&').map((step) => step.trim());
}

/** The commands .ci/run runs, in order, without what it does on failure. */
function ciSteps(script: string): string[] {
	return script
		.split('\n')
		.map((l) => l.trim())
		.filter((l) => /^(bash|npm|npx) /.test(l))
		.map((l) => (l.split('||')[0] ?? '').trim());
}

/** The block under "## Project layout". */
function layoutBlock(text: string): string {
	const start = text.indexOf('## Project layout');
	const match = /```\n([\s\S]*?)```/.exec(text.slice(start));
	if (start < 0 || !match?.[1]) throw new Error('README.md has no "## Project layout" block');
	return match[1];
}

/** Folders of src/ one and two levels down, as paths relative to src/ ("lib", "lib/time"). */
function srcFolders(): string[] {
	const folders = (dir: string) =>
		readdirSync(join(root, 'src', dir), { withFileTypes: true })
			.filter((e) => e.isDirectory())
			.map((e) => (dir ? `${dir}/${e.name}` : e.name));
	return folders('').flatMap((top) => [top, ...folders(top)]);
}

describe('README', () => {
	test('its test line is what .ci/run runs, step by step', () => {
		const steps = readmeTestSteps(readme);
		expect(steps.at(-1)).toBe('npm test');
		expect(ciSteps(readFileSync(join(root, '.ci/run'), 'utf8'))).toEqual(steps);
	});

	test('the step parser reads a line and a script the way they are written', () => {
		expect(readmeTestSteps('```sh\nnpm ci && npm run dev # x\nbash a && npm ci && npm test   # y\n```')).toEqual(['bash a', 'npm ci', 'npm test']);
		expect(ciSteps('# bash no\nbash a || fail "x"\n\tnpm ci || fail "y"\nnpm test || status=$?\n')).toEqual(['bash a', 'npm ci', 'npm test']);
	});

	test.each(srcFolders())('"Project layout" names src/%s/', (folder) => {
		const block = layoutBlock(readme);
		const name = folder.split('/').at(-1) ?? folder;
		// A top folder by its path; a folder inside one by its path, or by its name under its parent's entry.
		const named = block.includes(`src/${folder}/`) || (folder.includes('/') && new RegExp(`(^|[\\s(])${name.replace(/[.[\]]/g, '\\$&')}/`, 'm').test(block));
		expect(named, `README.md's "Project layout" does not mention src/${folder}/`).toBe(true);
	});
});
