/**
 * The files of /admin/ other than the editor's own script: its one HTML page, and what the editor's
 * configuration needs to know from the environment and the event file.
 */
import yaml from 'js-yaml';
import type { CmsOptions } from './config';

/** The editor's script file, copied from the npm package (no CDN). */
export const EDITOR_SCRIPT = 'sveltia-cms.js';
/** The editor's licence, served beside its script. */
export const EDITOR_LICENCE = 'sveltia-cms.LICENSE.txt';
/** The configuration file the page links to. */
export const CONFIG_FILE = 'config.yml';

/**
 * The page at /admin/: Korean first, never indexed, no link preview, its policy also as a <meta> so the
 * dev server (which sends no production headers) enforces it too. frame-ancestors cannot be set in a
 * <meta>, so it is left to the response header.
 * @example renderAdminPage("default-src 'self'") // "<!doctype html>…"
 */
export function renderAdminPage(csp: string): string {
	const metaCsp = csp
		.split(';')
		.map((d) => d.trim())
		.filter((d) => !d.startsWith('frame-ancestors'))
		.join('; ');
	return `<!doctype html>
<html lang="ko">
	<head>
		<meta charset="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<meta name="robots" content="noindex, nofollow" />
		<meta http-equiv="Content-Security-Policy" content="${metaCsp.replaceAll('"', '&quot;')}" />
		<title>Tech-Day 편집기 · editor</title>
		<link rel="cms-config-url" type="application/yaml" href="${CONFIG_FILE}" />
	</head>
	<body>
		<script src="${EDITOR_SCRIPT}"></script>
	</body>
</html>
`;
}

/**
 * The GitHub repository "owner/name" of a git remote address, or undefined for another host.
 * @example repoFromRemote('git@github.com:org/techday.git') // "org/techday"
 */
export function repoFromRemote(remote: string | undefined): string | undefined {
	const match = /github\.com[:/]([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(remote?.trim() ?? '');
	return match?.[1];
}

/** What the editor shows when the repository is not known: it can still edit a local copy. */
export const UNKNOWN_REPO = 'set-CMS_REPO/see-README';

/**
 * Where the editor saves, from the environment: CMS_REPO (or GitHub Actions' GITHUB_REPOSITORY, or the
 * git remote), CMS_BRANCH (main), CMS_AUTH_URL (an OAuth helper; without it, a personal access token).
 * @example editorBackend({ CMS_REPO: 'org/techday' }) // { repo: 'org/techday', branch: 'main' }
 */
export function editorBackend(env: Record<string, string | undefined>, remote?: string): Pick<CmsOptions, 'repo' | 'branch' | 'authUrl'> {
	const repo = env.CMS_REPO?.trim() || env.GITHUB_REPOSITORY?.trim() || repoFromRemote(remote) || UNKNOWN_REPO;
	const authUrl = env.CMS_AUTH_URL?.trim();
	return { repo, branch: env.CMS_BRANCH?.trim() || 'main', ...(authUrl ? { authUrl } : {}) };
}

/**
 * The rooms and time zone of an event file's text, or undefined when it cannot be read: the editor
 * must open even then, so the mistake can be fixed in it.
 * @example eventFacts('timeZone: Asia/Seoul\nrooms:\n  - id: hall\n    name: { ko: 홀, en: Hall }') // { timeZone: 'Asia/Seoul', rooms: [{ id: 'hall', label: '홀' }] }
 */
export function eventFacts(text: string | undefined): CmsOptions['event'] {
	try {
		const data = text === undefined ? undefined : (yaml.load(text) as { timeZone?: unknown; rooms?: unknown });
		if (typeof data?.timeZone !== 'string' || !Array.isArray(data.rooms)) return undefined;
		const rooms = data.rooms.flatMap((r: { id?: unknown; name?: { ko?: unknown } }) =>
			typeof r?.id === 'string' ? [{ id: r.id, label: typeof r.name?.ko === 'string' ? r.name.ko : r.id }] : [],
		);
		return rooms.length > 0 ? { timeZone: data.timeZone, rooms } : undefined;
	} catch {
		return undefined;
	}
}
