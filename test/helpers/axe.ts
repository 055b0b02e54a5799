/** axe-core in a page of the built site, its violations as readable lines. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
/** axe's source, evaluated in the page (DevTools evaluation is not subject to the page's CSP, so the CSP stays on). */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeNode {
	target: string[];
	failureSummary?: string;
}
export interface AxeViolation {
	id: string;
	impact: string;
	help: string;
	nodes: AxeNode[];
}

/** One readable line per failing element, so a failure says what and where. */
export function describeViolations(violations: AxeViolation[]): string[] {
	return violations.flatMap((v) =>
		v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(' ')}: ${(n.failureSummary ?? '').replace(/\s+/g, ' ')}`),
	);
}

export async function runAxe(page: Page): Promise<AxeViolation[]> {
	await page.evaluate(axeSource);
	return page.evaluate(async (values) => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }).axe;
		const results = await axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] });
		return results.violations;
	}, tags);
}
