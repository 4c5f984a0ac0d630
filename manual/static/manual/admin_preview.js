// Markdown preview in the revision form: the server renders and sanitises (nh3).
document.addEventListener("DOMContentLoaded", () => {
  const box = document.querySelector(".markdown-preview-box");
  const body = document.getElementById("id_body");
  if (!box || !body) return;
  const output = box.querySelector(".markdown-preview");
  box.querySelector("[data-markdown-preview]").addEventListener("click", async () => {
    const token = document.querySelector("[name=csrfmiddlewaretoken]").value;
    const data = new FormData();
    data.append("body", body.value);
    const response = await fetch(box.dataset.previewUrl, {
      method: "POST",
      body: data,
      headers: { "X-CSRFToken": token },
      credentials: "same-origin",
    });
    // The HTML comes back sanitised to the manual's allow-list.
    output.innerHTML = await response.text();
  });
});
