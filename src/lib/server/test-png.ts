/** For the preview-image tests: a PNG's size, read from its signature and IHDR chunk. */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** The width and height of a PNG file; throws, saying why, when the bytes are not one. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
	if (bytes.length < 24 || SIGNATURE.some((b, i) => bytes[i] !== b)) {
		throw new Error('not a PNG file: the signature is missing');
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const type = String.fromCharCode(...bytes.subarray(12, 16));
	if (type !== 'IHDR') throw new Error(`not a PNG file: the first chunk is "${type}", not IHDR`);
	return { width: view.getUint32(16), height: view.getUint32(20) };
}
