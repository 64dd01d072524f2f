/**
 * An attachment that gives the chart's SVG its gestures (`zoom-gestures.ts`), fetched once the
 * chart is drawn: the first paint does not wait for d3-zoom. Until they come, which is a moment,
 * the buttons and keys already zoom. The SVG says `data-gestures="ready"` once they answer.
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { ChartState } from './chart.svelte';
import { LazyModule } from './lazy-module.svelte';

const gestures = new LazyModule(
	() => import('./zoom-gestures'),
	'The chart could not load its zoom gestures; the zoom buttons and keys still work.'
);

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
		return () => chart.bindSvg(undefined);
	};
}
