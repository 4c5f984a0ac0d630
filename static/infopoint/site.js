// Progressive enhancement only: every page works without JavaScript.

// htmx sends the CSRF token from the cookie (Django's documented way for scripts), so pages
// need not carry a token; a form's own hidden token travels with it as before.
document.addEventListener("htmx:configRequest", (event) => {
  if (event.detail.verb === "get") return;
  const cookie = document.cookie.split("; ").find((part) => part.startsWith("csrftoken="));
  if (cookie) event.detail.headers["X-CSRFToken"] = decodeURIComponent(cookie.slice(10));
});
document.addEventListener("DOMContentLoaded", () => {
  const main = document.getElementById("main");
  document.querySelectorAll(".skip-link").forEach((link) => {
    link.addEventListener("click", () => main && main.focus());
  });
  // A field marked invalid by the server is no longer red once the visitor has changed it;
  // the server checks it again on the next submit.
  document.addEventListener("input", (event) => {
    const field = event.target.closest(".is-invalid");
    if (!field) return;
    field.classList.remove("is-invalid");
    field.removeAttribute("aria-invalid");
    const feedback = field.closest(".mb-3, .form-check, fieldset")?.querySelector(".invalid-feedback");
    if (feedback) feedback.hidden = true;
  });
});
