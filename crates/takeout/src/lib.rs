//! Google Takeout of Google Photos, read as a map: from the names of a Takeout's entries and
//! the bytes of its JSON files to the plan of what to import.
//!
//! A Takeout is any mix of zip parts (any order, any part size) and extracted folders. This
//! crate owns what Google never documented about them: which JSON sidecar belongs to which
//! photo ([`sidecar`]: clipped names, moved duplicate indexes, edited copies in every
//! language), what a sidecar and an album's metadata say ([`metadata`]), which folders are
//! albums and which are years ([`folder`]), which photo and video make a motion photo, and
//! which entry names are unsafe to use at all ([`safe_relative_path`]). [`plan_takeout`] puts
//! it together: the items with every place each one is in, the albums, and everything that
//! will not be imported, with why, for the reconciliation report (every type here serializes).
//!
//! The plan reads no files: the caller lists the entries and hands over the JSON bytes
//! ([`list_zip`] and [`list_folder`] do that for a zip part and an extracted folder, reading
//! nothing but names, sizes and JSON, and writing nothing). It knows nothing of libraries, the
//! cloud or windows: the caller decides what to do with the plan (dedupe by content hash,
//! apply the sidecar's capture time only where the file has none, copy the photos).

#![warn(missing_docs)]

mod error;
pub mod folder;
pub mod metadata;
mod name;
mod path;
mod plan;
pub mod sidecar;
mod source;

pub use error::Error;
pub use folder::{FolderKind, SpecialFolder, classify_folder, year_of_folder};
pub use metadata::{
    AlbumMetadata, GeoPoint, ItemMetadata, JsonDocument, Location, LocationSource, read_json,
};
pub use name::{
    MediaKind, MotionPair, PHOTO_EXTENSIONS, VIDEO_EXTENSIONS, is_json_name, media_kind,
};
pub use path::{
    MAX_PATH_BYTES, TakeoutPath, UnsafePath, safe_relative_path, safe_relative_path_bytes,
};
pub use plan::{
    Album, AlbumId, Entry, EntryRef, Folder, FolderId, IgnoreReason, Ignored, Item, MotionVideo,
    OrphanReason, OrphanSidecar, Place, Plan, Problem, ProblemCode, Refused, SidecarUse, SourceId,
    TitleSource, plan_takeout,
};
pub use sidecar::{MatchRule, match_folder};
pub use source::{MAX_JSON_BYTES, list_folder, list_zip};
