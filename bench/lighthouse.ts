/**
 * Lighthouse (mobile, its default: emulated phone with simulated slow 4G and CPU) over pages of a
 * site served on 127.0.0.1, in Debian's Chromium started here with the same flags as the tests.
 * Never downloads a browser: CHROME_PATH (default /usr/bin/chromium) names the one to use.
 * Lighthouse itself (with Puppeteer, Sentry and OpenTelemetry, ~110 MB) is not a dependency of the project:
 * bench/lighthouse/ pins it with its own lock file, and the first run installs it there (`npm ci`).
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromiumFlags } from '../test/helpers/browser';

/** The little of Lighthouse's result read here. */
interface Lhr {
	runtimeError?: { code: string; message: string };
	categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] } | undefined>;
	audits: Record<string, { score: number | null; numericValue?: number } | undefined>;
}
type RunLighthouse = (url: string, flags: Record<string, unknown>) => Promise<{ lhr: Lhr } | undefined>;

const lighthouseDir = fileURLToPath(new URL('./lighthouse/', import.meta.url));

/** Lighthouse from bench/lighthouse/, installed there from its lock file the first time. */
async function loadLighthouse(): Promise<RunLighthouse> {
	if (!existsSync(join(lighthouseDir, 'node_modules/lighthouse/package.json'))) {
		console.log('[bench] installing Lighthouse into bench/lighthouse/ (once)');
		execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: lighthouseDir, stdio: 'inherit' });
	}
	const entry = createRequire(join(lighthouseDir, 'package.json')).resolve('lighthouse');
	return ((await import(pathToFileURL(entry).href)) as { default: RunLighthouse }).default;
}

/** The four category scores (0–100) and three metrics of one page. */
export interface LighthouseResult {
	url: string;
	scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
	lcpMs: number;
	cls: number;
	tbtMs: number;
	/** Audits that cost points: "category: audit-id (score)". */
	lost: string[];
}

export const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Starts Chromium with a DevTools port and resolves with the port once it listens. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
	const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
	const child: ChildProcess = spawn(chromePath, [...chromiumFlags, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	/** Ends Chromium, waits until it has gone (it writes to its profile until then), then removes the profile. */
	const stop = async () => {
		child.kill();
		await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
		rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
	};
	const port = await new Promise<number>((resolve, reject) => {
		let err = '';
		const timer = setTimeout(() => reject(new Error(`Chromium did not open a DevTools port:\n${err}`)), 30_000);
		child.stderr!.on('data', (d: Buffer) => {
			err += d.toString();
			const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
			if (m) {
				clearTimeout(timer);
				resolve(Number(m[1]));
			}
		});
		child.on('exit', (code) => reject(new Error(`Chromium exited (${code}):\n${err}`)));
	});
	return { port, stop };
}

/** Runs Lighthouse once on a URL in a fresh Chromium (a browser reused across runs sometimes loses the trace). */
async function runOnce(url: string): Promise<Lhr> {
	const lighthouse = await loadLighthouse();
	const chromium = await startChromium();
	try {
		const run = await lighthouse(url, { port: chromium.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
		if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
		return run.lhr;
	} finally {
		await chromium.stop();
	}
}

/** One good Lighthouse result for a URL: a run that fails to record its trace is tried again twice. */
async function runGood(url: string) {
	let lhr = await runOnce(url);
	for (let retry = 0; lhr.runtimeError && retry < 2; retry++) lhr = await runOnce(url);
	if (lhr.runtimeError) throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
	return lhr;
}

/**
 * Runs Lighthouse `runs` times on each URL, one run after the other, and keeps each URL's median run
 * by performance score (then by LCP + TBT), as Lighthouse's own advice on variability suggests.
 */
export async function runLighthouse(urls: string[], runs = 3): Promise<LighthouseResult[]> {
	const results: LighthouseResult[] = [];
	for (const url of urls) {
		const all: Awaited<ReturnType<typeof runGood>>[] = [];
		for (let i = 0; i < runs; i++) all.push(await runGood(url));
		const key = (r: (typeof all)[number]) =>
			(r.categories.performance?.score ?? 0) * 1e6 -
			(r.audits['largest-contentful-paint']?.numericValue ?? 0) -
			(r.audits['total-blocking-time']?.numericValue ?? 0);
		const lhr = all.sort((a, b) => key(a) - key(b))[Math.floor((all.length - 1) / 2)]!;
		const score = (id: (typeof categories)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
		const lost: string[] = [];
		for (const id of categories) {
			for (const ref of lhr.categories[id]?.auditRefs ?? []) {
				const audit = lhr.audits[ref.id];
				if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1) lost.push(`${id}: ${ref.id} (${audit.score})`);
			}
		}
		results.push({
			url,
			scores: { performance: score('performance'), accessibility: score('accessibility'), bestPractices: score('best-practices'), seo: score('seo') },
			lcpMs: lhr.audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
			cls: lhr.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
			tbtMs: lhr.audits['total-blocking-time']?.numericValue ?? Number.NaN,
			lost,
		});
	}
	return results;
}
