import type { z } from 'astro/zod';
import type { FieldDoc } from './fields';
import { keyLine } from './parse';
import { describeTime } from './times';
import type { Problem, RawFile, Rule } from './types';

type Issue = z.core.$ZodIssue;
type Path = readonly PropertyKey[];

/** Everything the mapping needs to know about the file being checked. */
export interface IssueContext {
	file: RawFile;
	/** Field explanations by path without list positions ("rooms.id"), or by top-level name. */
	docs: Record<string, FieldDoc>;
	/** Fields this file may have at each level, to suggest the right one for a typo. */
	allowedKeys: (path: Path) => string[];
	/** For English files: the facts that live in the Korean file, and where that file is. */
	english?: { facts: Record<string, FieldDoc>; koreanFile: string };
	/** The event day, for time messages. */
	date?: string;
}

/** A field path as organizers read it: list positions count from 1, e.g. "rooms[#2].id". */
export function fieldName(path: Path): string {
	let out = '';
	for (const part of path) {
		if (typeof part === 'number') out += `[#${part + 1}]`;
		else out += out ? `.${String(part)}` : String(part);
	}
	return out || '(파일 file)';
}

function valueAt(data: unknown, path: Path): unknown {
	let value = data;
	for (const part of path) {
		if (value === null || typeof value !== 'object') return undefined;
		value = (value as Record<PropertyKey, unknown>)[part];
	}
	return value;
}

/** A value shown the way it would be written in YAML, short. */
export function show(value: unknown): string {
	if (value === undefined) return '(없음 / missing)';
	if (value === null) return '(비어 있음 / empty)';
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString().replace('T00:00:00.000Z', '');
	if (typeof value === 'string') return value === '' ? '"" (비어 있음 / empty)' : JSON.stringify(value);
	const text = typeof value === 'object' ? JSON.stringify(value, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v)) : String(value);
	return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

const isEmpty = (value: unknown) =>
	value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/** The explanation for a field: its exact path, then its last name, then nothing. */
function docFor(docs: Record<string, FieldDoc>, path: Path): FieldDoc | undefined {
	const names = path.filter((p): p is string => typeof p === 'string');
	return docs[names.join('.')] ?? docs[names.at(-1) ?? ''];
}

/** Edit distance, for "did you mean" on a mistyped field name. */
function distance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0]!;
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j]!;
			row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length]!;
}

/**
 * The allowed field a mistyped one most likely meant.
 * @example closestKey('speakr', ['title', 'speakers']) // "speakers"
 */
export function closestKey(key: string, allowed: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const candidate of allowed) {
		const d = candidate.toLowerCase() === key.toLowerCase() ? 0 : distance(key.toLowerCase(), candidate.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [candidate, d];
	}
	return best !== undefined && bestDistance <= Math.max(2, Math.floor(key.length / 3)) ? best : undefined;
}

function genericExpected(issue: Issue): string {
	switch (issue.code) {
		case 'invalid_type': {
			const words: Record<string, string> = {
				string: '글자 / text',
				number: '숫자 / a number',
				int: '정수 / a whole number',
				boolean: 'true 또는 false / true or false',
				array: '목록: - 로 시작하는 줄들 또는 [a, b] / a list',
				object: '하위 항목들 / a group of fields',
				date: '날짜 / a date',
			};
			return words[issue.expected] ?? issue.expected;
		}
		case 'invalid_value':
			return `다음 중 하나 / one of: ${issue.values.map(String).join(', ')}`;
		case 'too_small':
			return issue.origin === 'array' ? `최소 ${issue.minimum}개 / at least ${issue.minimum}` : '비어 있지 않은 값 / not empty';
		default:
			return issue.message;
	}
}

function problem(ctx: IssueContext, path: Path, rule: Rule, found: string, expected: string, example: string): Problem {
	return { file: ctx.file.path, field: fieldName(path), found, expected, example, rule, severity: 'error', line: keyLine(ctx.file, ...path) };
}

