// Draws each running process of the case view with the bpmn-js viewer (vendor/bpmn-js) and marks
// the steps it waits in. The model's text is in the hidden <pre> after each diagram's container;
// the container names the steps in data-active, their names in the page's language in data-names
// (see step-names.js) and the words for a failure in data-failed.
(function () {
  'use strict';

  function draw(container) {
    var source = container.nextElementSibling;
    if (!source || typeof BpmnJS === 'undefined') {
      return;
    }
    var viewer = new BpmnJS({ container: container });
    var names = JSON.parse(container.getAttribute('data-names') || '{}');
    var xml = window.OutreachStepNames
      ? window.OutreachStepNames.localized(source.textContent, names)
      : source.textContent;
    viewer.importXML(xml).then(function () {
      var canvas = viewer.get('canvas');
      var registry = viewer.get('elementRegistry');
      canvas.zoom('fit-viewport');
      (container.getAttribute('data-active') || '').split(' ').forEach(function (id) {
        if (id && registry.get(id)) {
          canvas.addMarker(id, 'active-step');
        }
      });
      container.setAttribute('data-drawn', 'true');
    }).catch(function () {
      container.textContent = container.getAttribute('data-failed');
    });
  }

  function drawAll() {
    Array.prototype.forEach.call(document.querySelectorAll('.bpmn-diagram'), draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
