//! An album or a selection as one ZIP, streamed as it is written: originals stored as they are
//! (photos and videos do not compress), never held whole in memory, each checked against its
//! hash on the way out. A browser saves it with its own download manager.
//!
//! The archive is written by `zip`'s streaming writer on a blocking thread, which hands the
//! response body chunks through a small bounded channel: a slow client slows the reading of the
//! store, it never makes the server buffer. A failure part-way (a damaged original, the store
//! gone) ends the response without the ZIP's closing records, so the browser reports a failed
//! download instead of saving an archive with a photo missing.

use std::io::{self, Write};

use axum::body::Body;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Response};
use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use serde::Deserialize;
use skyfolio_protocol::{ErrorBody, MediaItem, MediaState};
use utoipa::IntoParams;
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::ApiQuery;
use crate::auth::Session;
use crate::error::ApiError;
use crate::server::AppState;
use crate::store::Cursor;

/// The most items one archive of a selection names (its ids must fit in a URI anyway).
pub const MAX_ARCHIVE_IDS: usize = 1000;

/// Bytes gathered before a chunk goes to the client.
const CHUNK_BYTES: usize = 256 * 1024;

/// Chunks in flight between the writer and the client.
const CHUNKS_IN_FLIGHT: usize = 4;

/// Items read per page when an album's items are gathered.
const PAGE: u32 = 1000;

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ArchiveQuery {
    /// An album's name (`""` for the items at the top): every live item in it, named inside
    /// the archive as they are in the album.
    pub album: Option<String>,
    /// Live items by id, comma-separated, at most 1000; named by their whole path.
    pub ids: Option<String>,
    /// `true`: every live item of the account, named by its whole path.
    pub all: Option<bool>,
}

/// One original in the archive.
struct Entry {
    /// The name inside the archive.
    name: String,
    hash: String,
    size: u64,
    /// The wall-clock time the ZIP records.
    time: Option<zip::DateTime>,
}

/// A ZIP of originals: an album, or a selection by ids.
#[utoipa::path(get, path = "/api/v1/archive", tag = "media",
    security(("device_token" = []), ("session_cookie" = [])),
    params(ArchiveQuery),
    responses(
        (status = 200, description = "a ZIP of the originals, stored, streamed (no length)",
            content_type = "application/zip"),
        (status = "4XX", body = ErrorBody)))]
pub async fn archive(
    State(state): State<AppState>,
    session: Session,
    ApiQuery(query): ApiQuery<ArchiveQuery>,
) -> Result<Response, ApiError> {
    let user = session.user.id;
    let everything = query.all == Some(true);
    let (entries, file_name) = match (query.album, query.ids, everything) {
        (Some(album), None, false) => {
            let entries = live_entries(&state, &user, Some(&album)).await?;
            let name = if album.is_empty() {
                "Skyfolio".to_owned()
            } else {
                album
            };
            (entries, name)
        }
        (None, Some(ids), false) => (
            selection_entries(&state, &user, &ids).await?,
            "Skyfolio".into(),
        ),
        (None, None, true) => (live_entries(&state, &user, None).await?, "Skyfolio".into()),
        _ => {
            return Err(ApiError::bad_request(
                "name one of: an album (album=NAME), items (ids=ID,ID,…) or all=true",
            ));
        }
    };
    if entries.is_empty() {
        return Err(ApiError::not_found());
    }
    let (sender, mut receiver) = tokio::sync::mpsc::channel(CHUNKS_IN_FLIGHT);
    let runtime = tokio::runtime::Handle::current();
    tokio::task::spawn_blocking(move || {
        let writer = ChannelWriter {
            sender: sender.clone(),
            buffer: BytesMut::with_capacity(CHUNK_BYTES),
        };
        if let Err(error) = write_archive(&runtime, &state, &user, &entries, writer) {
            // A client that went away is no failure of ours.
            if error.kind() != io::ErrorKind::BrokenPipe {
                tracing::warn!("an archive of {} items stopped: {error}", entries.len());
                let _ = sender.blocking_send(Err(error));
            }
        }
    });
    let body = futures_util::stream::poll_fn(move |context| receiver.poll_recv(context));
    let mut headers = HeaderMap::new();
    headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/zip"),
    );
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static("private, no-store"),
    );
    if let Ok(value) = HeaderValue::from_str(&attachment(&format!("{file_name}.zip"))) {
        headers.insert(header::CONTENT_DISPOSITION, value);
    }
    Ok((headers, Body::from_stream(body)).into_response())
}

/// `Content-Disposition` for a download named `name`: an ASCII fallback and the UTF-8 name
/// (RFC 6266 and RFC 8187).
pub fn attachment(name: &str) -> String {
    /// What RFC 8187's `attr-char` leaves as it is.
    const ATTR: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'!')
        .remove(b'#')
        .remove(b'$')
        .remove(b'&')
        .remove(b'+')
        .remove(b'-')
        .remove(b'.')
        .remove(b'^')
        .remove(b'_')
        .remove(b'`')
        .remove(b'|')
        .remove(b'~');
    let fallback: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!(
        "attachment; filename=\"{fallback}\"; filename*=UTF-8''{}",
        utf8_percent_encode(name, ATTR)
    )
}

/// The live items of an album, oldest first, named as they are inside it; without an album,
/// every live item, named by its whole path.
async fn live_entries(
    state: &AppState,
    user: &str,
    album: Option<&str>,
) -> Result<Vec<Entry>, ApiError> {
    let mut entries = Vec::new();
    let mut after: Option<Cursor> = None;
    loop {
        let page = state.store.list_active(user, after.as_ref(), PAGE).await?;
        for item in &page {
            let inside = match (album, item.path.split_once('/')) {
                (None, _) => item.path.as_str(),
                (Some(album), Some((first, rest))) if first == album => rest,
                (Some(""), None) => item.path.as_str(),
                _ => continue,
            };
            entries.push(entry(item, inside));
        }
        match page.last() {
            Some(last) if page.len() == PAGE as usize => {
                after = Some(Cursor {
                    time: last.sort_time,
                    id: last.id.clone(),
                });
            }
            _ => break,
        }
    }
    entries.reverse();
    Ok(entries)
}

