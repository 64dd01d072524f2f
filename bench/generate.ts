/**
 * Synthetic timelines for the benchmark: N events that look like a curated diplomatic chronology
 * (calls, meetings, statements, sanctions between 5–8 states and blocs, several actors per event,
 * summit-week bursts, dates of every precision from minute to week in the zone where they
 * happened, sources with quotes, claims and links), and that pass the real validator.
 *
 * Pure: the same options give the same timeline, byte for byte, on any machine and in any TZ.
 * Names are role titles and publishers are invented (`*.example`), so nothing reads as a real fact.
 */
import type {
	Actor,
	Affiliation,
	AttributionHop,
	Claim,
	DatePoint,
	EventDate,
	EventKind,
	EventLink,
	EventStatus,
	Evidence,
	Participant,
	PartOfDay,
	Place,
	Precision,
	Source,
	Timeline,
	TimelineEvent
} from '../src/lib/data/schema';
import { MONTHS, WEEKDAYS } from '../src/lib/time/calendar-words';
import { createRandom, type Random } from './random';

export interface GenerateOptions {
	/** how many events */
	events: number;
	/** the same seed gives the same timeline (default 1) */
	seed?: string | number;
	/** the timeline id, and so its URL (default `bench-<events>`) */
	id?: string;
	/** the last day events may fall on, YYYY-MM-DD (default 2025-10-31) */
	lastDay?: string;
}

const DAY_MS = 86_400_000;

interface AffiliationSpec {
	id: string;
	name: string;
	kind: Affiliation['kind'];
	adjective: string;
	zone: string;
	capital: { id: string; name: string; lat: number; lon: number };
	/** [id suffix, name after the adjective, kind, role] */
	actors: [string, string, Actor['kind'], string?][];
}

const LEADER: [string, string, Actor['kind'], string?] = ['president', 'President', 'person'];
const FOREIGN: [string, string, Actor['kind'], string?] = [
	'foreign-minister',
	'Foreign Minister',
	'person'
];

