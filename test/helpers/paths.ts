import { fileURLToPath } from 'node:url';

/** The project root. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
/** Where test builds go (ignored by git). */
export const outputRoot = `${root}test-output/`;
/** The build of the real content that build-output and browser tests read. */
export const siteDir = `${outputRoot}site/`;