function unknownKey(ctx: IssueContext, objectPath: Path, key: string): Problem {
	const path = [...objectPath, key];
	const value = valueAt(ctx.file.data, path);
	const found = `${key}: ${show(value)}`;
	const fact = objectPath.length === 0 ? ctx.english?.facts[key] : undefined;
	if (fact && ctx.english) {
		return problem(
			ctx,
			path,
			'english-fact',
			found,
			`영어 파일에는 글만 씁니다. ${key} 항목은 ${ctx.english.koreanFile} 한 곳에서만 고칩니다 / English files hold only the words; ${key} is set once, in ${ctx.english.koreanFile}`,
			`이 줄을 지우고 ${ctx.english.koreanFile} 에서: ${fact.example} / delete this line; in the Korean file: ${fact.example}`,
		);
	}
	if (objectPath.length === 0 && key === 'date' && ctx.file.collection === 'sessions') {
		return problem(
			ctx,
			path,
			'outside-day',
			found,
			`모든 세션은 행사 당일(${ctx.date ?? 'event.yaml 의 date'})에 열립니다. 세션에는 날짜를 쓰지 않습니다 / every session is on the event day; sessions have no date of their own`,
			'이 줄을 지웁니다 / delete this line (start: "13:30", end: "14:30")',
		);
	}
	const allowed = ctx.allowedKeys(objectPath);
	const guess = closestKey(key, allowed);
	const guessDoc = guess ? docFor(ctx.docs, [...objectPath, guess]) : undefined;
	return problem(
		ctx,
		path,
		'unknown-field',
		found,
		guess
			? `알 수 없는 항목입니다. 혹시 ${guess} 인가요? / not a field here; did you mean ${guess}? (가능한 항목 / allowed: ${allowed.join(', ')})`
			: `알 수 없는 항목입니다 / not a field here (가능한 항목 / allowed: ${allowed.join(', ')})`,
		guessDoc?.example ?? (guess ? `${guess}: …` : allowed.map((k) => `${k}: …`).join(', ')),
	);
}

/**
 * Turns the schema's complaints about one file into problems in organizer words.
 * Unknown fields become one problem each, with a suggestion; times get their own wording.
 */
export function issuesToProblems(issues: readonly Issue[], ctx: IssueContext): Problem[] {
	const problems: Problem[] = [];
	const seen = new Set<string>();
	for (const issue of issues) {
		if (issue.code === 'unrecognized_keys') {
			for (const key of issue.keys) problems.push(unknownKey(ctx, issue.path, key));
			continue;
		}
		const path = issue.path;
		const field = fieldName(path);
		// The end-after-start rule is checked across fields by the check itself, with better words.
		if (issue.code === 'custom' && field === 'end' && ctx.file.collection === 'sessions') continue;
		if (seen.has(field)) continue;
		seen.add(field);
		const value = valueAt(ctx.file.data, path);
		const doc = docFor(ctx.docs, path);
		const isTime = ctx.file.collection === 'sessions' && (field === 'start' || field === 'end');
		if (isEmpty(value)) {
			problems.push(
				problem(ctx, path, 'missing-field', show(value), `${doc ? `${doc.ko} / ${doc.en}` : genericExpected(issue)} (필수 / required)`, doc?.example ?? `${field}: …`),
			);
		} else if (isTime) {
			const time = describeTime(field, value, ctx.date);
			problems.push(problem(ctx, path, time.rule, show(value), time.expected, time.example));
		} else if (issue.code === 'invalid_value' && typeof value === 'string') {
			const values = issue.values.map(String);
			const guess = closestKey(value, values);
			const expected = `${guess ? `혹시 ${guess} 인가요? / did you mean ${guess}? ` : ''}${doc?.expected ?? genericExpected(issue)}`;
			problems.push(problem(ctx, path, 'bad-value', show(value), expected, guess ? `${String(path.at(-1))}: ${guess}` : (doc?.example ?? `${field}: …`)));
		} else {
			problems.push(problem(ctx, path, 'bad-value', show(value), doc?.expected ?? genericExpected(issue), doc?.example ?? `${field}: …`));
		}
	}
	return problems;
}
