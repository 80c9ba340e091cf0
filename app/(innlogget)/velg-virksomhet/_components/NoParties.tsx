import { BodyLong, Heading, Link, List } from "@navikt/ds-react";
import { ListItem } from "@navikt/ds-react/List";
import { useTranslations } from "next-intl";

/** For a person who may act for no one: why, and how to get access in Altinn. */
export function NoParties() {
  const t = useTranslations("innlogging.ingenVirksomheter");
  return (
    <>
      <Heading level="1" size="xlarge" spacing style={{ marginTop: "2rem" }}>
        {t("overskrift")}
      </Heading>
      <BodyLong spacing>{t("ingress")}</BodyLong>
      <Heading level="2" size="medium" spacing>
        {t("slikFaarDuTilgang")}
      </Heading>
      <List>
        <ListItem>{t("ansatt")}</ListItem>
        <ListItem>{t("regnskapsfoerer")}</ListItem>
        <ListItem>{t("nyTilgang")}</ListItem>
      </List>
      <BodyLong spacing>
        <Link href={t("altinnUrl")}>{t("altinnLenke")}</Link>
      </BodyLong>
    </>
  );
}
