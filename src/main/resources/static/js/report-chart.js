// Accepted activities per channel as a horizontal bar chart; the table behind it is one click away.
(function () {
  'use strict';
  function draw() {
    var canvas = document.getElementById('channel-chart');
    var data = document.getElementById('channel-data');
    var labels = document.getElementById('channel-labels');
    if (!canvas || !data || typeof Chart === 'undefined') {
      return;
    }
    var box = canvas.parentElement;
    box.style.height = box.getAttribute('data-chart-height') + 'px';
    var bars = JSON.parse(data.textContent);
    var names = labels ? JSON.parse(labels.textContent) : {};
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: bars.map(function (b) { return names[b.code] || b.code; }),
        datasets: [{ data: bars.map(function (b) { return b.count; }), backgroundColor: '#0b4a8b' }]
      },
      options: { indexAxis: 'y', maintainAspectRatio: false, animation: false, plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
    });
    canvas.setAttribute('data-drawn', 'true');
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
