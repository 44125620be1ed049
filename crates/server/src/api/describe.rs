//! What an uploaded file is, read at its commit: its hash when no running hash covers it,
//! and its kind, capture time, size as displayed and duration, from the media core.

use futures_util::StreamExt;
use skyfolio_media::CaptureTime;
use skyfolio_protocol::{MediaKind, ThumbnailState};

use crate::error::ApiError;
use crate::server::State as ServerState;
use crate::storage::{LocalCopy, local_copy, local_copy_of};
use crate::store::{NewBlob, UploadRow};

/// Enough of a file's first bytes to tell what it is.
const SNIFF_HEAD: u64 = 64 << 10;

/// BLAKE3 of a stored object, read from storage.
pub(super) async fn hash_stored(state: &ServerState, key: &str) -> Result<String, ApiError> {
    if let Some(path) = state.storage.local_path(key) {
        let hash = tokio::task::spawn_blocking(move || skyfolio_media::hash_file_parallel(&path))
            .await
            .map_err(|e| ApiError::internal(&e))?
            .map_err(|e| ApiError::internal(&e))?;
        return Ok(hash.to_hex());
    }
    let len = state.storage.len(key).await?;
    let mut stream = state.storage.read(key, 0..len).await?;
    let mut hasher = blake3::Hasher::new();
    while let Some(bytes) = stream.next().await {
        hasher.update(&bytes?);
    }
    Ok(hasher.finalize().to_hex().to_string())
}

/// What the uploaded file is: kind, capture time, size as displayed, duration, read from
/// `received` when this process has every byte at hand. A file the media core cannot read is
/// kept all the same, as kind `other`. Also answers the file it read, when that is a copy of
/// its own, for the thumbnails.
pub(super) async fn describe(
    state: &ServerState,
    upload: &UploadRow,
    received: Option<LocalCopy>,
) -> Result<(NewBlob, Option<LocalCopy>), ApiError> {
    let mut blob = NewBlob {
        hash: upload.hash.clone(),
        size: upload.size,
        // A name of its own for every commit: a stored file belongs to one blob row or to
        // the one commit in flight that wrote it, so no clean-up can take another's bytes.
        storage_key: format!("blobs/{}/{}", upload.user_id, crate::store::new_id()),
        kind: MediaKind::Other,
        mime: None,
        taken_at: None,
        taken_sort: None,
        width: None,
        height: None,
        duration_ms: None,
        thumbnails: ThumbnailState::None,
    };
    // A file that cannot be fetched fails the commit, which the client tries again, rather
    // than be kept as a file of unknown kind. From a remote store, only a file whose first
    // bytes say it is a photo or a video is fetched whole.
    let (storage, key, scratch) = (state.storage.as_ref(), &upload.storage_key, state.scratch());
    let copy = match received {
        Some(copy) => copy,
        None => {
            if storage.local_path(key).is_none() {
                let head = local_copy_of(storage, key, &scratch, SNIFF_HEAD).await?;
                if let Err(error) = skyfolio_media::sniff(head.path()) {
                    tracing::info!(
                        "{} is kept as a file of unknown kind: {}",
                        upload.path,
                        error.message()
                    );
                    return Ok((blob, None));
                }
            }
            local_copy(storage, key, &scratch).await?
        }
    };
    // A photo that states no capture time takes the one the client knew from elsewhere (an
    // importer's sidecar), else the one its name gives (a phone's `IMG_20230101_123456.jpg`),
    // as on the computers that sync it.
    let fallback = upload.taken_at_fallback.as_deref().and_then(fallback_time);
    let name = upload
        .path
        .rsplit('/')
        .next()
        .unwrap_or_default()
        .to_owned();
    let now = jiff::Timestamp::from_millisecond(state.clock.now_ms())
        .unwrap_or_else(|_| jiff::Timestamp::now());
    let probed = tokio::task::spawn_blocking(move || {
        let media_type = skyfolio_media::sniff(copy.path())?;
        let mut metadata = skyfolio_media::read_metadata(copy.path(), &media_type)?;
        if metadata.taken_at.is_none() {
            metadata.taken_at = fallback;
        }
        metadata.fall_back_on_file_name(&name, now);
        Ok::<_, skyfolio_media::Error>((media_type, metadata, copy))
    })
    .await;
    let (media_type, metadata, copy) = match probed {
        Ok(Ok(probed)) => probed,
        Ok(Err(error)) => {
            tracing::info!(
                "{} is kept as a file of unknown kind: {}",
                upload.path,
                error.message()
            );
            return Ok((blob, None));
        }
        Err(error) => {
            tracing::warn!("cannot read {}: {error}", upload.path);
            return Ok((blob, None));
        }
    };
    blob.kind = match media_type.kind {
        skyfolio_media::MediaKind::Photo => MediaKind::Photo,
        skyfolio_media::MediaKind::Video => MediaKind::Video,
    };
    blob.mime = Some(media_type.mime.to_owned());
    blob.taken_at = metadata.taken_at.map(|t| t.to_rfc3339());
    blob.taken_sort = metadata.taken_at.and_then(sort_time);
    blob.width = metadata.width;
    blob.height = metadata.height;
    blob.duration_ms = metadata.duration_ms;
    blob.thumbnails = ThumbnailState::Pending;
    Ok((blob, copy.into_own()))
}

/// A capture time given by the client (`CreateUpload::taken_at_fallback`): RFC 3339 with its
/// offset (`Z` for UTC), kept as the wall clock at that offset.
pub(super) fn fallback_time(text: &str) -> Option<CaptureTime> {
    let instant: jiff::Timestamp = text.parse().ok()?;
    let offset_seconds = if text.ends_with(['Z', 'z']) {
        0
    } else {
        let (sign, rest) = text.get(text.len().checked_sub(6)?..)?.split_at(1);
        let (hours, minutes) = rest.split_once(':')?;
        let seconds = hours.parse::<i32>().ok()? * 3600 + minutes.parse::<i32>().ok()? * 60;
        match sign {
            "+" => seconds,
            "-" => -seconds,
            _ => return None,
        }
    };
    let offset = jiff::tz::Offset::from_seconds(offset_seconds).ok()?;
    Some(CaptureTime {
        local: offset.to_datetime(instant),
        offset_seconds: Some(offset_seconds),
    })
}

/// The timeline's order key: the camera's wall clock read as if UTC.
fn sort_time(taken: CaptureTime) -> Option<i64> {
    taken
        .local
        .to_zoned_datetime(jiff::tz::TimeZone::UTC)
        .ok()
        .map(|zoned| zoned.timestamp().as_millisecond())
}

#[cfg(test)]
mod tests {
    use super::fallback_time;

    #[test]
    fn a_fallback_time_keeps_its_wall_clock_and_offset() {
        let utc = fallback_time("2019-06-01T12:00:00Z").expect("UTC");
        assert_eq!(utc.local.to_string(), "2019-06-01T12:00:00");
        assert_eq!(utc.offset_seconds, Some(0));
        let zoned = fallback_time("2019-06-01T14:30:00+02:00").expect("an offset");
        assert_eq!(zoned.local.to_string(), "2019-06-01T14:30:00");
        assert_eq!(zoned.offset_seconds, Some(7200));
        let west = fallback_time("2019-06-01T07:00:00-05:00").expect("west");
        assert_eq!(west.offset_seconds, Some(-18000));
        assert!(fallback_time("2019-06-01 12:00").is_none());
        assert!(fallback_time("yesterday").is_none());
    }
}
