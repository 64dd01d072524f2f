/**
 * A module of code that only some pages or views need, fetched the first time one does and kept:
 * the chart's canvas, its controls, a long list's windowing.
 */
export class LazyModule<T> {
	/** the module: undefined until it has come, null if it could not be loaded */
	module = $state.raw<T | null>();
	#load: () => Promise<T>;
	#failure: string;
	#ready: Promise<void> | undefined;

	/** `failure`: what the console says, before the error, when the module cannot be loaded */
	constructor(load: () => Promise<T>, failure: string) {
		this.#load = load;
		this.#failure = failure;
	}

	/**
	 * Starts fetching the module, the first time only. With `until`, the module is fetched at once
	 * but published only once the promise `until()` returns has settled too, so that what it draws
	 * waits for that; a failure to load is reported at once. `until` is called the first time only.
	 * Returns a promise that settles once `module` is set, to the module or to null.
	 */
	want(until?: () => Promise<unknown>): Promise<void> {
		if (this.#ready) return this.#ready;
		const load = this.#load();
		const ready = until
			? Promise.all([load, Promise.allSettled([until()])]).then(([module]) => module)
			: load;
		this.#ready = ready.then(
			(module) => {
				this.module = module;
			},
			(error: unknown) => {
				console.error(this.#failure, error);
				this.module = null;
			}
		);
		return this.#ready;
	}
}

/**
 * Settles once the browser has painted the next frame: in a task after that frame, so work started
 * then does not hold up what the frame shows.
 */
export function afterNextPaint(): Promise<void> {
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

/**
 * Settles in a task of its own, after the tasks queued now: work split at this point lets the
 * browser handle input and draw frames in between.
 */
export function nextTask(): Promise<void> {
	return new Promise((resolve) => setTimeout(resolve));
}
