/**
 * The timeline format, defined once. Types are inferred from these schemas, the committed JSON
 * Schema (`data/timeline.schema.json`) is generated from them, and the validator runs them.
 *
 * Every object is strict: an unknown key is an error, so a typo never drops data silently.
 */
import { z } from 'zod';
import {
	PRECISIONS,
	PARTS_OF_DAY,
	AFFILIATION_KINDS,
	ACTOR_KINDS,
	PLACE_KINDS,
	EVENT_KINDS,
	EVENT_STATUSES,
	PROMINENCES,
	PARTICIPANT_ROLES,
	ATTRIBUTION_RELATIONS,
	CLAIM_STATUSES,
	LINK_TYPES,
	PLOVER_CATEGORIES
} from './vocabulary';

export * from './vocabulary';

/** Lower-case words joined by single hyphens: `alaska-summit-2025-08-15`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const Slug = z
	.string()
	.regex(
		SLUG_PATTERN,
		'is not a slug; expected lower-case letters and digits joined by single hyphens, such as alaska-summit'
	)
	.max(80);

/** An IANA zone name such as `America/Anchorage`; the validator checks it against the runtime's zone database. */
export const TimeZone = z
	.string()
	.regex(
		/^(?:UTC|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)+)$/,
		'is not an IANA time zone name; expected a name such as Europe/Moscow'
	)
	.describe('IANA time zone name, e.g. America/Anchorage');

const WHITESPACE_NAMES: Record<string, string> = {
	' ': 'a space',
	'\t': 'a tab',
	'\n': 'a line break'
};

/** What is wrong with text that the HttpUrl pattern refuses. */
function httpUrlProblem(input: unknown): string {
	const text = String(input);
	const space = /\s/.exec(text);
	if (/^https?:\/\/\S/.test(text) && space) {
		// a space pasted from a page (or a line break from a wrapped address) breaks the link
		const c = space[0];
		const name =
			WHITESPACE_NAMES[c] ??
			`the space character U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
		return `contains ${name} at character ${space.index + 1}; expected an address without spaces (a space is written %20), as a browser's address bar copies it`;
	}
	return 'is not an http(s) URL; expected an absolute address starting with http:// or https://';
}

