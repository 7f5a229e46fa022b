// Draws the fan chart of a projection from the JSON in the element's data-projection attribute: the observed
// values, the point projection, and the 80% and 95% bands as stacked areas (lower bound, then the band's width).
// The table of years beside it holds the same numbers (the chart's accessible alternative). Scenario paths, if any,
// are drawn beside the baseline.
(function () {
  function minus(upper, lower) {
    return upper.map(function (u, i) { return u === null || lower[i] === null ? null : u - lower[i]; });
  }

  // The legend shows a series by its colour: the band's, at the band's opacity, so that each entry matches its area.
  function band(name, lower, upper, stack, opacity) {
    var colour = 'rgba(43, 108, 176, ' + opacity + ')';
    return [
      { name: name, type: 'line', stack: stack, data: lower, lineStyle: { opacity: 0 }, symbol: 'none',
        color: colour, tooltip: { show: false } },
      { name: name, type: 'line', stack: stack, data: minus(upper, lower), lineStyle: { opacity: 0 },
        symbol: 'none', color: colour, areaStyle: { color: '#2b6cb0', opacity: opacity }, tooltip: { show: false } }
    ];
  }

  function draw(el) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(el.dataset.projection);
    var ds = el.dataset;
    var series = [].concat(
      band(ds.labelBand95, data.lower95, data.upper95, 'band95', 0.15),
      band(ds.labelBand80, data.lower80, data.upper80, 'band80', 0.3),
      [{ name: ds.labelPoint, type: 'line', data: data.point, lineStyle: { type: 'dashed' }, color: '#2b6cb0' },
       { name: ds.labelObserved, type: 'line', data: data.observed, color: '#1a202c', connectNulls: true }]);
    // Scenario paths: dashed lines in their own colours, each leaving from the last observation.
    var palette = ['#2f855a', '#b83280', '#6b46c1', '#c53030', '#2c7a7b'];
    var names = [];
    (data.scenarios || []).forEach(function (line, i) {
      names.push(line.name);
      series.push({ name: line.name, type: 'line', data: line.values, connectNulls: false,
        lineStyle: { type: [8, 4], width: 2 }, color: palette[i % palette.length] });
    });
    if (data.targetValue !== null) {
      series.push({ name: ds.labelTarget, type: 'scatter', symbol: 'diamond', symbolSize: 14, color: '#c05621',
        data: data.years.map(function (y) { return y === data.targetYear ? data.targetValue : null; }) });
    }
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: [ds.labelObserved, ds.labelPoint, ds.labelBand80, ds.labelBand95, ds.labelTarget]
        .concat(names) },
      grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.years, boundaryGap: false },
      yAxis: { type: 'value', name: ds.unit, scale: true },
      series: series
    });
    el.dataset.drawn = 'true';
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function init() {
    document.querySelectorAll('[data-projection]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
