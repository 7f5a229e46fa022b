// The data entry grid: with JavaScript each cell saves itself on change (htmx), so the per-cell Save buttons
// are hidden, and Enter in a cell saves it instead of submitting the form without htmx.
(function () {
  document.documentElement.classList.add('js');

  // Refused (422), conflicting (409) and forbidden (403) saves answer with the cell to show: swap it in.
  if (window.htmx) {
    htmx.config.responseHandling = [
      { code: '204', swap: false },
      { code: '[23]..', swap: true },
      { code: '(403|409|422)', swap: true, error: false },
      { code: '[45]..', swap: false, error: true },
      { code: '...', swap: false }
    ];
  }

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (window.htmx && form.classList && form.classList.contains('cell-form')) {
      event.preventDefault();
      htmx.trigger(form, 'change');
    }
  });
})();
