import { describe, expect, it, vi } from 'vitest';
import { LazyModule } from './lazy-module.svelte';

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
});
