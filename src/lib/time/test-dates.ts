/** Event dates for the specs of dates and zones, written in a line. */
import type { DatePoint, EventDate } from '$lib/data/schema';

export const point = (
	value: string,
	precision: DatePoint['precision'],
	extra: Partial<DatePoint> = {}
): DatePoint => ({ value, precision, ...extra });

/**
 * The `date(start, extra)` of a spec whose dates are authored in `zone` (`extra` may name
 * another): each spec reads its cases in the zone that shows off what it tests.
 */
export const datesIn =
	(zone: string) =>
	(start: DatePoint, extra: Partial<EventDate> = {}): EventDate => ({
		start,
		zone,
		basis: 'test',
		...extra
	});
