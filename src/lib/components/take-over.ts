/**
 * How a deferred part (`deferred.ts`) goes live in the box where the server drew it. Fetched with
 * the parts' code, after the chart's first frame: no page needs it before.
 */
import { hydrate, mount, type Component } from 'svelte';
import { DRAWN_WITH, propsKey } from './props-key';

/**
 * Hydrates `Part` in `box` when the server drew it with these `props` (their `propsKey`): its
 * elements stay, so the browser lays nothing out again and the focus stays where it is. Otherwise
 * (the address asked for a filter, say) draws it afresh there, and the element the reader was on
 * hands the focus to its twin (same tag and path), rather than to the page. The part reads
 * `live`, whose values follow the page's. Marks the box `data-live`: `in-place` or `afresh`.
 */
export function takeOver<Props extends Record<string, unknown>>(
	Part: Component<Props>,
	box: HTMLElement,
	props: Props,
	live: Props
): Record<string, unknown> {
	if (drawnWith(box) === propsKey(props)) {
		box.dataset.live = 'in-place';
		return hydrate(Part, { target: box, props: live });
	}
	box.dataset.live = 'afresh';
	const active = document.activeElement;
	const inside = active instanceof HTMLElement && box.contains(active) ? active : undefined;
	box.replaceChildren();
	const part = mount(Part, { target: box, props: live });
	if (inside) {
		// by path: a link drawn afresh keeps the filters of the address, which the server's had not
		const twin = [...box.querySelectorAll(inside.localName)].find(
			(el) => (el as HTMLAnchorElement).pathname === (inside as HTMLAnchorElement).pathname
		);
		if (twin instanceof HTMLElement) twin.focus();
	}
	return part;
}

/** The key of the props that the part in `box` was drawn with by the server, if it was. */
function drawnWith(box: Element): string | undefined {
	for (const node of box.childNodes) {
		if (node instanceof Comment && node.data.startsWith(DRAWN_WITH)) {
			return node.data.slice(DRAWN_WITH.length);
		}
	}
	return undefined;
}
