/** One list of headers, two files written from it: public/_headers and deploy/nginx.conf must be what the list renders. */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
	ADMIN_CSP,
	HEADER_RULES,
	IMMUTABLE,
	REVALIDATE,
	renderHeadersFile,
	renderNginxConf,
	responseHeaders,
	SECURITY_HEADERS,
} from '../../src/lib/publish/headers';
import { headersFor, parseCsp, parseHeaders } from '../helpers/headers';
import { root } from '../helpers/paths';

const committed = (file: string) => readFileSync(`${root}${file}`, 'utf8');

describe.each([
	['public/_headers', renderHeadersFile],
	['deploy/nginx.conf', renderNginxConf],
])('%s', (file, render) => {
	test('is exactly what the header list renders (run npm run publish-config after changing the list)', () => {
		expect(committed(file)).toBe(render());
	});
});

test("public/_headers, read back as Netlify / Cloudflare Pages read it, gives each path the list's headers", () => {
	const rules = parseHeaders(committed('public/_headers'));
	for (const path of ['/', '/en/agenda/', '/schedule.ics', '/en/schedule.ics', '/_astro/a.1b2c.css', '/404.html', '/admin/', '/admin/config.yml']) {
		const fromList = Object.fromEntries(Object.entries(responseHeaders(path)).map(([k, v]) => [k.toLowerCase(), v]));
		// Those hosts revalidate pages by default; nginx needs it said.
		if (fromList['cache-control'] === REVALIDATE) delete fromList['cache-control'];
		expect(headersFor(path, rules), path).toEqual(fromList);
	}
});

test('deploy/nginx.conf sends every header of the list in every location, with `always`', () => {
	const conf = renderNginxConf();
	const locations = conf
		.split(/\n\tlocation /)
		.slice(1)
		.filter((block) => block.includes('try_files'));
	expect(locations.length).toBe(5);
	for (const block of locations) {
		// The editor's location has its own policy in place of the pages' one (tested below).
		const own = block.startsWith('^~ /admin/') ? ['Content-Security-Policy'] : [];
		for (const [name, value] of SECURITY_HEADERS) if (!own.includes(name)) expect(block).toContain(`add_header ${name} "${value}" always;`);
		expect(block).toMatch(/add_header Cache-Control "[^"]+" always;/);
	}
	expect(conf).toContain(`add_header Cache-Control "${IMMUTABLE}" always;`);
	expect(conf).toMatch(/default_type "text\/calendar; charset=utf-8";/);
	// Calendar files and conference-app feeds are readable from other origins.
	expect(locations.filter((block) => block.includes('add_header Access-Control-Allow-Origin "*" always;'))).toHaveLength(2);
});

test.each([
	['/', REVALIDATE],
	['/sitemap-index.xml', REVALIDATE],
	['/en/schedule.ics', REVALIDATE],
	['/_astro/BaseLayout.a1b2.css', IMMUTABLE],
])('responseHeaders(%s) caches with %s', (path, cache) => {
	expect(responseHeaders(path)['Cache-Control']).toBe(cache);
	expect(Object.keys(responseHeaders(path))).toEqual(expect.arrayContaining(SECURITY_HEADERS.map(([n]) => n)));
	expect(HEADER_RULES[0]!.pattern).toBe('/*');
});

describe('the browser editor at /admin/', () => {
	const publicCsp = parseCsp(responseHeaders('/')['Content-Security-Policy']!);
	const adminCsp = parseCsp(responseHeaders('/admin/')['Content-Security-Policy']!);

	test('has its own policy, which keeps every directive of the policy all responses get', () => {
		expect(responseHeaders('/admin/sveltia-cms.js')['Content-Security-Policy']).toBe(ADMIN_CSP);
		for (const [name, sources] of publicCsp) expect(adminCsp.get(name), name).toEqual(sources);
		expect(adminCsp.get('script-src')).toEqual(["'self'"]);
		expect(adminCsp.get('connect-src')).toContain('https://api.github.com');
	});

	test("is not indexed, and the public pages' policy allows none of what the editor needs", () => {
		expect(responseHeaders('/admin/')['X-Robots-Tag']).toBe('noindex, nofollow');
		for (const path of ['/', '/en/agenda/', '/admin.html', '/en/admin/']) {
			expect(responseHeaders(path)['Content-Security-Policy'], path).toBe(SECURITY_HEADERS.find(([n]) => n === 'Content-Security-Policy')![1]);
			expect(responseHeaders(path)['X-Robots-Tag'], path).toBeUndefined();
		}
	});

	test('nginx serves /admin/ before its regular-expression locations, with the editor policy and the other security headers', () => {
		const block = renderNginxConf().split('\n\tlocation ^~ /admin/ {')[1]!.split('\n\t}')[0]!;
		expect(block).toContain(`add_header Content-Security-Policy "${ADMIN_CSP}" always;`);
		expect(block.match(/Content-Security-Policy/g)).toHaveLength(1);
		for (const [name] of SECURITY_HEADERS) expect(block).toContain(`add_header ${name} `);
		expect(block).toContain('application/yaml yml;');
	});
});
