//! Pictures of an item wherever it is: thumbnails from the local cache (made from the file on
//! this computer, or fetched from the server for items only in the cloud), and the original.

use std::path::PathBuf;

use skyfolio_library::{FailedFiles, write_atomically};
use skyfolio_media::{ContentHash, ThumbSize, Thumbnail};

use crate::{App, Error};

/// Where an item's original bytes are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Original {
    /// A file on this computer.
    Local { path: PathBuf, mime: String },
    /// Only in the cloud: fetch it from the server.
    Cloud { id: String, size: u64 },
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
