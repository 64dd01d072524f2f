/**
 * The closed vocabularies of the timeline format, without zod, so browser code can use them
 * without shipping the schema library. `schema.ts` builds its enums from these lists.
 */

export const PRECISIONS = [
	'minute',
	'hour',
	'part-of-day',
	'day',
	'week',
	'month',
	'year'
] as const;

export const PARTS_OF_DAY = ['night', 'morning', 'afternoon', 'evening'] as const;

export const AFFILIATION_KINDS = ['state', 'bloc', 'organisation', 'media'] as const;

export const ACTOR_KINDS = ['person', 'state', 'organisation', 'media', 'group'] as const;

export const PLACE_KINDS = ['venue', 'city', 'country', 'aircraft', 'virtual', 'online'] as const;

export const EVENT_KINDS = [
	'summit',
	'meeting',
	'call',
	'videoconference',
	'statement',
	'post',
	'remarks',
	'speech',
	'interview',
	'report',
	'proposal',
	'threat',
	'announcement',
	'agreement',
	'sanction',
	'other'
] as const;

/** How much an event matters to the story: a key event is drawn larger, accented and labelled. */
export const PROMINENCES = ['key', 'normal'] as const;

export const EVENT_STATUSES = [
	'occurred',
	'reported',
	'claimed',
	'scheduled',
	'proposed',
	'did-not-happen',
	'cancelled',
	'contested'
] as const;

export const PARTICIPANT_ROLES = [
	'host',
	'visitor',
	'participant',
	'caller',
	'recipient',
	'author',
	'speaker',
	'signatory',
	'audience',
	'subject',
	'publisher',
	'invitee',
	'mediator'
] as const;

export const ATTRIBUTION_RELATIONS = [
	'said',
	'told',
	'relayed',
	'reported',
	'published',
	'confirmed'
] as const;

export const CLAIM_STATUSES = [
	'asserted',
	'corroborated',
	'contested',
	'denied',
	'unverified',
	'retracted'
] as const;

export const LINK_TYPES = [
	'follows',
	'precedes',
	'partOf',
	'respondsTo',
	'proposedDuring',
	'announcedIn',
	'outcomeOf',
	'contradicts',
	'corroborates',
	'reportedIn',
	'derivedFrom',
	'supersededBy',
	'cancelledBy',
	'cancels'
] as const;

export const PLOVER_CATEGORIES = [
	'AGREE',
	'CONSULT',
	'SUPPORT',
	'CONCEDE',
	'COOPERATE',
	'AID',
	'RETREAT',
	'REQUEST',
	'ACCUSE',
	'REJECT',
	'THREATEN',
	'PROTEST',
	'SANCTION',
	'MOBILIZE',
	'COERCE',
	'ASSAULT'
] as const;
