/**
 * The chart's keys, handled on the chart's own SVG (keys pressed on a mark bubble up to it), never
 * on document: + and − zoom, arrows move between events and lanes, Shift+arrows and Page Up/Down
 * pan, Home and End go to the first and last event, 0 shows everything, Enter or Space selects
 * and Escape clears the selection.
 */
import type { ChartEvent } from '$lib/chart/data';
import { lowerBound } from '$lib/chart/lanes';
import { inWindow, keyAction } from '$lib/chart/zoom';
import type { ChartState } from './state.svelte';

/** The lane to use for an event: the preferred one if the event is in it, else its first. */
function laneFor(chart: ChartState, e: ChartEvent, preferred?: number): number {
	const lanes = chart.layout.lanesOf(e);
	return preferred !== undefined && lanes.includes(preferred) ? preferred : (lanes[0] ?? 0);
}

/** The event of a lane whose start is nearest `time`. */
function nearestInLane(chart: ChartState, lane: number, time: number): ChartEvent | undefined {
	const l = chart.layout.lanes[lane];
	if (!l || l.events.length === 0) return undefined;
	const i = lowerBound(l.starts, time);
	const after = l.events[i];
	const before = l.events[i - 1];
	if (!before) return after;
	if (!after) return before;
	return time - before.start <= after.start - time ? before : after;
}

/** A keydown handler for the chart's SVG. */
export function chartKeyHandler(chart: ChartState): (event: KeyboardEvent) => void {
	return (event) => {
		const action = keyAction(event.key, {
			shift: event.shiftKey,
			mod: event.ctrlKey || event.metaKey || event.altKey
		});
		if (!action) return;
		event.preventDefault();
		const focused = chart.focused;
		const current = chart.eventById(focused?.id);
		const go = (e: ChartEvent | undefined, lane?: number) => {
			if (e) void chart.focusEvent(e, lane ?? laneFor(chart, e, focused?.lane));
		};
		switch (action.type) {
			case 'zoom':
				return chart.zoomBy(action.factor);
			case 'pan':
				return chart.panByFraction(action.fraction);
			case 'fit':
				return chart.fit();
			case 'first':
				return go(chart.events[0]);
			case 'last':
				return go(chart.events[chart.events.length - 1]);
			case 'step': {
				if (!current)
					return go(chart.events.find((e) => inWindow(e, chart.view)) ?? chart.events[0]);
				return go(chart.events[chart.indexOf(current.id) + action.by]);
			}
			case 'lane': {
				const lane = Math.min(
					chart.layout.lanes.length - 1,
					Math.max(0, (focused?.lane ?? 0) + action.by)
				);
				const time = current?.start ?? (chart.view[0] + chart.view[1]) / 2;
				return go(nearestInLane(chart, lane, time), lane);
			}
			case 'select':
				if (current) chart.select(current.id);
				return;
			case 'deselect':
				if (chart.selectedId) chart.select(null);
				return;
		}
	};
}
