use std::fmt;

use jiff::civil::DateTime;
use serde::{Serialize, Serializer};

/// When a photo was taken: the wall-clock time the camera showed, and the offset from UTC when
/// the file says it. Without an offset the time is "local to wherever the camera was".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaptureTime {
    pub local: DateTime,
    /// Seconds east of UTC.
    pub offset_seconds: Option<i32>,
}

impl CaptureTime {
    /// Parses EXIF's `YYYY:MM:DD HH:MM:SS`. Blank, zeroed or impossible dates give `None`.
    pub(crate) fn from_exif(text: &str, offset: Option<&str>) -> Option<CaptureTime> {
        let text = text.trim_matches(|c: char| c == '\0' || c.is_whitespace());
        let (date, time) = text.split_once(' ')?;
        let mut date_parts = date.split(':').map(|part| part.trim().parse::<i32>());
        let mut time_parts = time.split(':').map(|part| part.trim().parse::<i32>());
        let year = date_parts.next()?.ok()?;
        let month = date_parts.next()?.ok()?;
        let day = date_parts.next()?.ok()?;
        let hour = time_parts.next()?.ok()?;
        let minute = time_parts.next()?.ok()?;
        let second = time_parts.next().and_then(Result::ok).unwrap_or(0);
        let local = civil(year, month, day, hour, minute, second)?;
        Some(CaptureTime {
            local,
            offset_seconds: offset.and_then(parse_offset),
        })
    }

    /// Parses the ISO 8601 forms XMP uses: `2016-07-05`, `2016-07-05T13:09`,
    /// `2016-07-05T13:09:29.5+02:00`, `...Z`.
    pub(crate) fn from_iso8601(text: &str) -> Option<CaptureTime> {
        let text = text.trim();
        let (date, rest) = match text.split_once('T') {
            Some((date, rest)) => (date, Some(rest)),
            None => (text, None),
        };
        let mut date_parts = date.split('-').map(str::parse::<i32>);
        let year = date_parts.next()?.ok()?;
        let month = date_parts.next().map_or(Some(1), Result::ok)?;
        let day = date_parts.next().map_or(Some(1), Result::ok)?;
        let (mut hour, mut minute, mut second, mut offset) = (0, 0, 0, None);
        if let Some(rest) = rest {
            let split = rest.find(['Z', '+', '-']).unwrap_or(rest.len());
            let (clock, zone) = rest.split_at(split);
            offset = parse_offset(zone);
            let mut parts = clock.split(':');
            hour = parts.next()?.parse().ok()?;
            minute = parts.next().map_or(Some(0), |m| m.parse().ok())?;
            second = parts
                .next()
                .map_or(Some(0.0), |s| s.parse::<f64>().ok())?
                .floor() as i32;
        }
        Some(CaptureTime {
            local: civil(year, month, day, hour, minute, second)?,
            offset_seconds: offset,
        })
    }

    /// RFC 3339: with the offset when known, without it otherwise.
    pub fn to_rfc3339(&self) -> String {
        self.to_string()
    }
}

fn civil(year: i32, month: i32, day: i32, hour: i32, minute: i32, second: i32) -> Option<DateTime> {
    // Year 0 is what zeroed EXIF dates hold; nobody took a photo then.
    if year < 1800 {
        return None;
    }
    DateTime::new(
        i16::try_from(year).ok()?,
        i8::try_from(month).ok()?,
        i8::try_from(day).ok()?,
        i8::try_from(hour).ok()?,
        i8::try_from(minute).ok()?,
        // Leap seconds and sloppy cameras: 60 becomes 59.
        i8::try_from(second.min(59)).ok()?,
        0,
    )
    .ok()
}

/// `+09:00`, `-0430`, `Z`; anything else is no offset.
pub(crate) fn parse_offset(text: &str) -> Option<i32> {
    let text = text.trim_matches(|c: char| c == '\0' || c.is_whitespace());
    if text == "Z" {
        return Some(0);
    }
    let sign = match text.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = text[1..].chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().ok()?;
    (hours <= 14 && minutes < 60).then_some(sign * (hours * 3600 + minutes * 60))
}

impl fmt::Display for CaptureTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.local.strftime("%Y-%m-%dT%H:%M:%S"))?;
        if let Some(offset) = self.offset_seconds {
            let sign = if offset < 0 { '-' } else { '+' };
            let minutes = offset.unsigned_abs() / 60;
            write!(f, "{sign}{:02}:{:02}", minutes / 60, minutes % 60)?;
        }
        Ok(())
    }
}

impl Serialize for CaptureTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exif_dates_with_and_without_offset() {
        let time = CaptureTime::from_exif("2020:05:04 18:39:11", Some("-04:00"));
        assert_eq!(
            time.map(|t| t.to_string()).as_deref(),
            Some("2020-05-04T18:39:11-04:00")
        );
        let time = CaptureTime::from_exif("2018:02:05 15:11:44\0", None);
        assert_eq!(
            time.map(|t| t.to_string()).as_deref(),
            Some("2018-02-05T15:11:44")
        );
    }

    #[test]
    fn zeroed_and_blank_exif_dates_are_absent() {
        assert_eq!(CaptureTime::from_exif("0000:00:00 00:00:00", None), None);
        assert_eq!(CaptureTime::from_exif("    :  :     :  :  ", None), None);
        assert_eq!(CaptureTime::from_exif("", None), None);
        assert_eq!(CaptureTime::from_exif("2019:13:40 10:00:00", None), None);
    }

    #[test]
    fn xmp_dates_in_their_many_forms() {
        let cases = [
            ("2016-07-05T13:09:29.50+02:00", "2016-07-05T13:09:29+02:00"),
            ("2016-07-05T13:09Z", "2016-07-05T13:09:00+00:00"),
            ("2016-07-05T13:09:29", "2016-07-05T13:09:29"),
            ("2016-07-05", "2016-07-05T00:00:00"),
            ("2016-07-05T13:09:29-0530", "2016-07-05T13:09:29-05:30"),
        ];
        for (input, expected) in cases {
            let parsed = CaptureTime::from_iso8601(input).map(|t| t.to_string());
            assert_eq!(parsed.as_deref(), Some(expected), "{input}");
        }
        assert_eq!(CaptureTime::from_iso8601("not a date"), None);
    }

    #[test]
    fn offsets() {
        assert_eq!(parse_offset("+09:00"), Some(9 * 3600));
        assert_eq!(parse_offset("-04:30"), Some(-(4 * 3600 + 30 * 60)));
        assert_eq!(parse_offset("Z"), Some(0));
        assert_eq!(parse_offset("   :  "), None);
        assert_eq!(parse_offset("+25:00"), None);
    }
}
