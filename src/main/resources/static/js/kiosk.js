// Kiosk of the service center: after the configured seconds without a touch, a key or a scroll, go back to
// the start screen, so the next citizen never finds the previous one's search.
(function () {
  'use strict';
  var body = document.body;
  var seconds = parseInt(body.getAttribute('data-reset-seconds'), 10) || 60;
  var start = body.getAttribute('data-reset-url') || '/kiosk/thu-tuc';
  var timer = null;
  function reset() {
    var input = document.getElementById('kiosk-q');
    var here = window.location.pathname + window.location.search;
    if (here === start && (!input || !input.value)) {
      arm();
      return;
    }
    window.location.assign(start);
  }
  function arm() {
    if (timer) {
      window.clearTimeout(timer);
    }
    timer = window.setTimeout(reset, seconds * 1000);
  }
  ['pointerdown', 'keydown', 'input', 'touchstart', 'scroll', 'wheel'].forEach(function (type) {
    window.addEventListener(type, arm, { passive: true, capture: true });
  });
  document.addEventListener('contextmenu', function (event) { event.preventDefault(); });
  arm();
})();
