/**
 * Layout of the briefing's static chart, in viewBox units (the SVG scales to the page width).
 *
 * Two views of the same events, joined by funnels:
 * - a ribbon on a true UTC time scale, where every event is a bar as long as the time its date
 *   covers, so the reader sees when things happened and how long the gaps are;
 * - below it, one numbered column per event, in date order and grouped by day like the list, with a
 *   mark in the lane of each participant's affiliation. Columns are evenly spaced, not to scale:
 *   dense days stay readable, and the funnels show where each day sits on the ribbon.
 */
import { utcTicks } from 'd3-time';
import type { EventStatus } from '$lib/data/schema';
import { EVENT_STATUSES } from '$lib/data/vocabulary';
import { STATUS_LABELS, STATUS_MEANINGS } from '$lib/data/words';
import { clockText, dayMonthText, shortMonthName, yearText } from '$lib/time/calendar-words';
import type { Span } from '$lib/time/dates';
import type { BriefingHeading } from './briefing';
import { DAY } from '$lib/time/durations';
import { linearScale } from '$lib/chart/scale';
import { PRINT_MARKS, type PrintMark } from '$lib/chart/print-marks';
import { m } from '$lib/i18n';

const LEGEND_WORDS: { style: PrintMark; words: () => string }[] = [
	{ style: 'solid', words: m.print_legend_occurred },
	{ style: 'half', words: m.print_legend_unconfirmed },
	{ style: 'hollow', words: m.print_legend_planned },
	{ style: 'crossed', words: m.print_legend_not_happened }
];

/** The legend, in the order it is printed: its text is read in the language in force then. */
export const MARK_LEGEND: readonly { readonly style: PrintMark; readonly text: string }[] =
	LEGEND_WORDS.map(({ style, words }) => ({
		style,
		get text() {
			return words();
		}
	}));

/** One group of the status key: how it is drawn, and the statuses drawn so, in words. */
export interface StatusKeyGroup {
	style: PrintMark;
	statuses: { status: EventStatus; label: string; meaning: string }[];
}

/**
 * The one status key of the briefing, for the overview and the events alike: the mark groups of
 * `MARK_LEGEND`, in its order, with the statuses of this view under each; groups unused are left out.
 */
export function statusKey(statuses: readonly EventStatus[]): StatusKeyGroup[] {
	return MARK_LEGEND.map(({ style }) => ({
		style,
		statuses: EVENT_STATUSES.filter((s) => PRINT_MARKS[s] === style && statuses.includes(s)).map(
			(status) => ({ status, label: STATUS_LABELS[status], meaning: STATUS_MEANINGS[status] })
		)
	})).filter((g) => g.statuses.length);
}

export interface ChartItem {
	id: string;
	number: number;
	status: EventStatus;
	/** a key event: drawn larger, as on the chart */
	key?: boolean;
	span: Span;
	/** affiliation ids */
	lanes: string[];
	day: Pick<BriefingHeading, 'key' | 'short' | 'dated' | 'years'>;
}

export interface ChartLayout {
	width: number;
	height: number;
	/** left and right ends of the plot; lane names sit left of `x0` */
	x0: number;
	x1: number;
	ribbon: {
		y: number;
		ticks: { x: number; label: string }[];
		bars: { id: string; x0: number; x1: number }[];
	};
	lanes: { id: string; name: string; y: number }[];
	laneHeight: number;
	/** top and bottom of the lane area */
	lanesTop: number;
	lanesBottom: number;
	numberY: number;
	radius: number;
	columns: {
		id: string;
		number: number;
		x: number;
		style: PrintMark;
		/** y of each mark, top to bottom */
		marks: number[];
		showNumber: boolean;
		/** a key event: a larger mark, and its number always shown */
		key: boolean;
	}[];
	groups: {
		key: string;
		label: string;
		x0: number;
		x1: number;
		/** the group's extent on the ribbon */
		from: number;
		to: number;
		labelX: number;
		labelY: number;
	}[];
}

export interface ChartOptions {
	width?: number;
	/** room for lane names, left of the plot */
	labelWidth?: number;
	laneHeight?: number;
	/** space between day groups */
	gap?: number;
	/** average glyph width of the axis font, to keep labels apart */
	charWidth?: number;
}

function tickLabel(ms: number, spanDays: number): string {
	const d = new Date(ms);
	const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
	// a short span has ticks within the day: give their time
	if (!midnight) return clockText(d);
	if (d.getUTCMonth() === 0 && d.getUTCDate() === 1) return yearText(d);
	if (d.getUTCDate() === 1 && spanDays > 60) return shortMonthName(d);
	return dayMonthText(d);
}

