/**
 * A small seeded random source for the benchmark's synthetic data: the same seed gives the same
 * numbers on every machine and Node version (integer arithmetic only, no Math.random).
 */

/** A 32-bit hash of a string seed (FNV-1a), so seeds can be words as well as numbers. */
export function hashSeed(seed: string | number): number {
	const text = String(seed);
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export interface Random {
	/** a float in [0, 1) */
	next(): number;
	/** an integer in [min, max], both included */
	int(min: number, max: number): number;
	/** true with probability p */
	chance(p: number): boolean;
	/** one element of a non-empty list */
	pick<T>(items: readonly T[]): T;
	/** one key, with probability proportional to its weight */
	weighted<K extends string>(weights: Readonly<Record<K, number>>): K;
	/** k distinct elements of a list, in random order (all of them when k >= length) */
	sample<T>(items: readonly T[], k: number): T[];
}

/** Mulberry32: a fast 32-bit generator, good enough for test data. */
export function createRandom(seed: string | number): Random {
	let state = hashSeed(seed);
	const next = (): number => {
		state = (state + 0x6d2b79f5) | 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	const pick = <T>(items: readonly T[]): T => {
		if (items.length === 0) throw new RangeError('pick() needs a non-empty list');
		return items[Math.floor(next() * items.length)] as T;
	};
	return {
		next,
		int,
		chance: (p) => next() < p,
		pick,
		weighted<K extends string>(weights: Readonly<Record<K, number>>): K {
			const entries = Object.entries(weights) as [K, number][];
			const total = entries.reduce((sum, [, w]) => sum + w, 0);
			let r = next() * total;
			for (const [key, w] of entries) {
				r -= w;
				if (r < 0) return key;
			}
			return entries[entries.length - 1]![0];
		},
		sample<T>(items: readonly T[], k: number): T[] {
			const copy = [...items];
			const n = Math.min(k, copy.length);
			for (let i = 0; i < n; i++) {
				const j = i + Math.floor(next() * (copy.length - i));
				[copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
			}
			return copy.slice(0, n);
		}
	};
}
