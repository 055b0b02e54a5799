import { expect, test } from 'vitest';
import { ID_PATTERN, isTimeZone, yamlDate } from '../../src/lib/model/ids';

test.each([
	['cho-sungzoon', true],
	['keynote', true],
	['track-2', true],
	['Keynote', false],
	['cho_sungzoon', false],
	['-keynote', false],
	['keynote-', false],
	['키노트', false],
	['a--b', false],
])('id %s is %s', (id, ok) => {
	expect(ID_PATTERN.test(id)).toBe(ok);
});

test('time zones are checked against the runtime', () => {
	expect(isTimeZone('Asia/Seoul')).toBe(true);
	expect(isTimeZone('KST')).toBe(false);
	expect(isTimeZone('Asia/Busan')).toBe(false);
});

test('an unquoted YAML date keeps its calendar day', () => {
	expect(yamlDate(new Date('2024-11-25T00:00:00Z'))).toBe('2024-11-25');
});
