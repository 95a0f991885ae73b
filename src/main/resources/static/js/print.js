// A "print" button ([data-print]) opens the browser's print dialog; the page prints without navigation.
(function () {
  document.querySelectorAll('[data-print]').forEach(function (button) {
    button.hidden = false;
    button.addEventListener('click', function () { window.print(); });
  });
})();
