/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's own Vite setup, so .astro components compile exactly as in the build.
export default getViteConfig({
	test: { name: 'components', include: ['test/components/**/*.test.ts'], testTimeout: 30_000 },
});
