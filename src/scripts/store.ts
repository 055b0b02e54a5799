/** This device's selection in localStorage; nothing here ever leaves the device. */
import { parseSelection, SELECTION_KEY, serializeSelection } from '../lib/agenda/my-agenda';

/** The last selection saved in this page view: what stars show when the browser refuses storage. */
let memory: string | null = null;

/** The ids picked on this device (only known ones when a list is given). */
export function loadSelection(known?: Iterable<string>): string[] {
	let stored: string | null;
	try {
		stored = localStorage.getItem(SELECTION_KEY);
	} catch {
		stored = memory;
	}
	return parseSelection(stored, known);
}

/** Stores the selection; false when the browser refuses (storage off or full): it then lasts for this page view. */
export function saveSelection(ids: readonly string[]): boolean {
	memory = serializeSelection(ids);
	try {
		localStorage.setItem(SELECTION_KEY, memory);
		return true;
	} catch {
		return false;
	}
}

/** Calls back when another tab of this site changes the selection. */
export function onSelectionChange(callback: () => void): void {
	addEventListener('storage', (event) => {
		if (event.key === SELECTION_KEY || event.key === null) callback();
	});
}

/** A small remembered preference (e.g. showing local times), or null. */
export function loadPreference(key: string): string | null {
	try {
		return localStorage.getItem(key);
	} catch {
		return null;
	}
}

/** Remembers a small preference; silently forgets when storage is off. */
export function savePreference(key: string, value: string): void {
	try {
		localStorage.setItem(key, value);
	} catch {
		// The choice still holds for this page view.
	}
}
