/**
 * Forsinkelsesrente (late-payment interest) in percent a year, set per half-year
 * (1 January and 1 July). One row per half-year, oldest first; `null` where the rate is not
 * yet known. Source: product.md. The last rows must be checked against the regulation
 * (forskrift om forsinkelsesrente) before each release.
 */
export type Rentesats = { fraOgMed: string; prosent: number | null };

export const FORSINKELSESRENTE_SATSER: readonly Rentesats[] = [
  { fraOgMed: "2019-01-01", prosent: 8.75 },
  { fraOgMed: "2019-07-01", prosent: 9.25 },
  { fraOgMed: "2020-01-01", prosent: 9.5 },
  { fraOgMed: "2020-07-01", prosent: 8.0 },
  { fraOgMed: "2021-01-01", prosent: 8.0 },
  { fraOgMed: "2021-07-01", prosent: 8.0 },
  { fraOgMed: "2022-01-01", prosent: 8.5 },
  { fraOgMed: "2022-07-01", prosent: 9.25 },
  { fraOgMed: "2023-01-01", prosent: 10.75 },
  { fraOgMed: "2023-07-01", prosent: 11.75 },
  { fraOgMed: "2024-01-01", prosent: 12.5 },
  { fraOgMed: "2024-07-01", prosent: 12.5 },
  { fraOgMed: "2025-01-01", prosent: 12.5 },
  { fraOgMed: "2025-07-01", prosent: 12.25 },
  { fraOgMed: "2026-01-01", prosent: 12.0 },
  { fraOgMed: "2026-07-01", prosent: null },
];
