/**
 * The data's codes in words, for readers: kinds, statuses, roles, link relations and precisions.
 * Kept in one table per vocabulary so every view (panel, list, print, exports) says the same thing.
 */
import type {
	DatePoint,
	EventDate,
	EventKind,
	EventStatus,
	EventLink,
	Claim,
	Participant
} from '$lib/data/schema';

export const KIND_WORDS: Record<EventKind, string> = {
	summit: 'Summit',
	meeting: 'Meeting',
	call: 'Phone call',
	videoconference: 'Video conference',
	statement: 'Statement',
	post: 'Social media post',
	remarks: 'Remarks',
	speech: 'Speech',
	interview: 'Interview',
	report: 'Press report',
	proposal: 'Proposal',
	threat: 'Threat',
	announcement: 'Announcement',
	agreement: 'Agreement',
	sanction: 'Sanction',
	other: 'Other event'
};

/** A status in a word, and what it means on this site. */
export const STATUS_WORDS: Record<EventStatus, { label: string; meaning: string }> = {
	occurred: { label: 'Occurred', meaning: 'it happened, and this is independently confirmed' },
	reported: {
		label: 'Reported',
		meaning: 'it happened according to one chain of sources, and nobody has denied it'
	},
	claimed: {
		label: 'Claimed',
		meaning: 'an interested party says so; nobody has confirmed it independently'
	},
	contested: {
		label: 'Contested',
		meaning: 'claimed, and denied or contradicted by another party'
	},
	scheduled: { label: 'Scheduled', meaning: 'announced for a date' },
	proposed: { label: 'Proposed', meaning: 'floated, with no agreement to hold it' },
	'did-not-happen': {
		label: 'Did not happen',
		meaning: 'proposed or planned, but it never took place'
	},
	cancelled: { label: 'Cancelled', meaning: 'formally called off' }
};

const statusTable = <T>(pick: (w: { label: string; meaning: string }) => T) =>
	Object.fromEntries(Object.entries(STATUS_WORDS).map(([s, w]) => [s, pick(w)])) as Record<
		EventStatus,
		T
	>;

/** A status in a word or two: "Did not happen". */
export const STATUS_LABELS = statusTable((w) => w.label);

/** What a status means, in a phrase a reader can check against the sources. */
export const STATUS_MEANINGS = statusTable((w) => w.meaning);

export const ROLE_WORDS: Record<Participant['role'], string> = {
	host: 'host',
	visitor: 'visitor',
	participant: 'participant',
	caller: 'caller',
	recipient: 'recipient',
	author: 'author',
	speaker: 'speaker',
	signatory: 'signatory',
	audience: 'audience',
	subject: 'subject (not a participant)',
	publisher: 'publisher',
	invitee: 'invited',
	mediator: 'mediator'
};

/**
 * A link relation read from either end: `out` on the page of the event that holds the link,
 * `in` on the page of its target ("A follows B": A shows "Follows B", B shows "Followed by A").
 */
export const LINK_WORDS: Record<EventLink['type'], { out: string; in: string }> = {
	follows: { out: 'Follows', in: 'Followed by' },
	precedes: { out: 'Precedes', in: 'Preceded by' },
	partOf: { out: 'Part of', in: 'Includes' },
	respondsTo: { out: 'Responds to', in: 'Answered by' },
	proposedDuring: { out: 'Proposed during', in: 'Occasion of the proposal' },
	announcedIn: { out: 'Announced in', in: 'Announces' },
	outcomeOf: { out: 'Outcome of', in: 'Led to' },
	contradicts: { out: 'Contradicts', in: 'Contradicted by' },
	corroborates: { out: 'Corroborates', in: 'Corroborated by' },
	reportedIn: { out: 'Reported in', in: 'Reports' },
	derivedFrom: { out: 'Derived from', in: 'Source of' },
	supersededBy: { out: 'Superseded by', in: 'Supersedes' },
	cancelledBy: { out: 'Cancelled by', in: 'Cancels' },
	cancels: { out: 'Cancels', in: 'Cancelled by' }
};

const PRECISION_WORDS: Record<DatePoint['precision'], string> = {
	minute: 'to the minute',
	hour: 'to the hour',
	'part-of-day': 'to the part of the day',
	day: 'to the day',
	week: 'to the week',
	month: 'to the month',
	year: 'to the year'
};

function pointPrecision(point: DatePoint): string {
	const words = [PRECISION_WORDS[point.precision]];
	if (point.approximate) words.push('approximate');
	if (point.uncertain) words.push('uncertain');
	return words.join(', ');
}

/**
 * How precise a date is, in words: "to the minute", "start to the day; end to the month,
 * approximate", "one moment within the range, to the day".
 */
export function describePrecision(date: EventDate): string {
	const start = pointPrecision(date.start);
	if (!date.end) return start;
	const end = pointPrecision(date.end);
	const both = start === end ? start : `start ${start}; end ${end}`;
	return date.within ? `a single moment somewhere in the range; ${both}` : both;
}

export const CLAIM_STATUS_WORDS: Record<Claim['status'], string> = {
	asserted: 'asserted, not checked',
	corroborated: 'corroborated by other sources',
	contested: 'contested',
	denied: 'denied',
	unverified: 'could not be verified',
	retracted: 'retracted'
};

/** Sentence-ending punctuation, perhaps inside closing quotation marks: `D.C.`, `why?”`, `so…`. */
const ENDS_SENTENCE = /[.!?…]["'”’»]*$/;

/**
 * Text ended as a sentence: a full stop is added only when the text does not already end in one
 * (or in ! ? …), so a place named "Washington, D.C." never reads "D.C..".
 */
export function sentence(text: string): string {
	const trimmed = text.trimEnd();
	return ENDS_SENTENCE.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** Words as a list: "a", "a and b", "a, b and c" (or "or" for a choice). */
export function listText(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
	if (words.length < 2) return words.join('');
	return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}
