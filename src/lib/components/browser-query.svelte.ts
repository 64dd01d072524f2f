/**
 * The page's query string, read only in the browser. A prerendered page cannot know it (reading
 * `url.search` while prerendering throws), so it is '' until the component has mounted, then
 * follows every navigation. Call during component initialisation.
 */
import { onMount } from 'svelte';
import { page } from '$app/state';

export function browserQuery(): { readonly search: string } {
	let mounted = $state(false);
	onMount(() => {
		mounted = true;
	});
	return {
		get search() {
			return mounted ? page.url.search : '';
		}
	};
}
