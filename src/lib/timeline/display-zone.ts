/**
 * Which zone the axis and dates are shown in: each event's own zone (the default; the axis then
 * uses the zone most events happened in), the reader's zone, or UTC.
 */
export const ZONE_MODES = ['event', 'viewer', 'utc'] as const;
export type ZoneMode = (typeof ZONE_MODES)[number];

export const ZONE_MODE_LABELS: Record<ZoneMode, string> = {
	event: "Each event's own zone",
	viewer: 'Your zone',
	utc: 'UTC'
};

/** The zone the axis ticks and day groups use. */
export function displayZone(mode: ZoneMode, timelineZone: string, viewerZone: string): string {
	if (mode === 'utc') return 'UTC';
	if (mode === 'viewer') return viewerZone;
	return timelineZone;
}

let reader: string | undefined;

/**
 * The reader's own zone. It is read from Intl the first time something needs it, not while the
 * page starts: the first use of Intl costs tens of milliseconds while the runtime loads its zones.
 */
export function readerZone(): string {
	return (reader ??= Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC');
}