export const HttpUrl = z
	.string()
	.regex(/^https?:\/\/[^\s/$.?#][^\s]*$/, { error: (issue) => httpUrlProblem(issue.input) })
	.describe('absolute http(s) URL');

/** C0 and C1 control characters other than tab, line feed and carriage return. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** What is wrong with text that no page, export or calendar can carry, or undefined. */
export function unprintable(text: string): string | undefined {
	const control = CONTROL_CHARACTER.exec(text);
	if (control) {
		const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
		return `contains the control character U+${code} at character ${control.index + 1}; expected printable text (tabs and line breaks are fine)`;
	}
	if (!text.isWellFormed()) {
		return 'contains half of a character (a lone UTF-16 surrogate); expected well-formed text';
	}
	return undefined;
}

/** Text that is not empty once leading and trailing spaces are trimmed, and is printable. */
const Text = z
	.string()
	.trim()
	.min(1, 'is empty; expected some text')
	.refine((text) => !unprintable(text), {
		error: (issue) => unprintable(String(issue.input)) ?? 'is not printable text'
	});

/** A calendar date `YYYY-MM-DD`; the validator also checks that the day exists. */
const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'is not a date; expected YYYY-MM-DD');

export const Precision = z.enum(PRECISIONS);

export const PartOfDay = z.enum(PARTS_OF_DAY);

/**
 * One end of a date, as wall-clock time in the event's zone. The shape of `value` must match the
 * precision: minute `2025-08-15T11:26`, hour `2025-08-15T11`, part-of-day and day `2025-08-15`,
 * week `2025-W34`, month `2025-08`, year `2025`.
 */
export const DatePoint = z
	.object({
		value: z
			.string()
			.regex(
				/^\d{4}(?:-W\d{2}|-\d{2}(?:-\d{2}(?:T\d{2}(?::\d{2})?)?)?)?$/,
				'is not a date value; expected YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, YYYY-MM-DDTHH or YYYY-MM-DDTHH:mm'
			)
			.describe(
				'local date/time in the zone: YYYY, YYYY-MM, YYYY-Www, YYYY-MM-DD, YYYY-MM-DDTHH or YYYY-MM-DDTHH:mm'
			),
		precision: Precision,
		partOfDay: PartOfDay.optional().describe('required when precision is part-of-day'),
		approximate: z.boolean().optional().describe('the value is close but not exact (EDTF ~)'),
		uncertain: z.boolean().optional().describe('the value may be wrong (EDTF ?)')
	})
	.strict();

export const EventDate = z
	.object({
		start: DatePoint,
		end: DatePoint.optional(),
		within: z
			.boolean()
			.optional()
			.describe('true: the event happened once, at an unknown moment between start and end'),
		zone: TimeZone.describe('IANA zone where the event happened; start and end are local to it'),
		basis: Text.describe(
			"how the date was established, in words: \"the article's 'Saturday'; published 16 Aug 2025\""
		),
		expression: Text.optional().describe(
			'the source\'s own words for the date, verbatim: "Saturday morning"'
		)
	})
	.strict();

export const PublicationDate = DatePoint.extend({ zone: TimeZone.optional() }).strict();

export const Source = z
	.object({
		id: Slug.describe('permanent id of the source, cited by evidence[].source'),
		publisher: Text.describe('who published it: "Newsmax", "TASS"'),
		title: Text.describe('the headline or title, as published'),
		url: HttpUrl.optional().describe('omit only when no public address is known; say why in note'),
		published: PublicationDate.optional().describe(
			'when it was published, at an honest precision; omit when the date is not known'
		),
		author: Text.optional(),
		note: Text.optional()
	})
	.strict();

export const Affiliation = z
	.object({
		id: Slug.describe('permanent id of the affiliation, cited by actors[].affiliation'),
		name: Text,
		kind: z.enum(AFFILIATION_KINDS)
	})
	.strict()
	.describe('a state or bloc; actors belong to one, and the chart draws one lane per affiliation');

export const Actor = z
	.object({
		id: Slug.describe('permanent id of the actor, cited by participants, attribution and claims'),
		name: Text,
		kind: z.enum(ACTOR_KINDS),
		role: Text.optional().describe('role or office at the time of the timeline'),
		affiliation: Slug.describe('id of an entry in affiliations'),
		zone: TimeZone.describe('home time zone'),
		wikidata: z
			.string()
			.regex(/^Q\d+$/, 'is not a Wikidata id; expected Q and digits, such as Q22686')
			.optional()
	})
	.strict();

export const Place = z
	.object({
		id: Slug.describe('permanent id of the place, cited by events[].place'),
		name: Text,
		kind: z.enum(PLACE_KINDS).optional(),
		lat: z.number().min(-90).max(90).optional().describe('latitude in degrees; give lon too'),
		lon: z.number().min(-180).max(180).optional().describe('longitude in degrees; give lat too'),
		zone: TimeZone.describe('IANA zone of the place; events held there use the same zone')
	})
	.strict();

export const EventKind = z.enum(EVENT_KINDS);

export const EventStatus = z.enum(EVENT_STATUSES);

export const Participant = z
	.object({
		actor: Slug.describe('id of an entry in actors'),
		role: z.enum(PARTICIPANT_ROLES),
		note: Text.optional()
	})
	.strict();

export const Evidence = z
	.object({
		source: Slug.describe('id of an entry in sources'),
		quote: Text.optional().describe(
			'the sentence or sentences that back the event, verbatim; omit to cite the source without its words'
		),
		locator: Text.optional().describe(
			'where in the source: a page, a timestamp, a paragraph ("p. 4", "12:40", "paragraph 7")'
		),
		note: Text.optional()
	})
	.strict()
	.describe('a quote from a source, or without quote a citation of it');

/** One hop of "who says so", ordered from the original speaker outwards to the publication we read. */
export const AttributionHop = z
	.object({
		actor: Slug.optional().describe('id of an entry in actors'),
		source: Slug.optional().describe('id of an entry in sources'),
		label: Text.optional().describe(
			'who, in words, when no actor or source fits: "four European officials"'
		),
		relation: z.enum(ATTRIBUTION_RELATIONS),
		anonymous: z.boolean().optional()
	})
	.strict();

export const Claim = z
	.object({
		id: Slug.describe('permanent id of the claim, unique in the timeline'),
		speaker: Slug.describe('id of the actor the proposition is attributed to'),
		proposition: Text.describe("what is claimed, in the editors' words"),
		quote: Text.optional().describe("the source's words for it, verbatim"),
		source: Slug.optional().describe('id of the source that carries the quote'),
		attribution: z
			.array(AttributionHop)
			.default([])
			.describe('who says so, hop by hop, from the speaker outwards'),
		status: z.enum(CLAIM_STATUSES),
		note: Text.optional()
	})
	.strict();

export const EventLink = z
	.object({
		type: z.enum(LINK_TYPES),
		target: Slug.describe('id of another event'),
		note: Text.optional()
	})
	.strict();

const PloverWord = z
	.string()
	.regex(
		/^[a-z-]+$/,
		'is not a PLOVER mode or context; expected lower-case words such as third-party'
	);

export const Codes = z
	.object({
		cameo: z
			.array(
				z
					.string()
					.regex(
						/^\d{2,4}$/,
						'is not a CAMEO code; expected 2 to 4 digits in a string, such as "042"'
					)
			)
			.optional(),
		plover: z
			.object({
				category: z.enum(PLOVER_CATEGORIES),
				mode: PloverWord.optional(),
				context: z.array(PloverWord).optional()
			})
			.strict()
			.optional()
	})
	.strict();

export const TimelineEvent = z
	.object({
		id: Slug.describe(
			"permanent id, part of the event's address; to rename, keep the old id in aliases"
		),
		title: Text.describe('short headline'),
		kind: EventKind,
		summary: Text.describe("what happened, in the editors' words"),
		status: EventStatus.describe(
			'occurred: confirmed; reported: one chain of sources, undenied; claimed: asserted by an interested party; contested: denied or contradicted; scheduled: announced with a date; proposed: floated; did-not-happen; cancelled'
		),
		date: EventDate,
		prominence: z
			.enum(PROMINENCES)
			.optional()
			.describe(
				'key: one of the few decisive events of the story, drawn larger, accented and always labelled; normal (the default): every other event'
			),
		place: Slug.optional().describe('id of an entry in places'),
		participants: z.array(Participant).min(1),
		evidence: z
			.array(Evidence)
			.min(1)
			.describe('what backs the event: quotes or citations, each naming its source'),
		attribution: z
			.array(AttributionHop)
			.default([])
			.describe('who says so, hop by hop, from the original speaker out to the source we read'),
		claims: z.array(Claim).default([]).describe('propositions made or relayed at the event'),
		links: z.array(EventLink).default([]).describe('relations to other events'),
		inSource: z
			.boolean()
			.default(false)
			.describe(
				"true: the timeline's main source reports it; false or absent: added context with its own sources"
			),
		codes: Codes.optional(),
		aliases: z.array(Slug).default([]).describe('former ids; old links redirect here'),
		note: Text.optional()
	})
	.strict();

export const EditorNote = z
	.object({
		text: Text,
		date: IsoDay.optional(),
		author: Text.optional()
	})
	.strict();

/** Where an imported timeline came from; pages say so until the editors source it event by event. */
export const Imported = z
	.object({
		from: Text.describe('the tool the file was made with: "TimelineJS"'),
		file: Text.describe('the name of the imported file'),
		date: IsoDay.describe('the day of the import')
	})
	.strict();

export const Timeline = z
	.object({
		$schema: z
			.string()
			.optional()
			.describe('"../timeline.schema.json", so editors check the file as you type'),
		id: Slug.describe("the timeline's id: the file name without .json, and its address"),
		title: Text,
		summary: Text,
		language: z
			.string()
			.regex(
				/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/,
				'is not a BCP 47 language tag; expected a tag such as en or en-GB'
			),
		asOf: IsoDay.describe('the date up to which the editors checked the facts'),
		mainSource: Slug.optional().describe(
			'id of the source the timeline is built from; events with inSource: true are reported by it. Omit for a timeline compiled from many sources'
		),
		sources: z.array(Source).min(1),
		affiliations: z.array(Affiliation).min(1),
		actors: z.array(Actor).min(1),
		places: z.array(Place).default([]),
		events: z.array(TimelineEvent).min(1),
		notes: z.array(EditorNote).default([]),
		imported: Imported.optional().describe(
			'set by the importer: the timeline came from another tool and is not yet sourced event by event'
		)
	})
	.strict();

export type Precision = z.infer<typeof Precision>;
export type PartOfDay = z.infer<typeof PartOfDay>;
export type DatePoint = z.infer<typeof DatePoint>;
export type EventDate = z.infer<typeof EventDate>;
export type Source = z.infer<typeof Source>;
export type Affiliation = z.infer<typeof Affiliation>;
export type Actor = z.infer<typeof Actor>;
export type Place = z.infer<typeof Place>;
export type EventKind = z.infer<typeof EventKind>;
export type EventStatus = z.infer<typeof EventStatus>;
export type Participant = z.infer<typeof Participant>;
export type Evidence = z.infer<typeof Evidence>;
export type AttributionHop = z.infer<typeof AttributionHop>;
export type Claim = z.infer<typeof Claim>;
export type EventLink = z.infer<typeof EventLink>;
export type Codes = z.infer<typeof Codes>;
export type TimelineEvent = z.infer<typeof TimelineEvent>;
export type Imported = z.infer<typeof Imported>;
export type Timeline = z.infer<typeof Timeline>;
