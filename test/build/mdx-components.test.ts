/**
 * Every component of .mdx bodies, written by an organizer in a copy of the content (Korean and English
 * keynote bodies, a photo beside them) and built: what each renders in both languages, with no script,
 * no inline style and nothing from another origin.
 */
import { cp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import sharp from 'sharp';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/build';
import { outputRoot, root } from '../helpers/paths';
import { listFiles, readSiteFile } from '../helpers/site';

const contentDir = `${outputRoot}mdx-content/`;
const outDir = `${outputRoot}mdx-site/`;

const body = (words: { note: string; steps: string[]; caption: string }) => `
<Callout type="note">
${words.note} <SpeakerLink id="cho-sungzoon" />
</Callout>

<Callout type="warning">
**!**
</Callout>

<SessionLink id="global-ai-trends" /> · <TrackLink id="google" />

<Figure src="./stage.png" alt="${words.caption} alt" caption="${words.caption}" />

<LinkCard href="https://example.com/guide" title="Guide" description="${words.caption}" />

<Steps>

1. ${words.steps[0]}
2. ${words.steps[1]}

</Steps>
`;

/** The keynote's front matter from the real file, with an .mdx body instead of its Markdown one. */
async function asMdx(rel: string, words: Parameters<typeof body>[0]) {
	const text = await readFile(`${root}content/${rel}.md`, 'utf8');
	const frontmatter = text.slice(0, text.indexOf('---', 3) + 3);
	await rm(`${contentDir}${rel}.md`);
	await writeFile(`${contentDir}${rel}.mdx`, `${frontmatter}\n${body(words)}`);
}

beforeAll(async () => {
	await rm(contentDir, { recursive: true, force: true });
	await cp(`${root}content/`, contentDir, { recursive: true });
	await asMdx('sessions/keynote', { note: '신분증', steps: ['하나', '둘'], caption: '무대' });
	await asMdx('en/sessions/keynote', { note: 'Bring ID', steps: ['One', 'Two'], caption: 'Stage' });
	// A photo beside the bodies (both languages point at it with ./ from their own folder).
	const png = await sharp({ create: { width: 1600, height: 900, channels: 3, background: '#3366aa' } })
		.png()
		.toBuffer();
	await writeFile(`${contentDir}sessions/stage.png`, png);
	await writeFile(`${contentDir}en/sessions/stage.png`, png);
	await buildSite(outDir, { CONTENT_DIR: contentDir });
}, 300_000);

const page = (lang: 'ko' | 'en') => readSiteFile(`${lang === 'en' ? '/en' : ''}/sessions/keynote/index.html`, outDir);

describe.each([
	['ko', '', '참고', '주의', '(다른 사이트로 이동)', '조성준', 'AI 트렌드'],
	['en', '/en', 'Note', 'Warning', '(leaves this site)', 'Cho Sungzoon', 'AI trends'],
] as const)('%s', (lang, prefix, note, warning, leaves, speaker, sessionWords) => {
	test('Callout: a labelled box whose kind screen readers hear', async () => {
		const html = await page(lang);
		expect(html).toMatch(
			new RegExp(`<div class="mdx-callout mdx-callout-note" role="note" aria-label="${note}" data-callout="note"><p class="mdx-callout-label">${note}</p>`),
		);
		expect(html).toContain(`aria-label="${warning}"`);
	});

	test('links name the entry in the page language and lead to the page in that language', async () => {
		const html = await page(lang);
		expect(html).toMatch(new RegExp(`<a href="${prefix}/speakers/cho-sungzoon/" class="mdx-entry-link" data-mdx-link="speakers"><span>${speaker}</span></a>`));
		const session = new RegExp(
			`<a href="${prefix}/sessions/global-ai-trends/" class="mdx-entry-link" data-mdx-link="sessions"><span>([^<]+)</span> \\(<span[^>]*data-time><time datetime="2024-11-25T`,
		).exec(html);
		expect(session?.[1]).toContain(sessionWords);
		expect(html).toContain(`<a href="${prefix}/tracks/google/" class="mdx-entry-link" data-mdx-link="tracks">`);
	});

	test('Figure: the photo beside the file as AVIF and WebP in several widths, with width, height, alt and caption', async () => {
		const html = await page(lang);
		const figure = /<figure class="mdx-figure">([\s\S]*?)<\/figure>/.exec(html)?.[1] ?? '';
		expect(figure).toMatch(/<picture>\s*<source srcset="[^"]+\.avif 360w, [^"]+\.avif 720w, [^"]+\.avif 1080w, [^"]+\.avif 1600w" type="image\/avif"/);
		expect(figure).toContain('type="image/webp"');
		expect(figure).toMatch(
			/<img src="\/_astro\/stage\.[^"]+\.webp" srcset="[^"]+" alt="(무대|Stage) alt"[^>]*width="1600" height="900"/,
		);
		expect(figure).toMatch(/<figcaption>(무대|Stage)<\/figcaption>/);
		for (const src of figure.matchAll(/(?:src|srcset)="([^"]+)"/g)) expect(src[1]).toMatch(/^\/_astro\//);
		const files = await listFiles(outDir);
		expect(files.some((f) => /^\/_astro\/stage\.[^/]+\.avif$/.test(f))).toBe(true);
	});

	test('LinkCard: an outside link marked as leaving the site; Steps: the ordered list inside its box', async () => {
		const html = await page(lang);
		expect(html).toMatch(
			new RegExp(
				`<a href="https://example.com/guide" rel="external noopener noreferrer" class="mdx-link-card" data-external>[\\s\\S]*?example\\.com ${leaves.replace(/[()]/g, '\\$&')}</span></a>`,
			),
		);
		expect(html).toMatch(/<div class="mdx-steps"><ol>\s*<li>(하나|One)<\/li>\s*<li>(둘|Two)<\/li>\s*<\/ol><\/div>/);
	});

	test('the page with every component is valid HTML (project html-validate config)', async () => {
		const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(join(outDir, `${prefix}/sessions/keynote/index.html`));
		expect(report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} [${m.ruleId}] ${m.message}`))).toEqual([]);
	});

	test('no script, no inline style, no outside image in the body', async () => {
		const html = await page(lang);
		const main = /<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '';
		expect(main).not.toMatch(/<script|\sstyle="/);
		expect(main).not.toMatch(/(?:src|srcset)="https?:/);
	});
});
