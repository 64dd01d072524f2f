/**
 * The rules a schema cannot express: unique ids, references that resolve, dates that exist and run
 * forwards, real time zones, plausible years, and an event's status that agrees with its date.
 *
 * The rules read the raw parsed JSON, not zod's output, so they run even when the schema found
 * problems elsewhere, and one run lists everything. Each rule looks only at values of the right
 * shape: a value of the wrong shape is the schema's to report, and is not reported twice.
 *
 * Runtime imports stay relative (see validate.ts).
 */
import { dateValueProblem, wallSpan } from '$lib/time/dates';
import { DAY } from '$lib/time/durations';
import type { JsonPath } from '../json';
import {
	EventDate,
	HttpUrl,
	PublicationDate,
	SLUG_PATTERN,
	TimeZone,
	type DatePoint as DatePointData,
	type EventDate as EventDateData
} from '../schema';

/** Years outside this range are almost surely typos (2502 for 2025). */
export const YEAR_MIN = 1800;
export const YEAR_MAX = 2200;
/** An event may start at most this many years after `asOf`. */
export const FUTURE_YEARS = 10;
/** Statuses that say the event has happened, so it cannot start after `asOf`. */
export const PAST_STATUSES: readonly string[] = ['occurred', 'reported', 'claimed', 'contested'];
/** Kinds of place precise enough that an event there must use the place's zone. */
export const ZONED_PLACE_KINDS: readonly string[] = ['venue', 'city'];

/** An ellipsis, as one character or as three dots. */
const ELLIPSIS = /…|\.\.\./;
/**
 * A note that declares a quote's ellipsis (see data/README.md, "Quotes"): "shortened" when the
 * editors left words out, "ellipsis in the original" when the source itself has it.
 */
const DECLARES_ELLIPSIS = /\bshortened\b|\bellipsis in the original\b/i;

/** Why a quote with an ellipsis needs a note, or null when it has none or its note says why. */
export function undeclaredEllipsis(quote: unknown, note: unknown): string | null {
	if (typeof quote !== 'string') return null;
	const ellipsis = ELLIPSIS.exec(quote)?.[0];
	if (!ellipsis || (typeof note === 'string' && DECLARES_ELLIPSIS.test(note))) return null;
	return `contains an ellipsis ("${ellipsis}") but no note says the quote is shortened; expected the words in full, or a note that says "shortened" (and what was left out), or "ellipsis in the original"`;
}

export interface RuleContext {
	report(path: JsonPath, message: string): void;
	/** the line where the value at `path` starts, to point at a first occurrence */
	lineOf(path: JsonPath): number;
}

type Obj = Record<string, unknown>;
/** An id and where it was written. */
type Index = Map<string, JsonPath>;

function isObject(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The objects of a list, with their paths. */
function objects(list: unknown, path: JsonPath): [Obj, JsonPath][] {
	if (!Array.isArray(list)) return [];
	const out: [Obj, JsonPath][] = [];
	list.forEach((item, i) => {
		if (isObject(item)) out.push([item, [...path, i]]);
	});
	return out;
}

const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG_PATTERN.test(v);

function editDistance(a: string, b: string): number {
	let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const row = [i];
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			row[j] = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
		}
		prev = row;
	}
	return prev[b.length] ?? 0;
}

/** ` (did you mean "trump"?)` when one of `options` is a likely typo of `word`. */
export function didYouMean(word: string, options: Iterable<string>): string {
	let best: string | undefined;
	let bestDistance = Infinity;
	for (const option of options) {
		const d = editDistance(word.toLowerCase(), option.toLowerCase());
		if (d < bestDistance) [best, bestDistance] = [option, d];
	}
	const close =
		bestDistance <= Math.max(1, Math.floor(word.length / 3)) && bestDistance < word.length;
	return best !== undefined && close && best !== word ? ` (did you mean "${best}"?)` : '';
}

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

/**
 * The day `asOf` on the wall clock (see wallSpan): dates are compared with it on their own local
 * calendar, so an event on 21 August in Moscow starts after an asOf of 20 August.
 */
