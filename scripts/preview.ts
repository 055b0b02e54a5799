/**
 * npm run preview — serves dist/ as production would: under SITE_BASE, with the production headers
 * and the precompressed files. PORT (default 4321) and HOST (default 127.0.0.1) change where.
 */
import { fileURLToPath } from 'node:url';
import { siteAddress } from '../src/lib/publish/site-address';
import { serveBuiltSite } from './lib/serve-built';

const dir = fileURLToPath(new URL('../dist/', import.meta.url));
const { base } = siteAddress({ SITE_BASE: process.env.SITE_BASE, SITE_URL: 'http://localhost' });
const { origin } = await serveBuiltSite(dir, { base, port: Number(process.env.PORT ?? 4321), host: process.env.HOST ?? '127.0.0.1' }).catch(
	(error: NodeJS.ErrnoException) => {
		console.error(error.code === 'ENOENT' ? 'dist/ has no build: run npm run build first (with the same SITE_BASE).' : String(error));
		process.exit(1);
	},
);
console.log(`Previewing dist/ at ${origin}${base} (production headers; Ctrl+C stops)`);
