/**
 * Preview images beside the pages, on every core: the cards a build needs are handed over at once, each
 * distinct card is looked up in the cache and only the missing ones are rendered, by worker threads (one per
 * core; satori and resvg keep a core busy per card). The same card asked for twice is made once.
 * The workers share one copy of the card font, cut to the characters of the missing cards (a few hundred glyphs
 * instead of 11,000): each parses it in milliseconds and holds little memory, and a cut font draws the same bytes.
 * The workers run src/lib/share/og-worker.ts, bundled here with esbuild into node_modules/.cache/og-worker/, and
 * stop when the queue is empty.
 */
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCard } from './og-card';
import { ogCacheKey, ogFonts, ogPngFile, ogStats, type OgFonts } from './og-image';
import { ogCardWords } from './og-pages';
import { codePointsOf, subsetFont } from '../style/web-font';

let script: Promise<string> | undefined;
/** The worker's code as one ES module beside node_modules' packages (they stay outside the bundle). */
const workerScript = () =>
	(script ??= (async () => {
		const outfile = join(process.cwd(), 'node_modules/.cache/og-worker/og-worker.mjs');
		await build({
			entryPoints: [join(process.cwd(), 'src/lib/share/og-worker.ts')],
			bundle: true,
			platform: 'node',
			format: 'esm',
			target: 'node20',
			packages: 'external',
			outfile,
			logLevel: 'warning',
		});
		return outfile;
	})());

/** Every character some cards can draw: their words and the ellipsis that satori and clip() end long text with. */
export function ogCodePoints(cards: Iterable<OgCard>): number[] {
	const texts = ['…'];
	for (const card of cards) texts.push(...ogCardWords(card));
	return codePointsOf(texts);
}

/** The three weights cut to the characters of some cards (HarfBuzz, as the web font is cut). */
export const ogFontsFor = (cards: Iterable<OgCard>): Promise<OgFonts> => {
	const codePoints = ogCodePoints(cards);
	return ogFonts(async (font) => Buffer.from(await subsetFont(font, codePoints, {})));
};

interface Job {
	card: OgCard;
	resolve: (png: Uint8Array) => void;
	reject: (error: Error) => void;
}

/**
 * Worker threads for a known set of cards, started at the first card: one per core (never more than cards), each
 * given the font cut to these cards. They stop once every card asked for is done.
 */
function workerPool(cards: readonly OgCard[]): (card: OgCard) => Promise<Uint8Array> {
	const queue: Job[] = [];
	const idle: Worker[] = [];
	const running = new Map<Worker, Job>();
	let workers: Worker[] = [];
	let started: Promise<void> | undefined;

	const dispatch = () => {
		while (queue.length > 0 && idle.length > 0) {
			const job = queue.shift()!;
			const worker = idle.pop()!;
			running.set(worker, job);
			worker.postMessage(job.card);
		}
		if (queue.length === 0 && running.size === 0 && workers.length > 0) {
			for (const worker of workers) void worker.terminate();
			workers = [];
			idle.length = 0;
		}
	};

	const start = async () => {
		const [file, fonts] = await Promise.all([workerScript(), ogFontsFor(cards)]);
		workers = Array.from({ length: Math.min(cards.length, availableParallelism()) }, () => {
			// A small young generation: a card's garbage is collected often instead of growing each thread by tens of MB.
			const worker = new Worker(file, { workerData: { fonts }, resourceLimits: { maxYoungGenerationSizeMb: 8 } });
			worker.on('message', ({ png, error }: { png?: Uint8Array; error?: string }) => {
				const job = running.get(worker)!;
				running.delete(worker);
				if (png) job.resolve(png);
				else job.reject(new Error(`preview image for "${job.card.title}": ${error}`));
				idle.push(worker);
				dispatch();
			});
			worker.on('error', (error) => {
				for (const job of [...running.values(), ...queue.splice(0)]) job.reject(error);
				running.clear();
			});
			return worker;
		});
		idle.push(...workers);
	};

	return async (card) => {
		const png = new Promise<Uint8Array>((resolve, reject) => queue.push({ card, resolve, reject }));
		await (started ??= start());
		dispatch();
		return png;
	};
}

/**
 * Every card's cached PNG file, in the cards' order: started at once (call it before awaiting any), found in the
 * cache or rendered on the worker threads. Paths, not bytes, so thousands of finished images wait on disk until
 * their page is written. Each promise is also handled here, so one awaited later never counts as unhandled.
 */
export function ogPngs(cards: readonly OgCard[], cacheDir: string): Promise<string>[] {
	const distinct = new Map<string, OgCard>();
	const keys = cards.map((card) => {
		const key = ogCacheKey(card);
		if (!distinct.has(key)) distinct.set(key, card);
		return key;
	});
	const files = new Map<string, Promise<string>>();
	const missing: [string, OgCard][] = [];
	for (const [key, card] of distinct) {
		const file = join(cacheDir, `${key}.png`);
		if (existsSync(file)) {
			ogStats.cached++;
			files.set(key, Promise.resolve(file));
		} else missing.push([key, card]);
	}
	const render = workerPool(missing.map(([, card]) => card));
	for (const [key, card] of missing) {
		const file = ogPngFile(card, cacheDir, render);
		file.catch(() => {});
		files.set(key, file);
	}
	return keys.map((key) => files.get(key)!);
}
