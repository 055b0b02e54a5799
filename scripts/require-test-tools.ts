/**
 * First step of `npm test`: the browser tests need Chromium and the nginx tests need nginx, both from
 * Debian. When one is missing, stop at once with one line saying what to install, instead of a
 * hundred failing tests. (.ci/install-debian-packages installs them as root.)
 */
import { accessSync, constants } from 'node:fs';

const tools = [
	{ name: 'Chromium', variable: 'CHROMIUM_PATH', path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', install: 'chromium' },
	{ name: 'nginx', variable: 'NGINX_PATH', path: process.env.NGINX_PATH ?? '/usr/sbin/nginx', install: 'nginx-light libnginx-mod-http-brotli-static' },
];

const missing = tools.filter(({ path }) => {
	try {
		accessSync(path, constants.X_OK);
		return false;
	} catch {
		return true;
	}
});
for (const tool of missing) {
	console.error(
		`npm test needs ${tool.name} at ${tool.path}: install Debian's package (apt-get install ${tool.install}, or bash .ci/install-debian-packages) or set ${tool.variable} to its executable.`,
	);
}
process.exitCode = missing.length > 0 ? 1 : 0;
