// Completion per body as a horizontal bar chart; the same figures are in the table below it.
(function () {
  'use strict';
  function draw() {
    var canvas = document.getElementById('progress-chart');
    var data = document.getElementById('progress-data');
    if (!canvas || !data || typeof Chart === 'undefined') {
      return;
    }
    var box = canvas.parentElement;
    box.style.height = box.getAttribute('data-chart-height') + 'px';
    var bars = JSON.parse(data.textContent);
    var percentLabel = canvas.getAttribute('data-label-percent');
    var overdueLabel = canvas.getAttribute('data-label-overdue');
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: bars.map(function (b) { return b.label; }),
        datasets: [{
          label: percentLabel,
          data: bars.map(function (b) { return b.percent; }),
          backgroundColor: bars.map(function (b) { return b.overdue > 0 ? '#b02a37' : '#146c43'; })
        }]
      },
      options: {
        indexAxis: 'y',
        maintainAspectRatio: false,
        animation: false,
        scales: { x: { min: 0, max: 100, ticks: { callback: function (v) { return v + '%'; } } } },
        plugins: {
          legend: { display: false },
          tooltip: {
            callbacks: {
              label: function (context) {
                var b = bars[context.dataIndex];
                return b.percent + '% (' + b.done + '/' + b.total + ')' + (b.overdue > 0 ? ' · ' + overdueLabel + ': ' + b.overdue : '');
              }
            }
          }
        }
      }
    });
    canvas.setAttribute('data-drawn', 'true');
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
