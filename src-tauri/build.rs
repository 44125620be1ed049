fn main() {
    // Only the commands listed here can be allowed by a capability (see capabilities/).
    let manifest = tauri_build::AppManifest::new().commands(&[
        "welcome",
        "use_local_cloud",
        "sign_in",
        "sign_out",
        "sync_status",
        "timeline",
        "albums",
        "upload",
        "download",
        "pause_operation",
        "resume_operation",
        "cancel_operation",
        "trash",
        "move_to_trash",
        "restore",
        "delete_forever",
        "empty_trash",
        "space",
        "devices",
        "unlink_device",
        "folders",
        "add_folder",
        "sync_now",
        "language",
        "set_language",
        "tray",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))
        .expect("failed to read the Tauri configuration");
}
