/**
 * The id a request's log lines carry. A client (or the load balancer in front) may send its own
 * x-request-id; it is kept only when it is a short token of safe characters, so a log line can
 * never carry a forged line break, a control character or a kilobyte of junk.
 */
const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,64}$/;

export function requestIdFrom(header: string | null | undefined): string {
  return header && SAFE_REQUEST_ID.test(header) ? header : crypto.randomUUID();
}
