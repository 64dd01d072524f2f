/**
 * Citations: evidence, claims and attributions name real sources and actors, quotes say when
 * words were left out, and an event's inSource agrees with the evidence from the main source.
 */
import type { JsonPath } from '../json';
import { isSlug, objects, type Index, type Obj, type RuleContext } from './context';
import type { Ref } from './references';
import { ELLIPSIS } from './sources';

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

/** What the citation rules share: the reference check, and every source id cited so far. */
export interface Citing {
	ref: Ref;
	/** every source id something cites: a listed source nobody cites backs nothing */
	cited: Set<unknown>;
}

/** Reports hops of an attribution chain that name nobody, or no actor or source. */
export function checkHops(ctx: RuleContext, { ref, cited }: Citing, list: unknown, path: JsonPath) {
	for (const [hop, hopPath] of objects(list, path)) {
		if (hop.actor === undefined && hop.source === undefined && hop.label === undefined) {
			ctx.report(
				hopPath,
				'names nobody; expected an actor, a source or a label saying who passed the word on'
			);
		}
		ref([...hopPath, 'actor'], hop.actor, 'actors');
		ref([...hopPath, 'source'], hop.source, 'sources');
		cited.add(hop.source);
	}
}

/**
 * Reports evidence that names no source or quotes with an undeclared ellipsis, and an inSource
 * that the evidence from the timeline's mainSource contradicts.
 */
export function checkEvidence(
	ctx: RuleContext,
	{ ref, cited }: Citing,
	root: Obj,
	sources: Index,
	event: Obj,
	path: JsonPath
): void {
	const evidenceSources: string[] = [];
	for (const [evidence, ePath] of objects(event.evidence, [...path, 'evidence'])) {
		cited.add(evidence.source);
		if (ref([...ePath, 'source'], evidence.source, 'sources')) {
			evidenceSources.push(evidence.source as string);
		}
		const ellipsis = undeclaredEllipsis(evidence.quote, evidence.note);
		if (ellipsis) ctx.report([...ePath, 'quote'], ellipsis);
	}
	const mainSource = isSlug(root.mainSource) ? root.mainSource : undefined;
	if (event.inSource === true && root.mainSource === undefined) {
		ctx.report(
			[...path, 'inSource'],
			'is true but the timeline has no mainSource; expected a mainSource naming the source that reports this event, or no inSource'
		);
	} else if (mainSource && sources.has(mainSource) && evidenceSources.length) {
		const fromMain = evidenceSources.includes(mainSource);
		if (event.inSource === true && !fromMain) {
			ctx.report(
				[...path, 'inSource'],
				`is true but no evidence cites the main source "${mainSource}"; expected evidence from it, or inSource false`
			);
		} else if (event.inSource === false && evidenceSources.every((s) => s === mainSource)) {
			ctx.report(
				[...path, 'inSource'],
				`is false but all evidence comes from the main source "${mainSource}"; expected inSource true, or evidence from the sources that add this context`
			);
		}
	}
}

/** Reports claims that name no speaker or source, quote with an undeclared ellipsis, or lack a source. */
export function checkClaims(ctx: RuleContext, citing: Citing, event: Obj, path: JsonPath): void {
	const { ref, cited } = citing;
	for (const [claim, cPath] of objects(event.claims, [...path, 'claims'])) {
		ref([...cPath, 'speaker'], claim.speaker, 'actors');
		ref([...cPath, 'source'], claim.source, 'sources');
		cited.add(claim.source);
		const ellipsis = undeclaredEllipsis(claim.quote, claim.note);
		if (ellipsis) ctx.report([...cPath, 'quote'], ellipsis);
		if (claim.quote !== undefined && claim.source === undefined) {
			ctx.report(
				[...cPath, 'source'],
				'is missing while the claim has a quote; expected the id of the source that carries the quote'
			);
		}
		checkHops(ctx, citing, claim.attribution, [...cPath, 'attribution']);
	}
}
