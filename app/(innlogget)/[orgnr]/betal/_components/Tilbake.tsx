import { LinkButton } from "@/components/LinkButton";
import { useTranslations } from "next-intl";

/** The sketch's primary button at the bottom: back to the overview. */
export function Tilbake({ href }: { href: string }) {
  const t = useTranslations("betal.side");
  return (
    <div style={{ marginTop: "2rem" }}>
      <LinkButton href={href} variant="primary">
        {t("tilbake")}
      </LinkButton>
    </div>
  );
}
