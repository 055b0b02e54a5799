/**
 * Registers the service worker (dist/sw.js, src/service-worker/sw.ts) from the pages that already ship
 * scripts, so one visit to the agenda makes the whole site work offline.
 */
const register = () => {
	navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => {
		// Private modes and some browsers refuse service workers: the site works online as before.
	});
};
if ('serviceWorker' in navigator) {
	// After the page has loaded: installing the site must not compete with the page itself.
	if (document.readyState === 'complete') register();
	else addEventListener('load', register);
}
