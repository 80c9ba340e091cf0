import { LinkButton } from "@/components/LinkButton";
import { betal } from "@/lib/tekster/betal";

/** The sketch's primary button at the bottom: back to the overview. */
export function Tilbake({ href }: { href: string }) {
  return (
    <div style={{ marginTop: "2rem" }}>
      <LinkButton href={href} variant="primary">
        {betal.side.tilbake}
      </LinkButton>
    </div>
  );
}
