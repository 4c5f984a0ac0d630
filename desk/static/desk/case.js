// Case page: handouts are found by title (htmx swaps the matches in). A ticked match moves
// to the chosen list, so a second search does not drop it. The edit form, fetched on
// request, takes the focus when it arrives.
(function () {
  "use strict";
  const matches = document.getElementById("handout-matches");
  const chosen = document.getElementById("handout-chosen");
  if (matches && chosen) {
    matches.addEventListener("change", function (event) {
      const box = event.target;
      if (box.name !== "articles" || !box.checked) return;
      const item = box.closest("li");
      if (item) {
        chosen.appendChild(item);
        box.focus();
      }
    });
  }
  document.body.addEventListener("htmx:afterSwap", function (event) {
    if (event.detail.target.id !== "edit-panel") return;
    const first = event.detail.target.querySelector("textarea, select, input:not([type='hidden'])");
    if (first) first.focus();
  });
})();
