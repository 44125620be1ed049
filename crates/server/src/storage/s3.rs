//! Any S3-compatible object store (Garage, MinIO, Ceph, AWS) as storage, through
//! `object_store`; the store several server processes share.
//!
//! Objects cannot be appended to, so an upload in progress is kept as segments:
//! `staging/<id>/<offset>`, one for each request that sent bytes, each written whole (a large
//! one as a multipart upload) before its request is answered. Its length is where the
//! contiguous segments end; a commit copies a single segment into place on the server side, or
//! streams several into one multipart upload. Every multipart upload begins by leaving a marker
//! under `multipart/`, removed once it is completed or aborted, so that what a process that
//! stopped mid-write left behind can be found and aborted by any other.

use std::io;
use std::ops::Range;
use std::path::PathBuf;

use axum::body::Bytes;
use futures_util::future::BoxFuture;
use futures_util::{StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::multipart::{MultipartStore, PartId};
use object_store::path::Path;
use object_store::{GetOptions, GetRange, ObjectStore, ObjectStoreExt, PutPayload};
use tokio::sync::mpsc;

use super::{ByteStream, Listed, Storage};

/// The size of each part of a multipart upload but the last: above S3's 5 MiB minimum, and
/// all the same size, as some stores require.
const PART: usize = 8 << 20;

/// Parts sent at once by one write.
const PARTS_IN_FLIGHT: usize = 2;

/// A multipart upload's marker is written again after this many parts, so that a long write
/// never looks abandoned.
const REFRESH_EVERY: usize = 64;

/// S3 copies an object on the server side only up to 5 GiB.
const MAX_COPY: u64 = 5 << 30;

/// How long a server-side copy of up to [`MAX_COPY`], or the completion of a multipart upload,
/// may take (the other settings the URL and the environment gave are kept).
const SLOW_TIMEOUT: &str = "15 minutes";

const STAGING: &str = "staging";
const MULTIPART: &str = "multipart";

/// A bucket (and optionally a prefix in it) of an S3-compatible store.
#[derive(Debug, Clone)]
pub struct S3Storage {
    store: AmazonS3,
    /// The same store, for requests the store may spend minutes on, far past the timeout
    /// that tells a request that hangs: server-side copies and completing multipart uploads,
    /// of gigabytes.
    slow: AmazonS3,
    /// Prepended to every key: `""` or `photos/`.
    prefix: String,
}

/// What an upload in progress has stored.
struct Staged {
    /// Its segments that follow on from its first byte, in order.
    segments: Vec<Segment>,
    /// Every object under its key: also segments past a gap (left by a cut that did not
    /// finish), which are not part of it but go with it.
    every: Vec<Path>,
}

impl Staged {
    fn len(&self) -> u64 {
        self.segments.last().map_or(0, |s| s.start + s.size)
    }
}

/// One piece of an upload in progress.
#[derive(Debug, Clone)]
struct Segment {
    start: u64,
    size: u64,
    path: Path,
}

fn invalid(message: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, message)
}

impl S3Storage {
    /// Opens `s3://bucket[/prefix]?endpoint=https://…&region=…`. The keys come from the
    /// environment, as every S3 tool reads them: `AWS_ACCESS_KEY_ID` and
    /// `AWS_SECRET_ACCESS_KEY` (never from the URL, which shows in process lists and logs).
    pub fn open(url: &str) -> io::Result<S3Storage> {
        let parsed = url::Url::parse(url).map_err(|e| invalid(format!("{url}: {e}")))?;
        if parsed.scheme() != "s3" {
            return Err(invalid(format!(
                "{url}: storage is a folder, or s3://bucket?endpoint=…&region=…"
            )));
        }
        let bucket = parsed
            .host_str()
            .filter(|b| !b.is_empty())
            .ok_or_else(|| invalid(format!("{url}: no bucket (s3://bucket?…)")))?;
        let prefix = parsed.path().trim_matches('/');
        let prefix = if prefix.is_empty() {
            String::new()
        } else {
            format!("{prefix}/")
        };
        let mut builder = AmazonS3Builder::from_env().with_bucket_name(bucket);
        for (name, value) in parsed.query_pairs() {
            builder = match name.as_ref() {
                "endpoint" => builder
                    .with_allow_http(value.starts_with("http://"))
                    .with_endpoint(value.as_ref()),
                "region" => builder.with_region(value.as_ref()),
                "virtual-hosted" => builder.with_virtual_hosted_style_request(value == "true"),
                other => {
                    return Err(invalid(format!(
                        "{url}: unknown setting {other:?} (endpoint, region and \
                         virtual-hosted are known)"
                    )));
                }
            };
        }
        let slow = builder
            .clone()
            .with_config(
                object_store::aws::AmazonS3ConfigKey::Client(
                    object_store::ClientConfigKey::Timeout,
                ),
                SLOW_TIMEOUT,
            )
            .build()
            .map_err(|e| invalid(format!("{url}: {e}")))?;
        let store = builder
            .build()
            .map_err(|e| invalid(format!("{url}: {e}")))?;
        Ok(S3Storage {
            store,
            slow,
            prefix,
        })
    }

