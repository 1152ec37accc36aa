/** The HTML report's own style sheet (it loads nothing from outside). */
export const reportStyle = `
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', sans-serif; color: #1f2933; background: #f9fafb; }
main { max-width: 1100px; margin: 0 auto; padding: 24px; background: #fff; }
h1 { font-size: 22px; margin: 0 0 4px; }
h2 { font-size: 17px; margin: 28px 0 8px; }
.note { color: #52606d; margin: 0 0 4px; }
.scenario { font-weight: 600; color: #1d4f91; margin: 0 0 12px; }
table { border-collapse: collapse; width: 100%; margin: 8px 0; }
caption { text-align: left; font-weight: 600; padding: 4px 0; }
th, td { border-bottom: 1px solid #d9dde3; padding: 4px 8px; text-align: left; vertical-align: top; }
td { font-variant-numeric: tabular-nums; }
thead th { color: #52606d; font-weight: 600; }
figure { margin: 0; overflow-x: auto; border: 1px solid #d9dde3; }
figure svg { display: block; max-width: 100%; height: auto; }
li { margin: 2px 0; }
.charts { display: grid; grid-template-columns: repeat(auto-fill, minmax(520px, 1fr)); gap: 12px; }
.chart { border: 1px solid #d9dde3; padding: 6px; overflow: hidden; }
figcaption { font-weight: 600; margin-bottom: 4px; }
`;
