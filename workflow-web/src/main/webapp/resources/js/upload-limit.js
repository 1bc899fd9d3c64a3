// Keeps a form from sending a file over the limit its input names (data-max-bytes): the server
// refuses such a request before reading it (RequestSizeFilter), so the reader would lose the form
// for a bare page. The input carries the message in the reader's language (data-too-large) and the
// id of the element that shows it beside the field (data-error). The server checks the size again.
(function () {
  'use strict';

  function tooLarge(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    return Array.prototype.some.call(input.files || [], function (file) {
      return file.size > max;
    });
  }

  document.addEventListener('submit', function (event) {
    var inputs = event.target.querySelectorAll('input[type=file][data-max-bytes]');
    Array.prototype.some.call(inputs, function (input) {
      if (!tooLarge(input)) {
        return false;
      }
      event.preventDefault();
      var error = document.getElementById(input.getAttribute('data-error'));
      if (error) {
        error.textContent = input.getAttribute('data-too-large');
      }
      input.setAttribute('aria-invalid', 'true');
      input.focus();
      return true;
    });
  }, true);
})();
