/**
 * html-validate over every built page (test/build/html-validate.test.ts): the recommended preset,
 * with each rule this site turns off named below together with the reason, and two rules of the site's own.
 */
import { definePlugin, HtmlElement, Rule } from 'html-validate';

/** Rules of html-validate:recommended that are off, and why. The test prints these reasons. */
export const disabledRules = {
	'long-title':
		'Titles are the page name (an organizer-written session or track title) followed by the event name, so they can pass 70 characters. The limit is a search-result display heuristic, not validity or accessibility: the page-specific words come first, so truncation only cuts the event name.',
	'wcag/h32':
		'WCAG technique H32 asks forms that submit to have a submit button. The agenda filter is a <form> of radio buttons that filters live (CSS :has, no JavaScript needed) and submits nothing, so there is no button to add.',
};

/**
 * Nothing but the doctype and <html> at the top of a page. A <script> written after a layout component lands
 * after </html>: browsers move it back in silently and the preset says nothing, so this rule does.
 */
class ContentOutsideHtml extends Rule {
	documentation() {
		return { description: 'Every element and every word of a page belongs inside <html>: a strict validator stops at anything after </html>.' };
	}

	setup() {
		this.on('dom:ready', ({ document }) => {
			for (const node of document.root.childNodes) {
				const element = node instanceof HtmlElement;
				if (element ? node.tagName === 'html' : node.textContent.trim() === '') continue;
				const what = element ? `<${node.tagName}>` : `"${node.textContent.trim().slice(0, 20)}"`;
				this.report(node, `${what} is outside <html>: put it inside the page's layout (its slot), not after it`);
			}
		});
	}
}

/**
 * No empty, hidden link for a script to fill in: without the script (or before it runs) the page holds a link
 * with no words, which the preset's link-text rule skips because it is hidden. A script makes such a link itself.
 */
class EmptyHiddenLink extends Rule {
	documentation() {
		return { description: 'A link that only a script gives words to is made by that script, not left empty and hidden in the page.' };
	}

	setup() {
		this.on('dom:ready', ({ document }) => {
			for (const link of document.querySelectorAll('a[hidden]')) {
				if (link.textContent.trim() === '') this.report(link, 'An empty <a hidden> waits for a script: let the script create the link');
			}
		});
	}
}

/** The site's own rules, under the "techday/" prefix. */
export const techdayRules = definePlugin({
	name: 'techday',
	rules: { 'techday/no-content-outside-html': ContentOutsideHtml, 'techday/no-empty-hidden-link': EmptyHiddenLink },
});

export default {
	root: true,
	extends: ['html-validate:recommended'],
	plugins: [techdayRules],
	rules: {
		...Object.fromEntries(Object.keys(disabledRules).map((rule) => [rule, 'off'])),
		'techday/no-content-outside-html': 'error',
		'techday/no-empty-hidden-link': 'error',
	},
};
