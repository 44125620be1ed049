fn main() {
    // Only the commands listed here can be allowed by a capability (see capabilities/).
    let manifest = tauri_build::AppManifest::new().commands(&["list_folder", "startup_folder"]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("failed to read the Tauri configuration");
}
