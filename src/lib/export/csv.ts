/**
 * The timeline as CSV (RFC 4180), one row per event in date order, for spreadsheets and scripts.
 *
 * - UTF-8 with a byte-order mark. Excel opens a BOM-less CSV in the legacy ANSI code page and
 *   garbles "–", "é" or "ё"; with the BOM it reads UTF-8, and most CSV readers skip it (Python's
 *   `utf-8-sig`, pandas, R's readr, LibreOffice).
 * - CRLF between records; a field is quoted when it holds a comma, a quote or a line break, and
 *   line breaks inside fields are CRLF too.
 * - Formula injection: a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return would
 *   run as a formula in a spreadsheet, so it gets a leading `'` (OWASP's advice).
 * - Times: `start_local`/`end_local` are ISO 8601 in the event's zone with the offset,
 *   `start_utc`/`end_utc` the same instants in UTC. The end is exclusive: the first moment after
 *   the event's date, as precise as the date is (a day ends at the next midnight).
 * - Evidence: `sources` has one line per piece of evidence, a citation without a quote marked
 *   "cited, not quoted" with its note; `quote` holds the verbatim quotes only.
 */
import type { Timeline, TimelineEvent } from '$lib/data/schema';
import { eventSpan, toEdtf } from '$lib/time/dates';
import { sortByHeading } from '$lib/time/headings';
import { formatEventDateWithZone } from '$lib/time/format';
import {
	evidenceCitation,
	indexTimeline,
	participantsText,
	placeName,
	type TimelineIndex
} from './describe';
import { eventUrl } from './urls';
import { isoInZone, isoUtc } from './zones';
import { m } from '$lib/i18n';

export const CSV_COLUMNS = [
	'id',
	'title',
	'kind',
	'status',
	'date',
	'start_local',
	'end_local',
	'start_utc',
	'end_utc',
	'zone',
	'precision',
	'edtf',
	'participants',
	'place',
	'in_source',
	'sources',
	'quote',
	'url'
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Prefixes a cell a spreadsheet would run as a formula with `'`. */
export function neutralise(value: string): string {
	return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field: neutralised, line breaks as CRLF, quoted when it must be. */
export function csvField(value: string): string {
	const safe = neutralise(value).replace(/\r\n?|\n/g, '\r\n');
	return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRecord(values: readonly string[]): string {
	return values.map(csvField).join(',');
}

function row(
	event: TimelineEvent,
	timeline: Timeline,
	index: TimelineIndex,
	root: string
): Record<CsvColumn, string> {
	const { date } = event;
	const span = eventSpan(date);
	// a citation without a quote says so where it is listed: it has no words in the quote column
	const sources = event.evidence.map((e) => {
		const url = index.sources.get(e.source)?.url;
		const cited = e.quote
			? ''
			: ` (${e.note ? m.export_csv_cited_note({ note: e.note }) : m.export_csv_cited()})`;
		return `${evidenceCitation(e, index)}${cited}${url ? ` <${url}>` : ''}`;
	});
	return {
		id: event.id,
		title: event.title,
		kind: event.kind,
		status: event.status,
		date: formatEventDateWithZone(date),
		start_local: isoInZone(span.start, date.zone),
		end_local: isoInZone(span.end, date.zone),
		start_utc: isoUtc(span.start),
		end_utc: isoUtc(span.end),
		zone: date.zone,
		precision:
			date.end && date.end.precision !== date.start.precision
				? `${date.start.precision}/${date.end.precision}`
				: date.start.precision,
		edtf: toEdtf(date),
		participants: participantsText(event, index),
		place: placeName(event, index) ?? '',
		in_source: event.inSource ? 'yes' : 'no',
		sources: sources.join('\n'),
		quote: event.evidence.flatMap((e) => (e.quote ? [e.quote] : [])).join('\n\n'),
		url: eventUrl(root, timeline.id, event.id)
	};
}

export interface CsvOptions {
	timeline: Timeline;
	/** the site's published root: SITE_ROOT from $lib/server/site */
	root: string;
}

/** The whole file: BOM, header, one record per event, each ending in CRLF. */
export function buildCsv({ timeline, root }: CsvOptions): string {
	const index = indexTimeline(timeline);
	const records = [
		csvRecord(CSV_COLUMNS),
		...sortByHeading(timeline.events).map((event) => {
			const r = row(event, timeline, index, root);
			return csvRecord(CSV_COLUMNS.map((c) => r[c]));
		})
	];
	return `\uFEFF${records.join('\r\n')}\r\n`;
}
