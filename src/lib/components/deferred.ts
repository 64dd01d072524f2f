/**
 * Parts of a page that the server draws but whose code the browser fetches only once the chart's
 * first frame is painted: the keyboard help and the legend, the list of events below the chart,
 * and what printing the page prints.
 * Hydrating them with the page would put their code before that frame. Instead `Deferred.svelte`
 * holds their server-drawn markup in an `{@html}` block, which the page's hydration adopts as it
 * stands (Svelte keeps the server's HTML there, whatever the browser's value), and hydrates the
 * part there when its code has come, if its props are still those it was drawn with; otherwise it
 * draws the part afresh in its place. Readers without JavaScript keep the server's markup.
 *
 * A part's styles are a stylesheet of its own, imported here: the page links no stylesheet of a
 * module it fetches later, and the site's content policy refuses inline styles.
 */
import type { Component, ComponentProps } from 'svelte';
import { LazyModule } from '$lib/state/lazy-module.svelte';
import { DRAWN_WITH, propsKey } from './props-key';
import { serverMarkup } from './server-markup';
import '$lib/chart/controls/chart-help.css';
import '$lib/chart/controls/legend.css';
import '$lib/list/event-list.css';
import '$lib/print/print-on-demand.css';

/** Each part's code, and what the console says if the browser cannot load it. */
const parts = {
	KeyHelp: {
		load: () => import('$lib/chart/controls/KeyHelp.svelte'),
		failure:
			'The help on moving around the chart could not be loaded; it stays as the page drew it:'
	},
	Legend: {
		load: () => import('$lib/chart/controls/Legend.svelte'),
		failure: 'The legend could not be loaded; it stays as the page drew it:'
	},
	EventList: {
		load: () => import('$lib/list/EventList.svelte'),
		failure: 'The list of events could not be loaded; it stays as the page drew it:'
	},
	PrintOnDemand: {
		load: () => import('$lib/print/PrintOnDemand.svelte'),
		failure: 'Printing could not be prepared; the page prints its list of events:'
	}
};

export type DeferredPart = keyof typeof parts;
type PartModule<P extends DeferredPart> = Awaited<ReturnType<(typeof parts)[P]['load']>>;
export type PartProps<P extends DeferredPart> = ComponentProps<PartModule<P>['default']>;

const names = Object.keys(parts) as DeferredPart[];

// Only the server's build renders here, with every part loaded before the first page: the
// browser's drops the branch and fetches a part only when a page wants it.
const server = import.meta.env.SSR
	? {
			parts: Object.fromEntries(
				await Promise.all(names.map(async (p) => [p, (await parts[p].load()).default]))
			) as { [P in DeferredPart]: PartModule<P>['default'] }
		}
	: undefined;

/** The parts' code in the browser, fetched at most once per visit. */
export const partCode = Object.fromEntries(names.map((p) => [p, lazyPart(p)])) as unknown as {
	[P in DeferredPart]: LazyModule<PartModule<P>>;
};

function lazyPart<P extends DeferredPart>(part: P): LazyModule<PartModule<P>> {
	const { load, failure } = parts[part] as { load: () => Promise<PartModule<P>>; failure: string };
	return new LazyModule(load, failure);
}

/**
 * The server's markup of a part with `props`, with the comments that hydration reads, after a
 * comment that carries the props' key (`propsKey`). In the browser, the placeholder of
 * `serverMarkup`.
 */
export function prerendered<P extends DeferredPart>(
	part: P,
	props: PartProps<P>,
	idPrefix: string
): string {
	const markup = serverMarkup(
		server?.parts[part] as Component<PartProps<P>> | undefined,
		props as PartProps<P> & Record<string, unknown>,
		idPrefix,
		true
	);
	return import.meta.env.SSR ? `<!--${DRAWN_WITH}${propsKey(props)}-->${markup}` : markup;
}
