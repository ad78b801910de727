// The impact dashboard's charts, drawn with ECharts from the page's JSON data block
// (#impact-data); redrawn whenever htmx swaps in the results of a new filter.
(function () {
  'use strict';

  function data() {
    var block = document.getElementById('impact-data');
    return block ? JSON.parse(block.textContent || '{}') : null;
  }

  // the codes on the axes in the user's language, from the page's label block (#impact-labels)
  function labels(kind) {
    var block = document.getElementById('impact-labels');
    var all = block ? JSON.parse(block.textContent || '{}') : {};
    return all[kind] || {};
  }

  function entries(map, kind) {
    var names = kind ? labels(kind) : {};
    return Object.keys(map || {}).map(function (k) { return [names[k] || k, Number(map[k])]; });
  }

  function draw(id, pairs, kind) {
    var el = document.getElementById(id);
    if (!el || typeof echarts === 'undefined') {
      return;
    }
    var chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'canvas' });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: 16, bottom: 72 },
      tooltip: { trigger: 'axis' },
      xAxis: { type: 'category', data: pairs.map(function (p) { return p[0]; }), axisLabel: { rotate: 30 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: [{ type: kind, data: pairs.map(function (p) { return p[1]; }), itemStyle: { color: '#1d4ed8' } }]
    }, true);
    el.setAttribute('data-values', JSON.stringify(pairs));
  }

  function render() {
    var d = data();
    if (!d || !d.cases) {
      return;
    }
    draw('chart-status', entries(d.cases.byStatus, 'status'), 'bar');
    draw('chart-months', entries(d.cases.byMonth), 'line');
    draw('chart-interventions', entries(d.decisions.byIntervention, 'intervention'), 'bar');
    draw('chart-drugs', entries(d.seizures.drugsKg, 'drug'), 'bar');
  }

  document.addEventListener('DOMContentLoaded', render);
  document.addEventListener('htmx:afterSettle', render);
  window.addEventListener('resize', function () {
    document.querySelectorAll('.impact-chart').forEach(function (el) {
      var chart = typeof echarts === 'undefined' ? null : echarts.getInstanceByDom(el);
      if (chart) {
        chart.resize();
      }
    });
  });
})();
