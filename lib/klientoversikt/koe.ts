/**
 * A queue that runs at most `samtidig` tasks at once, in the order they were added. The
 * klientoversikt fetches 200 clients' summaries through one of these (default 8), so the
 * browser, our server and the API each see a bounded number of requests in flight.
 */
export type Koe = {
  kjoer<T>(oppgave: () => Promise<T>): Promise<T>;
  /** Running now, and waiting. */
  readonly aktive: number;
  readonly ventende: number;
};

export const STANDARD_SAMTIDIGHET = 8;

export function lagKoe(samtidig: number = STANDARD_SAMTIDIGHET): Koe {
  if (!Number.isInteger(samtidig) || samtidig < 1) throw new RangeError("samtidig må være et heltall ≥ 1");
  let aktive = 0;
  const venter: (() => void)[] = [];
  const neste = () => {
    if (aktive >= samtidig) return;
    const start = venter.shift();
    if (start) {
      aktive++;
      start();
    }
  };
  return {
    kjoer<T>(oppgave: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        venter.push(() => {
          Promise.resolve()
            .then(oppgave)
            .then(resolve, reject)
            .finally(() => {
              aktive--;
              neste();
            });
        });
        neste();
      });
    },
    get aktive() {
      return aktive;
    },
    get ventende() {
      return venter.length;
    },
  };
}
