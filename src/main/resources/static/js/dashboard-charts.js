// Dashboard charts: accepted activities by channel per month (stacked) and completion by body.
(function () {
  'use strict';
  var palette = ['#0b4a8b', '#146c43', '#b02a37', '#8a5300', '#495057', '#6f42c1', '#0a6670', '#a8327a', '#3d5a80', '#7a6a00'];
  function box(canvas) {
    var parent = canvas.parentElement;
    parent.style.height = parent.getAttribute('data-chart-height') + 'px';
  }
  function draw() {
    if (typeof Chart === 'undefined') {
      return;
    }
    var months = document.getElementById('months-chart');
    var monthsData = document.getElementById('months-data');
    if (months && monthsData) {
      box(months);
      var data = JSON.parse(monthsData.textContent);
      var codes = Object.keys(data.series);
      new Chart(months, {
        type: 'bar',
        data: {
          labels: ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12'],
          datasets: codes.map(function (code, i) {
            return { label: data.labels[code] || code, data: data.series[code], backgroundColor: palette[i % palette.length] };
          })
        },
        options: { maintainAspectRatio: false, animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
      });
      months.setAttribute('data-drawn', 'true');
    }
    var completion = document.getElementById('completion-chart');
    var completionData = document.getElementById('completion-data');
    if (completion && completionData) {
      box(completion);
      var rows = JSON.parse(completionData.textContent);
      new Chart(completion, {
        type: 'bar',
        data: { labels: rows.map(function (r) { return r.name; }),
          datasets: [{ label: '%', data: rows.map(function (r) { return r.percent; }), backgroundColor: '#146c43' }] },
        options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
          scales: { x: { min: 0, max: 100 } } }
      });
      completion.setAttribute('data-drawn', 'true');
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
