//! Which request writes to an upload, across every process sharing the database: a claim in
//! the upload's row, renewed while the request runs and released before it answers. Within
//! one process a lock keeps requests apart; the claim keeps apart requests on different
//! processes behind one load balancer (a client that retries on one while its first try still
//! runs on another). A process that stops leaves a claim that lapses within [`LEASE_MS`].

use std::sync::Arc;
use std::time::Duration;

use skyfolio_protocol::ErrorCode;

use crate::Clock;
use crate::error::ApiError;
use crate::server::State as ServerState;
use crate::store::Store;

/// How long a claim holds unless renewed.
pub const LEASE_MS: i64 = 15_000;

/// How often a request renews its claim while it runs.
const RENEW_EVERY: Duration = Duration::from_secs(5);

/// A request's claim to write to one upload.
pub struct WriteClaim {
    held: Option<Held>,
}

struct Held {
    store: Store,
    upload: String,
    writer: String,
    renewing: tokio::task::JoinHandle<()>,
}

impl WriteClaim {
    /// Claims `upload` for this request, or answers `UploadBusy` while another request on
    /// another process holds it.
    pub async fn take(state: &ServerState, upload: &str) -> Result<WriteClaim, ApiError> {
        let (store, clock) = (state.store.clone(), state.clock.clone());
        let writer = crate::store::new_id();
        let now = clock.now_ms();
        if !store
            .claim_upload(upload, &writer, now, now + LEASE_MS)
            .await?
        {
            return Err(ApiError::new(
                ErrorCode::UploadBusy,
                "another request is writing to this upload",
            ));
        }
        let renewing = tokio::spawn(renew(
            store.clone(),
            clock,
            upload.to_owned(),
            writer.clone(),
        ));
        Ok(WriteClaim {
            held: Some(Held {
                store,
                upload: upload.to_owned(),
                writer,
                renewing,
            }),
        })
    }

    /// The upload was committed: its row, and the claim in it, are gone, so there is nothing
    /// to give up.
    pub fn went_with_the_upload(&mut self) {
        if let Some(held) = self.held.take() {
            held.renewing.abort();
        }
    }

    /// Gives the claim up, so that the client's next request, on any process, may write.
    pub async fn release(mut self) {
        if let Some(held) = self.held.take() {
            held.renewing.abort();
            if let Err(error) = held.store.release_upload(&held.upload, &held.writer).await {
                tracing::warn!("cannot release upload {}: {error}", held.upload);
            }
        }
    }
}

impl Drop for WriteClaim {
    fn drop(&mut self) {
        // A request that ended early: released in the background, or else left to lapse.
        if let Some(held) = self.held.take() {
            held.renewing.abort();
            tokio::spawn(async move {
                let _ = held.store.release_upload(&held.upload, &held.writer).await;
            });
        }
    }
}

async fn renew(store: Store, clock: Arc<dyn Clock>, upload: String, writer: String) {
    loop {
        tokio::time::sleep(RENEW_EVERY).await;
        let now = clock.now_ms();
        match store
            .claim_upload(&upload, &writer, now, now + LEASE_MS)
            .await
        {
            Ok(true) => {}
            // Committed or given up meanwhile: nothing left to claim.
            Ok(false) => return,
            Err(error) => tracing::warn!("cannot renew the claim on upload {upload}: {error}"),
        }
    }
}
