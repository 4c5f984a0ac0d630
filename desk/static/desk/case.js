// Case page: the handout picker filters as you type.
(function () {
  "use strict";
  const filter = document.getElementById("handout-filter");
  if (!filter) return;
  filter.addEventListener("keydown", function (event) {
    if (event.key === "Enter") event.preventDefault();
  });
  filter.addEventListener("input", function () {
    const needle = filter.value.trim().toLowerCase();
    document.querySelectorAll("#handout-picker label").forEach(function (label) {
      const checked = label.querySelector("input").checked;
      label.hidden = needle !== "" && !checked && !label.textContent.toLowerCase().includes(needle);
    });
  });
})();
