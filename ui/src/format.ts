// Numbers, sizes, dates and durations the way the person's language writes them.

const HALF_DAY_MS = 12 * 3_600_000;

export class Format {
  // Building an Intl formatter costs far more than using one: each is made once, on first use.
  private readonly made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

  constructor(readonly locale: string) {}

  private cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
    let formatter = this.made.get(key) as T | undefined;
    if (!formatter) {
      formatter = make();
      this.made.set(key, formatter);
    }
    return formatter;
  }

  private numbers(key: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
    return this.cached(`n:${key}`, () => new Intl.NumberFormat(this.locale, options));
  }

  private dates(key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
    return this.cached(`d:${key}`, () => new Intl.DateTimeFormat(this.locale, options));
  }

  /** `3.2 MB`, `1.1 GB`: decimal units, as drives and quotas are sold. */
  bytes(count: number): string {
    const units = ["byte", "kilobyte", "megabyte", "gigabyte", "terabyte"] as const;
    let value = count;
    let unit = 0;
    while (value >= 1000 && unit < units.length - 1) {
      value /= 1000;
      unit += 1;
    }
    // Plain bytes in words ("0 bytes", "1 byte"): the short form of "byte" does not take a plural.
    return this.numbers(`bytes-${unit}`, {
      style: "unit",
      unit: units[unit],
      unitDisplay: unit === 0 ? "long" : "short",
      maximumFractionDigits: unit === 0 ? 0 : 1,
    }).format(value);
  }

  number(count: number): string {
    return this.numbers("number", {}).format(count);
  }

  percent(fraction: number): string {
    return this.numbers("percent", { style: "percent", maximumFractionDigits: 0 }).format(fraction);
  }

  /** A video's length: `0:07`, `12:34`, `1:02:03`. */
  duration(ms: number): string {
    const total = Math.round(ms / 1000);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = total % 60;
    const two = (n: number) => n.toString().padStart(2, "0");
    return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
  }

  /** The day a timeline key falls on (the camera's wall clock, read as UTC). */
  day(sortTime: number): string {
    return this.dates("day", {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(sortTime));
  }

  month(sortTime: number): string {
    return this.dates("month", { month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(sortTime));
  }

  /** A capture time with its time of day, as the camera saw it. */
  dateTime(sortTime: number): string {
    return this.dates("dateTime", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(
      new Date(sortTime),
    );
  }

  /** A moment on this computer's clock (last seen, deleted at). */
  moment(ms: number): string {
    return this.dates("moment", { dateStyle: "medium", timeStyle: "short" }).format(new Date(ms));
  }

  /** A time on this computer's clock that comes soon (when a code stops working): the time of
   * day, with the date when it is more than half a day away. */
  clock(ms: number, now = Date.now()): string {
    return Math.abs(ms - now) < HALF_DAY_MS ? this.dates("clock", { timeStyle: "short" }).format(new Date(ms)) : this.moment(ms);
  }
}

/** The key of the day a timeline key falls on: `2024-05-01`. */
export function dayKey(sortTime: number): string {
  return new Date(sortTime).toISOString().slice(0, 10);
}
