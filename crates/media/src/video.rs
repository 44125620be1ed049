//! Videos: metadata from the container (nom-exif for times, places and duration; mp4parse for
//! the display rotation) and a poster frame through ffmpeg when it is installed.

use std::fs::File;
use std::io::{self, Cursor, Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use image::RgbImage;
use nom_exif::{EntryValue, MediaParser, MediaSource, TrackInfo, TrackInfoTag};
use wait_timeout::ChildExt;

use crate::metadata::{CaptureTime, GpsPosition, Metadata, TakenAtSource};
use crate::{Error, Format};

/// How long ffmpeg may take for one poster frame.
const POSTER_TIMEOUT: Duration = Duration::from_secs(30);
/// Largest `moov` box read into memory to find the rotation.
const MAX_MOOV_BYTES: u64 = 64 << 20;

/// The ffmpeg to run: `$SKYFOLIO_FFMPEG` when set, else `ffmpeg` from the PATH.
pub fn ffmpeg_program() -> PathBuf {
    std::env::var_os("SKYFOLIO_FFMPEG")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("ffmpeg"))
}

/// A command for a helper program run in the background. On Windows it gets no console window
/// (`CREATE_NO_WINDOW`): the app has none of its own, so every run would otherwise flash one.
pub fn background_command(program: impl AsRef<std::ffi::OsStr>) -> Command {
    #[cfg_attr(not(windows), expect(unused_mut, reason = "only Windows sets a flag"))]
    let mut command = Command::new(program);
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        command.creation_flags(CREATE_NO_WINDOW);
    }
    command
}

pub(crate) fn read_metadata(path: &Path, format: Format) -> Result<Metadata, Error> {
    let track = read_track(path).map_err(|e| Error::corrupt(path, format.label(), e))?;
    let mut metadata = Metadata {
        make: text(&track, TrackInfoTag::Make),
        model: text(&track, TrackInfoTag::Model),
        duration_ms: match track.get(TrackInfoTag::DurationMs) {
            Some(EntryValue::U64(ms)) => Some(*ms),
            _ => None,
        },
        gps: track.gps_info().and_then(|gps| {
            let latitude = gps.latitude.to_decimal_degrees()? * gps.latitude_ref.sign();
            let longitude = gps.longitude.to_decimal_degrees()? * gps.longitude_ref.sign();
            GpsPosition::new(latitude, longitude, gps.altitude.meters())
        }),
        ..Metadata::default()
    };
    if let Some(time) = creation_time(&track) {
        metadata.taken_at = Some(time);
        metadata.taken_at_source = Some(match format {
            Format::Matroska | Format::Webm => TakenAtSource::Matroska,
            _ => TakenAtSource::Quicktime,
        });
    }
    let rotation = if format.is_iso_bmff_video() {
        iso_bmff_rotation(path).unwrap_or(0)
    } else {
        0
    };
    metadata.rotation = Some(rotation);
    let width = u32_entry(&track, TrackInfoTag::Width);
    let height = u32_entry(&track, TrackInfoTag::Height);
    if let (Some(width), Some(height)) = (width, height) {
        let (width, height) = if rotation % 180 == 90 {
            (height, width)
        } else {
            (width, height)
        };
        metadata.width = Some(width);
        metadata.height = Some(height);
    }
    Ok(metadata)
}

fn read_track(path: &Path) -> Result<TrackInfo, nom_exif::Error> {
    let mut parser = MediaParser::new();
    parser.parse_track(MediaSource::open(path)?)
}

fn text(track: &TrackInfo, tag: TrackInfoTag) -> Option<String> {
    match track.get(tag)? {
        EntryValue::Text(text) => {
            let text = text.trim_matches(|c: char| c == '\0' || c.is_whitespace());
            (!text.is_empty()).then(|| text.to_owned())
        }
        _ => None,
    }
}

fn u32_entry(track: &TrackInfo, tag: TrackInfoTag) -> Option<u32> {
    match track.get(tag)? {
        EntryValue::U32(value) if *value > 0 => Some(*value),
        _ => None,
    }
}

/// QuickTime counts from 1904 and writes zero when the clock was unset; such times are absent.
fn creation_time(track: &TrackInfo) -> Option<CaptureTime> {
    let time = match track.get(TrackInfoTag::CreateDate)? {
        EntryValue::DateTime(time) => CaptureTime::from_iso8601(&time.to_rfc3339())?,
        EntryValue::NaiveDateTime(time) => {
            CaptureTime::from_iso8601(&time.format("%Y-%m-%dT%H:%M:%S").to_string())?
        }
        _ => return None,
    };
    (time.local.year() >= 1971).then_some(time)
}

/// The clockwise turn a player gives the video track, from its track header's matrix.
fn iso_bmff_rotation(path: &Path) -> Option<u16> {
    let boxes = read_header_boxes(path).ok()?;
    let context = mp4parse::read_mp4(&mut Cursor::new(boxes)).ok()?;
    let header = context
        .tracks
        .iter()
        .filter(|track| track.track_type == mp4parse::TrackType::Video)
        .find_map(|track| track.tkhd.as_ref())?;
    let matrix = &header.matrix;
    let degrees = f64::from(matrix.b).atan2(f64::from(matrix.a)).to_degrees();
    let quarter = (degrees / 90.0).round() as i64;
    Some((quarter.rem_euclid(4) * 90) as u16)
}

