/**
 * For the rules' specs: runs a family's check with a context that records each problem as
 * `path: message`, in the order reported, so a row of a table can state them all exactly.
 */
import { formatPath } from '../validate';
import type { Obj, RuleContext } from './context';
import { checkIds } from './ids';
import { referenceChecker, type Ref } from './references';

/** Every value is on this line, so messages that point at a first occurrence say `line 7`. */
export const LINE = 7;

/** The problems that `check` reports, as `path: message`. */
export function problems(check: (ctx: RuleContext) => void): string[] {
	const out: string[] = [];
	check({
		report: (path, message) => out.push(`${formatPath(path)}: ${message}`),
		lineOf: () => LINE
	});
	return out;
}

/** A context that drops problems, to build what a check needs from a timeline. */
export const quiet: RuleContext = { report: () => {}, lineOf: () => LINE };

/** The reference check over the ids of `root`. */
export const refsOf = (root: Obj, ctx: RuleContext = quiet): Ref =>
	referenceChecker(ctx, checkIds(quiet, root));
