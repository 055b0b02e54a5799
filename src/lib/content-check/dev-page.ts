/**
 * The page `npm run dev` shows instead of the site while the content has errors: the same report as
 * `npm run check` (file, line, field, what is wrong, an example), in the browser where organizers look.
 * It loads Vite's client, so the dev server reloads it into the site once the files are fixed.
 */
import { both } from '../../i18n/check';
import { formatReport } from './report';
import type { Problem } from './types';

const escapeHtml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/**
 * A whole HTML page listing the problems; viteClient is the URL of Vite's client script (under the base).
 * @example renderProblemsPage(problems, '/@vite/client') // '<!doctype html>…<pre>콘텐츠 검사: 오류 1건…</pre>…'
 */
export function renderProblemsPage(problems: readonly Problem[], viteClient: string): string {
	const files = [...new Set(problems.filter((p) => p.severity === 'error').map((p) => (p.line ? `${p.file}:${p.line}` : p.file)))];
	return `<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${both('dev-page.title')}</title>
<script type="module" src="${escapeHtml(viteClient)}"></script>
<style>
body { font: 16px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #111; background: #fff; }
h1 { color: #b91c1c; font-size: 1.5rem; }
pre { white-space: pre-wrap; background: #fef2f2; border: 1px solid #fecaca; padding: 1rem; border-radius: .5rem; font-size: .875rem; }
@media (prefers-color-scheme: dark) { body { color: #eee; background: #111; } pre { background: #2a1212; border-color: #7f1d1d; } h1 { color: #f87171; } }
</style>
</head>
<body>
<h1>${both('dev-page.heading')}</h1>
<p>${both('dev-page.fix')}</p>
<ul>${files.map((f) => `<li><code>${escapeHtml(f)}</code></li>`).join('')}</ul>
<pre>${escapeHtml(formatReport(problems))}</pre>
</body>
</html>
`;
}
