import type { Problem, RawFile, Rule } from './types';

/** A short name for each kind of mistake, Korean then English. */
export const RULE_TITLES: Record<Rule, string> = {
	'yaml-syntax': 'YAML 문법 오류 / YAML syntax error',
	'no-frontmatter': '머리말이 없습니다 / no front matter',
	'missing-event': 'event.yaml 이 없습니다 / event.yaml is missing',
	'unread-file': '사이트가 읽지 않는 파일 / a file the site does not read',
	'bad-file-name': '파일 이름이 틀렸습니다 / bad file name',
	'missing-field': '필수 항목이 없습니다 / a required field is missing',
	'bad-value': '값이 틀렸습니다 / wrong value',
	'bad-time': '시각 형식이 틀렸습니다 / not a valid time',
	'end-before-start': '끝나는 시각이 시작보다 이릅니다 / the end is before the start',
	'outside-day': '행사 당일을 벗어납니다 / outside the event day',
	'unknown-field': '알 수 없는 항목 / unknown field',
	'english-fact': '영어 파일에는 사실 정보를 쓰지 않습니다 / English files do not set facts',
	'unknown-reference': '없는 id 를 가리킵니다 / refers to something that does not exist',
	'orphan-translation': '짝이 되는 한국어 파일이 없습니다 / no Korean file for this translation',
	'duplicate-id': 'id 가 겹칩니다 / duplicate id',
	'room-overlap': '같은 장소, 겹치는 시간 / two sessions in one room at once',
	'speaker-overlap': '한 발표자가 두 곳에 / one speaker in two places at once',
	'missing-image': '이미지 파일이 없습니다 / missing image file',
	'image-format': '사이트가 쓸 수 없는 이미지 형식 / an image format the site can’t use',
	'large-image': '아주 큰 이미지 파일 / a very large image file',
	'unlisted-photo': 'gallery: 에 없는 사진 / a photo not listed under gallery:',
	'mdx-code': 'MDX 코드는 쓸 수 없습니다 / MDX code is not allowed',
	'mdx-syntax': 'MDX 로 읽을 수 없습니다 / cannot be read as MDX',
	script: '스크립트는 넣을 수 없습니다 / scripts are not allowed',
	'raw-html': 'HTML 이 지워집니다 / HTML will be removed',
	'unsafe-link': '링크가 지워집니다 / link will be removed',
	'mdx-component': 'MDX 컴포넌트를 잘못 썼습니다 / a component written wrongly',
	'broken-link': '사이트 안에 없는 곳을 가리킵니다 / a link to nothing on this site',
};

const indent = (text: string, by: string) => text.split('\n').join(`\n${by}`);

/** How many errors and warnings there are. */
export function countProblems(problems: readonly Problem[]): { errors: number; warnings: number } {
	const errors = problems.filter((p) => p.severity === 'error').length;
	return { errors, warnings: problems.length - errors };
}

/**
 * The report organizers read: a summary line, then every problem grouped by file, each with
 * the field, what was found, what is expected and an example to copy.
 */
export function formatReport(problems: readonly Problem[]): string {
	const { errors, warnings } = countProblems(problems);
	const files = [...new Set(problems.map((p) => p.file))];
	const lines = [
		`콘텐츠 검사: 오류 ${errors}건, 경고 ${warnings}건 (파일 ${files.length}개)`,
		`Content check: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files.length} file${files.length === 1 ? '' : 's'}`,
	];
	for (const file of files) {
		lines.push('', `■ ${file}`);
		for (const p of problems.filter((q) => q.file === file)) {
			const mark = p.severity === 'error' ? '✗ 오류 error' : '! 경고 warning';
			const where = p.line ? ` (${p.line}행 / line ${p.line})` : '';
			lines.push(
				`  ${mark} · ${p.field}${where} · ${RULE_TITLES[p.rule]}`,
				`      찾은 값   found:    ${indent(p.found, '                        ')}`,
				`      올바른 값 expected: ${indent(p.expected, '                        ')}`,
				`      예        example:  ${indent(p.example, '                        ')}`,
			);
		}
	}
	lines.push(
		'',
		errors > 0
			? '고친 뒤 npm run check 로 다시 확인하세요. 안내서: CONTENT.md / Fix these, then run npm run check again. Guide: CONTENT.md'
			: '경고는 빌드를 멈추지 않습니다. 안내서: CONTENT.md / Warnings do not stop the build. Guide: CONTENT.md',
	);
	return lines.join('\n');
}

/** The one-line summary when there is no error (warnings may remain). */
export function formatSuccess(files: readonly RawFile[], ms: number, warnings = 0): string {
	const count = (collection: string) => files.filter((f) => f.collection === collection && f.lang === 'ko').length;
	const english = files.filter((f) => f.lang === 'en').length;
	const note = warnings > 0 ? ` — 경고 ${warnings}건 / ${warnings} warning${warnings === 1 ? '' : 's'}` : '';
	return `콘텐츠 검사 통과 / Content check passed${note}: 세션 sessions ${count('sessions')}, 발표자 speakers ${count('speakers')}, 트랙 tracks ${count('tracks')}, 성과 results ${count('results')}, 영어 English ${english} (${Math.round(ms)} ms)`;
}
