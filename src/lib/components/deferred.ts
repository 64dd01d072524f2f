/**
 * Parts of a page that the server draws but whose code the browser fetches only once the chart's
 * first frame is painted: the keyboard help and the legend, the list of events below the chart,
 * and what printing the page prints.
 * Hydrating them would put their code before that frame. Instead `Deferred.svelte` holds their
 * server-drawn markup in an `{@html}` block, which hydration adopts as it stands (Svelte keeps the
 * server's HTML there, whatever the browser's value), and swaps in the live component when its
 * code has come. Readers without JavaScript keep the server's markup.
 *
 * A part's styles are a stylesheet of its own, imported here: the page links no stylesheet of a
 * module it fetches later, and the site's content policy refuses inline styles.
 */
import type { Component, ComponentProps } from 'svelte';
import type KeyHelp from '$lib/chart/controls/KeyHelp.svelte';
import type Legend from '$lib/chart/controls/Legend.svelte';
import type EventList from '$lib/list/EventList.svelte';
import type PrintOnDemand from '$lib/print/PrintOnDemand.svelte';
import { LazyModule } from '$lib/state/lazy-module.svelte';
import '$lib/chart/controls/chart-help.css';
import '$lib/chart/controls/legend.css';
import '$lib/list/event-list.css';
import '$lib/print/print-on-demand.css';

interface Parts {
	KeyHelp: typeof KeyHelp;
	Legend: typeof Legend;
	EventList: typeof EventList;
	PrintOnDemand: typeof PrintOnDemand;
}
export type DeferredPart = keyof Parts;
export type PartProps<P extends DeferredPart> = ComponentProps<Parts[P]>;

// Only the server's build has the renderer and the parts' components: the browser's drops the
// branch, so its build fetches them by `import()` alone.
const server = import.meta.env.SSR
	? {
			render: (await import('svelte/server')).render,
			KeyHelp: (await import('$lib/chart/controls/KeyHelp.svelte')).default,
			Legend: (await import('$lib/chart/controls/Legend.svelte')).default,
			EventList: (await import('$lib/list/EventList.svelte')).default,
			PrintOnDemand: (await import('$lib/print/PrintOnDemand.svelte')).default
		}
	: undefined;

/** The parts' code in the browser, fetched at most once per visit. */
export const partCode = {
	KeyHelp: new LazyModule(
		() => import('$lib/chart/controls/KeyHelp.svelte'),
		'The help on moving around the chart could not be loaded; it stays as the page drew it:'
	),
	Legend: new LazyModule(
		() => import('$lib/chart/controls/Legend.svelte'),
		'The legend could not be loaded; it stays as the page drew it:'
	),
	EventList: new LazyModule(
		() => import('$lib/list/EventList.svelte'),
		'The list of events could not be loaded; it stays as the page drew it:'
	),
	PrintOnDemand: new LazyModule(
		() => import('$lib/print/PrintOnDemand.svelte'),
		'Printing could not be prepared; the page prints its list of events:'
	)
} satisfies { [P in DeferredPart]: LazyModule<{ default: Parts[P] }> };

/**
 * The server's markup of a part with `props`, without the comments that hydration reads (a part
 * writes nothing into the page's head). In the browser, a placeholder: not empty, since an empty `{@html}` value would
 * not adopt the server's nodes.
 */
export function prerendered<P extends DeferredPart>(
	part: P,
	props: PartProps<P>,
	idPrefix: string
): string {
	if (!server) return ' ';
	const component = server[part] as Component<PartProps<P>>;
	const { body } = server.render(component, { props, idPrefix });
	return body.replace(/<!--[\s\S]*?-->/g, '');
}
