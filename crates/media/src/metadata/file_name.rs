//! The capture time that phones and apps write into file names, for files whose metadata has
//! none: screenshots, photos that went through a messenger, anything an app re-saved without
//! its EXIF.
//!
//! Only names that a known camera, phone or app makes are read, each by a fixed pattern and
//! from the first character, and every part must make a real date and time. Digits that merely
//! look like a date (a counter like `DSC01234.JPG` or `IMG_1234.JPG`, a phone number) give
//! nothing.

use jiff::Timestamp;
use jiff::civil::{Date, DateTime, Time};
use jiff::tz::Offset;
use serde::Serialize;

use super::CaptureTime;

/// How much of a capture time its source states.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TimePrecision {
    /// A date and a wall-clock time, to the second or finer.
    DateTime,
    /// A day and nothing more (WhatsApp's `IMG-20230101-WA0001.jpg`). Its [`CaptureTime`] is
    /// noon of that day: the same shape as every other capture time, so everything that stores,
    /// sends or sorts capture times takes it unchanged; and noon keeps the photo on its own day
    /// however a reader shifts it by a time zone (by up to twelve hours either way), where
    /// midnight would drop it into the day before for anyone west of UTC. In the timeline it
    /// sits in the middle of that day.
    Date,
}

/// The earliest capture time a name may give: none of the phones and apps below named files
/// before then, and digits that only look like a date more often read as an earlier one.
const EARLIEST: DateTime = DateTime::constant(1990, 1, 1, 0, 0, 0, 0);

/// Where on Earth the clock is furthest ahead of UTC (Kiribati, UTC+14): a local time later
/// than that clock shows at `now` has not happened anywhere yet.
const FURTHEST_AHEAD: Offset = Offset::constant(14);

/// The time of day a date-only name is given (see [`TimePrecision::Date`]).
const NOON: Time = Time::constant(12, 0, 0, 0);

/// Whose clock a name's time is on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Clock {
    /// The phone's wall clock, as in EXIF: no offset known.
    Local,
    /// UTC. Google's Pixel camera (`PXL_`) names its files in UTC whatever the phone's zone.
    Utc,
}

/// The names read, as templates: `%Y` four-digit year, `%m` month, `%d` day, `%H` hour (two
/// digits), `%k` hour of 24 and `%I` hour of 12 (one or two digits), `%M` minute, `%S` second,
/// `%f` milliseconds (three digits), `%p` a space (or macOS's narrow no-break space) and AM or
/// PM, `%#` a counter (digits, not read). Anything else is itself, in either case. A name must
/// match a template from its first character, and what follows the match must be the end of
/// the name or one of `._-~ (`, never another digit or letter: that is where the extension and
/// the suffixes of copies and edits go (`.jpg`, `_1`, `~2`, ` (1)`, `-edited`, `.MP.jpg`).
/// The first template a name matches decides; its date is then valid or the name gives
/// nothing.
const PATTERNS: [(&str, Clock); 21] = [
    // Android cameras (AOSP, older Google Camera, Xiaomi, Huawei, OnePlus, Motorola...).
    ("IMG_%Y%m%d_%H%M%S", Clock::Local),
    ("VID_%Y%m%d_%H%M%S", Clock::Local),
    ("MVIMG_%Y%m%d_%H%M%S", Clock::Local),
    ("PANO_%Y%m%d_%H%M%S", Clock::Local),
    ("PXL_%Y%m%d_%H%M%S%f", Clock::Utc),
    // Samsung's camera.
    ("%Y%m%d_%H%M%S", Clock::Local),
    // Some Xiaomi, Oppo and Realme cameras.
    ("IMG%Y%m%d%H%M%S", Clock::Local),
    ("VID%Y%m%d%H%M%S", Clock::Local),
    // Android screenshots: AOSP and Xiaomi with milliseconds and the app, Samsung without.
    ("Screenshot_%Y-%m-%d-%H-%M-%S-%f", Clock::Local),
    ("Screenshot_%Y-%m-%d-%H-%M-%S", Clock::Local),
    ("Screenshot_%Y%m%d-%H%M%S", Clock::Local),
    // macOS screenshots and screen recordings, with a 24- or a 12-hour clock.
    ("Screenshot %Y-%m-%d at %I.%M.%S%p", Clock::Local),
    ("Screenshot %Y-%m-%d at %k.%M.%S", Clock::Local),
    ("Screen Shot %Y-%m-%d at %I.%M.%S%p", Clock::Local),
    ("Screen Shot %Y-%m-%d at %k.%M.%S", Clock::Local),
    ("Screen Recording %Y-%m-%d at %I.%M.%S%p", Clock::Local),
    ("Screen Recording %Y-%m-%d at %k.%M.%S", Clock::Local),
    // WhatsApp: the day it was sent or received, and a counter.
    ("IMG-%Y%m%d-WA%#", Clock::Local),
    ("VID-%Y%m%d-WA%#", Clock::Local),
    // Signal.
    ("signal-%Y-%m-%d-%H-%M-%S-%f", Clock::Local),
    ("signal-%Y-%m-%d-%H%M%S", Clock::Local),
];

