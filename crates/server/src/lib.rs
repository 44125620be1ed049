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
mod bench;
mod clock;
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

pub use clock::{Clock, ManualClock, SystemClock};
pub use config::Config;
pub use error::{ApiError, Error};
pub use server::Server;
pub use storage::{ByteStream, Listed, LocalStorage, S3Storage, Storage, open as open_storage};
