/**
 * An attachment that lets d3-zoom turn wheel, drag, pinch and double-click on the chart's SVG into
 * transforms in the chart's state. It draws nothing. A horizontal wheel or trackpad swipe pans
 * instead of zooming, and one finger on a touch screen is left to scroll the page.
 */
import type { Attachment } from 'svelte/attachments';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { panBy } from '$lib/timeline/zoom';
import type { ChartState } from './chart.svelte';

export function zoomable(chart: ChartState): Attachment<SVGSVGElement> {
	return (svg) => {
		const behavior = zoom<SVGSVGElement, unknown>()
			// a double-click zooms at once: the chart animates nothing (see no-transitions.ts)
			.duration(0)
			.filter((event: Event) => {
				if (event instanceof WheelEvent) return Math.abs(event.deltaY) >= Math.abs(event.deltaX);
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
		$effect(() => {
			const { width, kMax } = chart.limits;
			const box: [[number, number], [number, number]] = [
				[0, 0],
				[width, chart.height]
			];
			behavior.scaleExtent([1, kMax]).extent(box).translateExtent(box);
		});
		select(svg).call(behavior);
		// start d3-zoom where the chart already is (an event page opens zoomed)
		const { k, x } = chart.transform;
		behavior.transform(select(svg), zoomIdentity.translate(x, 0).scale(k));
		chart.connectZoom(behavior, svg);

		const onwheel = (event: WheelEvent) => {
			if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
			event.preventDefault();
			chart.setTransform(panBy(chart.transform, -event.deltaX, chart.limits));
		};
		svg.addEventListener('wheel', onwheel, { passive: false });
		return () => {
			svg.removeEventListener('wheel', onwheel);
			select(svg).on('.zoom', null);
			chart.disconnectZoom();
		};
	};
}
