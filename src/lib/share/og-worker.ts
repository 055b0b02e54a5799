/**
 * A worker thread of src/lib/share/og-pool.ts: renders each card it is sent to PNG bytes and sends them back.
 * Bundled by the pool with esbuild (satori, resvg and the WOFF2 decoder stay in node_modules).
 */
import { parentPort } from 'node:worker_threads';
import type { OgCard } from './og-card';
import { renderOgPng } from './og-image';

parentPort!.on('message', async ({ id, card }: { id: number; card: OgCard }) => {
	try {
		const png = new Uint8Array(await renderOgPng(card));
		parentPort!.postMessage({ id, png }, [png.buffer]);
	} catch (error) {
		parentPort!.postMessage({ id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
	}
});
