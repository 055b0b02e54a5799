import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.ts'],
		// One production build of the real content, shared by every test over dist/ and the browser tests.
		globalSetup: ['test/helpers/global-setup.ts'],
		testTimeout: 30_000,
		hookTimeout: 300_000,
		// Two cores: keep browser and build tests from fighting over them.
		maxWorkers: 2,
		// The usual report, plus a JSON one that .ci/run sums up in a plain "N passed, N failed" line.
		reporters: ['default', ['json', { outputFile: 'test-output/vitest-results.json' }]],
	},
});
