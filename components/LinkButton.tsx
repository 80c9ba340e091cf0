import type { ComponentProps } from "react";
import { Button } from "@navikt/ds-react/Button";

type Props = Omit<ComponentProps<typeof Button>, "as" | "role"> & { href: string };

/**
 * Looks like an Aksel button, is a link. Aksel gives `<Button as="a">` role="button"; a control
 * that navigates should be announced as a link, so the role is set back to link.
 */
export function LinkButton({ href, ...props }: Props) {
  return <Button as="a" href={href} role="link" {...props} />;
}
