// Labels a BPMN model in the page's language before the bpmn-js viewer draws it: each element whose
// id the names map holds ({"<step id>": "<name>"}, from the steps bundle) gets that name in place of
// the model's. A model that cannot be read is left as it is.
(function () {
  'use strict';

  function localized(xml, names) {
    if (!names || Object.keys(names).length === 0 || typeof DOMParser === 'undefined') {
      return xml;
    }
    var model = new DOMParser().parseFromString(xml, 'application/xml');
    if (model.getElementsByTagName('parsererror').length > 0) {
      return xml;
    }
    Array.prototype.forEach.call(model.querySelectorAll('[id][name]'), function (element) {
      var name = names[element.getAttribute('id')];
      if (typeof name === 'string' && name.length > 0) {
        element.setAttribute('name', name);
      }
    });
    return new XMLSerializer().serializeToString(model);
  }

  window.OutreachStepNames = { localized: localized };
})();
