/**
 * The server's rendering of a component into a page's `{@html}` block, which hydration adopts as it
 * stands: the server's drawings of the chart, the parts the browser makes live later
 * (`deferred.ts`), and the briefing the print page keeps as the server drew it.
 */
import type { Component } from 'svelte';
import type { render as svelteRender } from 'svelte/server';

/**
 * Svelte's server renderer, given by `hooks.server.ts`: the browser's build never has it. Given,
 * not imported here: awaiting it at the top of a module the print page imports stopped the build.
 */
let render: typeof svelteRender | undefined;

export function renderMarkupWith(renderer: typeof svelteRender): void {
	render = renderer;
}

/**
 * The server's markup of `component` with `props` (the component writes nothing into the page's
 * head). Without the comments that hydration reads, unless `hydratable`: markup that only a reader
 * sees is smaller without them. In the browser, a placeholder: not empty, since an empty `{@html}`
 * value would not adopt the server's nodes.
 */
export function serverMarkup<Props extends Record<string, unknown>>(
	component: Component<Props> | undefined,
	props: Props,
	idPrefix: string,
	hydratable = false
): string {
	if (!render || !component) return ' ';
	const { body } = render(component, { props, idPrefix });
	return hydratable ? body : body.replace(/<!--[\s\S]*?-->/g, '');
}