const AFFILIATIONS: AffiliationSpec[] = [
	{
		id: 'united-states',
		name: 'United States',
		kind: 'state',
		adjective: 'U.S.',
		zone: 'America/New_York',
		capital: { id: 'washington', name: 'Washington, D.C.', lat: 38.8977, lon: -77.0365 },
		actors: [
			LEADER,
			['secretary-of-state', 'Secretary of State', 'person'],
			['special-envoy', 'special envoy', 'person'],
			['press-secretary', 'press secretary', 'person'],
			['state-department', 'State Department', 'organisation']
		]
	},
	{
		id: 'russia',
		name: 'Russia',
		kind: 'state',
		adjective: 'Russian',
		zone: 'Europe/Moscow',
		capital: { id: 'moscow', name: 'Moscow', lat: 55.752, lon: 37.6175 },
		actors: [
			LEADER,
			FOREIGN,
			['presidential-aide', 'presidential aide', 'person'],
			['kremlin-spokesperson', 'Kremlin spokesperson', 'person'],
			['foreign-ministry', 'Foreign Ministry', 'organisation']
		]
	},
	{
		id: 'ukraine',
		name: 'Ukraine',
		kind: 'state',
		adjective: 'Ukrainian',
		zone: 'Europe/Kyiv',
		capital: { id: 'kyiv', name: 'Kyiv', lat: 50.4501, lon: 30.5234 },
		actors: [
			LEADER,
			FOREIGN,
			['chief-of-staff', 'presidential chief of staff', 'person'],
			['defence-minister', 'Defence Minister', 'person']
		]
	},
	{
		id: 'european-union',
		name: 'European Union',
		kind: 'bloc',
		adjective: 'EU',
		zone: 'Europe/Brussels',
		capital: { id: 'brussels', name: 'Brussels', lat: 50.8467, lon: 4.3525 },
		actors: [
			['commission-president', 'Commission President', 'person', 'President of the Commission'],
			['high-representative', 'foreign policy chief', 'person', 'High Representative'],
			['council-president', 'Council President', 'person'],
			['commission', 'Commission', 'organisation']
		]
	},
	{
		id: 'china',
		name: 'China',
		kind: 'state',
		adjective: 'Chinese',
		zone: 'Asia/Shanghai',
		capital: { id: 'beijing', name: 'Beijing', lat: 39.9042, lon: 116.4074 },
		actors: [
			LEADER,
			FOREIGN,
			['foreign-ministry-spokesperson', 'Foreign Ministry spokesperson', 'person']
		]
	},
	{
		id: 'united-kingdom',
		name: 'United Kingdom',
		kind: 'state',
		adjective: 'British',
		zone: 'Europe/London',
		capital: { id: 'london', name: 'London', lat: 51.5034, lon: -0.1276 },
		actors: [
			['prime-minister', 'Prime Minister', 'person'],
			['foreign-secretary', 'Foreign Secretary', 'person'],
			['defence-secretary', 'Defence Secretary', 'person']
		]
	},
	{
		id: 'turkey',
		name: 'Turkey',
		kind: 'state',
		adjective: 'Turkish',
		zone: 'Europe/Istanbul',
		capital: { id: 'ankara', name: 'Ankara', lat: 39.9334, lon: 32.8597 },
		actors: [LEADER, FOREIGN, ['intelligence-chief', 'intelligence chief', 'person']]
	},
	{
		id: 'nato',
		name: 'NATO',
		kind: 'organisation',
		adjective: 'NATO',
		zone: 'Europe/Brussels',
		capital: {
			id: 'nato-headquarters',
			name: 'NATO headquarters, Brussels',
			lat: 50.8764,
			lon: 4.4226
		},
		actors: [
			['secretary-general', 'Secretary General', 'person'],
			['spokesperson', 'spokesperson', 'person']
		]
	},
	{
		id: 'india',
		name: 'India',
		kind: 'state',
		adjective: 'Indian',
		zone: 'Asia/Kolkata',
		capital: { id: 'new-delhi', name: 'New Delhi', lat: 28.6139, lon: 77.209 },
		actors: [
			['prime-minister', 'Prime Minister', 'person'],
			['external-affairs-minister', 'External Affairs Minister', 'person']
		]
	},
	{
		id: 'saudi-arabia',
		name: 'Saudi Arabia',
		kind: 'state',
		adjective: 'Saudi',
		zone: 'Asia/Riyadh',
		capital: { id: 'riyadh', name: 'Riyadh', lat: 24.7136, lon: 46.6753 },
		actors: [['crown-prince', 'Crown Prince', 'person'], FOREIGN]
	}
];

/** Neutral venues, each in its own zone. */
const VENUES: Omit<Place, 'kind'>[] = [
	{ id: 'geneva', name: 'Geneva', lat: 46.2044, lon: 6.1432, zone: 'Europe/Zurich' },
	{ id: 'istanbul', name: 'Istanbul', lat: 41.0082, lon: 28.9784, zone: 'Europe/Istanbul' },
	{
		id: 'anchorage',
		name: 'Anchorage, Alaska',
		lat: 61.2181,
		lon: -149.9003,
		zone: 'America/Anchorage'
	},
	{ id: 'helsinki', name: 'Helsinki', lat: 60.1699, lon: 24.9384, zone: 'Europe/Helsinki' },
	{ id: 'abu-dhabi', name: 'Abu Dhabi', lat: 24.4539, lon: 54.3773, zone: 'Asia/Dubai' },
	{ id: 'doha', name: 'Doha', lat: 25.2854, lon: 51.531, zone: 'Asia/Qatar' }
];