function calendarDay(ymd: string): { first: number; next: number } {
	const { start, end } = wallSpan({ value: ymd, precision: 'day' });
	return { first: start, next: end };
}

/**
 * Runs every rule over a parsed timeline and reports each breach at the path of the value to fix.
 * `expectedId`, when given, is the id the file name asks for.
 */
export function checkRules(
	root: unknown,
	ctx: RuleContext,
	options: { expectedId?: string }
): void {
	if (!isObject(root)) return;
	const top: Obj = root;
	const { report } = ctx;
	const where = (path: JsonPath) => `line ${ctx.lineOf(path)}`;

	// ---- indexes of ids, reporting duplicates as they are built

	function index(list: string, noun: string): Index {
		const ids: Index = new Map();
		for (const [item, path] of objects(top[list], [list])) {
			if (!isSlug(item.id)) continue;
			const first = ids.get(item.id);
			if (first) {
				report(
					[...path, 'id'],
					`"${item.id}" is already the id of another ${noun} (${where(first)}); expected a unique id`
				);
			} else ids.set(item.id, [...path, 'id']);
		}
		return ids;
	}

	const sources = index('sources', 'source');
	const affiliations = index('affiliations', 'affiliation');
	const actors = index('actors', 'actor');
	const places = index('places', 'place');
	const eventIds = index('events', 'event');
	const events = objects(root.events, ['events']);

	// an alias is a former id: it must name no current event, and only one event
	const aliases = new Map<string, { owner: string; path: JsonPath }>();
	for (const [event, path] of events) {
		if (!Array.isArray(event.aliases)) continue;
		event.aliases.forEach((alias: unknown, i) => {
			if (!isSlug(alias)) return;
			const aliasPath = [...path, 'aliases', i];
			const other = aliases.get(alias);
			const current = eventIds.get(alias);
			if (alias === event.id) {
				report(aliasPath, `"${alias}" is this event's own id; expected only former ids`);
			} else if (current) {
				report(
					aliasPath,
					`"${alias}" is the id of another event (${where(current)}); expected a former id that no event uses now`
				);
			} else if (other) {
				report(
					aliasPath,
					other.owner === event.id
						? `"${alias}" is listed twice; expected each former id once`
						: `"${alias}" is already an alias of event "${other.owner}" (${where(other.path)}); expected each former id to lead to one event`
				);
			} else {
				aliases.set(alias, { owner: isSlug(event.id) ? event.id : '?', path: aliasPath });
			}
		});
	}

	const claimIds: Index = new Map();
	for (const [event, path] of events) {
		for (const [claim, claimPath] of objects(event.claims, [...path, 'claims'])) {
			if (!isSlug(claim.id)) continue;
			const first = claimIds.get(claim.id);
			if (first) {
				report(
					[...claimPath, 'id'],
					`"${claim.id}" is already the id of another claim (${where(first)}); expected a unique id`
				);
			} else claimIds.set(claim.id, [...claimPath, 'id']);
		}
	}

	// ---- references

	function ref(path: JsonPath, value: unknown, ids: Index, noun: string, list: string): boolean {
		if (!isSlug(value) || ids.has(value)) return isSlug(value);
		const names = [...ids.keys()];
		const expected =
			names.length === 0
				? `an id from ${list}, which has none`
				: names.length <= 8
					? `one of ${names.join(', ')}`
					: `the id of an entry in ${list}`;
		const alias = list === 'events' ? aliases.get(value) : undefined;
		report(
			path,
			alias
				? `"${value}" is a former id of event "${alias.owner}"; expected its current id "${alias.owner}"`
				: `"${value}" is not the id of any ${noun}; expected ${expected}${didYouMean(value, names)}`
		);
		return false;
	}

	function zone(path: JsonPath, value: unknown): boolean {
		if (typeof value !== 'string' || !TimeZone.safeParse(value).success) return false;
		const problem = zoneProblem(value);
		if (problem) report(path, problem);
		return !problem;
	}

	/** Reports a point whose value has the wrong shape, names no real date, or an odd year. */
	function point(path: JsonPath, p: DatePointData): boolean {
		const valueProblem = dateValueProblem(p);
		if (valueProblem) {
			report(
				[...path, 'value'],
				valueProblem.startsWith('"')
					? valueProblem
					: `"${p.value}" is not a real date (${valueProblem}); expected a date on the calendar`
			);
			return false;
		}
		if (p.precision === 'part-of-day' && !p.partOfDay) {
			report(
				[...path, 'partOfDay'],
				'is missing; expected night, morning, afternoon or evening with precision part-of-day'
			);
			return false;
		}
		if (p.precision !== 'part-of-day' && p.partOfDay) {
			report(
				[...path, 'partOfDay'],
				`is not allowed with precision ${p.precision}; expected no partOfDay, or precision part-of-day`
			);
			return false;
		}
		const year = Number(p.value.slice(0, 4));
		if (year < YEAR_MIN || year > YEAR_MAX) {
			report(
				[...path, 'value'],
				`year ${year} is implausible; expected a year from ${YEAR_MIN} to ${YEAR_MAX}`
			);
			return false;
		}
		return true;
	}

	/** Checks a calendar day written as text (asOf, a note's date); returns it when usable. */
	function dayAt(path: JsonPath, value: unknown): string | undefined {
		if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
		const problem = dateValueProblem({ value, precision: 'day' });
		if (problem) {
			report(path, `"${value}" is not a real date (${problem}); expected a date on the calendar`);
			return undefined;
		}
		const year = Number(value.slice(0, 4));
		if (year < YEAR_MIN || year > YEAR_MAX) {
			report(path, `year ${year} is implausible; expected a year from ${YEAR_MIN} to ${YEAR_MAX}`);
			return undefined;
		}
		return value;
	}
	// ---- the timeline itself

	if (options.expectedId !== undefined && isSlug(root.id) && root.id !== options.expectedId) {
		report(
			['id'],
			`"${root.id}" differs from the file name; expected "${options.expectedId}" (a timeline file is named after its id)`
		);
	}
	const asOfDay = dayAt(['asOf'], root.asOf);
	const asOf = asOfDay ? calendarDay(asOfDay) : undefined;
	ref(['mainSource'], root.mainSource, sources, 'source', 'sources');
	const mainSource = isSlug(root.mainSource) ? root.mainSource : undefined;
	/** every source id something cites: a listed source nobody cites backs nothing */
	const cited = new Set<unknown>([root.mainSource]);

	for (const [note, path] of objects(root.notes, ['notes'])) dayAt([...path, 'date'], note.date);
	if (isObject(root.imported)) dayAt(['imported', 'date'], root.imported.date);

	// ---- sources, affiliations, actors, places

	for (const [source, path] of objects(root.sources, ['sources'])) {
		// only an address the schema accepted: it has already reported the others
		if (typeof source.url === 'string' && HttpUrl.safeParse(source.url).success) {
			let url: URL | undefined;
			try {
				url = new URL(source.url);
			} catch {
				url = undefined;
			}
			const ellipsis = ELLIPSIS.exec(source.url)?.[0];
			if (!url || !url.hostname) {
				report(
					[...path, 'url'],
					`"${source.url}" is not a well-formed URL; expected an address such as https://example.com/story`
				);
			} else if (ellipsis) {
				// an address copied from a page that shortened it for display leads nowhere
				report(
					[...path, 'url'],
					`"${source.url}" contains an ellipsis ("${ellipsis}"), so it is an address cut short; expected the full address`
				);
			} else if (/["<>\\^`{|}]/.test(source.url)) {
				// browsers forgive them, but they make the page's HTML invalid, and an address as a
				// browser copies it never has them
				const c = /["<>\\^`{|}]/.exec(source.url)?.[0] ?? '';
				const code = c.charCodeAt(0).toString(16).toUpperCase();
				report(
					[...path, 'url'],
					`"${source.url}" contains ${c}, which an address must write as %${code}; expected an address as a browser's address bar copies it`
				);
			} else if (url.username || url.password) {
				// https://trusted.example@evil.example/ opens evil.example
				report(
					[...path, 'url'],
					`"${source.url}" carries a user name or password before "@", which can disguise the real host; expected an address without one`
				);
			}
		}
		const published = PublicationDate.safeParse(source.published);
		if (!published.success) continue;
		const p = published.data;
		const pPath = [...path, 'published'];
		const zoneOk = p.zone === undefined || zone([...pPath, 'zone'], p.zone);
		if (!point(pPath, p) || !zoneOk || !asOf || !asOfDay) continue;
		if (wallSpan(p).start >= asOf.next) {
			report(
				[...pPath, 'value'],
				`"${p.value}" is after asOf ${asOfDay}; expected a publication on or before asOf (or a later asOf)`
			);
		}
	}

	for (const [actor, path] of objects(root.actors, ['actors'])) {
		ref([...path, 'affiliation'], actor.affiliation, affiliations, 'affiliation', 'affiliations');
		zone([...path, 'zone'], actor.zone);
	}

	const placeInfo = new Map<string, { zone?: string; kind?: string; path: JsonPath }>();
	for (const [place, path] of objects(root.places, ['places'])) {
		const zoneOk = zone([...path, 'zone'], place.zone);
		const hasLat = place.lat !== undefined;
		const hasLon = place.lon !== undefined;
		if (hasLat !== hasLon) {
			const [missing, given] = hasLat ? ['lon', 'lat'] : ['lat', 'lon'];
			report([...path, missing], `is missing while ${given} is given; expected both, or neither`);
		}
		if (isSlug(place.id) && !placeInfo.has(place.id)) {
			placeInfo.set(place.id, {
				zone: zoneOk ? (place.zone as string) : undefined,
				kind: typeof place.kind === 'string' ? place.kind : undefined,
				path
			});
		}
	}

	// ---- events

	function hops(list: unknown, path: JsonPath): void {
		for (const [hop, hopPath] of objects(list, path)) {
			if (hop.actor === undefined && hop.source === undefined && hop.label === undefined) {
				report(
					hopPath,
					'names nobody; expected an actor, a source or a label saying who passed the word on'
				);
			}
			ref([...hopPath, 'actor'], hop.actor, actors, 'actor', 'actors');
			ref([...hopPath, 'source'], hop.source, sources, 'source', 'sources');
			cited.add(hop.source);
		}
	}

	function eventDate(path: JsonPath, raw: unknown): EventDateData | undefined {
		const parsed = EventDate.safeParse(raw);
		if (!parsed.success) return undefined;
		const date = parsed.data;
		const zoneOk = zone([...path, 'zone'], date.zone);
		const startOk = point([...path, 'start'], date.start);
		const endOk = !date.end || point([...path, 'end'], date.end);
		if (date.within && !date.end) {
			report([...path, 'within'], 'is true but the date has no end; expected an end, or no within');
		}
		if (!zoneOk || !startOk || !endOk) return undefined;
		if (date.end) {
			// both ends are on one wall clock, so they compare without zone data
			if (wallSpan(date.end).end <= wallSpan(date.start).start) {
				report(
					[...path, 'end', 'value'],
					`"${date.end.value}" comes before the start "${date.start.value}"; expected an end at or after the start`
				);
				return undefined;
			}
		}
		return date;
	}

	for (const [event, path] of events) {
		const id = isSlug(event.id) ? event.id : undefined;
		const date = eventDate([...path, 'date'], event.date);

		if (date && asOf && asOfDay) {
			const span = { start: wallSpan(date.start).start, end: wallSpan(date.end ?? date.start).end };
			const status = event.status;
			if (span.start >= asOf.next + FUTURE_YEARS * 365.25 * DAY) {
				report(
					[...path, 'date', 'start', 'value'],
					`"${date.start.value}" is more than ${FUTURE_YEARS} years after asOf ${asOfDay}; expected a plausible date (check the year)`
				);
			} else if (typeof status === 'string' && PAST_STATUSES.includes(status)) {
				if (span.start >= asOf.next) {
					report(
						[...path, 'status'],
						`"${status}" contradicts a start after asOf ${asOfDay}; expected scheduled or proposed for an event still to come (or a later asOf)`
					);
				}
			} else if (status === 'scheduled' && span.end <= asOf.first) {
				report(
					[...path, 'status'],
					`"scheduled" contradicts a date that had passed by asOf ${asOfDay}; expected occurred, did-not-happen or cancelled`
				);
			}
		}

		if (ref([...path, 'place'], event.place, places, 'place', 'places') && date) {
			const place = placeInfo.get(event.place as string);
			if (place?.zone && place.kind && ZONED_PLACE_KINDS.includes(place.kind)) {
				if (place.zone !== date.zone) {
					report(
						[...path, 'date', 'zone'],
						`"${date.zone}" differs from the zone of place "${event.place}" (${place.zone}); expected ${place.zone}, since dates are wall-clock time where the event happened`
					);
				}
			}
		}

		const roles = new Set<string>();
		for (const [participant, pPath] of objects(event.participants, [...path, 'participants'])) {
			if (!ref([...pPath, 'actor'], participant.actor, actors, 'actor', 'actors')) continue;
			const key = `${participant.actor}\u0000${String(participant.role)}`;
			if (roles.has(key)) {
				report(
					[...pPath, 'actor'],
					`"${participant.actor}" is already listed as ${String(participant.role)}; expected each actor once per role`
				);
			}
			roles.add(key);
		}

		const evidenceSources: string[] = [];
		for (const [evidence, ePath] of objects(event.evidence, [...path, 'evidence'])) {
			cited.add(evidence.source);
			if (ref([...ePath, 'source'], evidence.source, sources, 'source', 'sources')) {
				evidenceSources.push(evidence.source as string);
			}
			const ellipsis = undeclaredEllipsis(evidence.quote, evidence.note);
			if (ellipsis) report([...ePath, 'quote'], ellipsis);
		}
		if (event.inSource === true && root.mainSource === undefined) {
			report(
				[...path, 'inSource'],
				'is true but the timeline has no mainSource; expected a mainSource naming the source that reports this event, or no inSource'
			);
		} else if (mainSource && sources.has(mainSource) && evidenceSources.length) {
			const fromMain = evidenceSources.includes(mainSource);
			if (event.inSource === true && !fromMain) {
				report(
					[...path, 'inSource'],
					`is true but no evidence cites the main source "${mainSource}"; expected evidence from it, or inSource false`
				);
			} else if (event.inSource === false && evidenceSources.every((s) => s === mainSource)) {
				report(
					[...path, 'inSource'],
					`is false but all evidence comes from the main source "${mainSource}"; expected inSource true, or evidence from the sources that add this context`
				);
			}
		}

		hops(event.attribution, [...path, 'attribution']);

		for (const [claim, cPath] of objects(event.claims, [...path, 'claims'])) {
			ref([...cPath, 'speaker'], claim.speaker, actors, 'actor', 'actors');
			ref([...cPath, 'source'], claim.source, sources, 'source', 'sources');
			cited.add(claim.source);
			const ellipsis = undeclaredEllipsis(claim.quote, claim.note);
			if (ellipsis) report([...cPath, 'quote'], ellipsis);
			if (claim.quote !== undefined && claim.source === undefined) {
				report(
					[...cPath, 'source'],
					'is missing while the claim has a quote; expected the id of the source that carries the quote'
				);
			}
			hops(claim.attribution, [...cPath, 'attribution']);
		}

		const links = new Set<string>();
		const ownNames = new Set([id, ...(Array.isArray(event.aliases) ? event.aliases : [])]);
		for (const [link, lPath] of objects(event.links, [...path, 'links'])) {
			const target = link.target;
			if (isSlug(target) && ownNames.has(target)) {
				report([...lPath, 'target'], `"${target}" is this event; expected another event's id`);
				continue;
			}
			if (!ref([...lPath, 'target'], target, eventIds, 'event', 'events')) continue;
			const key = `${String(link.type)}\u0000${target}`;
			if (links.has(key)) {
				report(
					[...lPath, 'target'],
					`repeats an earlier ${String(link.type)} link to "${target}"; expected each link once`
				);
			}
			links.add(key);
		}
	}

	for (const [id, path] of sources) {
		if (!cited.has(id)) {
			report(
				path,
				`"${id}" is listed but nothing cites it; expected evidence, a claim or an attribution that cites it, or no entry`
			);
		}
	}
}
