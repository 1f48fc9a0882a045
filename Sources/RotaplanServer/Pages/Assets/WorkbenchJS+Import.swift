extension WorkbenchJS {
    /// The import page and the problems page: each chosen file is uploaded on its own
    /// (`POST form[data-uploads]?name=…`, header X-CSRF-Token), its id added to the form as
    /// a hidden `upload` field (a replaced file's id takes the place of the old one), then
    /// the form is submitted as usual. A refused file's sentence is shown in #upload-error.
    static let importPart = """
        (window.rotaplanInit ??= []).push(() => {
          for (const form of document.querySelectorAll("form[data-uploads]")) {
            form.addEventListener("submit", async (ev) => {
              ev.preventDefault();
              const err = form.querySelector("#upload-error");
              const button = form.querySelector("button");
              button.disabled = true; err.hidden = true;
              const upload = async (file) => {
                const r = await fetch(form.dataset.uploads + "?name=" + encodeURIComponent(file.name),
                  {method: "POST", body: file, headers: {"X-CSRF-Token": rotaplan.csrf(), "Accept": "application/json"}});
                const j = await r.json().catch(() => ({}));
                if (!r.ok) throw new Error(file.name + ": " + (j.error ?? String(r.status)));
                return String(j.id);
              };
              const add = (id) => {
                const i = document.createElement("input");
                i.type = "hidden"; i.name = "upload"; i.value = id;
                form.appendChild(i);
              };
              try {
                for (const input of form.querySelectorAll("input.replace")) {
                  if (!input.files.length) continue;
                  const id = await upload(input.files[0]);
                  const old = [...form.querySelectorAll("input[type=hidden][name=upload]")].find(i => i.value === input.dataset.replace);
                  if (old) old.value = id; else add(id);
                }
                const many = form.querySelector("#files, #add-files");
                for (const file of (many ? many.files : [])) add(await upload(file));
                if (!form.querySelector("input[name=upload]")) throw new Error(form.dataset.none ?? "");
                form.submit();
              } catch (e) {
                err.textContent = e.message; err.hidden = false; button.disabled = false;
              }
            });
          }
        });
        """
}
