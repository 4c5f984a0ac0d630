// Progressive enhancement only: every page works without JavaScript.
document.addEventListener("DOMContentLoaded", () => {
  const main = document.getElementById("main");
  document.querySelectorAll(".skip-link").forEach((link) => {
    link.addEventListener("click", () => main && main.focus());
  });
});
