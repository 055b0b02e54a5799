/**
 * npm run publish-config — rewrites public/_headers and deploy/nginx.conf from the one header list
 * in src/lib/publish/headers.ts. Run it after changing that list; a test fails until you do.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderHeadersFile, renderNginxConf } from '../src/lib/publish/headers';

const root = fileURLToPath(new URL('../', import.meta.url));
writeFileSync(`${root}public/_headers`, renderHeadersFile());
writeFileSync(`${root}deploy/nginx.conf`, renderNginxConf());
console.log('Wrote public/_headers and deploy/nginx.conf');
