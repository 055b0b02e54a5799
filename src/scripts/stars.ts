/** The star toggles (components/agenda/StarButton.astro): shown, pressed state kept in step with the selection. */

/** Shows every star in scope and calls onToggle on a press; returns a function that re-syncs the pressed states. */
export function wireStars(scope: ParentNode, isPicked: (id: string) => boolean, onToggle: (id: string) => void): () => void {
	const buttons = [...scope.querySelectorAll<HTMLButtonElement>('button[data-star]')];
	const sync = () => {
		for (const button of buttons) button.setAttribute('aria-pressed', String(isPicked(button.dataset.star ?? '')));
	};
	for (const button of buttons) {
		button.addEventListener('click', () => onToggle(button.dataset.star ?? ''));
		button.hidden = false;
	}
	sync();
	return sync;
}
