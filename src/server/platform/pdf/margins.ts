// Apart from flow.ts so that importing the constant does not load pdf-lib (see load.ts).

/** Page margins in millimetres. */
export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Nghị định 30/2020 Phụ lục I, I.4: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const ND30_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };
