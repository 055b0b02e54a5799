/**
 * Preview images beside the pages, on every core: the cards a build needs are handed over at once, each
 * distinct card is looked up in the cache and only the missing ones are rendered, by worker threads (one per
 * core but the one that renders the pages; satori and resvg keep a core busy per card). The same card asked for
 * twice is made once.
 * The workers run src/lib/share/og-worker.ts, bundled here with esbuild into node_modules/.cache/og-worker/, and
 * stop when the queue is empty.
 */
import { build } from 'esbuild';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { OgCard } from './og-card';
import { ogCacheKey, ogPngFile } from './og-image';

interface Job {
	id: number;
	card: OgCard;
	resolve: (png: Uint8Array) => void;
	reject: (error: Error) => void;
}

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

/**
 * One worker per core but one: the build's own thread renders the pages meanwhile, and each worker holds its own
 * copy of satori and the three parsed fonts (about 200 MB), which a worker per core would add to a build's peak.
 */
const WORKERS = Math.max(1, availableParallelism() - 1);

const queue: Job[] = [];
const running = new Map<number, Job>();
const idle: Worker[] = [];
let workers: Worker[] = [];
let started: Promise<void> | undefined;
let nextId = 0;

/** Hands queued cards to idle workers; stops every worker once nothing is queued or running. */
function dispatch() {
	while (queue.length > 0 && idle.length > 0) {
		const job = queue.shift()!;
		running.set(job.id, job);
		idle.pop()!.postMessage({ id: job.id, card: job.card });
	}
	if (queue.length === 0 && running.size === 0) {
		for (const worker of workers) void worker.terminate();
		workers = [];
		idle.length = 0;
		started = undefined;
	}
}

async function startWorkers() {
	const file = await workerScript();
	workers = Array.from({ length: WORKERS }, () => {
		const worker = new Worker(file);
		worker.on('message', ({ id, png, error }: { id: number; png?: Uint8Array; error?: string }) => {
			const job = running.get(id)!;
			running.delete(id);
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
}

/** Renders one card on a worker thread. */
async function renderOnWorker(card: OgCard): Promise<Uint8Array> {
	const promise = new Promise<Uint8Array>((resolve, reject) => queue.push({ id: nextId++, card, resolve, reject }));
	await (started ??= startWorkers());
	dispatch();
	return promise;
}

/**
 * Every card's cached PNG file, in the cards' order: started at once (call it before awaiting any), found in the
 * cache or rendered on the worker threads. Paths, not bytes, so thousands of finished images wait on disk until
 * their page is written. Each promise is also handled here, so one awaited later never counts as unhandled.
 */
export function ogPngs(cards: readonly OgCard[], cacheDir: string): Promise<string>[] {
	const byKey = new Map<string, Promise<string>>();
	return cards.map((card) => {
		const key = ogCacheKey(card);
		let file = byKey.get(key);
		if (!file) {
			file = ogPngFile(card, cacheDir, renderOnWorker);
			file.catch(() => {});
			byKey.set(key, file);
		}
		return file;
	});
}