const PUBLISHERS: { id: string; name: string; zone: string }[] = [
	{ id: 'northern-wire', name: 'Northern Wire', zone: 'Europe/London' },
	{ id: 'capital-ledger', name: 'Capital Ledger', zone: 'America/New_York' },
	{ id: 'eastern-news-agency', name: 'Eastern News Agency', zone: 'Europe/Moscow' },
	{ id: 'continental-bulletin', name: 'Continental Bulletin', zone: 'Europe/Brussels' },
	{ id: 'harbour-times', name: 'Harbour Times', zone: 'Asia/Shanghai' },
	{ id: 'gulf-observer', name: 'Gulf Observer', zone: 'Asia/Dubai' },
	{ id: 'dnipro-daily', name: 'Dnipro Daily', zone: 'Europe/Kyiv' },
	{ id: 'official-readouts', name: 'Official Readouts', zone: 'UTC' }
];

const KIND_WEIGHTS: Record<EventKind, number> = {
	meeting: 20,
	call: 15,
	statement: 14,
	post: 8,
	remarks: 8,
	announcement: 5,
	interview: 5,
	report: 6,
	speech: 4,
	summit: 3,
	videoconference: 3,
	proposal: 3,
	threat: 2,
	agreement: 2,
	sanction: 2,
	other: 1
};

const STATUS_WEIGHTS: Record<EventStatus, number> = {
	occurred: 70,
	reported: 10,
	claimed: 5,
	scheduled: 4,
	proposed: 3,
	'did-not-happen': 2,
	cancelled: 3,
	contested: 3
};

/** Kinds that take place at a time, in a place: they get finer precisions and durations. */
const TIMED = new Set<EventKind>([
	'summit',
	'meeting',
	'call',
	'videoconference',
	'speech',
	'remarks',
	'interview'
]);

type GeneratedPrecision = Extract<Precision, 'minute' | 'hour' | 'part-of-day' | 'day' | 'week'>;

const TIMED_PRECISION: Record<GeneratedPrecision, number> = {
	minute: 35,
	hour: 20,
	'part-of-day': 20,
	day: 22,
	week: 3
};
const DOCUMENT_PRECISION: Record<GeneratedPrecision, number> = {
	minute: 12,
	hour: 10,
	'part-of-day': 15,
	day: 48,
	week: 15
};

const TOPICS = [
	'a ceasefire',
	'prisoner exchanges',
	'energy supplies',
	'sanctions relief',
	'security guarantees',
	'grain exports',
	'nuclear plant safety',
	'trade tariffs',
	'a peace framework',
	'humanitarian corridors',
	'arms deliveries',
	'frozen assets',
	'a summit date',
	'maritime security'
];

const BASES = [
	"the readout's time stamp",
	'the press pool report',
	"the wire report's weekday, read against its date line",
	'the time stamp of the official post',
	'the date of the statement as published',
	"the agency's 'earlier this week'",
	'the schedule released by the host government'
];

/** The source's own words for a date on a given weekday. */
const EXPRESSIONS = [
	(weekday: string) => `on ${weekday}`,
	(weekday: string) => `late on ${weekday}`,
	(weekday: string) => `${weekday}'s talks`,
	() => 'earlier this week',
	() => 'on the sidelines of the talks',
	() => 'hours after the meeting'
];

const CAMEO: Partial<Record<EventKind, string>> = {
	call: '040',
	meeting: '043',
	summit: '043',
	videoconference: '040',
	statement: '010',
	proposal: '030',
	threat: '130',
	agreement: '057',
	sanction: '163',
	announcement: '010'
};
const PLOVER: Partial<
	Record<EventKind, 'CONSULT' | 'AGREE' | 'THREATEN' | 'SANCTION' | 'REQUEST'>
