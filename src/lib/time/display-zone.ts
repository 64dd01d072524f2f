/**
 * Which zone the axis and dates are shown in: each event's own zone (the default; the axis then
 * uses the zone most events happened in), the reader's zone, UTC, or one named zone (an IANA
 * name, "Europe/Moscow"), so that a reader can compare the times of two places.
 */
import { m } from '$lib/i18n';
import { wordsOf } from '$lib/i18n/words-of';

export const ZONE_MODES = ['event', 'viewer', 'utc'] as const;
/** One of `ZONE_MODES`, or an IANA zone name (every one has a slash; UTC is the 'utc' mode). */
export type ZoneMode = (typeof ZONE_MODES)[number] | `${string}/${string}`;

export const ZONE_MODE_LABELS: Readonly<Record<(typeof ZONE_MODES)[number], string>> = wordsOf({
	event: m.time_zone_mode_event,
	viewer: m.time_zone_mode_viewer,
	utc: () => 'UTC'
});

/** Whether a string names a zone mode: one of the modes, or a zone this runtime knows. */
export function isZoneMode(value: string): value is ZoneMode {
	if ((ZONE_MODES as readonly string[]).includes(value)) return true;
	if (!value.includes('/')) return false;
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: value });
		return true;
	} catch {
		return false;
	}
}

/** The zone the axis ticks and day groups use. */
export function displayZone(mode: ZoneMode, timelineZone: string, viewerZone: string): string {
	if (mode === 'utc') return 'UTC';
	if (mode === 'viewer') return viewerZone;
	if (mode === 'event') return timelineZone;
	return mode;
}

/**
 * The zones the menu offers besides the modes: every zone the events are dated in, the most used
 * first (ties in the order met), without UTC, which has its own entry.
 */
export function eventZones(events: readonly { zone: string }[]): `${string}/${string}`[] {
	const counts = new Map<string, number>();
	for (const { zone } of events) counts.set(zone, (counts.get(zone) ?? 0) + 1);
	return [...counts]
		.filter(([zone]) => zone.includes('/') && zone !== 'Etc/UTC')
		.sort((a, b) => b[1] - a[1])
		.map(([zone]) => zone as `${string}/${string}`);
}

let reader: string | undefined;

/**
 * The reader's own zone. It is read from Intl the first time something needs it, not while the
 * page starts: the first use of Intl costs tens of milliseconds while the runtime loads its zones.
 */
export function readerZone(): string {
	return (reader ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}
