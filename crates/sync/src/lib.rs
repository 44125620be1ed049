//! Keeps this computer's folders and the cloud in step, both ways, without ever losing a photo.
//!
//! Three trees meet here, as in Dropbox's Nucleus: **local** (the library's index of a folder),
//! **remote** (the cloud's items, mirrored from the change feed into [`State`]) and **synced**
//! (what both last agreed on, per folder and key). [`plan::plan`] turns them into actions as a
//! pure function; [`Engine`] carries the actions out, each after checking that what it expects
//! is still so, with transfers journaled so that a crash resumes them ([`transfer`]). Files
//! are never deleted: what the cloud deleted goes to the OS trash; what is replaced goes to a
//! trash on its side; downloads take their name only once whole and checked, and never over
//! another file.
//!
//! It knows nothing of windows or command lines. What a file is comes from `skyfolio-media`,
//! what a folder holds from `skyfolio-library`, and what crosses the wire from
//! `skyfolio-protocol`; [`Client`] speaks to the server, as one [`Remote`]: the calls the engine
//! makes of a cloud (`testing::MemoryCloud`, with the `testing` feature, is another, in memory).

mod client;
mod credentials;
mod engine;
mod error;
pub mod names;
pub mod plan;
pub mod remote;
mod state;
#[cfg(feature = "testing")]
pub mod testing;
pub mod transfer;

pub use client::{Client, MAX_WAIT};
pub use credentials::Credentials;
pub use engine::{
    DeletionPolicy, DeletionSide, Engine, Failure, FolderReport, HeldAnswer, HeldDeletion,
    HeldPlan, HeldReason, Options, PassProgress, PassReport, PassSink, error_message,
};
pub use error::Error;
pub use remote::Remote;
pub use state::{AccountRow, Direction, RemoteRow, State, TokenStore, Transfer, parse_hash};
