// Draws the chosen process with the bpmn-js viewer (vendor/bpmn-js) and puts on each step the
// instances waiting there and those failed there, as links to the step's cases. The model's text is
// in the hidden <pre> after the container; the container holds the figures in data-figures
// ({"<step>": [waiting, failed]}), the steps' names in the page's language in data-names (see
// step-names.js), the address of a step's cases in data-link and the words for a failure in
// data-failed. The same figures are in the table below the diagram.
(function () {
  'use strict';

  function badge(text, kind, href) {
    var link = document.createElement('a');
    link.className = 'step-badge step-badge-' + kind;
    link.href = href;
    link.textContent = text;
    return link;
  }

  function draw(container) {
    var source = container.nextElementSibling;
    if (!source || typeof BpmnJS === 'undefined') {
      return;
    }
    var figures = JSON.parse(container.getAttribute('data-figures') || '{}');
    var link = container.getAttribute('data-link');
    var viewer = new BpmnJS({ container: container });
    var names = JSON.parse(container.getAttribute('data-names') || '{}');
    var xml = window.OutreachStepNames
      ? window.OutreachStepNames.localized(source.textContent, names)
      : source.textContent;
    viewer.importXML(xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      var overlays = viewer.get('overlays');
      canvas.zoom('fit-viewport');
      Object.keys(figures).forEach(function (id) {
        if (!registry.get(id)) {
          return;
        }
        var href = link + encodeURIComponent(id);
        var waiting = figures[id][0];
        var failed = figures[id][1];
        if (waiting > 0) {
          canvas.addMarker(id, 'active-step');
          overlays.add(id, { position: { bottom: 12, left: -8 }, html: badge(String(waiting), 'waiting', href) });
        }
        if (failed > 0) {
          overlays.add(id, { position: { top: -10, right: 12 }, html: badge(String(failed), 'failed', href) });
        }
      });
      viewer.get('eventBus').on('element.click', function (event) {
        if (figures[event.element.id]) {
          window.location.href = link + encodeURIComponent(event.element.id);
        }
      });
      container.setAttribute('data-drawn', 'true');
    }).catch(function () {
      container.textContent = container.getAttribute('data-failed');
    });
  }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll('.process-diagram'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
