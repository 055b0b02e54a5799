/**
 * Drives the browser editor at /admin/ on a copy of the content, through its "work with a local
 * repository" mode. Chromium's folder picker cannot be clicked by a test, so the picker returns a
 * folder of the browser's own private file system (OPFS) holding the copy; the editor reads and writes
 * it with the same File System Access calls as a folder on disk, and the test copies the files back.
 */
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import type { Page } from 'playwright-core';

/** The picked folder's name in the browser's private file system. */
const REPO = 'repo';

/** Every file under a folder, as paths relative to it. */
async function filesUnder(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name)));
}

/**
 * Opens /admin/ with the repository folder `repoDir` (which holds content/) picked as the local repository.
 * Resolves once the editor lists the sessions.
 */
export async function openEditor(page: Page, origin: string, repoDir: string): Promise<void> {
	await page.addInitScript((name) => {
		(window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
			(await navigator.storage.getDirectory()).getDirectoryHandle(name);
	}, REPO);
	await page.goto(`${origin}/admin/`);
	const files = await Promise.all(
		(await filesUnder(join(repoDir, 'content'))).map(async (path) => ({
			path: `content/${path}`,
			data: (await readFile(join(repoDir, 'content', path))).toString('base64'),
		})),
	);
	await page.evaluate(
		async ({ name, files }) => {
			const storage = await navigator.storage.getDirectory();
			await storage.removeEntry(name, { recursive: true }).catch(() => undefined);
			const root = await storage.getDirectoryHandle(name, { create: true });
			// The editor checks that the picked folder is the root of a git repository.
			await root.getDirectoryHandle('.git', { create: true });
			for (const file of files) {
				const parts = file.path.split('/');
				let dir = root;
				for (const part of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(part, { create: true });
				const writable = await (await dir.getFileHandle(parts.at(-1)!, { create: true })).createWritable();
				await writable.write(Uint8Array.from(atob(file.data), (c) => c.charCodeAt(0)));
				await writable.close();
			}
		},
		{ name: REPO, files },
	);
	await page.getByRole('button', { name: '로컬 저장소로 작업' }).click();
	await page.getByText('세션 · Sessions').first().waitFor();
}

/** The files of the editor's folder now: path under the repository → bytes (base64). */
async function editorFiles(page: Page): Promise<Record<string, string>> {
	return page.evaluate(async (name) => {
		const out: Record<string, string> = {};
		const walk = async (dir: FileSystemDirectoryHandle, prefix: string) => {
			for await (const [entryName, handle] of dir as unknown as AsyncIterable<[string, FileSystemHandle]>) {
				if (entryName === '.git') continue;
				if (handle.kind === 'directory') await walk(handle as FileSystemDirectoryHandle, `${prefix}${entryName}/`);
				else {
					// A file the editor is replacing right now is read on the next look.
					const file = await (handle as FileSystemFileHandle).getFile().catch(() => undefined);
					if (!file) continue;
					const bytes = new Uint8Array(await file.arrayBuffer());
					let text = '';
					for (const b of bytes) text += String.fromCharCode(b);
					out[`${prefix}${entryName}`] = btoa(text);
				}
			}
		};
		await walk(await (await navigator.storage.getDirectory()).getDirectoryHandle(name), '');
		return out;
	}, REPO);
}

/** The text of one file in the editor's folder, or undefined while it does not exist. */
export async function editorFile(page: Page, path: string): Promise<string | undefined> {
	const data = (await editorFiles(page))[path];
	return data === undefined ? undefined : Buffer.from(data, 'base64').toString('utf8');
}

/**
 * Waits until a file in the editor's folder passes a test (the editor saves asynchronously), and returns its
 * text. Gives up after `limit` ms with what the editor shows, so a save that never happens fails its step
 * (with the screenshot and the dev server's log) instead of holding the suite until Vitest's own timeout.
 */
export async function waitForEditorFile(page: Page, path: string, ok: (text: string) => boolean, limit = 180_000): Promise<string> {
	const deadline = Date.now() + limit;
	for (;;) {
		const text = await editorFile(page, path);
		if (text !== undefined && ok(text)) return text;
		if (Date.now() > deadline) {
			const shown = await page.locator('[role=alert], [role=status], [aria-invalid=true]').allInnerTexts();
			throw new Error(
				`the editor did not write ${path} as expected in ${limit / 1000} s; it shows: ${JSON.stringify(shown)}; the file is: ${JSON.stringify(text)}`,
			);
		}
		await page.waitForTimeout(200);
	}
}

/** Writes the editor's folder back to disk under repoDir: every file it holds, new ones included. */
export async function copyEditorFilesTo(page: Page, repoDir: string): Promise<string[]> {
	const files = await editorFiles(page);
	for (const [path, data] of Object.entries(files)) {
		await mkdir(dirname(join(repoDir, path)), { recursive: true });
		await writeFile(join(repoDir, path), Buffer.from(data, 'base64'));
	}
	return Object.keys(files);
}
