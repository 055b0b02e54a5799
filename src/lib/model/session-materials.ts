/**
 * What a session left behind (its recording and slides) as links: pure, shared by the session page, the
 * agenda's marks and the calendar entry. Slides kept as a PDF in the content folder's slides/ are copied
 * to the site's /slides/ (src/pages/slides/[file].ts).
 */
import { SLIDES_FILE_PATTERN } from '../../schemas/session';

/** One thing a session left behind. */
export interface Material {
	kind: 'recording' | 'slides';
	/** An outside address, or a language-free site path such as "/slides/keynote.pdf". */
	href: string;
	/** True when the address is on another site. */
	external: boolean;
}

/** The site folder that slide PDFs are copied to, and the content folder they are read from. */
export const SLIDES_DIR = 'slides';

/** True when a `slides:` value names a PDF in the content folder rather than an address. */
export const isSlidesFile = (slides: string) => SLIDES_FILE_PATTERN.test(slides);

/**
 * A session's materials, recording first.
 * @example sessionMaterials({ slides: 'keynote.pdf' }) // [{ kind: 'slides', href: '/slides/keynote.pdf', external: false }]
 */
export function sessionMaterials(session: { recording?: string; slides?: string }): Material[] {
	const out: Material[] = [];
	if (session.recording) out.push({ kind: 'recording', href: session.recording, external: true });
	if (session.slides) {
		out.push(
			isSlidesFile(session.slides)
				? { kind: 'slides', href: `/${SLIDES_DIR}/${session.slides}`, external: false }
				: { kind: 'slides', href: session.slides, external: true },
		);
	}
	return out;
}

/** The slide files a programme keeps in its content folder, each once, in name order. */
export function slideFiles(sessions: readonly { slides?: string }[]): string[] {
	return [...new Set(sessions.map((s) => s.slides).filter((s): s is string => s !== undefined && isSlidesFile(s)))].sort();
}
