/**
 * An attachment that gives the chart's SVG its gestures. The plain wheel and one finger on a touch
 * screen are left to scroll the page, as on an embedded map; Ctrl/⌘ + wheel, drag, pinch and
 * double-click zoom and pan through d3-zoom (`zoom-gestures.ts`), fetched once the chart is drawn
 * so the first paint does not wait for it. The SVG says `data-gestures="ready"` once they answer;
 * until then the buttons and keys already zoom.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { panBy, zoomsWheel } from '$lib/chart/zoom';
import type { ChartState } from './state.svelte';
import { LazyModule } from '$lib/state/lazy-module.svelte';
import { m } from '$lib/i18n';

const gestures = new LazyModule(
	() => import('./zoom-gestures'),
	'The chart could not load its zoom gestures; the zoom buttons and keys still work.'
);

/** Whether the reader is on a Mac, where the zoom key is ⌘. */
const onMac = () => /Mac|iPhone|iPad/.test(navigator.platform);

export function zoomable(chart: ChartState): Attachment<SVGSVGElement> {
	return (svg) => {
		// focus moves to marks from the first draw: the SVG is the chart's before its gestures come
		chart.bindSvg(svg);
		void gestures.want();
		$effect(() => {
			const module = gestures.module;
			if (!module) return;
			// bound once: reading the chart's transform here must not bind it again on every zoom
			const zoom = untrack(() => module.zoomGestures(chart, svg));
			svg.dataset.gestures = 'ready';
			$effect(() => {
				const { width, kMax } = chart.limits;
				zoom.limit(width, chart.height, kMax);
			});
			return () => {
				zoom.destroy();
				delete svg.dataset.gestures;
			};
		});

		const onwheel = (event: WheelEvent) => {
			if (zoomsWheel(event)) {
				// at the zoom's limits d3-zoom lets the event go, and the browser would zoom the page
				event.preventDefault();
				return;
			}
			if (Math.abs(event.deltaX) <= Math.abs(event.deltaY)) {
				if (event.deltaY !== 0) {
					chart.showHint(onMac() ? m.chart_hint_zoom_mac() : m.chart_hint_zoom());
				}
				return;
			}
			// a horizontal wheel or trackpad swipe pans the chart
			event.preventDefault();
			chart.setTransform(panBy(chart.transform, -event.deltaX, chart.limits));
		};
		svg.addEventListener('wheel', onwheel, { passive: false });
		return () => {
			svg.removeEventListener('wheel', onwheel);
			chart.bindSvg(undefined);
		};
	};
}