    fn path(&self, key: &str) -> Path {
        Path::from(format!("{}{key}", self.prefix))
    }

    fn key_of<'a>(&self, path: &'a Path) -> Option<&'a str> {
        path.as_ref().strip_prefix(self.prefix.as_str())
    }

    fn is_staging(key: &str) -> bool {
        key.starts_with("staging/")
    }

    fn segment_path(&self, key: &str, start: u64) -> Path {
        self.path(&format!("{key}/{start:020}"))
    }

    /// What is stored of an upload in progress, from one listing of its folder (flat, so
    /// listed with a delimiter: stores that keep keys as files need not walk the bucket).
    async fn staged(&self, key: &str) -> io::Result<Staged> {
        let listed = self
            .store
            .list_with_delimiter(Some(&self.path(key)))
            .await?;
        let every: Vec<Path> = listed.objects.iter().map(|m| m.location.clone()).collect();
        let mut all: Vec<Segment> = listed
            .objects
            .into_iter()
            .filter_map(|meta| {
                let start = meta.location.filename()?.parse().ok()?;
                Some(Segment {
                    start,
                    size: meta.size,
                    path: meta.location,
                })
            })
            .collect();
        all.sort_by_key(|s| s.start);
        let mut end = 0;
        let segments = all
            .into_iter()
            .take_while(|s| {
                let follows = s.start == end;
                end = s.start + s.size;
                follows
            })
            .collect();
        Ok(Staged { segments, every })
    }

    /// Like [`staged`](Self::staged), but `NotFound` for an upload without its first segment.
    async fn existing(&self, key: &str) -> io::Result<Staged> {
        let staged = self.staged(key).await?;
        if staged.segments.is_empty() {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("{key}: no such upload in the object store"),
            ));
        }
        Ok(staged)
    }

    /// Removes every object an upload in progress has stored, last first.
    async fn remove_staged(&self, staged: &Staged) -> io::Result<()> {
        for path in staged.every.iter().rev() {
            self.delete(path).await?;
        }
        Ok(())
    }

    /// Drops every byte of an upload in progress from `len` on.
    async fn cut(&self, key: &str, staged: &Staged, len: u64) -> io::Result<()> {
        // Every listed segment counts, also those past a gap: none may come back later.
        for path in staged.every.iter().rev() {
            let start: Option<u64> = path.filename().and_then(|name| name.parse().ok());
            if start.is_some_and(|start| start >= len && start > 0) {
                self.delete(path).await?;
            }
        }
        for segment in &staged.segments {
            let end = segment.start + segment.size;
            if segment.start < len && len < end {
                // The one segment the cut falls inside keeps its first part: written aside,
                // then copied over it.
                let aside = self.path(&format!("{key}.cut"));
                let stream = self
                    .get(&segment.path, 0..len - segment.start)
                    .await?
                    .map_err(io::Error::from);
                self.write_stream(&aside, stream).await?;
                self.slow.copy(&aside, &segment.path).await?;
                self.delete(&aside).await?;
            } else if segment.start == 0 && len == 0 && segment.size > 0 {
                self.store.put(&segment.path, PutPayload::default()).await?;
            }
        }
        Ok(())
    }

    async fn get(
        &self,
        path: &Path,
        range: Range<u64>,
    ) -> io::Result<futures_util::stream::BoxStream<'static, object_store::Result<Bytes>>> {
        if range.is_empty() {
            return Ok(futures_util::stream::empty().boxed());
        }
        let options = GetOptions {
            range: Some(GetRange::Bounded(range)),
            ..GetOptions::default()
        };
        Ok(self.store.get_opts(path, options).await?.into_stream())
    }

    async fn delete(&self, path: &Path) -> io::Result<()> {
        match self.store.delete(path).await {
            Err(object_store::Error::NotFound { .. }) | Ok(()) => Ok(()),
            Err(error) => Err(error.into()),
        }
    }

    /// Writes everything `chunks` yields as the object `path`: one request when it is small,
    /// a multipart upload of [`PART`]-sized parts when it is not. Answers how many bytes were
    /// written; an empty stream writes nothing.
    async fn write_stream(
        &self,
        path: &Path,
        chunks: impl futures_util::Stream<Item = io::Result<Bytes>> + Send,
    ) -> io::Result<u64> {
        let mut chunks = std::pin::pin!(chunks);
        let mut buffer = bytes::BytesMut::new();
        while buffer.len() < PART {
            match chunks.next().await {
                Some(chunk) => buffer.extend_from_slice(&chunk?),
                None => {
                    let written = buffer.len() as u64;
                    if written > 0 {
                        self.store.put(path, buffer.freeze().into()).await?;
                    }
                    return Ok(written);
                }
            }
        }
        let upload = self.begin_multipart(path).await?;
        let outcome = self.send_parts(path, &upload, buffer, chunks).await;
        match outcome {
            Ok((parts, written)) => {
                self.slow
                    .complete_multipart(path, &upload.id, parts)
                    .await?;
                self.delete(&upload.marker).await?;
                Ok(written)
            }
            Err(error) => {
                // Best effort: what stays behind is aborted by the clean-up later.
                if self.store.abort_multipart(path, &upload.id).await.is_ok() {
                    let _ = self.delete(&upload.marker).await;
                }
                Err(error)
            }
        }
    }

    async fn send_parts(
        &self,
        path: &Path,
        upload: &Multipart,
        mut buffer: bytes::BytesMut,
        mut chunks: std::pin::Pin<&mut impl futures_util::Stream<Item = io::Result<Bytes>>>,
    ) -> io::Result<(Vec<PartId>, u64)> {
        let mut in_flight = futures_util::stream::FuturesOrdered::new();
        let mut parts = Vec::new();
        let mut written = 0u64;
        let mut next_index = 0usize;
        let mut ended = false;
        loop {
            while !ended && buffer.len() < PART {
                match chunks.next().await {
                    Some(chunk) => buffer.extend_from_slice(&chunk?),
                    None => ended = true,
                }
            }
            if buffer.is_empty() {
                break;
            }
            let part = buffer.split_to(PART.min(buffer.len())).freeze();
            written += part.len() as u64;
            let (store, target, id, index) = (
                self.store.clone(),
                path.clone(),
                upload.id.clone(),
                next_index,
            );
            in_flight.push_back(tokio::spawn(async move {
                store.put_part(&target, &id, index, part.into()).await
            }));
            next_index += 1;
            if next_index.is_multiple_of(REFRESH_EVERY) {
                self.store
                    .put(&upload.marker, upload.describe(path).into())
                    .await?;
            }
            if in_flight.len() >= PARTS_IN_FLIGHT {
                parts.push(part_done(in_flight.next().await)?);
            }
            if ended && buffer.is_empty() {
                break;
            }
        }
        while let Some(done) = in_flight.next().await {
            parts.push(part_done(Some(done))?);
        }
        Ok((parts, written))
    }

    async fn begin_multipart(&self, path: &Path) -> io::Result<Multipart> {
        let id = self.store.create_multipart(path).await?;
        let marker = self.path(&format!(
            "{MULTIPART}/{}-{}",
            super::millis(std::time::SystemTime::now()),
            crate::store::new_id()
        ));
        let upload = Multipart { id, marker };
        if let Err(error) = self
            .store
            .put(&upload.marker, upload.describe(path).into())
            .await
        {
            let _ = self.store.abort_multipart(path, &upload.id).await;
            return Err(error.into());
        }
        Ok(upload)
    }

    /// A stream of the bytes `range` of an upload in progress, across its segments.
    async fn read_segments(
        &self,
        segments: &[Segment],
        range: Range<u64>,
    ) -> io::Result<ByteStream> {
        let mut streams = Vec::new();
        for segment in segments {
            let (start, end) = (segment.start, segment.start + segment.size);
            let from = range.start.max(start);
            let to = range.end.min(end);
            if from < to {
                streams.push(self.get(&segment.path, from - start..to - start).await?);
            }
        }
        Ok(futures_util::stream::iter(streams)
            .flatten()
            .map_err(io::Error::from)
            .boxed())
    }
}

