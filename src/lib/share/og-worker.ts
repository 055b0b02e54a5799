/**
 * A worker thread of src/lib/share/og-pool.ts: renders each card it is sent to PNG bytes and sends them back, with
 * the fonts the pool hands over when it starts the thread (cut to the characters of the cards it will be sent).
 * Bundled by the pool with esbuild (satori and resvg stay in node_modules).
 */
import { parentPort, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import type { OgCard } from './og-card';
import { renderOgPng, type OgFonts } from './og-image';

// One libvips thread per card: the pool already keeps every core busy with one card each, and more threads only take turns.
sharp.concurrency(1);
sharp.cache(false);

// Buffers arrive as plain Uint8Arrays.
const fonts: OgFonts = (workerData as { fonts: OgFonts }).fonts.map((f) => ({ ...f, data: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength) }));

parentPort!.on('message', async (card: OgCard) => {
	try {
		const png = new Uint8Array(await renderOgPng(card, fonts));
		parentPort!.postMessage({ png }, [png.buffer]);
	} catch (error) {
		parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
