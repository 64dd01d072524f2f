// vis-timeline fed the benchmark's events: one item per event (a range when it has a span, a box
// when it is an instant), one group per affiliation, default options otherwise. ?days=90 opens on
// the last 90 days instead of fitting the whole range.
const params = new URLSearchParams(location.search);
const n = params.get('n');
const days = Number(params.get('days') ?? 0);
document.documentElement.dataset.hydrated = 'true';

fetch(`data/${n}.json`)
	.then((r) => r.json())
	.then((data) => {
		const chart = document.getElementById('chart');
		const groups = data.groups.map((g, i) => ({ id: i, content: g.name }));
		const items = data.items.map(([start, end, group, content, instant], id) =>
			instant ? { id, start, group, content } : { id, start, end, group, content }
		);
		const options = {
			maxHeight: 680,
			onInitialDrawComplete: () => {
				chart.dataset.rendered = 'true';
			}
		};
		if (days > 0) {
			options.start = data.last - days * 86_400_000;
			options.end = data.last;
		}
		new vis.Timeline(chart, items, groups, options);
	});
