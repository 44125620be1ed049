//! The commands the web UI calls. Each one takes state, calls one function and maps the error.

use std::path::PathBuf;

use tauri::State;

use crate::{CommandError, GridItem, Listing, StartupFolder, folder};

/// The photos and videos in `path`, each with a token for its thumbnail.
#[tauri::command]
pub async fn list_folder(
    path: PathBuf,
    listing: State<'_, Listing>,
) -> Result<Vec<GridItem>, CommandError> {
    // Sniffing opens every file: keep it off the threads that run the window and the IPC.
    let listing = listing.inner().clone();
    tauri::async_runtime::spawn_blocking(move || folder::list_folder(&path, &listing))
        .await
        .map_err(|error| CommandError::internal(format!("listing the folder stopped: {error}")))?
}

/// The folder given on the command line, if any.
#[tauri::command]
pub fn startup_folder(startup: State<'_, StartupFolder>) -> Option<PathBuf> {
    startup.0.clone()
}