/// The items named by `ids`, in that order; an id that is not a live item of this account
/// answers 404 naming it.
async fn selection_entries(
    state: &AppState,
    user: &str,
    ids: &str,
) -> Result<Vec<Entry>, ApiError> {
    let ids: Vec<&str> = ids
        .split(',')
        .map(str::trim)
        .filter(|id| !id.is_empty())
        .collect();
    if ids.len() > MAX_ARCHIVE_IDS {
        return Err(ApiError::bad_request(format!(
            "{} items asked for; an archive takes at most {MAX_ARCHIVE_IDS}",
            ids.len()
        )));
    }
    let mut seen = std::collections::HashSet::new();
    let mut entries = Vec::with_capacity(ids.len());
    for id in ids {
        if !seen.insert(id) {
            continue;
        }
        let item = state
            .store
            .item(user, id)
            .await?
            .filter(|item| item.state == MediaState::Active)
            .ok_or_else(|| {
                ApiError::new(
                    skyfolio_protocol::ErrorCode::NotFound,
                    format!("no item {id} in the timeline"),
                )
            })?;
        entries.push(entry(&item, &item.path));
    }
    Ok(entries)
}

fn entry(item: &MediaItem, name: &str) -> Entry {
    Entry {
        name: name.to_owned(),
        hash: item.hash.clone(),
        size: item.size,
        time: zip_time(item),
    }
}

/// The capture time as the camera's clock showed it, else the timeline's time in UTC: a ZIP
/// keeps wall-clock times without a zone.
fn zip_time(item: &MediaItem) -> Option<zip::DateTime> {
    let civil = item
        .taken_at
        .as_deref()
        .and_then(|text| text.get(..19))
        .and_then(|text| text.parse::<jiff::civil::DateTime>().ok())
        .or_else(|| {
            jiff::Timestamp::from_millisecond(item.sort_time)
                .ok()
                .map(|time| jiff::tz::Offset::UTC.to_datetime(time))
        })?;
    zip::DateTime::from_date_and_time(
        u16::try_from(civil.year()).ok()?,
        u8::try_from(civil.month()).ok()?,
        u8::try_from(civil.day()).ok()?,
        u8::try_from(civil.hour()).ok()?,
        u8::try_from(civil.minute()).ok()?,
        u8::try_from(civil.second()).ok()?,
    )
    .ok()
}

/// Writes the archive on a blocking thread, reading each original from the store as it goes.
fn write_archive(
    runtime: &tokio::runtime::Handle,
    state: &AppState,
    user: &str,
    entries: &[Entry],
    writer: ChannelWriter,
) -> io::Result<()> {
    let mut zip = ZipWriter::new_stream(writer);
    for entry in entries {
        let blob = runtime
            .block_on(state.store.blob(user, &entry.hash))
            .map_err(io::Error::other)?
            .ok_or_else(|| io::Error::other(format!("{}: its content is gone", entry.name)))?;
        let mut options = SimpleFileOptions::default()
            .compression_method(CompressionMethod::Stored)
            .large_file(entry.size >= u64::from(u32::MAX))
            .unix_permissions(0o644);
        if let Some(time) = entry.time {
            options = options.last_modified_time(time);
        }
        zip.start_file(entry.name.as_str(), options)
            .map_err(io::Error::other)?;
        let mut stream = runtime.block_on(state.storage.read(&blob.storage_key, 0..blob.size))?;
        let mut hasher = blake3::Hasher::new();
        let mut written = 0u64;
        while let Some(chunk) = runtime.block_on(stream.next()) {
            let chunk = chunk?;
            hasher.update(&chunk);
            written += chunk.len() as u64;
            zip.write_all(&chunk)?;
        }
        if written != entry.size || hasher.finalize().to_hex().as_str() != entry.hash {
            return Err(io::Error::new(
                io::ErrorKind::InvalidData,
                format!(
                    "{}: the stored original does not match its hash; the archive stops here",
                    entry.name
                ),
            ));
        }
    }
    zip.finish().map_err(io::Error::other)?.into_inner().flush()
}

/// The archive's bytes, in chunks, to the response body.
struct ChannelWriter {
    sender: tokio::sync::mpsc::Sender<io::Result<Bytes>>,
    buffer: BytesMut,
}

impl ChannelWriter {
    fn send(&mut self) -> io::Result<()> {
        if self.buffer.is_empty() {
            return Ok(());
        }
        let chunk = self.buffer.split().freeze();
        self.sender
            .blocking_send(Ok(chunk))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the client went away"))
    }
}

impl Write for ChannelWriter {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.buffer.extend_from_slice(bytes);
        if self.buffer.len() >= CHUNK_BYTES {
            self.send()?;
        }
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.send()
    }
}

#[cfg(test)]
mod tests {
    use super::attachment;

    #[test]
    fn a_download_keeps_its_name_in_any_language() {
        assert_eq!(
            attachment("Été 2024.zip"),
            "attachment; filename=\"_t_ 2024.zip\"; filename*=UTF-8''%C3%89t%C3%A9%202024.zip"
        );
        assert_eq!(
            attachment("a\"b\\c.zip"),
            "attachment; filename=\"a_b_c.zip\"; filename*=UTF-8''a%22b%5Cc.zip"
        );
    }
}
