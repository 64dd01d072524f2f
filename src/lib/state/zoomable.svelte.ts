/**
 * An attachment that lets d3-zoom turn Ctrl/⌘ + wheel (a trackpad pinch arrives as one), drag,
 * two-finger pinch and double-click on the chart's SVG into transforms in the chart's state. It
 * draws nothing. The plain wheel and one finger on a touch screen are left to scroll the page, as
 * on an embedded map; a horizontal wheel or trackpad swipe pans the chart.
 */
import type { Attachment } from 'svelte/attachments';
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent } from 'd3-zoom';
import { panBy } from '$lib/timeline/zoom';
import type { ChartState } from './chart.svelte';

/** Whether a wheel event asks to zoom: with Ctrl (or a pinch, which browsers send so) or ⌘. */
export const zoomsWheel = (event: WheelEvent): boolean => event.ctrlKey || event.metaKey;

/** Whether the reader is on a Mac, where the zoom key is ⌘. */
const onMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * How far a wheel event zooms (d3-zoom's scale is 2 to this power). A pinch sends small deltas
 * and zooms ten times as fast per pixel, as d3-zoom's own default does; a mouse wheel notch
 * (about 100 px) zooms by a fifth.
 */
export function wheelDelta(event: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>): number {
	const perPixel = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
	const pinch = event.ctrlKey && event.deltaMode === 0 && Math.abs(event.deltaY) < 50;
	return -event.deltaY * perPixel * (pinch ? 10 : 1);
}

export function zoomable(chart: ChartState): Attachment<SVGSVGElement> {
	return (svg) => {
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
			if (zoomsWheel(event)) {
				// at the zoom's limits d3-zoom lets the event go, and the browser would zoom the page
				event.preventDefault();
				return;
			}
			if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) {
				if (event.deltaY !== 0) {
					chart.showHint(onMac() ? 'Use ⌘ + scroll to zoom' : 'Use Ctrl + scroll to zoom');
				}
				return;
			}
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
