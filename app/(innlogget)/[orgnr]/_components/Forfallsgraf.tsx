import { maanedsnavn, type Forfallsgraf as Data, type Stolpe } from "@/lib/betal/graf";
import { useTranslations } from "next-intl";
import { useKravgruppeNavn } from "./useKravgruppeNavn";
import type { Formatering } from "@/lib/i18n/formatering";
import { useFormatering } from "@/lib/i18n/useFormatering";
import { ForfallsgrafTabell } from "./ForfallsgrafTabell";
import styles from "./forfallsgraf.module.css";

/** Okabe-Ito based, each at least 3:1 against white. */
export const FARGER = ["#0067C5", "#C45A00", "#06893A", "#A8267B", "#5A5A5A", "#7A5C00", "#005B82", "#8E3B00"];

const B = 360;
const VENSTRE = 64;
const RAD = 22;
/** Room right of the bars for the amount. */
const ETIKETT = 78;
const BREDDE = B - VENSTRE - ETIKETT;

/** Whole kroner for the bar labels (the table has the exact amounts). */
const heleKroner = (beloep: number, f: Formatering) => f.beloep(Math.round(beloep)).replace(/[,.]00$/, "");

function Stolperad({ s, y, skala, grupper, f }: { s: Stolpe; y: number; skala: number; grupper: string[]; f: Formatering }) {
  const bredder = grupper.map((g) => (s.perGruppe[g] ?? 0) * skala);
  const start = bredder.map((_, i) => VENSTRE + bredder.slice(0, i).reduce((a, b) => a + b, 0));
  return (
    <g>
      <text x={VENSTRE - 6} y={y + RAD / 2 + 4} textAnchor="end" fontSize="11" fill="currentColor" fontWeight={s.noekkel === "forfalt" ? 700 : 400}>
        {maanedsnavn(s.noekkel, f.spraak, true)}
      </text>
      {grupper.map((g, i) =>
        bredder[i]! > 0 ? <rect key={g} x={start[i]} y={y + 3} width={Math.max(bredder[i]!, 1)} height={RAD - 6} fill={FARGER[i % FARGER.length]} /> : null,
      )}
      {s.sum > 0 ? (
        <text x={VENSTRE + Math.max(s.sum * skala, 1) + 4} y={y + RAD / 2 + 4} fontSize="10" fill="currentColor">
          {heleKroner(s.sum, f)}
        </text>
      ) : null}
    </g>
  );
}

/** The next 12 months' due amounts per kravgruppe as a plain SVG (no client JS), overdue apart, with the numbers as a table. */
export function Forfallsgraf({ data, orgnr }: { data: Data; orgnr: string }) {
  const t = useTranslations("betal");
  const navn = useKravgruppeNavn();
  const f = useFormatering();
  // Overdue is apart, on its own scale: a large arrear must not flatten the months.
  const maksMaaned = Math.max(0, ...data.maaneder.map((m) => m.sum));
  const skala = maksMaaned > 0 ? BREDDE / maksMaaned : 0;
  const skalaForfalt = data.forfalt.sum > 0 ? BREDDE / Math.max(data.forfalt.sum, maksMaaned) : 0;
  const hoeyde = (data.maaneder.length + 1) * RAD + 12;
  const bilde = t("graf.bilde", { forfalt: f.beloep(data.forfalt.sum), kommende: f.beloep(data.sumKommende) });
  return (
    <section className={styles.graf} aria-labelledby="forfallsgraf-overskrift" data-testid="forfallsgraf">
      {/* Plain elements with Aksel's classes: Aksel's components are client modules, and this chart adds no client JS. */}
      <h2 className="aksel-heading aksel-heading--medium aksel-typo--spacing" id="forfallsgraf-overskrift">
        {t("graf.overskrift")}
      </h2>
      <p className="aksel-body-short aksel-body-short--small aksel-typo--spacing">{t("graf.forklaring")}</p>
      {data.maks <= 0 ? (
        <p className="aksel-body-short aksel-body-short--medium">{t("graf.ingenting")}</p>
      ) : (
        <>
          <svg viewBox={`0 0 ${B} ${hoeyde}`} className={styles.svg} role="img" aria-label={bilde}>
            <Stolperad s={data.forfalt} y={0} skala={skalaForfalt} grupper={data.grupper} f={f} />
            <line x1={0} x2={B} y1={RAD + 6} y2={RAD + 6} stroke="currentColor" strokeDasharray="3 3" strokeOpacity="0.5" />
            {data.maaneder.map((m, i) => (
              <Stolperad key={m.noekkel} s={m} y={(i + 1) * RAD + 12} skala={skala} grupper={data.grupper} f={f} />
            ))}
            <line x1={VENSTRE} x2={VENSTRE} y1={0} y2={hoeyde} stroke="currentColor" strokeOpacity="0.6" />
          </svg>
          <ul className={styles.forklaring} aria-label={t("graf.kravgrupper")}>
            {data.grupper.map((g, i) => (
              <li key={g}>
                <svg width="12" height="12" aria-hidden focusable="false">
                  <rect width="12" height="12" fill={FARGER[i % FARGER.length]} />
                </svg>
                {navn(g)}
              </li>
            ))}
          </ul>
        </>
      )}
      {data.sumKommende > 0 ? (
        <p className="aksel-body-short aksel-body-short--small">
          <a className="aksel-link" href={`/api/part/${orgnr}/kalender`} download data-testid="graf-kalender-lenke">
            {t("kalender.lenke")}
          </a>
        </p>
      ) : null}
      <details className={styles.detaljer}>
        <summary>{t("graf.visTabell")}</summary>
        <ForfallsgrafTabell data={data} />
      </details>
    </section>
  );
}
