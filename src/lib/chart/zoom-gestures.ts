/**
 * d3-zoom bound to the chart's SVG: Ctrl/⌘ + wheel, drag, two-finger pinch and double-click become
 * transforms in the chart's state. It draws nothing. The plain wheel and one finger on a touch
 * screen are left to scroll the page. Fetched once the chart is on screen
 * (`zoomable.svelte.ts`): d3-zoom and what it imports are a sixth of the timeline page's code, and
 * the first draw needs none of it.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import type { ViewTransform } from '$lib/chart/scale';
import { wheelDelta, zoomsWheel } from '$lib/chart/zoom';
import type { ChartState } from './state.svelte';

export interface Gestures {
	/** the chart's new size or zoom limit */
	limit(width: number, height: number, kMax: number): void;
	/** stops listening */
	destroy(): void;
}

export function zoomGestures(chart: ChartState, svg: SVGSVGElement): Gestures {
	const behavior = zoom<SVGSVGElement, unknown>()
		// a double-click zooms at once: the chart animates nothing (see no-transitions.ts)
		.duration(0)
		.wheelDelta(wheelDelta)
		.filter((event: Event) => {
			if (event instanceof WheelEvent) {
				return zoomsWheel(event) && Math.abs(event.deltaY) >= Math.abs(event.deltaX);
			}
			if (typeof TouchEvent !== 'undefined' && event instanceof TouchEvent) {
				return event.touches.length >= 2;
			}
			const mouse = event as MouseEvent;
			return !mouse.ctrlKey && !mouse.button;
		})
		// a wheel's zoom, which d3-zoom ends once the wheel has been still for 150 ms (a press on a
		// mark starts a gesture too, and must leave the mark under the pointer where it is)
		.on('start', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			if ((event.sourceEvent as Event | null)?.type === 'wheel') chart.gesture(true);
		})
		.on('end', () => chart.gesture(false))
		.on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
			const { k, x } = event.transform;
			if (k !== chart.transform.k || x !== chart.transform.x) chart.transform = { k, x };
		});
	select(svg).call(behavior);
	// keep d3-zoom's own copy in step with the buttons and keys, or its next gesture would jump back
	const follow = ({ k, x }: ViewTransform) =>
		behavior.transform(select(svg), zoomIdentity.translate(x, 0).scale(k));
	// start d3-zoom where the chart already is (an event page opens zoomed)
	follow(chart.transform);
	chart.connectZoom(follow);

	return {
		limit(width, height, kMax) {
			const box: [[number, number], [number, number]] = [
				[0, 0],
				[width, height]
			];
			behavior.scaleExtent([1, kMax]).extent(box).translateExtent(box);
		},
		destroy() {
			select(svg).on('.zoom', null);
			chart.disconnectZoom();
		}
	};
}
