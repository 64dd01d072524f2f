/**
 * The rules a schema cannot express: unique ids, references that resolve, dates that exist and run
 * forwards, real time zones, plausible years, and an event's status that agrees with its date.
 *
 * The rules read the raw parsed JSON, not zod's output, so they run even when the schema found
 * problems elsewhere, and one run lists everything. Each rule looks only at values of the right
 * shape: a value of the wrong shape is the schema's to report, and is not reported twice.
 *
 * Each family of rules has its module; this one runs them in a fixed order, item by item, so the
 * problems come in the same order on every run.
 *
 * Runtime imports stay relative (see validate.ts).
 */
import { checkClaims, checkEvidence, checkHops, type Citing } from './citations';
import { isObject, objects, type RuleContext } from './context';
import { checkAsOf, checkEventDate, checkNoteDates, checkPublished, checkStatus } from './dates';
import { checkFileName, checkIds } from './ids';
import { checkEventPlace, checkPlaces } from './places';
import { checkLinks, checkParticipants, referenceChecker } from './references';
import { checkSourceUrl, checkUncited } from './sources';
import { checkZone } from './zones';

export { undeclaredEllipsis } from './citations';
export type { RuleContext } from './context';
export { FUTURE_YEARS, PAST_STATUSES, YEAR_MAX, YEAR_MIN } from './dates';
export { ZONED_PLACE_KINDS } from './places';
export { didYouMean } from './suggest';
export { zoneProblem } from './zones';

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
	const ids = checkIds(ctx, root);
	const ref = referenceChecker(ctx, ids);

	// ---- the timeline itself
	checkFileName(ctx, root, options.expectedId);
	const asOf = checkAsOf(ctx, root);
	ref(['mainSource'], root.mainSource, 'sources');
	const citing: Citing = { ref, cited: new Set<unknown>([root.mainSource]) };
	checkNoteDates(ctx, root);

	// ---- sources, affiliations, actors, places
	for (const [source, path] of objects(root.sources, ['sources'])) {
		checkSourceUrl(ctx, source, path);
		checkPublished(ctx, source, path, asOf);
	}
	for (const [actor, path] of objects(root.actors, ['actors'])) {
		ref([...path, 'affiliation'], actor.affiliation, 'affiliations');
		checkZone(ctx, [...path, 'zone'], actor.zone);
	}
	const places = checkPlaces(ctx, root);

	// ---- events, each in full before the next
	for (const [event, path] of objects(root.events, ['events'])) {
		const date = checkEventDate(ctx, [...path, 'date'], event.date);
		if (date && asOf) checkStatus(ctx, event, path, date, asOf);
		checkEventPlace(ctx, ref, places, event, path, date);
		checkParticipants(ctx, ref, event, path);
		checkEvidence(ctx, citing, root, ids.sources, event, path);
		checkHops(ctx, citing, event.attribution, [...path, 'attribution']);
		checkClaims(ctx, citing, event, path);
		checkLinks(ctx, ref, event, path);
	}

	checkUncited(ctx, ids.sources, citing.cited);
}
