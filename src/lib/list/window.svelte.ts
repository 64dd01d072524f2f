/**
 * Which rows of a long list view are drawn: those in and near the viewport of the page's own scroll
 * (no scroll box of its own), with the rest standing in as padding above and below. Rows are
 * measured once drawn; until then their height is estimated from the rows measured so far.
 * Scrolling costs two O(log n) searches and the rows in view; a new set of events costs one O(n)
 * pass over typed arrays.
 *
 * Until it is attached to its list, a virtual list draws no rows: the page prerenders its first
 * rows for readers without JavaScript by itself (EventList).
 */
import { untrack } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import { afterNextPaint } from '$lib/state/lazy-module.svelte';
import { RowHeights, spaceAbove, spaceBelow, spanRanges, visibleRows } from '$lib/list/row-heights';
import type { ListRow, RowRange } from '$lib/list/virtual-list';

export interface ListWindowInputs<T> {
	/** every row of the list */
	rows: () => readonly ListRow<T>[];
	/** draw only the rows near the viewport; when false every row is drawn */
	virtual: () => boolean;
}

/** How far beyond the viewport rows are drawn, at least: one screen more each way. */
const MIN_OVERSCAN = 400;

export class ListWindow<T> {
	#in: ListWindowInputs<T>;
	#mounted = $state(false);
	/** the viewport, px from the top of the list */
	#top = $state(0);
	#bottom = $state(0);
	#overscan = $state(800);
	/**
	 * the row holding keyboard focus (in the rows it was found in), kept drawn with its neighbours;
	 * fresh until the viewport is next read
	 */
	#focus = $state.raw<{ rows: readonly ListRow<T>[]; row: number; fresh: boolean } | null>(null);
	/** bumped when a measured height changes the layout */
	#version = $state(0);
	/** bumped when the list's width changes, which makes every measurement stale */
	#widthEpoch = $state(0);
	#width = 0;
	/** what an unmeasured row is taken to be, learnt from the rows measured */
	#estimate = { day: 44, event: 58 };
	#learnt = new WeakSet<RowHeights>();

	constructor(inputs: ListWindowInputs<T>) {
		this.#in = inputs;
	}

