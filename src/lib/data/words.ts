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
import { listFormat } from '$lib/i18n/locale';
import { m } from '$lib/i18n';
import { wordsOf } from '$lib/i18n/words-of';

export const KIND_WORDS: Readonly<Record<EventKind, string>> = wordsOf({
	summit: m.common_kind_summit,
	meeting: m.common_kind_meeting,
	call: m.common_kind_call,
	videoconference: m.common_kind_videoconference,
	statement: m.common_kind_statement,
	post: m.common_kind_post,
	remarks: m.common_kind_remarks,
	speech: m.common_kind_speech,
	interview: m.common_kind_interview,
	report: m.common_kind_report,
	proposal: m.common_kind_proposal,
	threat: m.common_kind_threat,
	announcement: m.common_kind_announcement,
	agreement: m.common_kind_agreement,
	sanction: m.common_kind_sanction,
	other: m.common_kind_other
});

const STATUS_MESSAGES: Record<EventStatus, { label: () => string; meaning: () => string }> = {
	occurred: { label: m.common_status_occurred, meaning: m.common_status_occurred_meaning },
	reported: { label: m.common_status_reported, meaning: m.common_status_reported_meaning },
	claimed: { label: m.common_status_claimed, meaning: m.common_status_claimed_meaning },
	contested: { label: m.common_status_contested, meaning: m.common_status_contested_meaning },
	scheduled: { label: m.common_status_scheduled, meaning: m.common_status_scheduled_meaning },
	proposed: { label: m.common_status_proposed, meaning: m.common_status_proposed_meaning },
	'did-not-happen': {
		label: m.common_status_did_not_happen,
		meaning: m.common_status_did_not_happen_meaning
	},
	cancelled: { label: m.common_status_cancelled, meaning: m.common_status_cancelled_meaning }
};

const statusTable = <T>(pick: (w: { label: () => string; meaning: () => string }) => () => T) =>
	wordsOf(
		Object.fromEntries(Object.entries(STATUS_MESSAGES).map(([s, w]) => [s, pick(w)])) as Record<
			EventStatus,
			() => T
		>
	);

/** A status in a word, and what it means on this site. */
export const STATUS_WORDS: Readonly<Record<EventStatus, { label: string; meaning: string }>> =
	statusTable((w) => () => ({ label: w.label(), meaning: w.meaning() }));

/** A status in a word or two: "Did not happen". */
export const STATUS_LABELS = statusTable((w) => w.label);

/** What a status means, in a phrase a reader can check against the sources. */
export const STATUS_MEANINGS = statusTable((w) => w.meaning);

export const ROLE_WORDS: Readonly<Record<Participant['role'], string>> = wordsOf({
	host: m.common_role_host,
	visitor: m.common_role_visitor,
	participant: m.common_role_participant,
	caller: m.common_role_caller,
	recipient: m.common_role_recipient,
	author: m.common_role_author,
	speaker: m.common_role_speaker,
	signatory: m.common_role_signatory,
	audience: m.common_role_audience,
	subject: m.common_role_subject,
	publisher: m.common_role_publisher,
	invitee: m.common_role_invitee,
	mediator: m.common_role_mediator
});

const link = (out: () => string, into: () => string) => () => ({ out: out(), in: into() });

/**
 * A link relation read from either end: `out` on the page of the event that holds the link,
 * `in` on the page of its target ("A follows B": A shows "Follows B", B shows "Followed by A").
 */
export const LINK_WORDS: Readonly<Record<EventLink['type'], { out: string; in: string }>> = wordsOf(
	{
		follows: link(m.common_link_follows, m.common_link_follows_in),
		precedes: link(m.common_link_precedes, m.common_link_precedes_in),
		partOf: link(m.common_link_part_of, m.common_link_part_of_in),
		respondsTo: link(m.common_link_responds_to, m.common_link_responds_to_in),
		proposedDuring: link(m.common_link_proposed_during, m.common_link_proposed_during_in),
		announcedIn: link(m.common_link_announced_in, m.common_link_announced_in_in),
		outcomeOf: link(m.common_link_outcome_of, m.common_link_outcome_of_in),
		contradicts: link(m.common_link_contradicts, m.common_link_contradicts_in),
		corroborates: link(m.common_link_corroborates, m.common_link_corroborates_in),
		reportedIn: link(m.common_link_reported_in, m.common_link_reported_in_in),
		derivedFrom: link(m.common_link_derived_from, m.common_link_derived_from_in),
		supersededBy: link(m.common_link_superseded_by, m.common_link_superseded_by_in),
		cancelledBy: link(m.common_link_cancelled_by, m.common_link_cancelled_by_in),
		cancels: link(m.common_link_cancels_out, m.common_link_cancels_in)
	}
);

const PRECISION_WORDS: Readonly<Record<DatePoint['precision'], string>> = wordsOf({
	minute: m.common_precision_minute,
	hour: m.common_precision_hour,
	'part-of-day': m.common_precision_part_of_day,
	day: m.common_precision_day,
	week: m.common_precision_week,
	month: m.common_precision_month,
	year: m.common_precision_year
});

function pointPrecision(point: DatePoint): string {
	let precision = PRECISION_WORDS[point.precision];
	if (point.approximate) precision = m.common_precision_approximate({ precision });
	if (point.uncertain) precision = m.common_precision_uncertain({ precision });
	return precision;
}

/**
 * How precise a date is, in words: "to the minute", "start to the day; end to the month,
 * approximate", "one moment within the range, to the day".
 */
export function describePrecision(date: EventDate): string {
	const start = pointPrecision(date.start);
	if (!date.end) return start;
	const end = pointPrecision(date.end);
	const both = start === end ? start : m.common_precision_start_end({ start, end });
	return date.within ? m.common_precision_within({ precision: both }) : both;
}

export const CLAIM_STATUS_WORDS: Readonly<Record<Claim['status'], string>> = wordsOf({
	asserted: m.common_claim_asserted,
	corroborated: m.common_claim_corroborated,
	contested: m.common_claim_contested,
	denied: m.common_claim_denied,
	unverified: m.common_claim_unverified,
	retracted: m.common_claim_retracted
});

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

/** Words as a list in the language's way: "a", "a and b", "a, b and c" (or "or" for a choice). */
export function listText(words: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
	return listFormat(conjunction).format(words);
}
