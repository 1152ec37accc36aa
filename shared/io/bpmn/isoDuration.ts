const unitSeconds = { Y: 365 * 86400, M: 30 * 86400, W: 7 * 86400, D: 86400, H: 3600, TM: 60, S: 1 };

/**
 * Seconds of an ISO 8601 duration such as `PT1H30M` or `P2DT4H`, or of the period of a repeating interval such as
 * `R3/PT10M`; undefined when the text is neither. A year counts 365 days and a month 30.
 */
export function parseIsoDuration(value: string): number | undefined {
  const period = value
    .trim()
    .replace(/^R\d*\//, '')
    .split('/')
    .find((part) => part.startsWith('P'));
  const match =
    period &&
    /^P(?:(\d+(?:[.,]\d+)?)Y)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)W)?(?:(\d+(?:[.,]\d+)?)D)?(?:T(?:(\d+(?:[.,]\d+)?)H)?(?:(\d+(?:[.,]\d+)?)M)?(?:(\d+(?:[.,]\d+)?)S)?)?$/.exec(
      period,
    );
  if (!match || period === 'P' || period.endsWith('T')) return undefined;
  const [, y, mo, w, d, h, mi, s] = match.map((part) => (part === undefined ? 0 : Number(part.replace(',', '.'))));
  return (
    y * unitSeconds.Y +
    mo * unitSeconds.M +
    w * unitSeconds.W +
    d * unitSeconds.D +
    h * unitSeconds.H +
    mi * unitSeconds.TM +
    s
  );
}

/** An ISO 8601 duration for a number of seconds, in days, hours, minutes and seconds (`P1DT2H`, `PT0S`). */
export function formatIsoDuration(seconds: number): string {
  let rest = Math.max(0, seconds);
  const days = Math.floor(rest / 86400);
  rest -= days * 86400;
  const hours = Math.floor(rest / 3600);
  rest -= hours * 3600;
  const minutes = Math.floor(rest / 60);
  const secs = Math.round((rest - minutes * 60) * 1000) / 1000;
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${secs ? `${secs}S` : ''}`;
  if (!days && !time) return 'PT0S';
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}
