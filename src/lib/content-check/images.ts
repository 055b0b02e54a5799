import { closestMatch } from '../model/closest';
import { contentPathFrom, IMAGE_FORMATS, imageFileKind, LARGE_IMAGE_BYTES } from '../images/files';
import { fieldSchemaAt } from '../../schemas/help';
import { imageFields } from '../../schemas/image';
import { keyLine } from './parse';
import type { Problem, RawFile } from './types';
import { fieldName, schemaOf } from './zod-issues';

type Path = (string | number)[];

/** Where photos of the day go; a photo there that the event file does not list is not shown. */
export const GALLERY_DIR = 'gallery';

const SUPPORTED = IMAGE_FORMATS.join(', ');
const CONVERT =
	'브라우저와 빌드가 읽지 못하는 형식입니다. 사진을 JPEG(.jpg) 나 PNG(.png) 로 저장해 넣으세요 (아이폰: 설정 → 카메라 → 포맷 → 높은 호환성) / browsers and the build can’t read this format: save it as JPEG or PNG (iPhone: Settings → Camera → Formats → Most Compatible)';

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
	const byRel = new Map(files.map((f) => [f.rel, f]));
	const images = files.filter((f) => f.kind === 'image');
	const named = new Set<string>();
	for (const file of files) {
		if ((file.kind !== 'event' && file.kind !== 'entry') || file.syntaxError) continue;
		for (const { path, written } of imageRefs(file)) {
			const rel = contentPathFrom(file.rel, written);
			// A path from the site root or an address is the schema's to report.
			if (rel === undefined) continue;
			named.add(rel);
			const key = String(path.at(-1));
			const at = { file: file.path, field: fieldName(path), found: `${key}: ${written}`, line: keyLine(file, ...path) };
			const kind = imageFileKind(rel);
			const folder = rel.includes('/') ? rel.slice(0, rel.lastIndexOf('/') + 1) : '';
			const inFolder = images.filter((f) => f.rel.startsWith(folder) && !f.rel.slice(folder.length).includes('/'));
			if (kind !== 'image') {
				problems.push({
					...at,
					rule: 'image-format',
					severity: 'error',
					expected: kind === 'convert' ? CONVERT : `이미지 파일 (${SUPPORTED}) / an image file (${SUPPORTED})`,
					example: `${key}: ${written.replace(/\.[^./]+$/, '.jpg')}`,
				});
				continue;
			}
			const target = byRel.get(rel);
			if (!target) {
				const guess = closestMatch(
					rel.slice(folder.length),
					inFolder.map((f) => f.rel.slice(folder.length)),
				);
				problems.push({
					...at,
					rule: 'missing-image',
					severity: 'error',
					expected: `content/${rel} 파일이 없습니다. 파일을 그 자리에 넣거나 경로를 고치세요 (경로는 이 파일에서 본 위치, 대소문자 구분) / there is no file content/${rel}: put it there or fix the path (written from this file; capitals matter)`,
					example: `${key}: ${guess ? written.replace(/[^/]+$/, guess) : written}`,
				});
				continue;
			}
			if ((target.bytes ?? 0) > LARGE_IMAGE_BYTES) {
				problems.push({
					...at,
					rule: 'large-image',
					severity: 'warning',
					found: `${at.found} (${kb(target.bytes!)})`,
					expected: `사이트에는 줄인 사본이 실리지만, 원본 ${kb(target.bytes!)} 는 저장소를 받는 모든 사람이 내려받습니다. 가로 2,400px 정도로 줄여 넣으세요 / the site shows optimised copies, but the ${kb(target.bytes!)} original weighs on every clone of the repository: resize it to about 2,400 px wide`,
					example: `${key}: ${written}`,
				});
			}
		}
	}
	for (const image of images) {
		if (!image.rel.startsWith(`${GALLERY_DIR}/`) || named.has(image.rel)) continue;
		const convert = imageFileKind(image.rel) === 'convert';
		problems.push({
			file: image.path,
			field: '(파일 file)',
			found: image.rel,
			rule: 'unlisted-photo',
			severity: 'warning',
			expected: `${convert ? `${CONVERT}. ` : ''}event.yaml 의 gallery: 에 대체 텍스트와 설명과 함께 적어야 사진 페이지에 보입니다 / the photos page shows it once event.yaml lists it under gallery: with its alt text and caption`,
			example: `gallery:\n  - image: ./${convert ? image.rel.replace(/\.[^./]+$/, '.jpg') : image.rel}\n    alt:\n      ko: …\n      en: …\n    caption:\n      ko: …\n      en: …`,
		});
	}
	return problems;
}
