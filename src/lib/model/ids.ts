/**
 * Small rules shared by the schemas, the content check, the scaffold and the browser scripts.
 * No Zod here, so the agenda's scripts can import it without shipping a validator.
 */

/** An entry id, which is also its file name: lower-case letters, digits and hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Whether a string names an IANA time zone this runtime knows.
 * @example isTimeZone('Asia/Seoul') // true
 */
export function isTimeZone(value: string): boolean {
	try {
		new Intl.DateTimeFormat('en', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/**
 * The calendar date of a YAML date: js-yaml reads an unquoted 2024-11-25 as a Date at UTC midnight.
 * @example yamlDate(new Date('2024-11-25T00:00:00Z')) // "2024-11-25"
 */
export function yamlDate(value: Date): string {
	return value.toISOString().slice(0, 10);
}
