// Loaded into a measured build with `node --import`: on exit, writes the process's peak resident set size
// (kilobytes, from getrusage) to the file named by BENCH_RSS_FILE.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
	if (process.env.BENCH_RSS_FILE) writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