fn part_done(
    done: Option<Result<object_store::Result<PartId>, tokio::task::JoinError>>,
) -> io::Result<PartId> {
    match done {
        Some(Ok(part)) => Ok(part?),
        Some(Err(error)) => Err(io::Error::other(error)),
        None => Err(io::Error::other("a part went missing")),
    }
}

/// A multipart upload under way and its marker.
struct Multipart {
    id: String,
    marker: Path,
}

impl Multipart {
    /// The marker's content: the upload's id, then the object it writes.
    fn describe(&self, path: &Path) -> String {
        format!("{}\n{path}", self.id)
    }
}

impl Storage for S3Storage {
    fn create(&self, key: &str) -> BoxFuture<'_, io::Result<()>> {
        let key = key.to_owned();
        Box::pin(async move {
            self.remove_staged(&self.staged(&key).await?).await?;
            // An empty first segment: the upload exists, with no bytes yet.
            self.store
                .put(&self.segment_path(&key, 0), PutPayload::default())
                .await?;
            Ok(())
        })
    }

    fn append(
        &self,
        key: &str,
        offset: u64,
        chunks: mpsc::Receiver<Bytes>,
    ) -> BoxFuture<'_, io::Result<u64>> {
        let key = key.to_owned();
        Box::pin(async move {
            let staged = self.existing(&key).await?;
            let len = staged.len();
            if offset > len {
                return Err(invalid(format!(
                    "{key}: holds {len} bytes; cannot write at {offset}"
                )));
            }
            self.cut(&key, &staged, offset).await?;
            let chunks = tokio_stream_of(chunks);
            self.write_stream(&self.segment_path(&key, offset), chunks)
                .await
        })
    }

    fn truncate(&self, key: &str, len: u64) -> BoxFuture<'_, io::Result<()>> {
        let key = key.to_owned();
        Box::pin(async move {
            let staged = self.existing(&key).await?;
            self.cut(&key, &staged, len).await
        })
    }

    fn len(&self, key: &str) -> BoxFuture<'_, io::Result<u64>> {
        let key = key.to_owned();
        Box::pin(async move {
            if S3Storage::is_staging(&key) {
                return Ok(self.existing(&key).await?.len());
            }
            Ok(self.store.head(&self.path(&key)).await?.size)
        })
    }

    fn promote(&self, from: &str, to: &str) -> BoxFuture<'_, io::Result<()>> {
        let (from, to) = (from.to_owned(), to.to_owned());
        Box::pin(async move {
            let target = self.path(&to);
            if !S3Storage::is_staging(&from) {
                self.slow.copy(&self.path(&from), &target).await?;
                return self.delete(&self.path(&from)).await;
            }
            let staged = self.existing(&from).await?;
            match staged.segments.as_slice() {
                [only] if only.size <= MAX_COPY => {
                    self.slow.copy(&only.path, &target).await?;
                }
                segments => {
                    let stream = self.read_segments(segments, 0..staged.len()).await?;
                    let written = self.write_stream(&target, stream).await?;
                    if written == 0 {
                        self.store.put(&target, PutPayload::default()).await?;
                    }
                }
            }
            self.remove_staged(&staged).await
        })
    }

    fn put(&self, key: &str, bytes: Bytes) -> BoxFuture<'_, io::Result<()>> {
        let path = self.path(key);
        Box::pin(async move {
            self.store.put(&path, bytes.into()).await?;
            Ok(())
        })
    }

    fn read(&self, key: &str, range: Range<u64>) -> BoxFuture<'_, io::Result<ByteStream>> {
        let key = key.to_owned();
        Box::pin(async move {
            if S3Storage::is_staging(&key) {
                let staged = self.existing(&key).await?;
                return self.read_segments(&staged.segments, range).await;
            }
            let stream = self.get(&self.path(&key), range).await?;
            Ok(stream.map_err(io::Error::from).boxed())
        })
    }

    fn remove(&self, key: &str) -> BoxFuture<'_, io::Result<()>> {
        let key = key.to_owned();
        Box::pin(async move {
            if S3Storage::is_staging(&key) {
                return self.remove_staged(&self.staged(&key).await?).await;
            }
            self.delete(&self.path(&key)).await
        })
    }

    fn list(&self, prefix: &str) -> BoxFuture<'_, io::Result<Vec<Listed>>> {
        let prefix = self.path(prefix.trim_end_matches('/'));
        Box::pin(async move {
            let metas: Vec<object_store::ObjectMeta> =
                self.store.list(Some(&prefix)).try_collect().await?;
            let mut keys: std::collections::BTreeMap<String, i64> = Default::default();
            for meta in metas {
                let Some(key) = self.key_of(&meta.location) else {
                    continue;
                };
                // The segments of an upload in progress are listed as the upload.
                let key = match key.strip_prefix("staging/") {
                    Some(rest) => match rest.split_once('/') {
                        Some((id, _)) => format!("{STAGING}/{id}"),
                        None => key.to_owned(),
                    },
                    None => key.to_owned(),
                };
                let modified = meta.last_modified.timestamp_millis();
                let entry = keys.entry(key).or_insert(modified);
                *entry = (*entry).max(modified);
            }
            Ok(keys
                .into_iter()
                .map(|(key, modified_ms)| Listed { key, modified_ms })
                .collect())
        })
    }

    fn local_path(&self, _key: &str) -> Option<PathBuf> {
        None
    }

    fn clean_up(&self, before_ms: i64) -> BoxFuture<'_, io::Result<usize>> {
        Box::pin(async move {
            let markers: Vec<object_store::ObjectMeta> = self
                .store
                .list(Some(&self.path(MULTIPART)))
                .try_collect()
                .await?;
            let mut cleaned = 0;
            for marker in markers {
                if marker.last_modified.timestamp_millis() >= before_ms {
                    continue;
                }
                let text = self.store.get(&marker.location).await?.bytes().await?;
                let text = String::from_utf8_lossy(&text);
                if let Some((id, path)) = text.split_once('\n') {
                    let path = Path::from(path);
                    match self.store.abort_multipart(&path, &id.to_owned()).await {
                        // Completed or aborted meanwhile: nothing to clean up.
                        Ok(()) | Err(object_store::Error::NotFound { .. }) => {}
                        Err(error) => {
                            tracing::warn!("cannot abort the multipart upload of {path}: {error}");
                            continue;
                        }
                    }
                    tracing::info!("aborted an abandoned multipart upload of {path}");
                    cleaned += 1;
                }
                self.delete(&marker.location).await?;
            }
            Ok(cleaned)
        })
    }

    fn check(&self) -> BoxFuture<'_, io::Result<()>> {
        Box::pin(async move {
            self.store
                .list_with_delimiter(Some(&self.path("blobs")))
                .await?;
            Ok(())
        })
    }
}

/// The chunks a request hands over, as a stream.
fn tokio_stream_of(
    mut chunks: mpsc::Receiver<Bytes>,
) -> impl futures_util::Stream<Item = io::Result<Bytes>> + Send {
    futures_util::stream::poll_fn(move |context| chunks.poll_recv(context).map(|c| c.map(Ok)))
}
