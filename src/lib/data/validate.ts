/**
 * Validates timeline files. FIRST DRAFT: schema checks only, positions at line 1.
 * The full validator (positions, cross-reference rules) replaces this body; the API stays.
 */
import { Timeline, type Timeline as TimelineData } from './schema';

/** One thing wrong with a file, with the place a person must go to fix it. */
export interface Problem {
	file: string;
	line: number;
	column: number;
	/** the event id, or the JSON path when the problem is outside an event */
	where: string;
	field: string;
	message: string;
}

export interface ValidationResult {
	timeline?: TimelineData;
	problems: Problem[];
}

/** `FILE:LINE:COL  <where>  <field>: <message>` */
export function formatProblem(p: Problem): string {
	return `${p.file}:${p.line}:${p.column}  ${p.where}  ${p.field}: ${p.message}`;
}

export function validateTimelineText(text: string, file: string): ValidationResult {
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return {
			problems: [{ file, line: 1, column: 1, where: '$', field: '(json)', message: String(e) }]
		};
	}
	const result = Timeline.safeParse(raw);
	if (result.success) return { timeline: result.data, problems: [] };
	return {
		problems: result.error.issues.map((issue) => ({
			file,
			line: 1,
			column: 1,
			where: '$',
			field: issue.path.join('.'),
			message: issue.message
		}))
	};
}
