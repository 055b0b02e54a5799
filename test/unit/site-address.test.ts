import { describe, expect, test } from 'vitest';
import { siteAddressWarning } from '../../src/integrations/site-address';
import { PLACEHOLDER_SITE_URL, siteAddress } from '../../src/lib/publish/site-address';

describe('siteAddress', () => {
	test.each([
		[{ SITE_URL: 'https://www.example.go.kr', SITE_BASE: '/techday/' }, 'https://www.example.go.kr', '/techday/'],
		[{ SITE_URL: 'https://ministry.github.io/', SITE_BASE: 'techday' }, 'https://ministry.github.io', '/techday/'],
		[{ SITE_URL: 'http://127.0.0.1:8080', SITE_BASE: '' }, 'http://127.0.0.1:8080', '/'],
		[{ SITE_URL: 'https://example.org' }, 'https://example.org', '/'],
	])('%o → %s under %s, no warning', (env, site, base) => {
		expect(siteAddress(env)).toEqual({ site, base });
	});

	test('without SITE_URL: the placeholder, and a warning that names the variable', () => {
		const { site, base, warning } = siteAddress({});
		expect(site).toBe(PLACEHOLDER_SITE_URL);
		expect(base).toBe('/');
		expect(warning).toMatch(/SITE_URL is not set/);
		expect(siteAddress({ SITE_URL: '  ' }).warning).toBeDefined();
	});

	test.each([
		[{ REQUIRE_SITE_URL: 'true' }, /SITE_URL is not set/],
		[{ REQUIRE_SITE_URL: 'true', SITE_URL: PLACEHOLDER_SITE_URL }, /placeholder/],
		[{ SITE_URL: 'www.example.go.kr' }, /not a URL/],
		[{ SITE_URL: 'https://example.org/techday/' }, /SITE_BASE/],
		[{ SITE_URL: 'ftp://example.org' }, /http\(s\) origin/],
	])('refuses %o', (env, message) => {
		expect(() => siteAddress(env)).toThrow(message);
	});
});

describe('siteAddressWarning (the Astro integration)', () => {
	const run = (warning: string | undefined, command: 'build' | 'dev' | 'preview') => {
		const warned: string[] = [];
		const hook = siteAddressWarning(warning).hooks['astro:config:setup'] as (options: unknown) => void;
		hook({ command, logger: { warn: (m: string) => warned.push(m) } });
		return warned;
	};
	test.each([
		['build', 1],
		['dev', 1],
		['preview', 0],
	] as const)('warns on %s: %i time(s)', (command, times) => {
		expect(run(siteAddress({}).warning, command)).toHaveLength(times);
		expect(run(siteAddress({ SITE_URL: 'https://example.org' }).warning, command)).toHaveLength(0);
	});
});
