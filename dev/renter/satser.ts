/**
 * Forsinkelsesrente: the yearly rate per half-year (1 January, 1 July), in percent, as set by
 * the Ministry of Finance under forsinkelsesrenteloven § 3. Source: docs/product.md.
 * CHECK THE LAST ROWS AGAINST THE REGULATION BEFORE RELEASE. The rate for 2nd half 2026 is
 * not yet known: the calculation uses the last known rate for any later half-year.
 */
export const FORSINKELSESRENTE_SATSER: readonly { fra: string; prosent: number }[] = [
  { fra: "2019-01-01", prosent: 8.75 },
  { fra: "2019-07-01", prosent: 9.25 },
  { fra: "2020-01-01", prosent: 9.5 },
  { fra: "2020-07-01", prosent: 8.0 },
  { fra: "2021-01-01", prosent: 8.0 },
  { fra: "2021-07-01", prosent: 8.0 },
  { fra: "2022-01-01", prosent: 8.5 },
  { fra: "2022-07-01", prosent: 9.25 },
  { fra: "2023-01-01", prosent: 10.75 },
  { fra: "2023-07-01", prosent: 11.75 },
  { fra: "2024-01-01", prosent: 12.5 },
  { fra: "2024-07-01", prosent: 12.5 },
  { fra: "2025-01-01", prosent: 12.5 },
  { fra: "2025-07-01", prosent: 12.25 },
  { fra: "2026-01-01", prosent: 12.0 },
];