/// Characters that may follow a matched name.
const AFTER_MATCH: &[u8] = b"._-~ (";

/// The capture time a phone or app wrote into a file's name (the name only, without its
/// folders), and how much of it the name states; `None` when the name is not one of theirs, its
/// parts make no real date and time, or it is before 1990 or after `now` (by the clock of the
/// place furthest ahead of UTC). Callers use it only when the file's own metadata has no time:
/// what the file says always wins.
///
/// ```
/// use jiff::Timestamp;
/// use skyfolio_media::{TimePrecision, time_from_file_name};
///
/// let now: Timestamp = "2024-06-15T12:00:00Z".parse().unwrap();
/// let (time, precision) = time_from_file_name("IMG_20230101_123456.jpg", now).unwrap();
/// assert_eq!(time.to_rfc3339(), "2023-01-01T12:34:56");
/// assert_eq!(precision, TimePrecision::DateTime);
/// assert_eq!(time_from_file_name("IMG_1234.JPG", now), None);
/// ```
pub fn time_from_file_name(name: &str, now: Timestamp) -> Option<(CaptureTime, TimePrecision)> {
    let name = name.as_bytes();
    let (fields, clock) = PATTERNS.iter().find_map(|(template, clock)| {
        let (fields, end) = match_template(template.as_bytes(), name)?;
        name.get(end)
            .is_none_or(|next| AFTER_MATCH.contains(next))
            .then_some((fields, *clock))
    })?;
    let date = Date::new(
        i16::try_from(fields.year?).ok()?,
        i8::try_from(fields.month?).ok()?,
        i8::try_from(fields.day?).ok()?,
    )
    .ok()?;
    let latest = FURTHEST_AHEAD.to_datetime(now);
    let Some(hour) = fields.hour else {
        let local = date.to_datetime(NOON);
        let valid = local >= EARLIEST && date <= latest.date();
        return valid.then_some((
            CaptureTime {
                local,
                offset_seconds: None,
            },
            TimePrecision::Date,
        ));
    };
    let hour = match fields.afternoon {
        None => hour,
        // 12 AM is midnight, 12 PM noon.
        Some(afternoon) if (1..=12).contains(&hour) => hour % 12 + if afternoon { 12 } else { 0 },
        Some(_) => return None,
    };
    let time = Time::new(
        i8::try_from(hour).ok()?,
        i8::try_from(fields.minute?).ok()?,
        i8::try_from(fields.second?).ok()?,
        i32::try_from(fields.millisecond.unwrap_or(0)).ok()? * 1_000_000,
    )
    .ok()?;
    let local = date.to_datetime(time);
    if local < EARLIEST || local > latest {
        return None;
    }
    let offset_seconds = (clock == Clock::Utc).then_some(0);
    Some((
        CaptureTime {
            local,
            offset_seconds,
        },
        TimePrecision::DateTime,
    ))
}

