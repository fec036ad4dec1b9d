// Points against the maximum for each criterion; the table above holds the same figures.
(function () {
  'use strict';
  function draw() {
    var canvas = document.getElementById('score-chart');
    var data = document.getElementById('score-data');
    if (!canvas || !data || typeof Chart === 'undefined') {
      return;
    }
    var box = canvas.parentElement;
    box.style.height = box.getAttribute('data-chart-height') + 'px';
    var rows = JSON.parse(data.textContent);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return canvas.getAttribute('data-label-' + r.code) || r.code; }),
        datasets: [
          { label: canvas.getAttribute('data-label-points'), data: rows.map(function (r) { return r.points; }), backgroundColor: '#146c43' },
          { label: canvas.getAttribute('data-label-max'), data: rows.map(function (r) { return r.max; }), backgroundColor: '#adb5bd' }
        ]
      },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, scales: { x: { beginAtZero: true } } }
    });
    canvas.setAttribute('data-drawn', 'true');
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
