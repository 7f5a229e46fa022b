// The comparison takes its scenarios as one "ids" parameter ("3,5"), so that its address can be shared; the list's
// checkboxes are gathered into it on submit. Without scripts the boxes are sent as "pick" and the page reads those.
(function () {
  function init() {
    var button = document.getElementById('compare-button');
    if (!button) {
      return;
    }
    button.form.addEventListener('submit', function () {
      var picked = Array.prototype.map.call(button.form.querySelectorAll('input[name=pick]:checked'),
        function (box) { return box.value; });
      document.getElementById('compare-ids').value = picked.join(',');
      button.form.querySelectorAll('input[name=pick]').forEach(function (box) { box.disabled = true; });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', init);
  } else {
    init();
  }
})();
