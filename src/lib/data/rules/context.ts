/**
 * What every family of rules shares: the way to report a problem, and readers of the raw JSON that
 * hand a rule only values of a shape it can check (a value of the wrong shape is the schema's).
 */
import type { JsonPath } from '../json';
import { SLUG_PATTERN } from '../schema';

export interface RuleContext {
	report(path: JsonPath, message: string): void;
	/** the line where the value at `path` starts, to point at a first occurrence */
	lineOf(path: JsonPath): number;
}

export type Obj = Record<string, unknown>;
/** An id and where it was written. */
export type Index = Map<string, JsonPath>;

export function isObject(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The objects of a list, with their paths. */
export function objects(list: unknown, path: JsonPath): [Obj, JsonPath][] {
	if (!Array.isArray(list)) return [];
	const out: [Obj, JsonPath][] = [];
	list.forEach((item, i) => {
		if (isObject(item)) out.push([item, [...path, i]]);
	});
	return out;
}

export const isSlug = (v: unknown): v is string => typeof v === 'string' && SLUG_PATTERN.test(v);
