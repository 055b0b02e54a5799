import { both } from '../../i18n/check';
import { closestMatch } from '../model/closest';
import { contentPathFrom, IMAGE_FORMATS, imageFileKind, LARGE_IMAGE_BYTES } from '../images/files';
import { fieldSchemaAt } from '../../schemas/help';
import { imageFields } from '../../schemas/image';
import { FILE_FIELD } from './content';
import { keyLine } from './parse';
import type { Problem, RawFile } from './types';
import { fieldName, schemaOf } from './zod-issues';

type Path = (string | number)[];

/** Where photos of the day go; a photo there that the event file does not list is not shown. */
const GALLERY_DIR = 'gallery';

const SUPPORTED = IMAGE_FORMATS.join(', ');

/** Every image a file names, with the field's path: the fields the schemas mark as images. */
function imageRefs(file: RawFile): { path: Path; written: string }[] {
	const schema = schemaOf(file);
	const found: { path: Path; written: string }[] = [];
	const walk = (value: unknown, path: Path) => {
		if (typeof value === 'string') {
			const field = path.length > 0 ? fieldSchemaAt(schema, path) : undefined;
			if (field && imageFields.has(field)) found.push({ path, written: value });
		} else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
		else if (value && typeof value === 'object' && !(value instanceof Date)) for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
	};
	walk(file.data, []);
	return found;
}

const kb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * The images content files name (speaker photos, logos, photos of the day): each must be a file in the
 * content folder in a format the build reads. A photo a phone saved as HEIC is told to become a JPEG; a
 * very large file builds, with a warning that it weighs on the repository. Photos left in the gallery
 * folder without an entry in the event file are pointed out, since the site can't show them without alt text.
 */
export function imageProblems(files: readonly RawFile[]): Problem[] {
	const problems: Problem[] = [];
	const named = new Set<string>();
	for (const file of files) {
		if ((file.kind !== 'event' && file.kind !== 'entry') || file.syntaxError) continue;
		for (const { path, written } of imageRefs(file)) {
			const rel = contentPathFrom(file.rel, written);
			// A path from the site root or an address is the schema's to report.
			if (rel === undefined) continue;
			named.add(rel);
			problems.push(...namedImage(file, path, written, rel, files));
		}
	}
	return [...problems, ...unlistedPhotos(files, named)];
}

/** One image a file names: a format the build reads, a file that is there, not too large. */
function namedImage(file: RawFile, path: Path, written: string, rel: string, files: readonly RawFile[]): Problem[] {
	const key = String(path.at(-1));
	const at = { file: file.path, field: fieldName(path), found: `${key}: ${written}`, line: keyLine(file, ...path) };
	const kind = imageFileKind(rel);
	if (kind !== 'image') {
		const expected = kind === 'convert' ? both('image.convert') : both('image.format', { formats: SUPPORTED });
		return [{ ...at, rule: 'image-format', severity: 'error', expected, example: `${key}: ${written.replace(/\.[^./]+$/, '.jpg')}` }];
	}
	const target = files.find((f) => f.rel === rel);
	if (!target) {
		const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
		const besides = files.filter((f) => f.kind === 'image' && f.rel.startsWith(folder) && !f.rel.slice(folder.length).includes('/'));
		const guess = closestMatch(
			rel.slice(folder.length),
			besides.map((f) => f.rel.slice(folder.length)),
		);
		const example = `${key}: ${guess ? written.replace(/[^/]+$/, guess) : written}`;
		return [{ ...at, rule: 'missing-image', severity: 'error', expected: both('image.missing', { file: `content/${rel}` }), example }];
	}
	if ((target.bytes ?? 0) <= LARGE_IMAGE_BYTES) return [];
	const size = kb(target.bytes!);
	return [
		{ ...at, rule: 'large-image', severity: 'warning', found: `${at.found} (${size})`, expected: both('image.large', { size }), example: `${key}: ${written}` },
	];
}

/** Photos in the gallery folder that the event file does not list: the site can't show them without alt text. */
function unlistedPhotos(files: readonly RawFile[], named: ReadonlySet<string>): Problem[] {
	return files
		.filter((image) => image.kind === 'image' && image.rel.startsWith(`${GALLERY_DIR}/`) && !named.has(image.rel))
		.map((image) => {
			const convert = imageFileKind(image.rel) === 'convert';
			return {
				file: image.path,
				field: FILE_FIELD,
				found: image.rel,
				rule: 'unlisted-photo',
				severity: 'warning',
				expected: `${convert ? `${both('image.convert')}. ` : ''}${both('unlisted-photo.expected')}`,
				example: `gallery:\n  - image: ./${convert ? image.rel.replace(/\.[^./]+$/, '.jpg') : image.rel}\n    alt:\n      ko: …\n      en: …\n    caption:\n      ko: …\n      en: …`,
			};
		});
}
