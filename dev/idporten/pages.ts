import { TEST_PERSONS } from "../testdata/persons";

/** HTML of the ID-porten stand-in: a small, accessible TestID page in Norwegian. */

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const STYLE = `
  body{font-family:system-ui,Arial,sans-serif;margin:0;color:#23262a;background:#f2f3f5;line-height:1.5}
  main{max-width:40rem;margin:0 auto;padding:1rem;background:#fff;min-height:100vh;box-sizing:border-box}
  h1{font-size:1.75rem;margin:.5rem 0 1rem}
  fieldset{border:1px solid #a0a4ab;border-radius:4px;margin:0 0 1.25rem;padding:.75rem 1rem}
  legend{font-weight:600;padding:0 .25rem}
  .valg{display:flex;gap:.6rem;align-items:flex-start;padding:.4rem 0}
  .valg input{width:1.25rem;height:1.25rem;margin-top:.2rem;flex:none}
  .valg span{display:block;font-size:.95rem;color:#49515e}
  button{font:inherit;font-weight:600;padding:.6rem 1.4rem;border-radius:4px;border:2px solid #0067c5;cursor:pointer}
  .primary{background:#0067c5;color:#fff}.secondary{background:#fff;color:#0067c5}
  button:focus-visible,input:focus-visible{outline:3px solid #23262a;outline-offset:2px}
  .knapper{display:flex;flex-wrap:wrap;gap:.75rem}
  .info{background:#ebfcff;border-left:4px solid #0067c5;padding:.5rem .75rem;margin:0 0 1rem}
`;

export function page(title: string, body: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ID-porten (lokal testversjon)</title><style>${STYLE}</style></head>
<body><main>${body}</main></body></html>`;
}

const ACR_CHOICES = [
  { value: "idporten-loa-high", label: "Høyt sikkerhetsnivå", hint: "som BankID og MinID med pass" },
  { value: "idporten-loa-substantial", label: "Betydelig sikkerhetsnivå", hint: "som MinID med kode på SMS" },
];

/** ID-porten's languages; the choice comes back as the id_token's `locale`. */
export const LOCALE_CHOICES = [
  { value: "nb", label: "Bokmål" },
  { value: "nn", label: "Nynorsk" },
  { value: "en", label: "English" },
  { value: "se", label: "Sámegiella" },
];

/**
 * The login page: choose a test person, the assurance level and the language, like ID-porten's
 * TestID. The language starts as the client's `ui_locales`.
 */
export function loginPage(uid: string, requestedAcr: string | undefined, error?: string, uiLocales?: string): string {
  const chosenLocale = LOCALE_CHOICES.find((c) => c.value === uiLocales?.split(" ")[0])?.value ?? "nb";
  const chosenAcr = ACR_CHOICES.some((c) => c.value === requestedAcr) ? requestedAcr : "idporten-loa-high";
  const persons = TEST_PERSONS.map(
    (p, i) => `<div class="valg"><input type="radio" name="pid" id="p${i}" value="${escapeHtml(p.pid)}"${i === 0 ? " required" : ""} aria-describedby="p${i}-info">
<div><label for="p${i}">${escapeHtml(p.name)}</label><span id="p${i}-info">Fødselsnummer ${escapeHtml(p.pid)}. ${escapeHtml(p.description)}</span></div></div>`,
  ).join("\n");
  const levels = ACR_CHOICES.map(
    (c) => `<div class="valg"><input type="radio" name="acr" id="${c.value}" value="${c.value}"${c.value === chosenAcr ? " checked" : ""}>
<div><label for="${c.value}">${escapeHtml(c.label)} (${c.value})</label><span>${escapeHtml(c.hint)}</span></div></div>`,
  ).join("\n");
  const locales = LOCALE_CHOICES.map(
    (c) => `<div class="valg"><input type="radio" name="locale" id="locale-${c.value}" value="${c.value}"${c.value === chosenLocale ? " checked" : ""}>
<div><label for="locale-${c.value}" lang="${c.value}">${escapeHtml(c.label)}</label></div></div>`,
  ).join("\n");
  return page(
    "Logg inn",
    `<h1>Logg inn med TestID</h1>
<p class="info">Lokal testversjon av ID-porten. Alle personene er syntetiske (måned + 80).</p>
${error ? `<p role="alert"><strong>${escapeHtml(error)}</strong></p>` : ""}
<form method="post" action="/interaction/${escapeHtml(uid)}/login">
<fieldset><legend>Velg testperson</legend>${persons}</fieldset>
<fieldset><legend>Sikkerhetsnivå</legend>${levels}</fieldset>
<fieldset><legend>Språk</legend>${locales}</fieldset>
<div class="knapper"><button class="primary" type="submit">Logg inn</button>
<button class="secondary" type="submit" formaction="/interaction/${escapeHtml(uid)}/abort" formnovalidate>Avbryt</button></div>
</form>`,
  );
}

export function errorPage(out: object): string {
  const rows = Object.entries(out)
    .map(([k, v]) => `<dt>${escapeHtml(k)}</dt><dd>${escapeHtml(v)}</dd>`)
    .join("");
  return page("Feil", `<h1>Noe gikk galt i ID-porten</h1><dl>${rows}</dl>`);
}

/** ID-porten ends its session without asking; the form posts itself (a replace navigation). */
export function logoutPage(form: string): string {
  const withYes = form.replace("</form>", '<input type="hidden" name="logout" value="yes"></form>');
  return page(
    "Logger ut",
    `<h1>Logger ut …</h1>${withYes}
<noscript><button class="primary" type="submit" form="op.logoutForm">Fullfør utlogging</button></noscript>
<script>document.getElementById("op.logoutForm").submit();</script>`,
  );
}

export function loggedOutPage(): string {
  return page("Logget ut", `<h1>Du er logget ut av ID-porten</h1>`);
}

/** "Logged out in another service": ID-porten loads each service's front-channel logout URL in an iframe. */
export function logoutElsewherePage(frames: string[]): string {
  const iframes = frames.map((src, i) => `<iframe title="Utlogging ${i + 1}" src="${escapeHtml(src)}" width="300" height="60"></iframe>`).join("\n");
  return page(
    "Logget ut",
    `<h1>Du er logget ut av alle tjenester</h1>
<p>${frames.length === 0 ? "Du var ikke logget inn." : `Varslet ${frames.length} tjeneste(r).`}</p>
<div id="frontchannel">${iframes}</div>`,
  );
}
