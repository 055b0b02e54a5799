/**
 * Runs one `astro build` as a child process and measures it: wall time, CPU time, peak memory and the log.
 * Peak memory is the larger of the build process's own getrusage peak (exact, written by rss-hook.mjs)
 * and the peak of the whole process tree's resident memory, sampled from /proc every 50 ms
 * (so helper processes such as esbuild count too).
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLACEHOLDER_SITE_URL } from '../src/lib/publish/site-address';

/** What one build cost. */
export interface BuildMeasurement {
	wallMs: number;
	/** CPU time of the build process (user + system, all its threads): less swayed than wall time by other work on the machine. */
	cpuMs: number;
	peakRssBytes: number;
	/** Lines of the log that warn. */
	warnings: string[];
	log: string;
}

const hook = fileURLToPath(new URL('./rss-hook.mjs', import.meta.url));

/** Resident bytes of a process tree, from /proc (Linux); 0 where /proc cannot be read. */
function treeRss(rootPid: number): number {
	let entries: string[];
	try {
		entries = readdirSync('/proc').filter((e) => /^\d+$/.test(e));
	} catch {
		return 0;
	}
	const parent = new Map<number, number>();
	for (const pid of entries) {
		try {
			const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
			// "pid (comm) state ppid …": comm may hold spaces, so read after the last ")".
			parent.set(Number(pid), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// the process ended meanwhile
		}
	}
	const inTree = (pid: number): boolean => {
		for (let p = pid, hops = 0; p > 1 && hops < 64; p = parent.get(p) ?? 0, hops++) if (p === rootPid) return true;
		return false;
	};
	let total = 0;
	for (const pid of parent.keys()) {
		if (!inTree(pid)) continue;
		try {
			const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			total += Number(kb ?? 0) * 1024;
		} catch {
			// ended meanwhile
		}
	}
	return total;
}

/** Lines of a build log that warn (the same rule as test/build/budgets.test.ts). */
export function warningLines(log: string): string[] {
	return log.split('\n').filter((line) => /\[warn\]|\bwarn(ing)?s?\b|\(!\)|deprecat/i.test(line));
}

/** Runs `astro build` with the project's astro on this Node, in cwd, with extra arguments and environment. */
export async function measureBuild(options: { cwd: string; astroBin: string; args: string[]; env?: Record<string, string> }): Promise<BuildMeasurement> {
	const rssFile = join(tmpdir(), `bench-rss-${process.pid}-${Date.now()}`);
	const started = performance.now();
	const child = spawn(process.execPath, ['--import', hook, options.astroBin, 'build', ...options.args], {
		cwd: options.cwd,
		// SITE_URL set as a deployment's is (the placeholder), so the build warns about nothing it would not warn about there.
		env: { SITE_URL: PLACEHOLDER_SITE_URL, ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BENCH_RSS_FILE: rssFile, ...options.env },
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	child.stdout.on('data', (d: Buffer) => (log += d.toString()));
	child.stderr.on('data', (d: Buffer) => (log += d.toString()));
	let sampledPeak = 0;
	const sampler = setInterval(() => {
		if (child.pid) sampledPeak = Math.max(sampledPeak, treeRss(child.pid));
	}, 50);
	const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
	const wallMs = performance.now() - started;
	clearInterval(sampler);
	if (code !== 0) throw new Error(`astro build ${options.args.join(' ')} in ${options.cwd} failed (exit ${code}):\n${log.slice(-4000)}`);
	let own = { maxRSS: 0, userCPUTime: Number.NaN, systemCPUTime: Number.NaN };
	try {
		own = JSON.parse(readFileSync(rssFile, 'utf8')) as typeof own;
		rmSync(rssFile);
	} catch {
		// no hook output: keep the sampled peak, CPU time unknown
	}
	const cpuMs = (own.userCPUTime + own.systemCPUTime) / 1000;
	return { wallMs, cpuMs, peakRssBytes: Math.max(own.maxRSS * 1024, sampledPeak), warnings: warningLines(log), log };
}