/// The `ftyp` and `moov` boxes of an ISO media file, without reading the media data between
/// them: camera files put `moov` after gigabytes of `mdat` as often as before.
fn read_header_boxes(path: &Path) -> io::Result<Vec<u8>> {
    let mut file = File::open(path)?;
    let length = file.metadata()?.len();
    let mut out = Vec::new();
    let mut position = 0u64;
    while position + 8 <= length {
        file.seek(SeekFrom::Start(position))?;
        let mut header = [0u8; 16];
        file.read_exact(&mut header[..8])?;
        let mut size = u64::from(u32::from_be_bytes([
            header[0], header[1], header[2], header[3],
        ]));
        let kind = [header[4], header[5], header[6], header[7]];
        if size == 1 {
            file.read_exact(&mut header[8..16])?;
            size = u64::from_be_bytes([
                header[8], header[9], header[10], header[11], header[12], header[13], header[14],
                header[15],
            ]);
        } else if size == 0 {
            size = length - position;
        }
        if size < 8 {
            break;
        }
        if &kind == b"ftyp" || &kind == b"moov" {
            if size > MAX_MOOV_BYTES {
                return Err(io::Error::other("the movie header is implausibly large"));
            }
            file.seek(SeekFrom::Start(position))?;
            let mut content = Vec::new();
            (&mut file).take(size).read_to_end(&mut content)?;
            out.extend_from_slice(&content);
            if &kind == b"moov" {
                return Ok(out);
            }
        }
        position = position.saturating_add(size);
    }
    Err(io::Error::other("no movie header"))
}

/// One frame from early in the video, upright, no larger than `max_side` on its longest side.
/// `Ok(None)` means ffmpeg is not installed.
pub(crate) fn poster_frame(
    path: &Path,
    duration_ms: Option<u64>,
    max_side: u32,
) -> Result<Option<RgbImage>, Error> {
    // A second in avoids the black first frame many phones write, but not past a short clip.
    let seek_ms = duration_ms.map_or(0, |ms| (ms / 4).min(1000));
    match run_ffmpeg(path, seek_ms, max_side)? {
        FfmpegOutcome::Missing => Ok(None),
        FfmpegOutcome::Frame(image) => Ok(Some(image)),
        FfmpegOutcome::Failed(_) if seek_ms > 0 => match run_ffmpeg(path, 0, max_side)? {
            FfmpegOutcome::Frame(image) => Ok(Some(image)),
            FfmpegOutcome::Missing => Ok(None),
            FfmpegOutcome::Failed(reason) => Err(Error::corrupt(path, "video", reason)),
        },
        FfmpegOutcome::Failed(reason) => Err(Error::corrupt(path, "video", reason)),
    }
}

enum FfmpegOutcome {
    Missing,
    Frame(RgbImage),
    Failed(String),
}

fn run_ffmpeg(path: &Path, seek_ms: u64, max_side: u32) -> Result<FfmpegOutcome, Error> {
    let scale = format!(
        "scale=w='min(iw,{max_side})':h='min(ih,{max_side})':force_original_aspect_ratio=decrease"
    );
    let spawned = background_command(ffmpeg_program())
        .args(["-hide_banner", "-loglevel", "error", "-nostdin"])
        .args(["-ss", &format!("{}.{:03}", seek_ms / 1000, seek_ms % 1000)])
        .arg("-i")
        .arg(path)
        .args(["-frames:v", "1", "-an", "-sn", "-dn", "-vf", &scale])
        .args(["-f", "image2pipe", "-c:v", "ppm", "-"])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match spawned {
        Ok(child) => child,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(FfmpegOutcome::Missing),
        Err(source) => return Err(Error::io(path, source)),
    };
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let frame_limit = u64::from(max_side) * u64::from(max_side) * 3 + 1024;
    let reader = std::thread::spawn(move || {
        let mut frame = Vec::new();
        if let Some(stdout) = stdout {
            let _ = stdout.take(frame_limit).read_to_end(&mut frame);
        }
        frame
    });
    let error_reader = std::thread::spawn(move || {
        let mut text = String::new();
        if let Some(stderr) = stderr {
            let _ = stderr.take(64 << 10).read_to_string(&mut text);
        }
        text
    });
    let status = match child.wait_timeout(POSTER_TIMEOUT) {
        Ok(Some(status)) => status,
        Ok(None) => {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Error::Timeout {
                path: path.to_owned(),
                seconds: POSTER_TIMEOUT.as_secs(),
            });
        }
        Err(source) => return Err(Error::io(path, source)),
    };
    let frame = reader.join().unwrap_or_default();
    let messages = error_reader.join().unwrap_or_default();
    if status.success() && !frame.is_empty() {
        let image = image::load_from_memory_with_format(&frame, image::ImageFormat::Pnm)
            .map_err(|e| Error::corrupt(path, "video", e))?;
        return Ok(FfmpegOutcome::Frame(image.into_rgb8()));
    }
    let reason = messages
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
        .map(str::to_owned)
        .unwrap_or_else(|| "ffmpeg found no picture in it".to_owned());
    Ok(FfmpegOutcome::Failed(reason))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_background_command_runs_the_program_as_asked() {
        let command = background_command(ffmpeg_program());
        assert_eq!(command.get_program(), ffmpeg_program().as_os_str());
        assert_eq!(command.get_args().count(), 0);
        assert_eq!(command.get_envs().count(), 0);
    }
}
