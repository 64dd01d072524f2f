/**
 * Kinds and statuses in words, for the legend, tooltips, the list view and screen readers. The
 * chart never relies on colour: every encoding here also has a shape, a pattern or a word.
 */
import type { EventKind, EventStatus } from '$lib/data/schema';

export const KIND_LABELS: Record<EventKind, string> = {
	summit: 'Summit',
	meeting: 'Meeting',
	call: 'Phone call',
	videoconference: 'Video call',
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
	other: 'Other'
};

export const STATUS_LABELS: Record<EventStatus, string> = {
	occurred: 'Occurred',
	reported: 'Reported only',
	claimed: 'Claimed',
	scheduled: 'Scheduled',
	proposed: 'Proposed',
	'did-not-happen': 'Did not happen',
	cancelled: 'Cancelled',
	contested: 'Contested'
};

/** One line per status, for the legend. */
export const STATUS_DESCRIPTIONS: Record<EventStatus, string> = {
	occurred: 'confirmed to have taken place',
	reported: 'known only from press reports',
	claimed: 'one side says it happened',
	scheduled: 'planned, not yet held',
	proposed: 'suggested, not agreed',
	'did-not-happen': 'announced or expected, but did not take place',
	cancelled: 'was scheduled, then called off',
	contested: 'the sides disagree that it happened as told'
};
