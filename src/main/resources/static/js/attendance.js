// The attendance sheet: a participant's note field shows only once "Lainnya" (other) is their reason, or when it
// already holds a note. Without script every note field simply stays visible.
(function () {
  function sync(select) {
    var row = select.closest('tr');
    var note = row && row.querySelector('.attendance-note');
    if (note) {
      note.hidden = select.value !== 'OTHER' && note.value === '';
    }
  }
  document.querySelectorAll('#attendance-list select[id^="reason-"]').forEach(function (select) {
    sync(select);
    select.addEventListener('change', function () { sync(select); });
  });
})();
