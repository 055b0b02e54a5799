import { expect, test } from 'vitest';
import { expectHandoff, handoffExpected, handOver, takeHandoff } from '../../src/lib/build/handoff';

test('a route hands over only what a build expects, each hand-over by its own name, taken once', () => {
	expect(handoffExpected('a')).toBe(false);
	expect(handOver('a', 1), 'the dev server: nothing expects it').toBe(false);
	expectHandoff('a');
	expect(handoffExpected('a')).toBe(true);
	expect(handoffExpected('b'), 'another name is not expected').toBe(false);
	expect(handOver('b', 2)).toBe(false);
	expect(handOver('a', 1)).toBe(true);
	expect(handoffExpected('a'), 'handed over already').toBe(false);
	expect(takeHandoff('a')).toBe(1);
	expect(takeHandoff('a')).toBeUndefined();
	expect(takeHandoff('b')).toBeUndefined();
});

test('a build whose route never ran takes nothing', () => {
	expectHandoff('c');
	expect(takeHandoff('c')).toBeUndefined();
	expect(handoffExpected('c')).toBe(false);
});
