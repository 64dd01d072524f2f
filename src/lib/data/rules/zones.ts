/**
 * Time zones: a zone the schema accepts by its shape must also be one the runtime knows, written
 * in the IANA database's case, or every date in it would be read in the wrong zone (or not at all).
 */
import type { JsonPath } from '../json';
import { TimeZone } from '../schema';
import type { RuleContext } from './context';

const zoneCache = new Map<string, string | null>();

/** Why `zone` is not a time zone this runtime knows, or null. */
export function zoneProblem(zone: string): string | null {
	const cached = zoneCache.get(zone);
	if (cached !== undefined) return cached;
	let problem: string | null = null;
	try {
		const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions()
			.timeZone;
		if (resolved !== zone && resolved.toLowerCase() === zone.toLowerCase()) {
			problem = `"${zone}" is written in the wrong case; expected "${resolved}"`;
		}
	} catch {
		problem = `"${zone}" is not a time zone in the IANA database; expected a zone such as Europe/Moscow or America/Anchorage`;
	}
	zoneCache.set(zone, problem);
	return problem;
}

/** Reports a zone of the schema's shape that is no real zone; true when it is one. */
export function checkZone(ctx: RuleContext, path: JsonPath, value: unknown): boolean {
	if (typeof value !== 'string' || !TimeZone.safeParse(value).success) return false;
	const problem = zoneProblem(value);
	if (problem) ctx.report(path, problem);
	return !problem;
}
