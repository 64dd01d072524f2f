/**
 * The reader's view of the chart in the address, beside the filters: the lanes (`lanes=kind`),
 * the zone times are shown in (`tz=Europe/Moscow`, `tz=utc`) and the time window in view
 * (`view=2025-08-15T18:00Z..2025-08-17T06:00Z`), so that a shared link opens as the sender saw it.
 * Each is left out while it is the default.
 */
import { isZoneMode, type ZoneMode } from '$lib/time/display-zone';
import { LANE_MODES, type LaneMode } from './lanes';

export interface ViewParams {
	laneMode?: LaneMode;
	zoneMode?: ZoneMode;
	/** the visible time window, epoch ms */
	window?: [number, number];
}

const KEYS = ['lanes', 'tz', 'view'] as const;
const MINUTE = 60_000;

/** An instant to the minute, in UTC: "2025-08-15T18:00Z". */
function instantParam(ms: number): string {
	return new Date(Math.round(ms / MINUTE) * MINUTE).toISOString().slice(0, 16) + 'Z';
}

function parseInstant(text: string): number | undefined {
	if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/.test(text)) return undefined;
	const ms = Date.parse(text.replace('Z', ':00Z'));
	return Number.isFinite(ms) ? ms : undefined;
}

/** The view the address asks for; a value it cannot read is left out, as if it were absent. */
export function parseViewParams(params: URLSearchParams): ViewParams {
	const view: ViewParams = {};
	const lanes = params.get('lanes');
	if (lanes && (LANE_MODES as readonly string[]).includes(lanes)) view.laneMode = lanes as LaneMode;
	const tz = params.get('tz');
	if (tz && isZoneMode(tz)) view.zoneMode = tz;
	const [from, to, ...rest] = (params.get('view') ?? '').split('..');
	const start = parseInstant(from ?? '');
	const end = parseInstant(to ?? '');
	if (start !== undefined && end !== undefined && end > start && rest.length === 0) {
		view.window = [start, end];
	}
	return view;
}

/**
 * A query string ('' or '?…') with the view's parameters set as `view` says and every other
 * parameter of `search` (the filters) kept as it is.
 */
export function withViewParams(search: string, view: ViewParams): string {
	const params = new URLSearchParams(search);
	for (const key of KEYS) params.delete(key);
	if (view.laneMode && view.laneMode !== LANE_MODES[0]) params.set('lanes', view.laneMode);
	if (view.zoneMode && view.zoneMode !== 'event') params.set('tz', view.zoneMode);
	if (view.window) {
		params.set('view', `${instantParam(view.window[0])}..${instantParam(view.window[1])}`);
	}
	// slashes and colons are safe in a query, and easier to read in a link left as they are
	const query = params.toString().replace(/%2F/g, '/').replace(/%3A/g, ':');
	return query ? `?${query}` : '';
}

/** `search`'s view parameters added to a query string of filters ('' or '?…'). */
export function keepViewParams(filtersQuery: string, search: string): string {
	return withViewParams(filtersQuery, parseViewParams(new URLSearchParams(search)));
}