/// What a template read from a name.
#[derive(Default)]
struct Fields {
    year: Option<u32>,
    month: Option<u32>,
    day: Option<u32>,
    hour: Option<u32>,
    minute: Option<u32>,
    second: Option<u32>,
    millisecond: Option<u32>,
    /// For a 12-hour clock: whether it said PM.
    afternoon: Option<bool>,
}

/// Matches `template` (see [`PATTERNS`]) against the start of `name`: the fields read and where
/// the match ends.
fn match_template(template: &[u8], name: &[u8]) -> Option<(Fields, usize)> {
    let mut fields = Fields::default();
    let mut at = 0;
    let mut template = template.iter();
    while let Some(&expected) = template.next() {
        if expected != b'%' {
            name.get(at)?
                .eq_ignore_ascii_case(&expected)
                .then_some(())?;
            at += 1;
            continue;
        }
        match template.next()? {
            b'Y' => fields.year = Some(number(name, &mut at, 4, 4)?),
            b'm' => fields.month = Some(number(name, &mut at, 2, 2)?),
            b'd' => fields.day = Some(number(name, &mut at, 2, 2)?),
            b'H' => fields.hour = Some(number(name, &mut at, 2, 2)?),
            b'k' | b'I' => fields.hour = Some(number(name, &mut at, 1, 2)?),
            b'M' => fields.minute = Some(number(name, &mut at, 2, 2)?),
            b'S' => fields.second = Some(number(name, &mut at, 2, 2)?),
            b'f' => fields.millisecond = Some(number(name, &mut at, 3, 3)?),
            b'p' => fields.afternoon = Some(meridiem(name, &mut at)?),
            b'#' => {
                let digits = name
                    .get(at..)?
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
                (digits > 0).then_some(())?;
                at += digits;
            }
            _ => return None,
        }
    }
    Some((fields, at))
}

/// Reads `min` to `max` ASCII digits at `at` (as many as there are, up to `max`).
fn number(name: &[u8], at: &mut usize, min: usize, max: usize) -> Option<u32> {
    let (count, value) = name
        .get(*at..)?
        .iter()
        .take(max)
        .take_while(|b| b.is_ascii_digit())
        .fold((0, 0), |(count, value), b| {
            (count + 1, value * 10 + u32::from(b - b'0'))
        });
    if count < min {
        return None;
    }
    *at += count;
    Some(value)
}

