// On the user forms, shows the state choice only for roles that act for a state, and the institution choice
// only for experts. Without JavaScript both stay visible and the server checks the choice.
(function () {
  var needsState = ['NATIONAL_COORDINATOR', 'EXAMINER'];
  function update(select) {
    var form = select.form;
    var state = form.querySelector('.needs-state');
    var institution = form.querySelector('.needs-institution');
    if (state) { state.hidden = needsState.indexOf(select.value) < 0; }
    if (institution) { institution.hidden = select.value !== 'EXPERT'; }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('select.role-choice').forEach(function (select) {
      update(select);
      select.addEventListener('change', function () { update(select); });
    });
  });
})();
