//! The cloud Skyfolio syncs to.
//!
//! This crate owns the server: accounts and their devices, resumable uploads (the tus 1.0
//! model), the media items of each account with their thumbnails, the change feed devices
//! follow, the recycle bin and the quota. Its HTTP API lives under `/api/v1` and describes itself
//! in an OpenAPI document generated from the handlers; browsers sign in with a session cookie
//! and get the web app (the built UI, inside the binary) at `/`. Every SQL statement is in [`store`]; every
//! stored byte goes through the [`Storage`] trait; time comes from a [`Clock`].
//!
//! It knows nothing of sync plans, local folders or windows: a client tells it what to keep and
//! it keeps it, checked, for the account that sent it. What crosses the wire is defined in
//! `skyfolio-protocol`; what a file is comes from `skyfolio-media`.

pub mod admin;
mod api;
mod auth;
pub mod config;
mod connection;
mod error;
mod metrics;
mod notify;
mod proxy;
mod server;
mod space;
mod storage;
pub mod store;
mod throttle;
mod thumbnails;
mod web;

pub use config::Config;
pub use error::{ApiError, Error};
pub use server::Server;
pub use skyfolio_clock::{Clock, ManualClock, SystemClock};
pub use storage::{ByteStream, Listed, LocalStorage, S3Storage, Storage, open as open_storage};

/// glibc gives every thread that allocates an arena of its own (up to eight per core), and
/// memory freed in one is not reused by another: under many concurrent uploads and thumbnail
/// jobs the server held four times its working set. Two arenas keep it near the working set at
/// no measurable cost in throughput.
///
/// glibc also raises its threshold for mapping large blocks on their own to the size of each
/// mapped block freed (up to 32 MiB): after the first password check, the 19 MiB each one
/// takes came from the arenas and stayed with the process once freed. A fixed threshold maps
/// every block of 1 MiB or more on its own and returns it to the system when freed.
///
/// A process that serves calls this first, before it starts any thread.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[expect(
    unsafe_code,
    reason = "mallopt is a C call; it only sets allocator parameters"
)]
pub fn limit_malloc_arenas() {
    // SAFETY: mallopt only sets allocator parameters; called at start-up, before other threads.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 2);
        libc::mallopt(libc::M_MMAP_THRESHOLD, 1 << 20);
    }
}

/// Elsewhere the system allocator's defaults stand.
#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
pub fn limit_malloc_arenas() {}
