import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { placeImage } from '../../src/integrations/og-images';

test('an image goes in as a link to the cached file, and one already there is replaced without writing into the cache', async () => {
	const dir = mkdtempSync(join(tmpdir(), 'og-place-'));
	const [a, b, target] = ['a.png', 'b.png', 'page.png'].map((name) => join(dir, name)) as [string, string, string];
	writeFileSync(a, 'image a');
	writeFileSync(b, 'image b');
	await placeImage(a, target);
	expect(readFileSync(target, 'utf8')).toBe('image a');
	expect(statSync(target).ino, 'a hard link to the cached file').toBe(statSync(a).ino);
	// The next build's image for the same page, into an output folder that was not emptied.
	await placeImage(b, target);
	expect(readFileSync(target, 'utf8')).toBe('image b');
	expect(readFileSync(a, 'utf8'), 'the earlier cached file is untouched').toBe('image a');
	rmSync(dir, { recursive: true });
});
