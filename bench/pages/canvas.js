// The floor to compare against: a plain d3 canvas. One lane per affiliation, events packed into
// six rows per lane, a time axis; only events in view are drawn, one frame per zoom step.
// Wheel and drag zoom and pan (d3-zoom); + and - zoom, the arrow keys pan.
const params = new URLSearchParams(location.search);
const n = params.get('n');
document.documentElement.dataset.hydrated = 'true';

const WIDTH = 1248;
const AXIS = 24;
const ROWS = 6;
const ROW = 12;
const LANE = ROWS * ROW + 8;
const COLOURS = [
	'#1f77b4',
	'#d62728',
	'#2ca02c',
	'#9467bd',
	'#ff7f0e',
	'#8c564b',
	'#e377c2',
	'#17becf'
];

/** First index whose value is >= x, in a sorted array. */
function lowerBound(values, x) {
	let lo = 0;
	let hi = values.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (values[mid] < x) lo = mid + 1;
		else hi = mid;
	}
	return lo;
}

fetch(`data/${n}.json`)
	.then((r) => r.json())
	.then((data) => {
		const chart = document.getElementById('chart');
		const canvas = chart.querySelector('canvas');
		const lanes = data.groups.length;
		const height = AXIS + lanes * LANE;
		const dpr = devicePixelRatio || 1;
		canvas.width = WIDTH * dpr;
		canvas.height = height * dpr;
		canvas.style.width = `${WIDTH}px`;
		canvas.style.height = `${height}px`;
		const ctx = canvas.getContext('2d');
		ctx.scale(dpr, dpr);

		// one set of columns per lane, sorted by start; rows packed greedily within the lane
		const sorted = [...data.items].sort((a, b) => a[0] - b[0]);
		let longest = 0;
		const columns = data.groups.map((_, g) => {
			const items = sorted.filter((item) => item[2] === g);
			const start = new Float64Array(items.length);
			const end = new Float64Array(items.length);
			const row = new Uint8Array(items.length);
			const rowEnd = new Float64Array(ROWS).fill(-Infinity);
			items.forEach(([s, e], i) => {
				start[i] = s;
				end[i] = e;
				longest = Math.max(longest, e - s);
				let r = 0;
				for (let k = 1; k < ROWS; k++) {
					if (rowEnd[r] <= s) break;
					if (rowEnd[k] < rowEnd[r]) r = k;
				}
				row[i] = r;
				rowEnd[r] = e;
			});
			return { start, end, row };
		});

		const base = d3.scaleUtc().domain([data.first, data.last]).range([0, WIDTH]);
		let x = base;

		function draw() {
			ctx.clearRect(0, 0, WIDTH, height);
			const [d0, d1] = x.domain().map(Number);
			columns.forEach(({ start, end, row }, g) => {
				ctx.fillStyle = COLOURS[g % COLOURS.length];
				const to = lowerBound(start, d1);
				for (let i = lowerBound(start, d0 - longest); i < to; i++) {
					if (end[i] < d0) continue;
					const a = x(start[i]);
					const w = Math.max(2, x(end[i]) - a);
					ctx.fillRect(a, AXIS + g * LANE + 4 + row[i] * ROW, w, ROW - 2);
				}
			});
			ctx.fillStyle = '#222';
			ctx.strokeStyle = '#ccc';
			const ticks = x.ticks(10);
			const format = x.tickFormat(10);
			ctx.beginPath();
			for (const t of ticks) {
				const tx = Math.round(x(t)) + 0.5;
				ctx.moveTo(tx, AXIS - 4);
				ctx.lineTo(tx, height);
				ctx.fillText(format(t), tx + 3, 14);
			}
			ctx.stroke();
			data.groups.forEach((group, g) => ctx.fillText(group.name, 4, AXIS + g * LANE + 12));
		}

		let pending = false;
		function schedule() {
			if (pending) return;
			pending = true;
			requestAnimationFrame(() => {
				pending = false;
				draw();
			});
		}

		const minuteScale = (data.last - data.first) / 60_000 / 20;
		const zoom = d3
			.zoom()
			.scaleExtent([1, Math.max(1, minuteScale)])
			.translateExtent([
				[0, 0],
				[WIDTH, height]
			])
			.on('zoom', (event) => {
				x = event.transform.rescaleX(base);
				schedule();
			});
		const selection = d3.select(canvas).call(zoom);

		chart.addEventListener('keydown', (event) => {
			const k = d3.zoomTransform(canvas).k;
			const step = (WIDTH * 0.1) / k;
			const actions = {
				'+': () => zoom.scaleBy(selection, 1.5, [WIDTH / 2, 0]),
				'=': () => zoom.scaleBy(selection, 1.5, [WIDTH / 2, 0]),
				'-': () => zoom.scaleBy(selection, 1 / 1.5, [WIDTH / 2, 0]),
				ArrowLeft: () => zoom.translateBy(selection, step, 0),
				ArrowRight: () => zoom.translateBy(selection, -step, 0)
			};
			const action = actions[event.key];
			if (action) {
				event.preventDefault();
				action();
			}
		});

		draw();
		chart.dataset.rendered = 'true';
	});
