/** Rules of the event file beyond its schema: a day that exists, each room id once. */
import { both } from '../../i18n/check';
import { eventDate, errorAt } from './content';
import { keyLine, writtenText } from './parse';
import type { Problem, RawFile } from './types';

/** js-yaml turns an unquoted 2024-11-31 into 1 December without a word: catch days that do not exist. */
export function eventDayExists(file: RawFile): Problem[] {
	const written = /^(\d{4}-\d{2}-\d{2})\b/.exec(writtenText(file, 'date') ?? '')?.[1];
	if (!written || !(file.data.date instanceof Date) || eventDate(file.data.date) === written) return [];
	return [errorAt(file, 'date', 'bad-value', `date: ${written}`, both('event-date.expected'), 'date: 2024-11-25', keyLine(file, 'date'))];
}

/** Each room has its own id: sessions name a room by it. */
export function duplicateRoomIds(file: RawFile): Problem[] {
	const rooms: unknown[] = Array.isArray(file.data.rooms) ? file.data.rooms : [];
	const seen = new Map<string, number>();
	return rooms.flatMap((room, index) => {
		const id = (room as Record<string, unknown> | null)?.id;
		if (typeof id !== 'string') return [];
		const before = seen.get(id);
		if (before === undefined) {
			seen.set(id, index);
			return [];
		}
		const same = both('duplicate-room.found', { item: `rooms[#${before + 1}]` });
		return [
			errorAt(
				file,
				`rooms[#${index + 1}].id`,
				'duplicate-id',
				`id: ${id} (${same})`,
				both('duplicate-room.expected'),
				`  - id: ${id}-2`,
				keyLine(file, 'rooms', index, 'id'),
			),
		];
	});
}
