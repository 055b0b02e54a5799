/**
 * html-validate over every built page (test/build/html-validate.test.ts): the recommended preset,
 * with each rule this site turns off named below together with the reason.
 */

/** Rules of html-validate:recommended that are off, and why. The test prints these reasons. */
export const disabledRules = {
	'long-title':
		'Titles are the page name (an organizer-written session or track title) followed by the event name, so they can pass 70 characters. The limit is a search-result display heuristic, not validity or accessibility: the page-specific words come first, so truncation only cuts the event name.',
	'wcag/h32':
		'WCAG technique H32 asks forms that submit to have a submit button. The agenda filter is a <form> of radio buttons that filters live (CSS :has, no JavaScript needed) and submits nothing, so there is no button to add.',
};

export default {
	root: true,
	extends: ['html-validate:recommended'],
	rules: Object.fromEntries(Object.keys(disabledRules).map((rule) => [rule, 'off'])),
};
