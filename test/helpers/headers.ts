import { readFileSync } from 'node:fs';
import { matchesHeaderPattern } from '../../src/lib/publish/headers';
import { root } from './paths';

/** One block of a `_headers` file: a URL pattern and the headers sent for it. */
export interface HeaderRule {
	pattern: string;
	headers: Map<string, string>;
}

/**
 * Reads a `_headers` file (the Netlify / Cloudflare Pages format): a line that starts in column 0 is
 * a URL pattern, indented `Name: value` lines below it are its headers, `#` starts a comment.
 * Header names are lower-cased. Throws on a line it cannot read, so a typo fails the tests.
 */
export function parseHeaders(text: string): HeaderRule[] {
	const rules: HeaderRule[] = [];
	text.split(/\r?\n/).forEach((line, i) => {
		if (/^\s*(#|$)/.test(line)) return;
		if (!/^\s/.test(line)) {
			rules.push({ pattern: line.trim(), headers: new Map() });
			return;
		}
		const match = /^\s+([A-Za-z0-9-]+):\s*(.+?)\s*$/.exec(line);
		const rule = rules.at(-1);
		if (!match || !rule) throw new Error(`_headers line ${i + 1} is neither a URL pattern nor an indented "Name: value": ${line}`);
		rule.headers.set(match[1]!.toLowerCase(), match[2]!);
	});
	return rules;
}

/** The rules of the project's public/_headers. */
export function projectHeaders(): HeaderRule[] {
	return parseHeaders(readFileSync(`${root}public/_headers`, 'utf8'));
}

/** The headers a path gets: every rule whose pattern (with `*` as a wildcard) matches, later rules adding to earlier ones. */
export function headersFor(path: string, rules: HeaderRule[] = projectHeaders()): Record<string, string> {
	const out: Record<string, string> = {};
	for (const rule of rules) {
		if (matchesHeaderPattern(rule.pattern, path)) for (const [name, value] of rule.headers) out[name] = value;
	}
	return out;
}

/** The directives of a Content-Security-Policy, by name, each with its source list. */
export function parseCsp(policy: string): Map<string, string[]> {
	const directives = new Map<string, string[]>();
	for (const part of policy.split(';')) {
		const [name, ...sources] = part.trim().split(/\s+/);
		if (name) directives.set(name.toLowerCase(), sources);
	}
	return directives;
}
