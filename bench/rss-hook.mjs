// Loaded into a measured build with `node --import`: on exit, writes the process's own resource use
// (getrusage: peak resident set size in kilobytes, user and system CPU time in microseconds, all threads)
// as JSON to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
	if (!process.env.BENCH_RSS_FILE) return;
	const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
	writeFileSync(process.env.BENCH_RSS_FILE, JSON.stringify({ maxRSS, userCPUTime, systemCPUTime }));
});
