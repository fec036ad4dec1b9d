// The article body editor: a formatting toolbar over an editable area, enhancing the HTML text area it
// writes back to (which stays the source of truth and the fallback without JavaScript). What is loaded,
// pasted or typed is cleaned here with an allow-list for a tidy document; the server sanitises it again
// with its own allow-list before storing, so this is for the author's comfort, not for safety.
(function () {
  'use strict';

  var BLOCKS = { P: 1, H2: 1, H3: 1, H4: 1, UL: 1, OL: 1, LI: 1, BLOCKQUOTE: 1, FIGURE: 1, FIGCAPTION: 1, TABLE: 1,
    THEAD: 1, TBODY: 1, TR: 1, TH: 1, TD: 1, HR: 1, BR: 1 };
  var INLINE = { STRONG: 1, B: 1, EM: 1, I: 1, U: 1, SUB: 1, SUP: 1, A: 1, IMG: 1 };
  var DROPPED = { SCRIPT: 1, STYLE: 1, META: 1, LINK: 1, TITLE: 1, IFRAME: 1, OBJECT: 1, EMBED: 1, svg: 1, SVG: 1,
    TEMPLATE: 1, NOSCRIPT: 1, HEAD: 1, XML: 1 };
  var RENAMED = { H1: 'H2', H5: 'H4', H6: 'H4', DIV: 'P' };

  function safeUrl(value, image) {
    var url = (value || '').trim();
    if (image) {
      return /^(https?:\/\/[^\s"'<>]+|\/[a-z0-9\/_.-]+)$/i.test(url) ? url : null;
    }
    return /^(https?:|mailto:|tel:|\/|#)/i.test(url) ? url : null;
  }

  // Copies the allowed part of a node tree into target: unknown elements are unwrapped, dangerous ones dropped.
  function copyClean(source, target, doc) {
    for (var node = source.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        target.appendChild(doc.createTextNode(node.nodeValue));
        continue;
      }
      if (node.nodeType !== 1 || DROPPED[node.nodeName] || node.nodeName.indexOf(':') > 0) {
        continue;
      }
      var name = RENAMED[node.nodeName] || node.nodeName;
      if (!BLOCKS[name] && !INLINE[name]) {
        copyClean(node, target, doc);
        continue;
      }
      var copy = doc.createElement(name);
      if (name === 'A') {
        var href = safeUrl(node.getAttribute('href'), false);
        if (!href) {
          copyClean(node, target, doc);
          continue;
        }
        copy.setAttribute('href', href);
      } else if (name === 'IMG') {
        var src = safeUrl(node.getAttribute('src'), true);
        if (!src) {
          continue;
        }
        copy.setAttribute('src', src);
        copy.setAttribute('alt', node.getAttribute('alt') || '');
      }
      copyClean(node, copy, doc);
      target.appendChild(copy);
    }
  }

  // Text and inline elements never stand alone at the top: consecutive ones are wrapped in a paragraph.
  function paragraphs(fragment, doc) {
    var result = doc.createDocumentFragment();
    var open = null;
    while (fragment.firstChild) {
      var node = fragment.firstChild;
      var inline = node.nodeType === 3 || INLINE[node.nodeName];
      if (inline && node.nodeType === 3 && !open && !node.nodeValue.trim()) {
        fragment.removeChild(node);
        continue;
      }
      if (inline) {
        if (!open) {
          open = doc.createElement('p');
          result.appendChild(open);
        }
        open.appendChild(node);
      } else {
        open = null;
        result.appendChild(node);
      }
    }
    return result;
  }

  function clean(html, doc) {
    // Styles are removed before parsing: the page's Content-Security-Policy refuses them, and reports each one.
    var unstyled = (html || '').replace(/<style[\s\S]*?<\/style>/gi, '')
      .replace(/\sstyle\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
    var parsed = new DOMParser().parseFromString('<body>' + unstyled + '</body>', 'text/html');
    var fragment = doc.createDocumentFragment();
    copyClean(parsed.body, fragment, doc);
    return paragraphs(fragment, doc);
  }

  function emptyParagraph(doc) {
    var p = doc.createElement('p');
    p.appendChild(doc.createElement('br'));
    return p;
  }

  function csrfHeaders() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    var headers = { Accept: 'application/json' };
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function enhance(box) {
    var textarea = document.getElementById(box.getAttribute('data-for'));
    var area = box.querySelector('[data-editor-area]');
    var toolbar = box.querySelector('[role="toolbar"]');
    var buttons = Array.prototype.slice.call(toolbar.querySelectorAll('button'));
    var status = box.querySelector('[data-editor-status]');
    var linkPanel = box.querySelector('[data-editor-link]');
    var imagePanel = box.querySelector('[data-editor-image]');
    var saved = null;

    area.appendChild(clean(textarea.value, document));
    if (!area.firstChild) {
      area.appendChild(emptyParagraph(document));
    }
    box.hidden = false;
    textarea.hidden = true;
    textarea.setAttribute('aria-hidden', 'true');
    document.execCommand('defaultParagraphSeparator', false, 'p');
    document.execCommand('styleWithCSS', false, false);

    function sync() {
      if (!textarea.hidden) {
        return;
      }
      textarea.value = area.innerHTML;
    }
    function say(message) {
      status.textContent = message;
    }
    function keepSelection() {
      var selection = window.getSelection();
      if (selection.rangeCount && area.contains(selection.anchorNode)) {
        saved = selection.getRangeAt(0).cloneRange();
      }
    }
    function restoreSelection() {
      area.focus();
      if (saved) {
        var selection = window.getSelection();
        selection.removeAllRanges();
        selection.addRange(saved);
      }
    }
    function run(command, value) {
      restoreSelection();
      document.execCommand(command, false, value || null);
      keepSelection();
      sync();
      refresh();
    }
    function refresh() {
      buttons.forEach(function (button) {
        var state = button.getAttribute('data-state');
        if (state) {
          var on = false;
          try {
            on = document.queryCommandState(state);
          } catch (ignored) {
            on = false;
          }
          button.setAttribute('aria-pressed', on ? 'true' : 'false');
        }
      });
    }
    function open(panel) {
      [linkPanel, imagePanel].forEach(function (p) {
        p.hidden = p !== panel;
      });
      if (panel) {
        panel.querySelector('input').focus();
      }
    }

    area.addEventListener('input', sync);
    area.addEventListener('keyup', function () {
      keepSelection();
      refresh();
    });
    area.addEventListener('mouseup', function () {
      keepSelection();
      refresh();
    });
    area.addEventListener('blur', keepSelection);
    area.addEventListener('paste', function (event) {
      var data = event.clipboardData;
      if (!data) {
        return;
      }
      event.preventDefault();
      var html = data.getData('text/html');
      var holder = document.createElement('div');
      if (html) {
        holder.appendChild(clean(html, document));
      } else {
        data.getData('text/plain').split(/\r?\n\r?\n/).forEach(function (paragraph) {
          var p = document.createElement('p');
          p.textContent = paragraph;
          holder.appendChild(p);
        });
      }
      document.execCommand('insertHTML', false, holder.innerHTML);
      sync();
    });

    // The toolbar is one tab stop; arrow keys move between its buttons (WAI-ARIA toolbar pattern).
    buttons.forEach(function (button, index) {
      button.tabIndex = index === 0 ? 0 : -1;
      button.addEventListener('mousedown', function (event) {
        keepSelection();
        event.preventDefault();
      });
    });
    toolbar.addEventListener('keydown', function (event) {
      var index = buttons.indexOf(document.activeElement);
      var next = null;
      if (event.key === 'ArrowRight') {
        next = (index + 1) % buttons.length;
      } else if (event.key === 'ArrowLeft') {
        next = (index - 1 + buttons.length) % buttons.length;
      } else if (event.key === 'Home') {
        next = 0;
      } else if (event.key === 'End') {
        next = buttons.length - 1;
      }
      if (next !== null && index >= 0) {
        event.preventDefault();
        buttons[index].tabIndex = -1;
        buttons[next].tabIndex = 0;
        buttons[next].focus();
      }
    });

    toolbar.addEventListener('click', function (event) {
      var button = event.target.closest('button');
      if (!button) {
        return;
      }
      var command = button.getAttribute('data-command');
      if (command === 'link') {
        keepSelection();
        open(linkPanel);
      } else if (command === 'image') {
        keepSelection();
        open(imagePanel);
      } else if (command === 'source') {
        var showing = !textarea.hidden;
        if (showing) {
          area.innerHTML = '';
          area.appendChild(clean(textarea.value, document));
          if (!area.firstChild) {
            area.appendChild(emptyParagraph(document));
          }
        } else {
          sync();
        }
        textarea.hidden = showing;
        textarea.setAttribute('aria-hidden', showing ? 'true' : 'false');
        area.hidden = !showing;
        button.setAttribute('aria-pressed', showing ? 'false' : 'true');
        (showing ? area : textarea).focus();
      } else if (command) {
        run(command, button.getAttribute('data-value'));
      }
    });

    linkPanel.querySelector('[data-apply]').addEventListener('click', function () {
      var input = linkPanel.querySelector('input');
      var url = safeUrl(input.value, false);
      if (!url) {
        say(input.getAttribute('data-invalid'));
        input.focus();
        return;
      }
      open(null);
      run('createLink', url);
      input.value = '';
      say('');
    });
    imagePanel.querySelector('[data-apply]').addEventListener('click', function () {
      var file = imagePanel.querySelector('input[type="file"]');
      var alt = imagePanel.querySelector('[data-alt]');
      var caption = imagePanel.querySelector('[data-caption]');
      if (!file.files.length) {
        say(file.getAttribute('data-required'));
        file.focus();
        return;
      }
      if (!alt.value.trim()) {
        say(alt.getAttribute('data-required'));
        alt.focus();
        return;
      }
      var form = new FormData();
      form.append('image', file.files[0]);
      form.append('alt', alt.value.trim());
      say(box.getAttribute('data-uploading'));
      imagePanel.setAttribute('aria-busy', 'true');
      fetch(box.getAttribute('data-upload-url'), { method: 'POST', body: form, headers: csrfHeaders(), credentials: 'same-origin' })
        .then(function (response) {
          return response.json().then(function (json) {
            return { ok: response.ok, json: json };
          }, function () {
            return { ok: false, json: {} };
          });
        })
        .then(function (result) {
          imagePanel.removeAttribute('aria-busy');
          if (!result.ok) {
            var errors = result.json.errors || [];
            say(errors.length ? errors[0].message : (result.json.detail || box.getAttribute('data-upload-failed')));
            return;
          }
          var image = result.json;
          var width = image.widths[0];
          image.widths.forEach(function (w) {
            if (w <= 960) {
              width = w;
            }
          });
          var figure = document.createElement('figure');
          var img = document.createElement('img');
          img.setAttribute('src', '/' + image.siteSlug + '/anh/' + image.id + '-' + width + '.jpg');
          img.setAttribute('alt', image.alt);
          figure.appendChild(img);
          if (caption.value.trim()) {
            var figcaption = document.createElement('figcaption');
            figcaption.textContent = caption.value.trim();
            figure.appendChild(figcaption);
          }
          open(null);
          run('insertHTML', figure.outerHTML + '<p><br></p>');
          file.value = '';
          alt.value = '';
          caption.value = '';
          say(box.getAttribute('data-uploaded'));
        }, function () {
          imagePanel.removeAttribute('aria-busy');
          say(box.getAttribute('data-upload-failed'));
        });
    });
    box.querySelectorAll('[data-cancel]').forEach(function (cancel) {
      cancel.addEventListener('click', function () {
        open(null);
        restoreSelection();
      });
    });
    textarea.form.addEventListener('submit', sync);
    refresh();
  }

  document.querySelectorAll('[data-rich-editor]').forEach(enhance);
})();
