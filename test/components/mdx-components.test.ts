/**
 * The body components that need no content rendered alone (Container API), on a Korean and an English
 * page: labels in the page's language, an outside link marked as such, nothing but http(s) as a card.
 * The link components and photos are built from real content in test/build/mdx-components.test.ts.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, test } from 'vitest';
import Callout from '../../src/components/mdx/Callout.astro';
import Figure from '../../src/components/mdx/Figure.astro';
import LinkCard from '../../src/components/mdx/LinkCard.astro';
import Steps from '../../src/components/mdx/Steps.astro';
import type { Lang } from '../../src/i18n';
import { fixtureLocals } from '../helpers/content-fixture';

let container: AstroContainer;
beforeAll(async () => {
	container = await AstroContainer.create({ astroConfig: { site: 'https://techday.example.com' } });
});
/** A body component on a page of a language, with what src/middleware.ts gives every page. */
const render = async (component: Parameters<AstroContainer['renderToString']>[0], lang: Lang, props: Record<string, unknown>, slot?: string) =>
	(
		await container.renderToString(component, {
			props,
			locals: fixtureLocals({}, lang),
			slots: slot === undefined ? undefined : { default: slot },
		})
	).replace(/ data-astro-source-(file|loc)="[^"]*"/g, '');

describe.each([
	['ko', { note: '참고', tip: '도움말', warning: '주의' }, '(다른 사이트로 이동)'],
	['en', { note: 'Note', tip: 'Tip', warning: 'Warning' }, '(leaves this site)'],
] as const)('%s page', (lang, labels, leaves) => {
	test.each(['note', 'tip', 'warning'] as const)('Callout %s: a box named by its label, which screen readers announce', async (type) => {
		const html = await render(Callout, lang, { type }, '<p>글</p>');
		expect(html).toBe(
			`<div class="mdx-callout mdx-callout-${type}" role="note" aria-label="${labels[type]}" data-callout="${type}"><p class="mdx-callout-label">${labels[type]}</p><p>글</p></div>`,
		);
	});

	test('LinkCard: the title, description and host, marked as leaving the site', async () => {
		const html = await render(LinkCard, lang, { href: 'https://example.org/a?b=1', title: '안내', description: '설명' });
		expect(html).toContain('<a href="https://example.org/a?b=1" rel="external noopener noreferrer" class="mdx-link-card" data-external>');
		expect(html).toContain('<span class="mdx-link-card-title">안내 <span aria-hidden="true">↗</span></span>');
		expect(html).toContain('<span class="mdx-link-card-description">설명</span>');
		expect(html).toContain(`<span class="mdx-link-card-host">example.org ${leaves}</span>`);
	});
});

test.each(['javascript:alert(1)', '/agenda/', '//evil.example/x', 'data:text/html,x'])('LinkCard refuses %j as a link', async (href) => {
	await expect(render(LinkCard, 'ko', { href, title: 't' })).rejects.toThrow(/only http/);
});

test('Figure: the photo (from the MDX image) and its caption; no caption, no figcaption', async () => {
	expect(await render(Figure, 'ko', { caption: '무대' }, '<img src="/a.webp" alt="무대 사진">')).toBe(
		'<figure class="mdx-figure"><img src="/a.webp" alt="무대 사진"><figcaption>무대</figcaption></figure>',
	);
	expect(await render(Figure, 'ko', {}, '<img src="/a.webp" alt="x">')).not.toContain('figcaption');
});

test('Steps: the ordered list inside its box', async () => {
	expect(await render(Steps, 'ko', {}, '<ol><li>하나</li></ol>')).toBe('<div class="mdx-steps"><ol><li>하나</li></ol></div>');
});
