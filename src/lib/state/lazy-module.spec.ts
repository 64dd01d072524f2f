import { describe, expect, it, vi } from 'vitest';
import { LazyModule, nextTask } from './lazy-module.svelte';

/** A promise and the function that resolves it. */
function gate() {
	let open = () => {};
	const promise = new Promise<void>((resolve) => (open = resolve));
	return { promise, open };
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('LazyModule', () => {
	it('want() fetches the module once, however often it is asked', async () => {
		const load = vi.fn(() => Promise.resolve({ name: 'canvas' }));
		const lazy = new LazyModule(load, 'failed:');
		expect(lazy.module).toBeUndefined();
		lazy.want();
		lazy.want();
		await Promise.resolve();
		await Promise.resolve();
		expect(load).toHaveBeenCalledTimes(1);
		expect(lazy.module).toEqual({ name: 'canvas' });
	});

	it('want() leaves null, and says so, when the module cannot be loaded', async () => {
		const error = vi.spyOn(console, 'error').mockImplementation(() => {});
		const failure = new Error('offline');
		const lazy = new LazyModule(() => Promise.reject(failure), 'The canvas could not be loaded:');
		lazy.want();
		await new Promise((resolve) => setTimeout(resolve));
		expect(lazy.module).toBeNull();
		expect(error).toHaveBeenCalledWith('The canvas could not be loaded:', failure);
		error.mockRestore();
	});

	it.each([
		{ until: 'resolves', load: 'resolves', before: undefined, after: { name: 'list' } },
		{ until: 'rejects', load: 'resolves', before: undefined, after: { name: 'list' } },
		{ until: 'resolves', load: 'rejects', before: null, after: null }
	] as const)(
		'want(until) fetches at once; when `until` $until and the load $load, it has $before, then $after',
		async ({ until, load, before, after }) => {
			const error = vi.spyOn(console, 'error').mockImplementation(() => {});
			const wait = gate();
			const loader = vi.fn(() =>
				load === 'resolves'
					? Promise.resolve({ name: 'list' })
					: Promise.reject(new Error('offline'))
			);
			const lazy = new LazyModule(loader, 'failed:');
			lazy.want(() =>
				until === 'resolves'
					? wait.promise
					: wait.promise.then(() => Promise.reject(new Error('gone')))
			);
			await settle();
			// fetched at once; a module waits for `until`, a failure does not
			expect(loader).toHaveBeenCalledTimes(1);
			expect(lazy.module).toEqual(before);
			wait.open();
			await settle();
			expect(lazy.module).toEqual(after);
			error.mockRestore();
		}
	);
});

describe('LazyModule.want()', () => {
	it.each([
		{ load: 'resolves', expected: { name: 'canvas' } },
		{ load: 'rejects', expected: null }
	] as const)(
		'want() returns one promise, which settles once the module is set, when the load $load',
		async ({ load, expected }) => {
			const error = vi.spyOn(console, 'error').mockImplementation(() => {});
			const lazy = new LazyModule(
				() =>
					load === 'resolves'
						? Promise.resolve({ name: 'canvas' })
						: Promise.reject(new Error('offline')),
				'failed:'
			);
			const first = lazy.want();
			expect(lazy.want()).toBe(first);
			expect(lazy.module).toBeUndefined();
			await first;
			expect(lazy.module).toEqual(expected);
			error.mockRestore();
		}
	);
});

describe('nextTask', () => {
	it('nextTask() settles after the tasks and promise callbacks queued before it, in a later task', async () => {
		const order: string[] = [];
		setTimeout(() => order.push('earlier task'));
		const next = nextTask().then(() => order.push('next task'));
		void Promise.resolve().then(() => order.push('promise callback'));
		await next;
		expect(order).toEqual(['promise callback', 'earlier task', 'next task']);
	});
});