/** Lays out the chart for `items` (in date order) over `lanes` (only lanes with marks are kept). */
export function layoutChart(
	items: readonly ChartItem[],
	lanes: readonly { id: string; name: string }[],
	options: ChartOptions = {}
): ChartLayout {
	const width = options.width ?? 640;
	const labelWidth = options.labelWidth ?? 100;
	const laneHeight = options.laneHeight ?? 13;
	const maxGap = options.gap ?? 7;
	const charWidth = options.charWidth ?? 5;
	const x0 = labelWidth + 8;
	const x1 = width - 4;

	// the ribbon: true time
	const start = Math.min(...items.map((i) => i.span.start));
	const end = Math.max(...items.map((i) => i.span.end));
	// a linear scale with d3-time's UTC ticks is what d3's UTC scale is made of, without the
	// formats and interpolators the UTC scale would bring
	const domain: [number, number] = items.length ? [start, end] : [0, 1];
	const time = linearScale(domain, [x0, x1]);
	const spanDays = (end - start) / DAY;
	const ribbonY = 22;
	const ticks = utcTicks(new Date(domain[0]), new Date(domain[1]), 6).map((t) => ({
		x: time(t.getTime()),
		label: tickLabel(t.getTime(), spanDays)
	}));
	const bars = items.map((i) => {
		const a = time(i.span.start);
		const b = time(i.span.end);
		// a bar is at least a hairline wide
		const mid = (a + b) / 2;
		return b - a < 1.2 ? { id: i.id, x0: mid - 0.6, x1: mid + 0.6 } : { id: i.id, x0: a, x1: b };
	});

	// the columns: one per event, grouped by day
	const groupKeys: string[] = [];
	for (const i of items) if (groupKeys.at(-1) !== i.day.key) groupKeys.push(i.day.key);
	const groupCount = groupKeys.length;
	// gaps between days take at most a third of the width, however many days there are
	const gap = Math.min(maxGap, (x1 - x0) / 3 / Math.max(1, groupCount - 1));
	const columnWidth = items.length
		? (x1 - x0 - gap * Math.max(0, groupCount - 1)) / items.length
		: 0;
	const numberY = 64;
	const lanesTop = numberY + 6;
	const used = new Set(items.flatMap((i) => i.lanes));
	const keptLanes = lanes.filter((l) => used.has(l.id));
	const laneY = new Map(keptLanes.map((l, k) => [l.id, lanesTop + (k + 0.5) * laneHeight]));
	const lanesBottom = lanesTop + keptLanes.length * laneHeight;
	const digits = String(items.length).length;
	const every = Math.max(1, Math.ceil((digits * charWidth * 1.1 + 2) / Math.max(columnWidth, 0.1)));

	let group = -1;
	let lastKey: string | undefined;
	const columns = items.map((item, k) => {
		if (item.day.key !== lastKey) {
			group += 1;
			lastKey = item.day.key;
		}
		return {
			id: item.id,
			number: item.number,
			x: x0 + group * gap + (k + 0.5) * columnWidth,
			style: PRINT_MARKS[item.status],
			marks: item.lanes
				.map((l) => laneY.get(l))
				.filter((y): y is number => y !== undefined)
				.sort((a, b) => a - b),
			showNumber: item.number % every === 0 || every === 1 || k === 0 || !!item.key,
			key: !!item.key
		};
	});

	// a day's label names its year when the days fall in more than one
	const years = new Set(items.flatMap((i) => i.day.years));
	const dated = years.size > 1;
	// day groups, with labels staggered onto extra rows when they would touch
	const groups: ChartLayout['groups'] = [];
	const rowEnds: number[] = [];
	const rowHeight = 10;
	let k = 0;
	for (const key of groupKeys) {
		const members: number[] = [];
		while (k < items.length && items[k]?.day.key === key) members.push(k++);
		const first = columns[members[0] ?? 0];
		const last = columns[members.at(-1) ?? 0];
		if (!first || !last) continue;
		const gx0 = first.x - columnWidth / 2;
		const gx1 = last.x + columnWidth / 2;
		const day = items[members[0] ?? 0]?.day;
		const label = (dated ? day?.dated : day?.short) ?? key;
		const half = (label.length * charWidth) / 2;
		// centred under the group, but never past the chart's right edge
		const centre = Math.min((gx0 + gx1) / 2, width - half);
		let row = rowEnds.findIndex((endX) => endX + 4 <= centre - half);
		if (row < 0) row = rowEnds.length;
		rowEnds[row] = centre + half;
		const spans = members.map((m) => items[m]?.span).filter((s): s is Span => !!s);
		groups.push({
			key,
			label,
			x0: gx0,
			x1: gx1,
			from: time(Math.min(...spans.map((s) => s.start))),
			to: time(Math.max(...spans.map((s) => s.end))),
			labelX: centre,
			labelY: lanesBottom + 13 + row * rowHeight
		});
	}
	const rows = Math.max(1, rowEnds.length);
	return {
		width,
		height: lanesBottom + 13 + (rows - 1) * rowHeight + 4,
		x0,
		x1,
		ribbon: { y: ribbonY, ticks, bars },
		lanes: keptLanes.map((l) => ({ ...l, y: laneY.get(l.id) ?? 0 })),
		laneHeight,
		lanesTop,
		lanesBottom,
		numberY,
		radius: Math.max(1.5, Math.min(4.2, columnWidth * 0.3)),
		columns,
		groups
	};
}
