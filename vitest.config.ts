import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		testTimeout: 30_000,
		hookTimeout: 300_000,
		// Two cores: keep browser and build tests from fighting over them.
		maxWorkers: 2,
		// The usual report, plus a JSON one that .ci/run sums up in a plain "N passed, N failed" line.
		reporters: ['default', ['json', { outputFile: 'test-output/vitest-results.json' }]],
		projects: [
			// Pure logic: no build, seconds (npm run test:unit).
			{ test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
			// Components rendered alone through Astro's Container API (npm run test:components).
			'test/components/vitest.config.ts',
			// Tests over the global setup's builds (the frozen programme; content/ after organizer edits), the browser tests, the dev server (npm run test:site).
			{
				test: {
					name: 'site',
					include: ['test/build/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/dev/**/*.test.ts'],
					globalSetup: ['test/helpers/global-setup.ts'],
				},
			},
		],
	},
});
