// Draws the line chart of an indicator's reference series from the JSON in the element's data-series
// attribute. The table beside it holds the same values (the chart's accessible alternative).
(function () {
  function format(value, decimals) {
    return Number(value).toLocaleString(document.documentElement.lang || undefined,
      { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  }

  function draw(el) {
    if (typeof echarts === 'undefined') {
      return;
    }
    var data = JSON.parse(el.dataset.series);
    var decimals = parseInt(el.dataset.decimals || '1', 10);
    var illustrativeLabel = el.dataset.labelIllustrative;
    var sourceLabel = el.dataset.labelSource;
    var chart = echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          var point = p.data || {};
          var text = p.seriesName + ' ' + p.name + ': ' + format(point.value, decimals) + ' ' + el.dataset.unit;
          text += '<br>' + sourceLabel + ': ' + echarts.format.encodeHTML(point.source || '');
          if (point.illustrative) {
            text += '<br>(' + illustrativeLabel + ')';
          }
          return text;
        }
      },
      legend: { type: 'scroll', top: 0 },
      grid: { left: 70, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.periods, boundaryGap: false },
      yAxis: { type: 'value', name: el.dataset.unit, scale: true },
      series: data.series.map(function (line) {
        return {
          id: line.state,
          name: line.illustrative ? line.name + ' (' + illustrativeLabel + ')' : line.name,
          type: 'line',
          connectNulls: true,
          showSymbol: true,
          lineStyle: line.illustrative ? { type: 'dashed' } : undefined,
          data: line.points.map(function (point) {
            return point.value === null ? null
              : { value: point.value, source: point.source, illustrative: point.illustrative };
          })
        };
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function init() {
    document.querySelectorAll('[data-series]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
