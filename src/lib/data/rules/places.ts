/**
 * Places: coordinates come in pairs, and an event at a venue or city is dated on that place's
 * wall clock, since a date is the local time where the event happened.
 */
import type { JsonPath } from '../json';
import type { EventDate as EventDateData } from '../schema';
import { isSlug, objects, type Obj, type RuleContext } from './context';
import type { Ref } from './references';
import { checkZone } from './zones';

/** Kinds of place precise enough that an event there must use the place's zone. */
export const ZONED_PLACE_KINDS: readonly string[] = ['venue', 'city'];

/** What the event rules need of each place, by id (the first place with that id). */
export type Places = Map<string, { zone?: string; kind?: string; path: JsonPath }>;

/** Checks each place's zone and coordinates. */
export function checkPlaces(ctx: RuleContext, root: Obj): Places {
	const places: Places = new Map();
	for (const [place, path] of objects(root.places, ['places'])) {
		const zoneOk = checkZone(ctx, [...path, 'zone'], place.zone);
		const hasLat = place.lat !== undefined;
		const hasLon = place.lon !== undefined;
		if (hasLat !== hasLon) {
			const [missing, given] = hasLat ? ['lon', 'lat'] : ['lat', 'lon'];
			ctx.report(
				[...path, missing],
				`is missing while ${given} is given; expected both, or neither`
			);
		}
		if (isSlug(place.id) && !places.has(place.id)) {
			places.set(place.id, {
				zone: zoneOk ? (place.zone as string) : undefined,
				kind: typeof place.kind === 'string' ? place.kind : undefined,
				path
			});
		}
	}
	return places;
}

/** Reports an event's place that names no place, or whose zone the event's date does not use. */
export function checkEventPlace(
	ctx: RuleContext,
	ref: Ref,
	places: Places,
	event: Obj,
	path: JsonPath,
	date: EventDateData | undefined
): void {
	if (!ref([...path, 'place'], event.place, 'places') || !date) return;
	const place = places.get(event.place as string);
	if (place?.zone && place.kind && ZONED_PLACE_KINDS.includes(place.kind)) {
		if (place.zone !== date.zone) {
			ctx.report(
				[...path, 'date', 'zone'],
				`"${date.zone}" differs from the zone of place "${event.place}" (${place.zone}); expected ${place.zone}, since dates are wall-clock time where the event happened`
			);
		}
	}
}
