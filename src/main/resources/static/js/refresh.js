// Reloads a page that marks itself with data-refresh-seconds (the import progress page while it runs).
// A script rather than <meta http-equiv="refresh">: a timed meta refresh is an accessibility failure.
(function () {
  var marked = document.querySelector('[data-refresh-seconds]');
  if (marked) {
    var seconds = parseInt(marked.getAttribute('data-refresh-seconds'), 10) || 2;
    window.setTimeout(function () { window.location.reload(); }, seconds * 1000);
  }
})();
