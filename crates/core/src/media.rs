//! Pictures of an item wherever it is: thumbnails from the local cache (made from the file on
//! this computer, or fetched from the server for items only in the cloud), and the original.

use std::path::PathBuf;
use std::pin::Pin;

use bytes::Bytes;
use futures_util::{Stream, StreamExt};
use skyfolio_library::{FailedFiles, write_atomically};
use skyfolio_media::{ContentHash, ThumbSize, Thumbnail};
use tokio::io::{AsyncReadExt, AsyncSeekExt};

use crate::{App, Error};

/// Bytes as they arrive, from a file here or from the cloud.
pub type ByteStream = Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send>>;

/// Bytes of an original, opened as a `Range` header asked: the answer a window's scheme or a
/// video player gets.
pub struct OriginalBytes {
    /// The media type (`application/octet-stream` when unknown).
    pub content_type: String,
    /// The whole file's size.
    pub size: u64,
    /// The first and last byte sent.
    pub start: u64,
    pub end: u64,
    /// Less than the whole file: answered `206` with `Content-Range`.
    pub partial: bool,
    pub body: ByteStream,
}

impl OriginalBytes {
    /// `bytes start-end/size`, for `Content-Range`.
    pub fn content_range(&self) -> String {
        format!("bytes {}-{}/{}", self.start, self.end, self.size)
    }
}

/// Why an original's bytes cannot be given.
#[derive(Debug, thiserror::Error)]
pub enum OpenOriginalError {
    #[error("no such item")]
    NotFound,
    #[error("the file is gone")]
    Gone,
    /// The range asked for is outside the file (`416`, `Content-Range: bytes */size`).
    #[error("outside the file")]
    OutsideTheFile { size: u64 },
    /// The database, or the cloud that holds the only copy.
    #[error(transparent)]
    Unreachable(#[from] Error),
}

/// `start..=end` of a file of `size` bytes as the `Range` header value `asked` names, at most
/// `at_most` bytes long, and whether that is less than the whole file. A header that does not
/// parse is no header (the whole file, RFC 9110); several ranges are answered with the whole
/// file too. `None`: the range is outside the file.
fn byte_range(asked: Option<&str>, size: u64, at_most: u64) -> Option<(u64, u64, bool)> {
    use http_range_header::RangeUnsatisfiableError;
    if size == 0 {
        return None;
    }
    let whole = (0, size - 1);
    let (start, end) = match asked.map(|value| http_range_header::parse_range_header(value.trim()))
    {
        Some(Ok(parsed)) => match parsed.validate(size) {
            Ok(ranges) if ranges.len() == 1 => (*ranges[0].start(), *ranges[0].end()),
            Ok(_) => whole,
            // A suffix longer than the file is the whole file.
            Err(RangeUnsatisfiableError::FileSuffixOutOfBounds) => whole,
            Err(_) => return None,
        },
        Some(Err(_)) | None => whole,
    };
    if start > end || start >= size {
        return None;
    }
    let end = end.min(start.saturating_add(at_most.max(1)) - 1);
    Some((start, end, (start, end) != whole))
}

/// Where an item's original bytes are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Original {
    /// A file on this computer.
    Local { path: PathBuf, mime: String },
    /// Only in the cloud: fetch it from the server.
    Cloud {
        id: skyfolio_protocol::MediaId,
        size: u64,
    },
}

impl App {
    /// A thumbnail of this content as a JPEG file in the cache, made or fetched when missing.
    /// `None` when it cannot have one (a video without ffmpeg, content known nowhere).
    pub async fn thumbnail(
        &self,
        hash: ContentHash,
        size: ThumbSize,
    ) -> Result<Option<PathBuf>, Error> {
        let cache = self.home.thumbnail_cache();
        let target = cache.path(&hash, size);
        if tokio::fs::metadata(&target).await.is_ok() {
            return Ok(Some(target));
        }
        if let Some(record) = self.library.media_by_hash(&hash).await?
            && let Some(source) = record.paths.first().cloned()
        {
            let made = {
                let target = target.clone();
                tokio::task::spawn_blocking(move || -> Result<bool, String> {
                    match skyfolio_media::thumbnail(&source, size) {
                        Ok(Thumbnail::Jpeg(jpeg)) => {
                            write_atomically(&target, &jpeg).map_err(|e| e.to_string())?;
                            Ok(true)
                        }
                        Ok(_) => Ok(false),
                        Err(error) => Err(error.message()),
                    }
                })
                .await
                .map_err(|e| e.to_string())
            };
            match made {
                Ok(Ok(true)) => return Ok(Some(target)),
                Ok(Ok(false)) => return Ok(None),
                Ok(Err(reason)) | Err(reason) => {
                    tracing::info!("no thumbnail for {hash}: {reason}");
                    // The cloud may have one made from an intact copy.
                }
            }
        }
        let Some(row) = self.state.live_item_with(hash).await? else {
            return Ok(None);
        };
        // The server is asked even when the change feed said its thumbnails were pending: it
        // makes them right after an upload and sends no change when they are done.
        let jpeg = match self.client().await?.thumbnail(&row.id, size.pixels()).await {
            Ok(jpeg) => jpeg,
            Err(skyfolio_sync::Error::Server { .. }) => return Ok(None),
            Err(error) => return Err(error.into()),
        };
        let written = {
            let target = target.clone();
            tokio::task::spawn_blocking(move || write_atomically(&target, &jpeg)).await
        };
        match written {
            Ok(Ok(())) => Ok(Some(target)),
            Ok(Err(source)) => Err(Error::Io {
                path: target,
                what: "cannot keep the thumbnail",
                source,
            }),
            Err(error) => Err(Error::Io {
                path: target,
                what: "cannot keep the thumbnail",
                source: std::io::Error::other(error),
            }),
        }
    }