> = {
	call: 'CONSULT',
	meeting: 'CONSULT',
	summit: 'CONSULT',
	videoconference: 'CONSULT',
	agreement: 'AGREE',
	threat: 'THREATEN',
	sanction: 'SANCTION',
	proposal: 'REQUEST'
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Days since 1970-01-01 for a YYYY-MM-DD string (UTC arithmetic, no zones involved). */
export function dayNumber(iso: string): number {
	const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
	return Math.floor(Date.UTC(y, m - 1, d) / DAY_MS);
}

/** YYYY-MM-DD for a day number. */
export function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The ISO week `YYYY-Www` that contains a day (week-numbering year, Monday first). */
export function isoWeekOf(day: number): string {
	const date = new Date(day * DAY_MS);
	const weekday = date.getUTCDay() || 7;
	const thursday = new Date((day + 4 - weekday) * DAY_MS);
	const year = thursday.getUTCFullYear();
	const week = Math.ceil(((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS + 1) / 7);
	return `${year}-W${pad(week)}`;
}

function longDay(day: number): string {
	const d = new Date(day * DAY_MS);
	return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/** A local wall-clock minute, `minutes` after midnight of `day` (may run into later days). */
function minutePoint(day: number, minutes: number): string {
	const d = day + Math.floor(minutes / 1440);
	const m = minutes % 1440;
	return `${isoDay(d)}T${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

interface Draft {
	day: number;
	/** minutes after local midnight of `day`, for ordering */
	order: number;
	kind: EventKind;
	participants: Participant[];
	names: string[];
	zone: string;
	place?: string;
	placeName?: string;
	date: EventDate;
	/** the last day the date covers, for the publication dates of its sources */
	lastDay: number;
	status: EventStatus;
	topic: string;
}

interface World {
	affiliations: AffiliationSpec[];
	/** relative activity of each affiliation, in the same order */
	activity: number[];
	actorsOf: Map<string, Actor[]>;
	actorName: Map<string, string>;
	places: Map<string, Place>;
}

function buildWorld(rnd: Random): { world: World; actors: Actor[] } {
	const count = rnd.int(5, 8);
	const affiliations = rnd.sample(AFFILIATIONS, count);
	const activity = affiliations.map((_, i) => (i < 2 ? 6 : i < 4 ? 3 : 1.5));
	const actors: Actor[] = [];
	const actorsOf = new Map<string, Actor[]>();
	const actorName = new Map<string, string>();
	const places = new Map<string, Place>();
	for (const a of affiliations) {
		const own: Actor[] = a.actors.map(([suffix, title, kind, role]) => ({
			id: `${a.id}-${suffix}`,
			name: `${a.adjective} ${title}`,
			kind,
			...(role ? { role: `${a.adjective} ${role}` } : kind === 'person' ? { role: title } : {}),
			affiliation: a.id,
			zone: a.zone
		}));
		actors.push(...own);
		actorsOf.set(a.id, own);
		for (const actor of own) actorName.set(actor.id, actor.name);
		const { id, name, lat, lon } = a.capital;
		places.set(id, { id, name, kind: 'city', lat, lon, zone: a.zone });
	}
	for (const v of VENUES) places.set(v.id, { ...v, kind: 'city' });
	return { world: { affiliations, activity, actorsOf, actorName, places }, actors };
}

function pickAffiliations(rnd: Random, world: World, k: number): AffiliationSpec[] {
	const chosen: AffiliationSpec[] = [];
	const pool = world.affiliations.map((a, i) => ({ a, w: world.activity[i] ?? 1 }));
	while (chosen.length < k && pool.length > 0) {
		const total = pool.reduce((s, p) => s + p.w, 0);
		let r = rnd.next() * total;
		let i = 0;
		for (; i < pool.length - 1; i++) {
			r -= pool[i]!.w;
			if (r < 0) break;
		}
		chosen.push(pool[i]!.a);
		pool.splice(i, 1);
	}
	return chosen;
}

/** Actors of an event, one or more per affiliation, with roles that fit the kind. */
function castEvent(rnd: Random, world: World, kind: EventKind): Participant[] {
	const size = kind === 'videoconference' ? rnd.int(3, 5) : kind === 'summit' ? rnd.int(2, 3) : 2;
	const sides = pickAffiliations(rnd, world, Math.max(2, size));
	const first = (a: AffiliationSpec | undefined) => {
		const list = world.actorsOf.get(a?.id ?? '') ?? [];
		// leaders and ministers come first in each list and act most often
		return list[Math.min(list.length - 1, Math.floor(rnd.next() ** 2 * list.length))]!;
	};
	const [a, b, ...rest] = sides.map(first) as [Actor, Actor, ...Actor[]];
	const p = (actor: Actor, role: Participant['role']): Participant => ({ actor: actor.id, role });
	switch (kind) {
		case 'call':
			return [p(a, 'caller'), p(b, 'recipient')];
		case 'summit':
		case 'meeting': {
			const cast = [p(a, 'host'), p(b, 'visitor'), ...rest.map((r) => p(r, 'participant'))];
			// delegations: a second member of the host side now and then
			const extra = (world.actorsOf.get(a.affiliation) ?? []).find((x) => x.id !== a.id);
			if (extra && rnd.chance(0.3)) cast.push(p(extra, 'participant'));
			return cast;
		}
		case 'videoconference':
			return [p(a, 'host'), p(b, 'participant'), ...rest.map((r) => p(r, 'participant'))];
		case 'proposal':
			return [p(a, 'author'), p(b, 'recipient')];
		case 'remarks':
		case 'speech':
		case 'interview':
			return [p(a, 'speaker'), p(b, 'subject')];
		case 'agreement':
			return rnd.chance(0.3) && sides[2]
				? [p(a, 'signatory'), p(b, 'signatory'), p(first(sides[2]), 'mediator')]
				: [p(a, 'signatory'), p(b, 'signatory')];
		case 'other':
			return [p(a, 'participant'), p(b, 'participant')];
		default:
			return [p(a, 'author'), p(b, 'subject')];
	}
}

/** A date of the chosen precision on `day`, local to `zone`, with an end now and then. */
function makeDate(
	rnd: Random,
	kind: EventKind,
	day: number
): { start: DatePoint; end?: DatePoint; within?: true; order: number; lastDay: number } {
	const timed = TIMED.has(kind);
	const precision = rnd.weighted(timed ? TIMED_PRECISION : DOCUMENT_PRECISION);
	const qualifiers = (): Pick<DatePoint, 'approximate' | 'uncertain'> => ({
		...(rnd.chance(0.08) ? { approximate: true } : {}),
		...(rnd.chance(0.05) ? { uncertain: true } : {})
	});
	// daytime only: no wall-clock time that a DST change skips
	const hour = rnd.int(7, 21);
	switch (precision) {
		case 'minute': {
			const minutes = hour * 60 + (rnd.chance(0.7) ? rnd.int(0, 11) * 5 : rnd.int(0, 59));
			const start: DatePoint = { value: minutePoint(day, minutes), precision, ...qualifiers() };
			if (timed && rnd.chance(0.6)) {
				// by 00:59 at the latest: no zone here puts its clocks forward before 01:00
				const endMinutes = Math.min(minutes + rnd.int(3, 48) * 5, 1440 + 59);
				const end: DatePoint = {
					value: minutePoint(day, endMinutes),
					precision,
					...(rnd.chance(0.3) ? { approximate: true } : {})
				};
				return { start, end, order: minutes, lastDay: day + Math.floor(endMinutes / 1440) };
			}
			return { start, order: minutes, lastDay: day };
		}
		case 'hour': {
			const start: DatePoint = { value: `${isoDay(day)}T${pad(hour)}`, precision, ...qualifiers() };
			if (timed && rnd.chance(0.4)) {
				const end: DatePoint = {
					value: `${isoDay(day)}T${pad(Math.min(23, hour + rnd.int(1, 3)))}`,
					precision
				};
				return { start, end, order: hour * 60, lastDay: day };
			}
			return { start, order: hour * 60, lastDay: day };
		}
		case 'part-of-day': {
			const partOfDay = rnd.weighted<PartOfDay>({
				morning: 35,
				afternoon: 35,
				evening: 25,
				night: 5
			});
			const order = { night: 0, morning: 360, afternoon: 720, evening: 1080 }[partOfDay];
			const start: DatePoint = { value: isoDay(day), precision, partOfDay, ...qualifiers() };
			if (timed && partOfDay === 'morning' && rnd.chance(0.3)) {
				const end: DatePoint = { value: isoDay(day), precision, partOfDay: 'afternoon' };
				return { start, end, order, lastDay: day };
			}
			return { start, order, lastDay: day };
		}
		case 'day': {
			const start: DatePoint = { value: isoDay(day), precision, ...qualifiers() };
			if (timed && (kind === 'summit' || kind === 'meeting') && rnd.chance(0.2)) {
				const last = day + rnd.int(1, 3);
				return { start, end: { value: isoDay(last), precision }, order: 0, lastDay: last };
			}
			if (!timed && rnd.chance(0.12)) {
				// "at some point between Monday and Thursday"
				const last = day + rnd.int(1, 4);
				const end: DatePoint = { value: isoDay(last), precision };
				return { start, end, within: true, order: 0, lastDay: last };
			}
			return { start, order: 0, lastDay: day };
		}
		case 'week': {
			const start: DatePoint = { value: isoWeekOf(day), precision, ...qualifiers() };
			const weekday = new Date(day * DAY_MS).getUTCDay() || 7;
			const sunday = day + 7 - weekday;
			if (rnd.chance(0.1)) {
				const end: DatePoint = { value: isoWeekOf(day + 7), precision };
				return { start, end, within: true, order: 0, lastDay: sunday + 7 };
			}
			return { start, order: 0, lastDay: sunday };
		}
	}
}

function title(kind: EventKind, names: string[], topic: string, placeName?: string): string {
	const [a = '', b = ''] = names;
	const at = placeName ? ` in ${placeName}` : '';
	switch (kind) {
		case 'call':
			return `${a} and ${b} speak by phone`;
		case 'summit':
			return `${a} hosts ${b} for summit talks${at}`;
		case 'meeting':
			return `${a} meets ${b}${at}`;
		case 'videoconference':
			return `${a} holds a video call with ${names.length - 1} counterparts`;
		case 'statement':
			return `${a} issues a statement on ${topic}`;
		case 'post':
			return `${a} posts about ${topic}`;
		case 'remarks':
			return `${a} comments on ${topic}`;
		case 'speech':
			return `${a} gives a speech on ${topic}${at}`;
		case 'interview':
			return `${a} gives an interview on ${topic}`;
		case 'report':
			return `Report on ${topic} cites ${b}`;
		case 'proposal':
			return `${a} proposes talks on ${topic} to ${b}`;
		case 'threat':
			return `${a} warns ${b} over ${topic}`;
		case 'announcement':
			return `${a} announces steps on ${topic}`;
		case 'agreement':
			return `${a} and ${b} sign a memorandum on ${topic}`;
		case 'sanction':
			return `${a} announces sanctions against ${b}`;
		case 'other':
			return `${a} and ${b} on ${topic}`;
	}
}

/** Days with many events: summit weeks, emergency sessions. */
function burstDays(rnd: Random, first: number, last: number, n: number): number[] {
	const count = Math.max(3, Math.round(n / 150));
	return Array.from({ length: count }, () => rnd.int(first, last));
}

function chooseDay(rnd: Random, first: number, last: number, bursts: number[]): number {
	let day = rnd.chance(0.35)
		? Math.min(last, rnd.pick(bursts) + (rnd.chance(0.6) ? 0 : rnd.int(1, 2)))
		: rnd.int(first, last);
	// quieter weekends: half of them move to the Friday before
	const weekday = new Date(day * DAY_MS).getUTCDay();
	if ((weekday === 0 || weekday === 6) && rnd.chance(0.5)) day -= weekday === 0 ? 2 : 1;
	return Math.max(first, day);
}

/** A synthetic timeline of `events` events that the validator accepts. */
export function generateTimeline(options: GenerateOptions): Timeline {
	const n = options.events;
	if (!Number.isInteger(n) || n < 1)
		throw new RangeError(`events must be a positive integer: ${n}`);
	const seed = options.seed ?? 1;
	const id = options.id ?? `bench-${n}`;
	const rnd = createRandom(`${seed}:${n}`);
	const { world, actors } = buildWorld(rnd);

	const last = dayNumber(options.lastDay ?? '2025-10-31');
	const spanDays = Math.min(3650, Math.max(60, Math.round(n / 6)));
	const first = last - spanDays + 1;
	const bursts = burstDays(rnd, first, last, n);

	const drafts: Draft[] = [];
	for (let i = 0; i < n; i++) {
		const day = chooseDay(rnd, first, last, bursts);
		const kind = rnd.weighted(KIND_WEIGHTS);
		const participants = castEvent(rnd, world, kind);
		const names = participants.map((p) => world.actorName.get(p.actor) ?? p.actor);
		const host = actors.find((a) => a.id === participants[0]!.actor)!;
		let place: Place | undefined;
		if (['summit', 'meeting', 'agreement', 'speech'].includes(kind) && rnd.chance(0.8)) {
			place = rnd.chance(0.3)
				? rnd.pick(VENUES.map((v) => world.places.get(v.id)!))
				: world.places.get(AFFILIATIONS.find((a) => a.id === host.affiliation)?.capital.id ?? '');
		}
		const zone = place?.zone ?? host.zone;
		const { start, end, within, order, lastDay } = makeDate(rnd, kind, day);
		const date: EventDate = {
			start,
			...(end ? { end } : {}),
			...(within ? { within } : {}),
			zone,
			basis: rnd.pick(BASES),
			...(rnd.chance(0.4)
				? { expression: rnd.pick(EXPRESSIONS)(WEEKDAYS[new Date(day * DAY_MS).getUTCDay()]!) }
				: {})
		};
		drafts.push({
			day,
			order,
			kind,
			participants,
			names,
			zone,
			...(place ? { place: place.id, placeName: place.name } : {}),
			date,
			lastDay,
			status: rnd.weighted(STATUS_WEIGHTS),
			topic: rnd.pick(TOPICS)
		});
	}
	drafts.sort((x, y) => x.day - y.day || x.order - y.order);

	const asOf = last + 7;
	const mainSource: Source = {
		id: 'synthetic-chronology',
		publisher: 'Benchmark generator',
		title: `A synthetic chronology of ${n} diplomatic events`,
		url: `https://chronology.example/${id}`,
		published: { value: isoDay(asOf), precision: 'day', zone: 'UTC' },
		note: 'Generated for performance measurement. None of these events happened.'
	};
	const sources = new Map<string, Source>([[mainSource.id, mainSource]]);
	const sourceFor = (publisher: (typeof PUBLISHERS)[number], day: number): Source => {
		const sid = `${publisher.id}-${isoDay(day)}`;
		let source = sources.get(sid);
		if (!source) {
			source = {
				id: sid,
				publisher: publisher.name,
				title: `${publisher.name} diplomatic report, ${longDay(day)}`,
				url: `https://${publisher.id}.example/${isoDay(day).replaceAll('-', '/')}/diplomacy`,
				published: { value: isoDay(day), precision: 'day', zone: publisher.zone }
			};
			sources.set(sid, source);
		}
		return source;
	};

	const digits = String(n).length;
	const events: TimelineEvent[] = drafts.map((d, i) => {
		const eid = `${isoDay(d.day)}-${d.kind}-${String(i + 1).padStart(digits, '0')}`;
		const heading = title(d.kind, d.names, d.topic, d.placeName);
		const [a = '', b = ''] = d.names;
		const weekday = WEEKDAYS[new Date(d.day * DAY_MS).getUTCDay()];

		const publishers = rnd.sample(PUBLISHERS, rnd.chance(0.3) ? 2 : 1);
		const evidence: Evidence[] = publishers.map((pub) => {
			const delay = Number(rnd.weighted({ 0: 70, 1: 25, 2: 5 }));
			// reported after the event, but never after the chronology's as-of date
			const src = sourceFor(pub, Math.min(d.lastDay + delay, asOf));
			return {
				source: src.id,
				quote: `${a} and ${b} took up ${d.topic} on ${weekday}, ${pub.name} reported.`
			};
		});
		const inSource = rnd.chance(0.35);
		if (inSource) {
			evidence.push({ source: mainSource.id, quote: `${longDay(d.day)}: ${heading}.` });
		}
		const firstSource = evidence[0]!.source;

		const attribution: AttributionHop[] = rnd.chance(0.2)
			? [
					{ label: 'two officials familiar with the talks', relation: 'told', anonymous: true },
					{ source: firstSource, relation: 'reported' }
				]
			: [];

		const claims: Claim[] = [];
		if (rnd.chance(0.1)) {
			const speaker = d.participants[0]!.actor;
			claims.push({
				id: `${eid}-claim`,
				speaker,
				proposition: `An understanding on ${d.topic} is within reach.`,
				quote: `We are close to an understanding on ${d.topic}, the ${a} said.`,
				source: firstSource,
				attribution: [
					{ actor: speaker, relation: 'said' },
					{ source: firstSource, relation: 'reported' }
				],
				status: rnd.weighted({
					asserted: 40,
					unverified: 25,
					contested: 15,
					corroborated: 10,
					denied: 7,
					retracted: 3
				})
			});
		}

		const links: EventLink[] = [];
		if (i > 0 && rnd.chance(0.15)) {
			const back = rnd.int(1, Math.min(i, 40));
			const targetDraft = drafts[i - back]!;
			links.push({
				type: rnd.weighted({
					follows: 35,
					respondsTo: 25,
					partOf: 10,
					outcomeOf: 10,
					corroborates: 10,
					contradicts: 10
				}),
				target: `${isoDay(targetDraft.day)}-${targetDraft.kind}-${String(i + 1 - back).padStart(digits, '0')}`
			});
		}

		const cameo = CAMEO[d.kind];
		const plover = PLOVER[d.kind];
		const codes =
			cameo && rnd.chance(0.3)
				? { cameo: [cameo], ...(plover ? { plover: { category: plover } } : {}) }
				: undefined;

		return {
			id: eid,
			title: heading,
			kind: d.kind,
			summary: `${a} and ${b}: ${d.topic} was the subject, as ${publishers[0]!.name} reported it. Synthetic event ${i + 1} of ${n}.`,
			// a scheduled event whose date has passed by asOf has happened or not: say it happened
			status: d.status === 'scheduled' && d.lastDay < asOf ? 'occurred' : d.status,
			date: d.date,
			...(d.place ? { place: d.place } : {}),
			participants: d.participants,
			evidence,
			attribution,
			claims,
			links,
			inSource,
			...(codes ? { codes } : {}),
			aliases: []
		};
	});

	const used = new Set(events.flatMap((e) => (e.place ? [e.place] : [])));
	return {
		id,
		title: `Synthetic timeline of ${n.toLocaleString('en-GB')} events`,
		summary: `${n} generated diplomatic events between ${world.affiliations.length} states and blocs, for performance measurement (seed ${seed}).`,
		language: 'en',
		asOf: isoDay(asOf),
		mainSource: mainSource.id,
		sources: [...sources.values()],
		affiliations: world.affiliations.map(({ id, name, kind }) => ({ id, name, kind })),
		actors,
		places: [...world.places.values()].filter((p) => used.has(p.id)),
		events,
		notes: [{ text: 'Generated by bench/generate.ts. Not real events.' }]
	};
}
