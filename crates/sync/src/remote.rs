//! What the engine asks of the cloud, and nothing more: the change feed, moving and trashing
//! items, resumable uploads and resumable downloads. [`Client`](crate::Client) answers these
//! calls over HTTP; with the `testing` feature, `testing::MemoryCloud` answers them in memory.
//!
//! Bodies travel as streams of bytes in both directions, so that no file is ever held whole.

use std::time::Duration;

use bytes::Bytes;
use futures_util::stream::BoxStream;
use skyfolio_protocol::{
    ChangePage, ChunkAccepted, CreateUpload, MediaId, MediaItem, UploadCreated, UploadId,
};

use crate::Error;

/// The bytes of an upload's chunk, as they are read from the file.
pub type UploadBody = BoxStream<'static, Result<Bytes, std::io::Error>>;

/// An original on its way down.
pub struct Download {
    /// The bytes from the offset asked for; otherwise (the content is no longer the one the
    /// offset was for, or no offset was asked for) the whole file from its first byte.
    pub partial: bool,
    /// The bytes; a stream that breaks off ends with an error.
    pub body: BoxStream<'static, Result<Bytes, Error>>,
}

impl std::fmt::Debug for Download {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Download")
            .field("partial", &self.partial)
            .finish_non_exhaustive()
    }
}

/// The cloud as the engine and the transfers see it. Every failure is an [`Error`]: the
/// cloud's own `{code, message}` as [`Error::Server`], a cloud that cannot be reached as
/// [`Error::Unreachable`].
pub trait Remote: Clone + Send + Sync + 'static {
    /// Changes after `since`; with `wait`, answers as soon as there is one (or when `wait` is
    /// over, with none).
    fn changes(
        &self,
        since: i64,
        wait: Option<Duration>,
    ) -> impl Future<Output = Result<ChangePage, Error>> + Send;

    /// Gives a live item another path.
    fn move_item(
        &self,
        id: &MediaId,
        path: &str,
    ) -> impl Future<Output = Result<MediaItem, Error>> + Send;

    /// Sends a live item to the cloud's recycle bin.
    fn trash_item(&self, id: &MediaId) -> impl Future<Output = Result<MediaItem, Error>> + Send;

    /// Announces a file: the item at once when the cloud holds its content, otherwise an
    /// upload to send the bytes to.
    fn create_upload(
        &self,
        request: &CreateUpload,
    ) -> impl Future<Output = Result<UploadCreated, Error>> + Send;

    /// Where the cloud has an upload; `None` when it knows no such upload (expired, or
    /// committed).
    fn upload_offset(
        &self,
        id: &UploadId,
    ) -> impl Future<Output = Result<Option<u64>, Error>> + Send;

    /// Sends `len` bytes of `body` at `offset` of an upload; the last byte commits it.
    fn append(
        &self,
        id: &UploadId,
        offset: u64,
        len: u64,
        body: UploadBody,
    ) -> impl Future<Output = Result<ChunkAccepted, Error>> + Send;

    /// Sends a file of at most `WHOLE_UPLOAD_LIMIT` bytes whole, announced as by
    /// [`Remote::create_upload`]: the new item, or the one made from content the cloud holds
    /// already. A body that breaks off leaves nothing behind; the next try sends it again.
    fn upload_whole(
        &self,
        request: &CreateUpload,
        body: UploadBody,
    ) -> impl Future<Output = Result<MediaItem, Error>> + Send;

    /// Gives up an upload; its bytes are dropped.
    fn cancel_upload(&self, id: &UploadId) -> impl Future<Output = Result<(), Error>> + Send;

    /// The original's bytes from `offset` on, if it is still the content `hash` names;
    /// otherwise the whole file (see [`Download::partial`]).
    fn download(
        &self,
        id: &MediaId,
        offset: u64,
        hash: &str,
    ) -> impl Future<Output = Result<Download, Error>> + Send;
}
