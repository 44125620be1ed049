//! Builds the server again when the web app it carries (`ui/dist`) is built again.
//!
//! A release build holds the web app's files, and only the files that were there when it was
//! compiled: new ones (a fresh UI build names its assets by their hashes) need a new compile.
//! A debug build reads `ui/dist` at each request instead, and needs nothing.

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("PROFILE").as_deref() != Ok("release") {
        return;
    }
    let Some(manifest) = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from) else {
        return;
    };
    let ui = manifest.join("../../ui");
    let dist = ui.join("dist");
    // Without a build yet, the UI's folder tells when one appears.
    let watched = if dist.is_dir() { dist } else { ui };
    if watched.is_dir() {
        println!("cargo:rerun-if-changed={}", watched.display());
    }
}
