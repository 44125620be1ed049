//! A store that fails on demand, at each step of an upload: before a write, after a write that
//! reached the disk but whose flush (fsync) failed, with a full disk, while promoting the bytes.
//! Every failure is answered with an error, never a success; no item appears half-made;
//! database and store agree afterwards; and once the store works again the same upload
//! finishes whole.

use std::io;
use std::ops::Range;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::body::Bytes;
use futures_util::future::BoxFuture;
use reqwest::StatusCode;
use skyfolio_server::{ByteStream, Listed, LocalStorage, ManualClock, Server, Storage};
use tokio::sync::mpsc;

use crate::{START_MS, User, random_bytes};

/// Which step fails, and how.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fault {
    /// `append` fails before writing anything.
    AppendBefore,
    /// `append` writes the bytes, then reports a failed flush: they may be on disk, unconfirmed.
    FsyncAfterAppend,
    /// `append` finds no space left.
    AppendNoSpace,
    /// `promote` fails before moving the bytes.
    PromoteBefore,
    /// `promote` moves the bytes, then reports a failed flush.
    FsyncAfterPromote,
    /// `create` fails.
    Create,
}

/// The data folder's storage, failing the step `fault` names while it is set.
struct Faulty {
    inner: LocalStorage,
    fault: Arc<Mutex<Option<Fault>>>,
}

impl Faulty {
    fn armed(&self, fault: Fault) -> bool {
        *self.fault.lock().expect("fault") == Some(fault)
    }
}

fn eio() -> io::Error {
    io::Error::other("injected: the disk reported an I/O error (EIO) on fsync")
}

impl Storage for Faulty {
    fn create(&self, key: &str) -> BoxFuture<'_, io::Result<()>> {
        if self.armed(Fault::Create) {
            return Box::pin(async { Err(eio()) });
        }
        self.inner.create(key)
    }

    fn append(
        &self,
        key: &str,
        offset: u64,
        chunks: mpsc::Receiver<Bytes>,
    ) -> BoxFuture<'_, io::Result<u64>> {
        let key = key.to_owned();
        Box::pin(async move {
            if self.armed(Fault::AppendBefore) {
                return Err(eio());
            }
            if self.armed(Fault::AppendNoSpace) {
                return Err(io::Error::from(io::ErrorKind::StorageFull));
            }
            let written = self.inner.append(&key, offset, chunks).await?;
            if self.armed(Fault::FsyncAfterAppend) {
                return Err(eio());
            }
            Ok(written)
        })
    }

    fn truncate(&self, key: &str, len: u64) -> BoxFuture<'_, io::Result<()>> {
        self.inner.truncate(key, len)
    }

    fn len(&self, key: &str) -> BoxFuture<'_, io::Result<u64>> {
        self.inner.len(key)
    }

    fn promote(&self, from: &str, to: &str) -> BoxFuture<'_, io::Result<()>> {
        let (from, to) = (from.to_owned(), to.to_owned());
        Box::pin(async move {
            if self.armed(Fault::PromoteBefore) {
                return Err(eio());
            }
            self.inner.promote(&from, &to).await?;
            if self.armed(Fault::FsyncAfterPromote) {
                return Err(eio());
            }
            Ok(())
        })
    }

    fn put(&self, key: &str, bytes: Bytes) -> BoxFuture<'_, io::Result<()>> {
        self.inner.put(key, bytes)
    }

    fn read(&self, key: &str, range: Range<u64>) -> BoxFuture<'_, io::Result<ByteStream>> {
        self.inner.read(key, range)
    }

    fn remove(&self, key: &str) -> BoxFuture<'_, io::Result<()>> {
        self.inner.remove(key)
    }

    fn list(&self, prefix: &str) -> BoxFuture<'_, io::Result<Vec<Listed>>> {
        self.inner.list(prefix)
    }

    fn local_path(&self, key: &str) -> Option<PathBuf> {
        self.inner.local_path(key)
    }

    fn free_space(&self) -> Option<u64> {
        self.inner.free_space()
    }

    fn check(&self) -> BoxFuture<'_, io::Result<()>> {
        self.inner.check()
    }
}