/// Reads ` AM` or ` PM` (the space may be macOS's narrow no-break space): whether it is PM.
fn meridiem(name: &[u8], at: &mut usize) -> Option<bool> {
    const NARROW_NO_BREAK_SPACE: &[u8] = "\u{202f}".as_bytes();
    let rest = name.get(*at..)?;
    let rest = if let Some(rest) = rest.strip_prefix(b" ") {
        rest
    } else {
        rest.strip_prefix(NARROW_NO_BREAK_SPACE)?
    };
    let afternoon = match rest.get(..2)? {
        [a, b'm' | b'M'] if a.eq_ignore_ascii_case(&b'a') => false,
        [p, b'm' | b'M'] if p.eq_ignore_ascii_case(&b'p') => true,
        _ => return None,
    };
    *at = name.len() - rest.len() + 2;
    Some(afternoon)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A fixed "now" for every case: the middle of 2024, UTC.
    fn now() -> Timestamp {
        "2024-06-15T12:00:00Z".parse().expect("a timestamp")
    }

    fn read(name: &str) -> Option<(String, TimePrecision)> {
        time_from_file_name(name, now()).map(|(time, precision)| (time.to_string(), precision))
    }

    #[test]
    fn names_phones_and_apps_write() {
        let date_times = [
            // Android cameras, with the suffixes of copies and edits.
            ("IMG_20230101_123456.jpg", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456.JPG", "2023-01-01T12:34:56"),
            ("img_20230101_123456.jpeg", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456.heic", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456_1.jpg", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456~2.jpg", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456(1).jpg", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456 (1).jpg", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456-edited.jpg", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456_HDR.jpg", "2023-01-01T12:34:56"),
            ("IMG_20230101_123456", "2023-01-01T12:34:56"),
            ("VID_20230101_123456.mp4", "2023-01-01T12:34:56"),
            ("VID_20230101_123456.MOV", "2023-01-01T12:34:56"),
            ("MVIMG_20230101_123456.jpg", "2023-01-01T12:34:56"),
            ("PANO_20230101_123456.jpg", "2023-01-01T12:34:56"),
            // Pixel: milliseconds, and UTC.
            ("PXL_20230101_123456789.jpg", "2023-01-01T12:34:56+00:00"),
            ("PXL_20230101_123456789.MP.jpg", "2023-01-01T12:34:56+00:00"),
            (
                "PXL_20230101_123456789.NIGHT.jpg",
                "2023-01-01T12:34:56+00:00",
            ),
            ("PXL_20230101_123456789~2.jpg", "2023-01-01T12:34:56+00:00"),
            ("PXL_20230101_123456789.mp4", "2023-01-01T12:34:56+00:00"),
            // Samsung, and some Xiaomi and Oppo.
            ("20230101_123456.jpg", "2023-01-01T12:34:56"),
            ("20230101_123456(0).heic", "2023-01-01T12:34:56"),
            ("20230101_123456.mp4", "2023-01-01T12:34:56"),
            ("IMG20230101123456.jpg", "2023-01-01T12:34:56"),
            ("VID20230101123456.mp4", "2023-01-01T12:34:56"),
            // Android screenshots.
            (
                "Screenshot_2023-01-01-12-34-56-789_com.example.app.jpg",
                "2023-01-01T12:34:56",
            ),
            ("Screenshot_2023-01-01-12-34-56.png", "2023-01-01T12:34:56"),
            ("Screenshot_20230101-123456.png", "2023-01-01T12:34:56"),
            (
                "Screenshot_20230101-123456_Chrome.jpg",
                "2023-01-01T12:34:56",
            ),
            ("screenshot_20230101-123456.PNG", "2023-01-01T12:34:56"),
            // macOS, 24- and 12-hour clocks.
            (
                "Screenshot 2023-01-01 at 12.34.56.png",
                "2023-01-01T12:34:56",
            ),
            (
                "Screenshot 2023-01-01 at 09.05.06.png",
                "2023-01-01T09:05:06",
            ),
            (
                "Screenshot 2023-01-01 at 23.34.56 (2).png",
                "2023-01-01T23:34:56",
            ),
            (
                "Screenshot 2023-01-01 at 4.05.06\u{202f}PM.png",
                "2023-01-01T16:05:06",
            ),
            (
                "Screen Shot 2023-01-01 at 12.34.56 PM.png",
                "2023-01-01T12:34:56",
            ),
            (
                "Screen Shot 2023-01-01 at 12.34.56 AM.png",
                "2023-01-01T00:34:56",
            ),
            (
                "Screen Shot 2023-01-01 at 1.34.56 PM.png",
                "2023-01-01T13:34:56",
            ),
            (
                "Screen Shot 2023-01-01 at 9.05.06 am.png",
                "2023-01-01T09:05:06",
            ),
            (
                "Screen Shot 2023-01-01 at 12.34.56.png",
                "2023-01-01T12:34:56",
            ),
            (
                "Screen Recording 2023-01-01 at 12.34.56.mov",
                "2023-01-01T12:34:56",
            ),
            // Signal.
            ("signal-2023-01-01-123456.jpg", "2023-01-01T12:34:56"),
            ("signal-2023-01-01-123456_002.jpg", "2023-01-01T12:34:56"),
            ("signal-2023-01-01-12-34-56-789.jpg", "2023-01-01T12:34:56"),
            ("Signal-2023-01-01-12-34-56-789.mp4", "2023-01-01T12:34:56"),
            // Leap days, the first moment allowed, and the last moment that has happened
            // somewhere (UTC+14) at the test's now.
            ("20240229_101010.jpg", "2024-02-29T10:10:10"),
            ("20000229_101010.jpg", "2000-02-29T10:10:10"),
            ("19900101_000000.jpg", "1990-01-01T00:00:00"),
            ("20240616_020000.jpg", "2024-06-16T02:00:00"),
        ];
        for (name, expected) in date_times {
            let expected = Some((expected.to_owned(), TimePrecision::DateTime));
            assert_eq!(read(name), expected, "{name}");
        }

        // WhatsApp: the day only, at noon.
        let dates = [
            ("IMG-20230101-WA0001.jpg", "2023-01-01T12:00:00"),
            ("IMG-20230101-WA0001.jpeg", "2023-01-01T12:00:00"),
            ("IMG-20230101-WA0001 (1).jpg", "2023-01-01T12:00:00"),
            ("IMG-20230101-WA00012.jpg", "2023-01-01T12:00:00"),
            ("VID-20230101-WA0001.mp4", "2023-01-01T12:00:00"),
            ("VID-20230101-WA0001.MOV", "2023-01-01T12:00:00"),
            ("IMG-20240616-WA0001.jpg", "2024-06-16T12:00:00"),
        ];
        for (name, expected) in dates {
            let expected = Some((expected.to_owned(), TimePrecision::Date));
            assert_eq!(read(name), expected, "{name}");
        }
    }

    #[test]
    fn milliseconds_are_kept_for_ordering() {
        let (time, _) = time_from_file_name("PXL_20230101_123456789.jpg", now()).expect("a time");
        assert_eq!(time.local.subsec_nanosecond(), 789_000_000);
    }

    #[test]
    fn names_that_only_look_like_dates_give_nothing() {
        let names = [
            // Counters and camera names.
            "DSC01234.JPG",
            "DSC_0001.JPG",
            "IMG_1234.JPG",
            "IMG_0001.HEIC",
            "P1010001.JPG",
            "MVI_1234.MOV",
            "1234567890123.jpg",
            "+4915112345678.jpg",
            "00491511234567.jpg",
            "photo.jpg",
            "",
            ".jpg",
            // Impossible dates and times.
            "20231301_123456.jpg",
            "20230230_101010.jpg",
            "20230229_101010.jpg",
            "19000229_101010.jpg",
            "20230100_101010.jpg",
            "20230132_101010.jpg",
            "IMG_20230101_256000.jpg",
            "IMG_20230101_240000.jpg",
            "IMG_20230101_126000.jpg",
            "IMG_20230101_123460.jpg",
            "Screen Shot 2023-01-01 at 13.34.56 PM.png",
            "Screen Shot 2023-01-01 at 0.34.56 AM.png",
            "IMG-20231301-WA0001.jpg",
            // Too early, or in the future.
            "19851231_120000.jpg",
            "IMG_19891231_235959.jpg",
            "20240616_030000.jpg",
            "20250101_120000.jpg",
            "IMG-20240617-WA0001.jpg",
            "PXL_20990101_123456789.jpg",
            // Near misses: digits too many or too few, anything glued on, a prefix not read.
            "IMG_20230101_1234567.jpg",
            "IMG_2023011_123456.jpg",
            "IMG_20230101_12345.jpg",
            "IMG_20230101123456.jpg",
            "IMG_20230101_123456abc.jpg",
            "PXL_20230101_123456.jpg",
            "202301011_123456.jpg",
            "120230101_123456.jpg",
            "x20230101_123456.jpg",
            "holiday 20230101_123456.jpg",
            "IMG-20230101-WA.jpg",
            "IMG-20230101.jpg",
            "Screenshot 2023-01-01 at 123.34.56.png",
            "Photo 2023-01-01 12 34 56.jpg",
            "received_1234567890123456.jpeg",
            "2023-01-01 12.34.56.jpg",
            // Not ASCII, or digits that are not ASCII digits.
            "写真.jpg",
            "фото 2023.jpg",
            "IMG_２０２３0101_123456.jpg",
            "Снимок экрана 2023-01-01 в 12.34.56.png",
            "IMG_20230101_123456\u{202f}PM.jpg",
        ];
        for name in names {
            assert_eq!(read(name), None, "{name}");
        }
    }
}
