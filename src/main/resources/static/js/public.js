// Public sites: click-to-load videos (nothing is fetched from YouTube until the reader asks) and the print link.
document.querySelectorAll('.video-embed[data-youtube]').forEach(function (box) {
  var button = box.querySelector('.video-load');
  if (!button) return;
  button.addEventListener('click', function () {
    var id = box.getAttribute('data-youtube');
    if (!/^[A-Za-z0-9_-]{6,20}$/.test(id)) return;
    var frame = document.createElement('iframe');
    frame.src = 'https://www.youtube-nocookie.com/embed/' + id + '?autoplay=1';
    frame.title = 'Video';
    frame.allow = 'autoplay; encrypted-media; picture-in-picture';
    frame.allowFullscreen = true;
    box.replaceChildren(frame);
  });
});
document.querySelectorAll('[data-print]').forEach(function (link) {
  link.addEventListener('click', function (event) { event.preventDefault(); window.print(); });
});
