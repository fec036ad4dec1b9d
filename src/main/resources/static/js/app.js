// ParComms page behaviour. No inline scripts anywhere: the Content-Security-Policy forbids them.
(function () {
  'use strict';
  // Send the CSRF token with every htmx request, as forms do with their hidden field.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });
})();
// File inputs with data-max-bytes refuse an oversized file before the form is sent, so nothing typed is lost.
(function () {
  'use strict';
  function check(input) {
    var max = parseInt(input.getAttribute('data-max-bytes'), 10);
    var message = '';
    if (max && input.files) {
      for (var i = 0; i < input.files.length; i++) {
        if (input.files[i].size > max) {
          message = input.files[i].name + ': ' + input.getAttribute('data-too-large');
          break;
        }
      }
    }
    input.setCustomValidity(message);
    var describedBy = (input.getAttribute('aria-describedby') || '').split(' ');
    var error = document.getElementById(describedBy[describedBy.length - 1]);
    if (error) {
      error.textContent = message;
    }
    input.classList.toggle('is-invalid', message !== '');
    return message === '';
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches && event.target.matches('input[type=file][data-max-bytes]')) {
      check(event.target);
    }
  });
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var inputs = form.querySelectorAll('input[type=file][data-max-bytes]');
    for (var i = 0; i < inputs.length; i++) {
      if (!check(inputs[i])) {
        event.preventDefault();
        inputs[i].focus();
        return;
      }
    }
    // Uploads can take a while on a phone: say so while the browser sends the files.
    var progress = form.querySelector('.upload-progress');
    var hasFiles = Array.prototype.some.call(inputs, function (input) { return input.files && input.files.length > 0; });
    if (progress && hasFiles) {
      progress.hidden = false;
    }
  });
})();
