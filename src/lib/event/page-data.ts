/**
 * The shape of an event page's data, shared by the server load (`$lib/server/event-page`) and the
 * components that render it.
 */
import type { PageHead } from '$lib/page-meta';
import type { EventView } from '$lib/event/view';

/** An event as a link: enough to list it. */
export interface EventLinkItem {
	id: string;
	title: string;
	when: string;
}

export interface EventPageData {
	timeline: { id: string; title: string; eventCount: number };
	view: EventView;
	/** neighbours in time order without filters; the browser recomputes them for filters */
	previous: EventLinkItem | null;
	next: EventLinkItem | null;
	position: number;
	/** the events around this one, itself included */
	nearby: EventLinkItem[];
	meta: PageHead;
}
