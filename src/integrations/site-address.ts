/** Warns on every build (and dev start) whose SITE_URL is the placeholder, with the reason and the fix. */
import type { AstroIntegration } from 'astro';

export function siteAddressWarning(warning: string | undefined): AstroIntegration {
	return {
		name: 'techday-site-address',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (warning && command !== 'preview') logger.warn(warning);
			},
		},
	};
}
