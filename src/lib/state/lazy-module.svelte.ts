/**
 * A module of code that only some pages or views need, fetched the first time one does and kept:
 * the chart's canvas, its controls, a long list's windowing.
 */
export class LazyModule<T> {
	/** the module: undefined until it has come, null if it could not be loaded */
	module = $state.raw<T | null>();
	#load: () => Promise<T>;
	#failure: string;
	#asked = false;

	/** `failure`: what the console says, before the error, when the module cannot be loaded */
	constructor(load: () => Promise<T>, failure: string) {
		this.#load = load;
		this.#failure = failure;
	}

	/** Starts fetching the module, the first time only. */
	want(): void {
		if (this.#asked) return;
		this.#asked = true;
		this.#load().then(
			(module) => (this.module = module),
			(error: unknown) => {
				console.error(this.#failure, error);
				this.module = null;
			}
		);
	}
}