/// A server on the data folder `data` whose storage fails as `fault` says.
async fn serve(data: &std::path::Path, fault: Arc<Mutex<Option<Fault>>>) -> (Server, String) {
    let storage = Faulty {
        inner: LocalStorage::open(&data.join("files")).expect("storage"),
        fault,
    };
    let mut config = crate::config_on(data, None, None);
    config.min_free_space = 0;
    let server = Server::open_with_storage(
        config,
        Arc::new(ManualClock::new(START_MS)),
        Some(Arc::new(storage)),
    )
    .await
    .expect("opens");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a port");
    let base = format!("http://{}", listener.local_addr().expect("bound"));
    let serving = server.clone();
    tokio::spawn(async move { serving.serve(listener).await });
    (server, base)
}

/// Every stored object under `under`.
async fn stored(server: &Server, under: &str) -> Vec<String> {
    let mut keys: Vec<String> = server
        .storage()
        .list(under)
        .await
        .expect("listed")
        .into_iter()
        .map(|listed| listed.key)
        .collect();
    keys.sort();
    keys
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn storage_failures_at_every_step_are_errors_and_leave_nothing_half_made() {
    // The suite's PostgreSQL and S3 runs have their own failure tests; this one wraps the data
    // folder's storage.
    if crate::fresh_database().await.is_some() || crate::fresh_storage().is_some() {
        return;
    }
    for (round, fault) in [
        Fault::Create,
        Fault::AppendBefore,
        Fault::FsyncAfterAppend,
        Fault::AppendNoSpace,
        Fault::PromoteBefore,
        Fault::FsyncAfterPromote,
    ]
    .into_iter()
    .enumerate()
    {
        let dir = tempfile::tempdir().expect("temp dir");
        let data = dir.path().join("data");
        let switch = Arc::new(Mutex::new(None));
        let (server, base) = serve(&data, switch.clone()).await;
        let user: User = crate::crash::sign_up(&base).await;
        let bytes = random_bytes(round as u64, 300_000);
        let path = format!("Faults/{fault:?}.bin");

        *switch.lock().expect("fault") = Some(fault);
        let created = user.create_upload(&path, &bytes).await;
        let answer = if fault == Fault::Create {
            created.status()
        } else {
            assert_eq!(created.status(), StatusCode::CREATED, "{fault:?}");
            let created: skyfolio_protocol::UploadCreated = created.json().await.expect("created");
            let id = created.upload.expect("an upload").id;
            user.patch(&id, 0, bytes.clone())
                .send()
                .await
                .expect("PATCH")
                .status()
        };
        assert!(
            answer.is_server_error(),
            "{fault:?}: a failed write is answered {answer}, never a success"
        );
        if fault == Fault::AppendNoSpace {
            assert_eq!(answer, StatusCode::INSUFFICIENT_STORAGE, "{fault:?}");
        }
        let page = user.get_json("/api/v1/media").await;
        assert_eq!(
            page["items"].as_array().expect("items").len(),
            0,
            "{fault:?}: no item from a failed write"
        );

        // The store works again: the same file goes up, resumed or sent again, whole.
        *switch.lock().expect("fault") = None;
        let item = crate::crash::send_whole(&user, &path, &bytes)
            .await
            .unwrap_or_else(|| panic!("{fault:?}: the upload finishes once the store works"));
        assert_eq!(user.download(&item).await, bytes, "{fault:?}");
        // What the failure left is cleaned or set aside, never counted twice.
        let usage = user.get_json("/api/v1/usage").await;
        assert_eq!(usage["used"], 300_000, "{fault:?}");
        server.store().close().await;
        drop(server);

        // Reopened: database and store agree.
        let (server, base) = serve(&data, Arc::new(Mutex::new(None))).await;
        let blobs = server.store().all_blobs().await.expect("blobs");
        let mut known: Vec<String> = blobs.iter().map(|b| b.storage_key.clone()).collect();
        known.sort();
        assert_eq!(stored(&server, "blobs").await, known, "{fault:?}");
        let user = crate::crash::with_base(&user, &base);
        assert_eq!(user.download(&item).await, bytes, "{fault:?}");
        server.store().close().await;
    }
}
