//! Receiving an upload's bytes: a request's body streamed to the storage while a running
//! BLAKE3 (and, beside a remote store, a local copy) is kept on a thread of its own, with the
//! tus per-chunk checksum checked on the way. What is kept is the caller's decision.

use axum::body::{Body, Bytes};
use base64::Engine;
use futures_util::StreamExt;
use sha2::Digest;
use skyfolio_protocol::ErrorCode;
use tokio::sync::mpsc;

use super::uploads::UploadProgress;
use crate::error::ApiError;
use crate::server::State as ServerState;
use crate::storage::Received;
use crate::store::UploadRow;

/// A per-chunk checksum (tus checksum extension): `sha256` or `blake3`, base64.
pub(super) enum Checksum {
    Sha256(sha2::Sha256, Vec<u8>),
    Blake3(Box<blake3::Hasher>, Vec<u8>),
}

impl Checksum {
    pub(super) fn parse(value: &str) -> Result<Checksum, ApiError> {
        let (algorithm, digest) = value
            .trim()
            .split_once(' ')
            .ok_or_else(|| ApiError::bad_request("Upload-Checksum is `<algorithm> <base64>`"))?;
        let digest = base64::engine::general_purpose::STANDARD
            .decode(digest.trim())
            .map_err(|_| ApiError::bad_request("Upload-Checksum's digest is not base64"))?;
        match algorithm {
            "sha256" if digest.len() == 32 => Ok(Checksum::Sha256(sha2::Sha256::new(), digest)),
            "blake3" if digest.len() == 32 => {
                Ok(Checksum::Blake3(Box::new(blake3::Hasher::new()), digest))
            }
            "sha256" | "blake3" => Err(ApiError::bad_request(
                "Upload-Checksum's digest has the wrong length",
            )),
            _ => Err(ApiError::bad_request(
                "Upload-Checksum algorithms: sha256, blake3",
            )),
        }
    }

    fn update(&mut self, bytes: &[u8]) {
        match self {
            Checksum::Sha256(hasher, _) => hasher.update(bytes),
            Checksum::Blake3(hasher, _) => {
                hasher.update(bytes);
            }
        }
    }

    fn matches(self) -> bool {
        match self {
            Checksum::Sha256(hasher, expected) => hasher.finalize().as_slice() == expected,
            Checksum::Blake3(hasher, expected) => {
                hasher.finalize().as_bytes() == expected.as_slice()
            }
        }
    }
}

/// What came of receiving a request's body into an upload's stored bytes.
pub(super) struct Reception {
    /// Bytes taken from the body and handed to the storage.
    pub(super) received: u64,
    /// Why the bytes cannot be kept: past the declared size, or not matching their checksum.
    pub(super) refused: Option<ApiError>,
    /// The body broke off.
    pub(super) broken: bool,
    /// What the storage wrote, when it wrote every byte received.
    pub(super) written: Option<u64>,
    /// The storage failed for want of room.
    pub(super) no_space: bool,
    /// The checksum, when the body broke off before it could be checked.
    pub(super) checksum: Option<Checksum>,
}

/// Receives `body` (at most `remaining` bytes) into `upload`'s stored bytes at `offset`,
/// hashing it on with `progress` when the running hash has come that far, and keeping a local
/// copy beside a remote store. Nothing is decided here about keeping the bytes.
pub(super) async fn receive(
    state: &ServerState,
    upload: &UploadRow,
    offset: u64,
    remaining: u64,
    mut checksum: Option<Checksum>,
    body: Body,
    progress: &mut UploadProgress,
) -> Result<Reception, ApiError> {
    let hashing = progress.hashed == offset;
    if hashing && offset == 0 && state.storage.local_path(&upload.storage_key).is_none() {
        progress.received = Received::begin(&state.scratch())
            .inspect_err(|e| tracing::debug!("no local copy of upload {}: {e}", upload.id))
            .ok();
    }

    let (sender, receiver) = mpsc::channel::<Bytes>(4);
    let storage = state.storage.clone();
    let key = upload.storage_key.clone();
    let writer = tokio::spawn(async move { storage.append(&key, offset, receiver).await });
    // The running hash is kept on a thread of its own, so that receiving, hashing and writing
    // go on at once.
    let (hash_sender, mut hash_receiver) = mpsc::channel::<Bytes>(4);
    let hasher_task = hashing.then(|| {
        let mut hasher = progress.hasher.clone();
        let mut copy = progress.received.take();
        tokio::task::spawn_blocking(move || {
            while let Some(bytes) = hash_receiver.blocking_recv() {
                hasher.update(&bytes);
                if let Some(file) = copy.as_mut()
                    && let Err(error) = file.write(&bytes)
                {
                    tracing::debug!("the local copy of an upload stops: {error}");
                    copy = None;
                }
            }
            (hasher, copy)
        })
    });
    let mut received = 0u64;
    let mut refused: Option<ApiError> = None;
    let mut broken = false;
    let mut stream = body.into_data_stream();
    let mut pending = bytes::BytesMut::with_capacity(2 * COALESCE);
    while let Some(frame) = stream.next().await {
        let bytes = match frame {
            Ok(bytes) => bytes,
            Err(_) => {
                broken = true;
                break;
            }
        };
        let len = bytes.len() as u64;
        if received + len > remaining {
            refused = Some(ApiError::new(
                ErrorCode::SizeMismatch,
                format!(
                    "the upload was declared as {} bytes; this chunk goes past that",
                    upload.size
                ),
            ));
            break;
        }
        received += len;
        if let Some(checksum) = checksum.as_mut() {
            checksum.update(&bytes);
        }
        // Small frames travel on together, so the writer and the hasher wake once per block
        // rather than once per network read.
        pending.extend_from_slice(&bytes);
        if pending.len() >= COALESCE
            && !pass_on(
                pending.split().freeze(),
                &sender,
                hashing.then_some(&hash_sender),
            )
            .await
        {
            break;
        }
    }
    if !pending.is_empty() {
        pass_on(
            pending.split().freeze(),
            &sender,
            hashing.then_some(&hash_sender),
        )
        .await;
    }
    drop(sender);
    drop(hash_sender);
    if let Some(task) = hasher_task {
        (progress.hasher, progress.received) = task.await.map_err(|e| ApiError::internal(&e))?;
    }
    let written = writer.await.map_err(|e| ApiError::internal(&e))?;
    let mut no_space = false;
    let written = match written {
        Ok(written) if written == received => Some(written),
        Ok(_) => None,
        Err(error) => {
            no_space = crate::error::is_no_space(&error);
            tracing::warn!("cannot write to upload {}: {error}", upload.id);
            None
        }
    };
    if refused.is_none()
        && !broken
        && let Some(checksum) = checksum.take()
        && !checksum.matches()
    {
        refused = Some(ApiError::new(
            ErrorCode::ChecksumMismatch,
            "the chunk's bytes do not match its Upload-Checksum; send it again",
        ));
    }
    Ok(Reception {
        received,
        refused,
        broken,
        written,
        no_space,
        checksum,
    })
}

/// Bytes gathered from the network before they go to the writer and the hasher.
const COALESCE: usize = 512 * 1024;

/// Sends a block to the writer and, when hashing, to the hasher; false when either is gone.
async fn pass_on(
    block: Bytes,
    writer: &mpsc::Sender<Bytes>,
    hasher: Option<&mpsc::Sender<Bytes>>,
) -> bool {
    if let Some(hasher) = hasher
        && hasher.send(block.clone()).await.is_err()
    {
        return false;
    }
    writer.send(block).await.is_ok()
}
