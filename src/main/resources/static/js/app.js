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