	/** true once mounted with a virtual list: rows come and go with the scroll */
	active = $derived.by(() => this.#mounted && this.#in.virtual());

	heights = $derived.by(() => {
		void this.#widthEpoch;
		const rows = this.#in.rows();
		const { day, event } = this.#estimate;
		return new RowHeights(rows.length, (i) => (rows[i]!.type === 'day' ? day : event));
	});

	range = $derived.by((): RowRange => {
		const rows = this.#in.rows();
		if (!this.#in.virtual()) return { first: 0, last: rows.length };
		if (!this.#mounted) return { first: 0, last: 0 };
		void this.#version;
		const heights = this.heights;
		const range = visibleRows(heights, this.#top, this.#bottom, this.#overscan);
		const focus = this.#focus?.rows === rows ? this.#focus : null;
		if (!focus || focus.row >= heights.size) return range;
		// the next and previous rows of the focused one exist before the browser scrolls to them, so
		// Tab and Shift+Tab never leave the list early
		const top = heights.offset(focus.row);
		const near = visibleRows(heights, top, top + heights.height(focus.row), this.#overscan);
		if (near.first <= range.last && range.first <= near.last) return spanRanges(range, near);
		// Far from the viewport, a row focused since the viewport was read is where the browser is
		// scrolling to (a busy page can take several key presses to paint a frame, and scroll events
		// come with frames); a row the reader has scrolled away from is let go.
		return focus.fresh ? near : range;
	});

	/** the padding that stands for the rows above and below the drawn ones, px */
	above = $derived.by(() =>
		this.active ? spaceAbove(this.#in.rows(), this.heights, this.range) : 0
	);
	below = $derived(this.active ? spaceBelow(this.heights, this.range) : 0);

	/**
	 * Attach to the list element whose padding stands for the rows not drawn; each drawn row (an
	 * event's item, or a day's item for its heading) carries its row index in `data-row`.
	 */
	attach: Attachment<HTMLElement> = (list) => {
		let frame = 0;
		const update = () => {
			frame = 0;
			if (!this.active) return;
			this.#viewport(list);
			this.#measure(list);
		};
		const schedule = () => {
			if (!frame) frame = requestAnimationFrame(update);
		};
		// focus events also fire while Svelte removes a focused row, when state must not change: the
		// focused row is noted just after
		const onfocusin = (event: FocusEvent) => {
			const row = (event.target as Element).closest('[data-row]')?.getAttribute('data-row');
			if (!row) return;
			queueMicrotask(
				() => (this.#focus = { rows: this.#in.rows(), row: Number(row), fresh: true })
			);
		};
		// Tab from one row to the next runs the microtasks of focusout before focusin, while the page
		// has no focus: letting go of the row there dropped the rows near it, and with them, when the
		// viewport was last read a few rows earlier, the row the browser was about to focus
		const onfocusout = (event: FocusEvent) => {
			if (event.relatedTarget instanceof Node && list.contains(event.relatedTarget)) return;
			queueMicrotask(() => {
				if (!list.contains(document.activeElement)) this.#focus = null;
			});
		};
		addEventListener('scroll', schedule, { passive: true });
		addEventListener('resize', schedule, { passive: true });
		list.addEventListener('focusin', onfocusin);
		list.addEventListener('focusout', onfocusout);
		// what is above the list can grow or shrink without a scroll (the chart's toolbar appearing)
		const resizes = new ResizeObserver(schedule);
		resizes.observe(document.body);
		// only a virtual list needs to know where the viewport is: reading it forces a layout, which a
		// whole list (most timelines) is spared while the page starts
		let known = untrack(() => this.#in.virtual());
		if (known) untrack(() => this.#viewport(list));
		this.#mounted = true;
		let attached = true;
		// The first rows are measured once they have been painted, in a task of their own: the
		// browser lays out the page with them anyway to paint them, and drawing and measuring them
		// in one task made a long task as a large timeline's page started. (The list starts below
		// the chart, and what the first measurements move is below the rows in view.)
		let first = true;

		// measure what each change of rows drew, before it is painted
		$effect(() => {
			void this.range;
			// while the list is whole, scrolls are not followed: the viewport is read afresh once it
			// is virtual again
			if (!this.active) {
				known = false;
				return;
			}
			if (!known) {
				known = true;
				untrack(() => this.#viewport(list));
			}
			if (first) {
				first = false;
				void afterNextPaint().then(() => attached && update());
				return;
			}
			untrack(() => this.#measure(list));
		});

		return () => {
			attached = false;
			if (frame) cancelAnimationFrame(frame);
			removeEventListener('scroll', schedule);
			removeEventListener('resize', schedule);
			list.removeEventListener('focusin', onfocusin);
			list.removeEventListener('focusout', onfocusout);
			resizes.disconnect();
			this.#mounted = false;
		};
	};

	/** Reads where the viewport is over the list, and whether the list changed width. */
	#viewport(list: HTMLElement): void {
		const rect = list.getBoundingClientRect();
		this.#top = -rect.top;
		this.#bottom = innerHeight - rect.top;
		this.#overscan = Math.max(innerHeight, MIN_OVERSCAN);
		if (this.#focus?.fresh) this.#focus = { ...this.#focus, fresh: false };
		const width = list.clientWidth;
		if (this.#width && width !== this.#width) this.#widthEpoch++;
		this.#width = width;
	}

	/** Feeds the drawn rows' heights back; the first measurements also set the estimates. */
	#measure(list: HTMLElement): void {
		if (!this.active) return;
		const rows = this.#in.rows();
		const heights = this.heights;
		let changed = false;
		const sums = { day: 0, days: 0, event: 0, events: 0 };
		for (const el of list.querySelectorAll<HTMLElement>('[data-row]')) {
			const row = Number(el.dataset.row);
			const kind = rows[row]?.type;
			if (!kind) continue;
			const rect = el.getBoundingClientRect();
			// a day's heading row runs from its item's top to its first event (or its item's end)
			const next = kind === 'day' ? el.querySelector('[data-row]') : null;
			const height = next ? next.getBoundingClientRect().top - rect.top : rect.height;
			if (heights.measure(row, height)) changed = true;
			if (kind === 'day') {
				sums.day += height;
				sums.days++;
			} else {
				sums.event += height;
				sums.events++;
			}
		}
		if (!this.#learnt.has(heights) && sums.events) {
			this.#learnt.add(heights);
			this.#estimate = {
				day: sums.days ? sums.day / sums.days : this.#estimate.day,
				event: sums.event / sums.events
			};
			const { day, event } = this.#estimate;
			heights.reestimate((i) => (rows[i]!.type === 'day' ? day : event));
			changed = true;
		}
		if (changed) this.#version++;
	}
}