    /// Where this content's original is: a file here, else the cloud.
    pub async fn original(&self, hash: ContentHash) -> Result<Option<Original>, Error> {
        if let Some(record) = self.library.media_by_hash(&hash).await?
            && let Some(path) = record.paths.first().cloned()
        {
            return Ok(Some(Original::Local {
                path,
                mime: record.mime,
            }));
        }
        Ok(self
            .state
            .live_item_with(hash)
            .await?
            .map(|row| Original::Cloud {
                id: row.id,
                size: row.size,
            }))
    }
}

impl App {
    /// The bytes of this content's original that a `Range` header value asks for (the whole
    /// file without one), at most `at_most` of them: from the file here, else streamed from the
    /// cloud. One door for every way the window shows an original (the media scheme, videos).
    pub async fn open_original(
        &self,
        hash: ContentHash,
        range: Option<&str>,
        at_most: u64,
    ) -> Result<OriginalBytes, OpenOriginalError> {
        let original = self
            .original(hash)
            .await?
            .ok_or(OpenOriginalError::NotFound)?;
        // The file is opened once and its size read from it: what is sent is of the file sized.
        // A file here is opened once and its size read from it: what is sent is of the file sized.
        enum Source {
            File(tokio::fs::File),
            Cloud(skyfolio_protocol::MediaId),
        }
        let (size, mime, source) = match original {
            Original::Local { path, mime } => {
                let file = tokio::fs::File::open(&path)
                    .await
                    .map_err(|_| OpenOriginalError::Gone)?;
                let size = file
                    .metadata()
                    .await
                    .map_err(|_| OpenOriginalError::Gone)?
                    .len();
                (size, mime, Source::File(file))
            }
            Original::Cloud { id, size } => (size, String::new(), Source::Cloud(id)),
        };
        let (start, end, partial) =
            byte_range(range, size, at_most).ok_or(OpenOriginalError::OutsideTheFile { size })?;
        let body: ByteStream = match source {
            Source::File(mut file) => {
                file.seek(std::io::SeekFrom::Start(start))
                    .await
                    .map_err(|_| OpenOriginalError::Gone)?;
                Box::pin(tokio_util::io::ReaderStream::with_capacity(
                    file.take(end - start + 1),
                    256 * 1024,
                ))
            }
            Source::Cloud(id) => {
                let response = self
                    .client()
                    .await?
                    .original_part(&id, start, end)
                    .await
                    .map_err(Error::from)?;
                Box::pin(
                    response
                        .bytes_stream()
                        .map(|chunk| chunk.map_err(std::io::Error::other)),
                )
            }
        };
        Ok(OriginalBytes {
            content_type: if mime.is_empty() {
                "application/octet-stream".to_owned()
            } else {
                mime
            },
            size,
            start,
            end,
            partial,
            body,
        })
    }

    /// Bytes the thumbnail cache takes on disk.
    pub async fn thumbnail_cache_size(&self) -> u64 {
        let cache = self.home.thumbnail_cache();
        tokio::task::spawn_blocking(move || cache.size_on_disk())
            .await
            .unwrap_or(0)
    }

    /// Empties the thumbnail cache; thumbnails are made (or fetched) again as they are shown.
    pub async fn clear_thumbnail_cache(&self) -> Result<(), Error> {
        let cache = self.home.thumbnail_cache();
        self.library.clear_thumbnails(&cache).await?;
        Ok(())
    }

    /// Tries every failed transfer again at the next pass, without waiting, and has the next
    /// scan read again every file the library could not read; answers how many files in all.
    pub async fn retry_failed(&self) -> Result<u64, Error> {
        let unread = self.library.forget_failures(FailedFiles::All).await?;
        Ok(self.state.retry_now().await? + unread)
    }
}

#[cfg(test)]
mod tests {
    use super::byte_range;

    #[test]
    fn ranges_are_served_in_pieces_players_can_ask_for() {
        let all = u64::MAX;
        assert_eq!(byte_range(None, 100, all), Some((0, 99, false)));
        assert_eq!(
            byte_range(Some("bytes=10-19"), 100, all),
            Some((10, 19, true))
        );
        assert_eq!(
            byte_range(Some("bytes=90-"), 100, all),
            Some((90, 99, true))
        );
        assert_eq!(
            byte_range(Some("bytes=-10"), 100, all),
            Some((90, 99, true))
        );
        assert_eq!(byte_range(Some("bytes=0-"), 100, all), Some((0, 99, false)));
        assert_eq!(
            byte_range(Some("bytes=50-500"), 100, all),
            Some((50, 99, true))
        );
        assert_eq!(
            byte_range(Some("bytes=-500"), 100, all),
            Some((0, 99, false))
        );
        assert_eq!(byte_range(Some("bytes=100-"), 100, all), None);
        assert_eq!(byte_range(Some("bytes=20-10"), 100, all), None);
        assert_eq!(byte_range(None, 0, all), None);
        // Nonsense is no range at all; several ranges get the whole file.
        assert_eq!(
            byte_range(Some("pages=1-2"), 100, all),
            Some((0, 99, false))
        );
        assert_eq!(
            byte_range(Some("bytes=0-9,50-59"), 100, all),
            Some((0, 99, false))
        );
        let big = 100 << 20;
        assert_eq!(
            byte_range(None, big, 8 << 20),
            Some((0, (8 << 20) - 1, true)),
            "a large file comes in pieces"
        );
        assert_eq!(
            byte_range(Some("bytes=10-"), big, 8 << 20),
            Some((10, 10 + (8 << 20) - 1, true))
        );
    }
}
