// Fast intake: Ctrl+K jumps to the entrepreneur lookup, Enter saves (in the question it
// moves on to the topics; Shift+Enter is a new line in the text boxes), the handout picker
// filters as you type, and a lookup match is chosen with its button.
(function () {
  "use strict";
  const form = document.getElementById("intake-form");
  if (!form) return;
  const lookup = document.getElementById("entrepreneur-lookup");
  const chosenInput = form.querySelector("input[name='entrepreneur']");
  const chosenLabel = document.getElementById("entrepreneur-chosen");

  document.addEventListener("keydown", function (event) {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "k" && lookup) {
      event.preventDefault();
      lookup.focus();
      lookup.select();
    }
  });

  const chips = Array.from(form.querySelectorAll(".desk-chips input[type='checkbox']"));

  form.addEventListener("keydown", function (event) {
    if (event.key !== "Enter" || event.isComposing) return;
    const target = event.target;
    if (target === lookup || target.id === "handout-filter") {
      event.preventDefault();
      return;
    }
    // The question is the first thing typed, never the last: Enter there moves on to the
    // topics rather than saving a case that holds nothing but its question.
    if (target.id === "id_question" && !event.shiftKey) {
      event.preventDefault();
      const next = chips.find(function (chip) { return chip.tabIndex === 0; }) ||
        document.getElementById("id_answer");
      if (next) next.focus();
      return;
    }
    // Enter on a button, a link, a list or a disclosure («Or record a new entrepreneur»)
    // does what it does natively: it never saves the form behind the officer's back.
    if (["BUTTON", "A", "SELECT", "SUMMARY"].includes(target.tagName)) return;
    if (target.tagName === "TEXTAREA" && event.shiftKey) return;
    event.preventDefault();
    form.requestSubmit();
  });

  // The topic chips are one stop for Tab (the first, or the last one touched); the arrow
  // keys move between them. With eight topics an officer otherwise tabbed eight times
  // to get from the question to the answer.
  function rove(current) {
    chips.forEach(function (chip) { chip.tabIndex = chip === current ? 0 : -1; });
  }
  if (chips.length > 1) {
    rove(chips.find(function (chip) { return chip.checked; }) || chips[0]);
    chips.forEach(function (chip, index) {
      chip.addEventListener("focus", function () { rove(chip); });
      chip.addEventListener("keydown", function (event) {
        const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[event.key];
        if (!step) return;
        event.preventDefault();
        chips[(index + step + chips.length) % chips.length].focus();
      });
    });
  }

  // Opening the new-entrepreneur disclosure puts the cursor in its first field.
  const newEntrepreneur = document.getElementById("new-entrepreneur");
  if (newEntrepreneur) {
    newEntrepreneur.addEventListener("toggle", function () {
      const name = document.getElementById("id_name");
      if (newEntrepreneur.open && name && !name.value) name.focus();
    });
  }

  const filter = document.getElementById("handout-filter");
  if (filter) {
    filter.addEventListener("input", function () {
      const needle = filter.value.trim().toLowerCase();
      document.querySelectorAll("#handout-picker label").forEach(function (label) {
        const checked = label.querySelector("input").checked;
        label.hidden = needle !== "" && !checked && !label.textContent.toLowerCase().includes(needle);
      });
    });
  }

  document.addEventListener("click", function (event) {
    const button = event.target.closest("[data-entrepreneur-id]");
    if (!button || !chosenInput) return;
    chosenInput.value = button.dataset.entrepreneurId;
    if (chosenLabel) chosenLabel.textContent = button.dataset.entrepreneurLabel;
    const question = document.getElementById("id_question");
    if (question) question.focus();
  });

  function forget() {
    chosenInput.value = "";
    if (chosenLabel) chosenLabel.textContent = chosenLabel.dataset.empty || "";
  }

  const clear = document.getElementById("entrepreneur-clear");
  if (clear) clear.addEventListener("click", forget);

  // A case takes a record of its own office: another office chosen, the person chosen
  // for the first one is forgotten and the lookup asks again, among that office's records.
  const office = form.querySelector("select[name='office']");
  if (office && chosenInput) {
    office.addEventListener("change", function () {
      forget();
      if (lookup && lookup.value.trim().length >= 2 && window.htmx) {
        window.htmx.trigger(lookup, "search");
      }
    });
  }
})();
