import { expect, test } from 'vitest';
import { formatReport, type Problem } from '../../src/lib/content-check';
import { renderProblemsPage } from '../../src/lib/content-check/dev-page';

const problem: Problem = {
	file: 'content/sessions/keynote.md',
	line: 5,
	field: 'start',
	found: '"<b>25:00</b>"',
	expected: 'HH:MM',
	example: 'start: "13:30"',
	rule: 'bad-time',
	severity: 'error',
};

test('lists each file with its line, holds npm run check’s report escaped, and loads Vite’s client under the base', () => {
	const html = renderProblemsPage([problem], '/techday/@vite/client');
	expect(html).toContain('<li><code>content/sessions/keynote.md:5</code></li>');
	expect(html).toContain('<script type="module" src="/techday/@vite/client"></script>');
	expect(html).not.toContain('<b>25:00</b>');
	const pre = /<pre>([\s\S]*)<\/pre>/.exec(html)![1]!;
	const unescaped = pre.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
	expect(unescaped).toBe(formatReport([problem]));
});

test('warnings alone name no file to fix', () => {
	expect(renderProblemsPage([{ ...problem, severity: 'warning', rule: 'raw-html' }], '/@vite/client')).toContain('<ul></ul>');
});
