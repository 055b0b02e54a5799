/**
 * References between files, checked here once: a session's room, track and speakers, a result's tracks,
 * a session's slides. The site's data layer trusts them (src/lib/model/resolve.ts).
 */
import { both, inEach } from '../../i18n/check';
import { referenceFaults, type IdKind, type ReferenceFault } from '../model/cross-entity';
import { isSlidesFile } from '../model/session-materials';
import { errorAt, type GatheredContent } from './content';
import { keyLine } from './parse';
import type { Problem, RawFile } from './types';
import { referenceExample } from './zod-issues';

/** A list of ids, or "(none yet)" in both languages. */
const listOrNone = (ids: readonly string[]) => (ids.length > 0 ? ids.join(', ') : `(${both('none-yet')})`);

function faultProblem(file: RawFile, fault: ReferenceFault): Problem {
	const collection = file.collection === 'results' ? 'results' : 'sessions';
	const example = (id: string) => referenceExample(collection, fault.field, id);
	if (fault.problem === 'repeated') {
		return errorAt(file, fault.field, 'duplicate-id', fault.id, both('reference.repeated'), example(fault.id), keyLine(file, fault.field));
	}
	const where: `where.${IdKind}` = `where.${fault.kind}`;
	return errorAt(
		file,
		fault.field,
		'unknown-reference',
		fault.id,
		both('reference.unknown', { where: inEach(where), ids: listOrNone(fault.known) }),
		// The id most like the one written (a typo), else the first that exists.
		example(fault.nearest ?? fault.known[0] ?? fault.id),
		keyLine(file, fault.field),
	);
}

/** A session's room, track and speakers and a result's tracks name something that exists, each once. */
export function unknownReferences(file: RawFile, content: GatheredContent): Problem[] {
	const collection = file.collection;
	if (collection !== 'sessions' && collection !== 'results') return [];
	return referenceFaults(collection, file.data, content.known).map((fault) => faultProblem(file, fault));
}

/** Slides named as a PDF must be in content/slides/ (src/pages/slides/[file].ts copies them). */
export function missingSlides(file: RawFile, content: GatheredContent): Problem[] {
	const slides = file.collection === 'sessions' && typeof file.data.slides === 'string' ? file.data.slides : undefined;
	if (!slides || !isSlidesFile(slides) || content.slideNames.includes(slides)) return [];
	const names = content.slideNames;
	return [
		errorAt(
			file,
			'slides',
			'unknown-reference',
			slides,
			both('slides.unknown', { names: listOrNone(names) }),
			`slides: ${names[0] ?? slides}`,
			keyLine(file, 'slides'),
		),
	];
}
