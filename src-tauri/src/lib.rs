//! The Skyfolio desktop shell.
//!
//! This crate owns the window and everything that only exists because there is one: the Tauri
//! commands the web UI calls, the `thumb` and `media` URI schemes that feed it pictures, the
//! events that tell it how sync and transfers go, and start-up (opening the home and asking the
//! core's `Supervisor` to start what the person set up). It holds no rules of its own: every
//! command is one call into `skyfolio-core`, the only crate of the workspace it depends on
//! besides `i18n`. Only this crate knows Tauri exists.

mod commands;
#[cfg(test)]
mod contract;
mod events;
mod notices;
mod scheme;
mod shell;
mod stream;
mod tray;
mod updates;

use tauri::{Builder, Manager, Runtime, WindowEvent};

pub use shell::Shell;
/// The one error shape that crosses IPC and the schemes' error bodies: the core's.
pub use skyfolio_core::Problem as CommandError;

use skyfolio_core::{App, AppOptions, Home};

/// The home the app opens: `SKYFOLIO_HOME` when set (tests, portable installs), else the OS's
/// data and cache folders.
pub fn home() -> anyhow::Result<Home> {
    let dir = std::env::var_os("SKYFOLIO_HOME").map(std::path::PathBuf::from);
    Home::resolve(dir.as_deref()).ok_or_else(|| anyhow::anyhow!("this system has no data folder"))
}

/// Opens the home and starts what the person set up: the local cloud, background sync.
pub async fn open_shell(home: &Home) -> anyhow::Result<Shell> {
    let use_keychain = !std::env::var("SKYFOLIO_NO_KEYCHAIN").is_ok_and(|v| {
        !matches!(
            v.to_ascii_lowercase().as_str(),
            "" | "0" | "no" | "false" | "off"
        )
    });
    let app = App::open(
        home,
        AppOptions {
            use_keychain,
            os_trash: true,
        },
    )
    .await?;
    Ok(Shell::new(app))
}

/// Set once the person was told that closing the window leaves Skyfolio in the tray.
const TOLD_ABOUT_TRAY: &str = "told-about-tray";

/// Started at login: into the tray, without the window.
const BACKGROUND_FLAG: &str = "--background";

/// Puts the shell together on any runtime, so the real window and the mock runtime of the
/// tests run the same app. The caller manages a [`Shell`].
pub fn build_app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    // Updates only for a build given where they come from and the key they are signed with.
    let update_source = updates::configured();
    let builder = match &update_source {
        Some(source) => builder.plugin(updates::plugin(source)),
        None => builder,
    };
    builder
        .manage(updates::Updates::default())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_notification::init())
        .setup(move |app| {
            let handle = app.handle().clone();
            if let Some(source) = update_source.clone() {
                updates::look_now_and_then(&handle, source);
            }
            let shell = app.state::<Shell>();
            match tauri::async_runtime::block_on(shell.app.preferences()) {
                Ok(preferences) => commands::apply_preferences(&handle, &shell, &preferences),
                Err(error) => tracing::warn!("the preferences could not be read: {error}"),
            }
            match tauri::async_runtime::block_on(stream::VideoStream::start(shell.app.clone())) {
                Ok(video) => {
                    let _ = shell.video.set(video);
                }
                Err(error) => tracing::error!("videos cannot be played: {error}"),
            }
            shell.attach(&handle);
            tauri::async_runtime::block_on(shell.sync.start_up());
            Ok(())
        })
        // With a tray, closing the window leaves Skyfolio syncing there (unless the person
        // chose otherwise); the first time, a notification says so.
        .on_window_event(|window, event| {
            let handle = window.app_handle();
            if let WindowEvent::CloseRequested { api, .. } = event
                && handle.try_state::<tray::Tray<R>>().is_some()
                && handle
                    .state::<Shell>()
                    .close_to_tray
                    .load(std::sync::atomic::Ordering::Relaxed)
            {
                api.prevent_close();
                let _ = window.hide();
                let handle = handle.clone();
                tauri::async_runtime::spawn(async move {
                    let shell = handle.state::<Shell>();
                    if shell.app.first_time(TOLD_ABOUT_TRAY).await.unwrap_or(false) {
                        notices::tell(&handle, notices::Notice::StillInTray).await;
                    }
                });
            }
        })
        .invoke_handler(tauri::generate_handler![
            commands::welcome,
            commands::use_local_cloud,
            commands::sign_in,
            commands::sign_out,
            commands::sync_status,
            commands::phone_access,
            commands::set_phone_access,
            commands::new_pairing,
            commands::timeline,
            commands::albums,
            commands::upload,
            commands::download,
            commands::pause_operation,
            commands::resume_operation,
            commands::cancel_operation,
            commands::trash,
            commands::move_to_trash,
            commands::restore,
            commands::delete_forever,
            commands::empty_trash,
            commands::space,
            commands::devices,
            commands::unlink_device,
            commands::cancel_upload,
            commands::rename_twin,
            commands::folders,
            commands::add_folder,
            commands::sync_now,
            commands::language,
            commands::set_language,
            commands::tray,
            commands::preferences,
            commands::set_preferences,
            commands::set_folder_mode,
            commands::set_folder_paused,
            commands::remove_folder,
            commands::thumbnail_cache,
            commands::clear_thumbnail_cache,
            commands::health,
            commands::retry_failed,
            commands::answer_held,
            commands::save_diagnostics,
            commands::notices,
            commands::camera_storage,
            commands::import_device,
            commands::device_space,
            commands::free_device,
            commands::review_takeout,
            commands::import_takeout,
            commands::takeout_report,
            commands::takeout_reports,
            commands::update_available,
            commands::keep_here,
            commands::install_update,
            commands::folder_space,
            commands::free_folder,
        ])
        .register_asynchronous_uri_scheme_protocol(scheme::THUMB, |ctx, request, responder| {
            let app = ctx.app_handle().state::<Shell>().app.clone();
            tauri::async_runtime::spawn(async move {
                responder.respond(scheme::thumb(&app, &request).await);
            });
        })
        .register_asynchronous_uri_scheme_protocol(scheme::MEDIA, |ctx, request, responder| {
            let app = ctx.app_handle().state::<Shell>().app.clone();
            tauri::async_runtime::spawn(async move {
                responder.respond(scheme::media(&app, &request).await);
            });
        })
}

/// Runs the desktop app until its last window closes.
pub fn run() -> anyhow::Result<()> {
    let home = home()?;
    // Warnings on stderr; what happened, a week of it, in the home's log files, which the
    // diagnostics bundle takes along.
    use tracing_subscriber::Layer;
    use tracing_subscriber::layer::SubscriberExt;
    use tracing_subscriber::util::SubscriberInitExt;
    let filter = |default: &str| {
        tracing_subscriber::EnvFilter::try_from_env("SKYFOLIO_LOG")
            .unwrap_or_else(|_| default.into())
    };
    // Made first: on a first start the appender would look for old files to prune in a folder
    // that does not exist yet, and say so on stderr.
    let logs = skyfolio_core::logs_dir(&home);
    if let Err(error) = std::fs::create_dir_all(&logs) {
        eprintln!("skyfolio: cannot make {}: {error}", logs.display());
    }
    let files = tracing_appender::rolling::Builder::new()
        .rotation(tracing_appender::rolling::Rotation::DAILY)
        .filename_prefix("skyfolio")
        .filename_suffix("log")
        .max_log_files(7)
        .build(logs);
    let (file_layer, _flush_logs) = match files {
        Ok(files) => {
            let (writer, guard) = tracing_appender::non_blocking(files);
            let layer = tracing_subscriber::fmt::layer()
                .with_ansi(false)
                .with_writer(writer)
                .with_filter(filter("info"));
            (Some(layer), Some(guard))
        }
        Err(error) => {
            eprintln!("skyfolio: no log files: {error}");
            (None, None)
        }
    };
    tracing_subscriber::registry()
        .with(
            tracing_subscriber::fmt::layer()
                .with_writer(std::io::stderr)
                .with_filter(filter("warn")),
        )
        .with(file_layer)
        .init();
    // One Skyfolio per home: started again, it brings up the one running and exits before its
    // window, sync or local cloud start.
    let instance = format!(
        "org.skyfolio.desktop.home{}",
        &blake3::hash(home.data_dir().as_os_str().as_encoded_bytes()).to_hex()[..16]
    );
    let single = tauri_plugin_single_instance::Builder::new()
        .dbus_id(instance)
        .callback(|handle, _args, _cwd| tray::show_window(handle))
        .build();
    let shell = tauri::async_runtime::block_on(open_shell(&home))?;
    let login = tauri_plugin_autostart::Builder::new()
        .args([BACKGROUND_FLAG])
        .build();
    let background = std::env::args().any(|arg| arg == BACKGROUND_FLAG);
    let app = build_app(
        tauri::Builder::default()
            .plugin(single)
            .plugin(login)
            .manage(shell),
    )
    .build(tauri::generate_context!())
    .map_err(|error| anyhow::anyhow!(error).context("while opening the Skyfolio window"))?;
    app.run(move |handle, event| {
        if let tauri::RunEvent::Ready = event {
            install_tray(handle);
            // Started at login: the tray is enough, when there is one.
            if background
                && handle.try_state::<tray::Tray<tauri::Wry>>().is_some()
                && let Some(window) = handle.get_webview_window("main")
            {
                let _ = window.hide();
            }
        }
    });
    Ok(())
}

/// The tray icon, in the window's language, showing how sync stands. Without a tray (a desktop
/// that has none), Skyfolio is a window like any other: closing it quits.
fn install_tray<R: Runtime>(handle: &tauri::AppHandle<R>) {
    let shell = handle.state::<Shell>();
    let language = tauri::async_runtime::block_on(commands::language_of(&shell));
    let installed = match language {
        Ok(language) => tray::Tray::install(handle, &language, &shell.status()),
        Err(error) => {
            tracing::warn!("no tray: the language is unknown ({})", error.message);
            return;
        }
    };
    if let Err(error) = installed {
        tracing::warn!("no tray: {error}");
    }
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
    use tauri::webview::InvokeRequest;
    use tauri::{App as TauriApp, WebviewWindow, WebviewWindowBuilder};

    use super::*;

    /// The real app (config, capabilities and all) on the mock runtime, with its main window,
    /// on a home of its own.
    fn app() -> (
        TauriApp<MockRuntime>,
        WebviewWindow<MockRuntime>,
        tempfile::TempDir,
    ) {
        let dir = tempfile::tempdir().expect("temp dir");
        let home = Home::at(dir.path());
        let shell = tauri::async_runtime::block_on(async {
            let app = App::open(
                &home,
                AppOptions {
                    use_keychain: false,
                    os_trash: false,
                },
            )
            .await
            .expect("opens");
            Shell::new(app)
        });
        let app = build_app(mock_builder().manage(shell))
            .build(tauri::generate_context!())
            .expect("the app builds on the mock runtime");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("the main window opens");
        (app, window, dir)
    }

    fn invoke(window: &WebviewWindow<MockRuntime>, cmd: &str, args: Value) -> Result<Value, Value> {
        get_ipc_response(
            window,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().expect("a valid URL"),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().expect("a JSON answer"))
    }

    #[test]
    fn a_new_home_is_signed_out_and_the_local_cloud_signs_it_in() {
        let (_app, window, _dir) = app();
        let welcome = invoke(&window, "welcome", json!({})).expect("answers");
        assert_eq!(welcome["signedIn"], false);
        let welcome = invoke(&window, "use_local_cloud", json!({})).expect("starts");
        assert_eq!(welcome["signedIn"], true);
        assert_eq!(welcome["localCloud"], true);
        assert!(
            welcome["server"]
                .as_str()
                .is_some_and(|s| s.starts_with("http://127.0.0.1:")),
            "{welcome}"
        );
        let page = invoke(
            &window,
            "timeline",
            json!({"after": null, "limit": 50, "filter": "all"}),
        )
        .expect("a page");
        assert_eq!(page["items"], json!([]));
        let space = invoke(&window, "space", json!({})).expect("space");
        assert_eq!(space["usage"]["used"], 0);
        let devices = invoke(&window, "devices", json!({})).expect("devices");
        assert_eq!(devices.as_array().map(Vec::len), Some(1));
    }

    #[test]
    fn the_door_for_phones_opens_only_on_the_local_cloud_and_closes_at_once() {
        let (_app, window, _dir) = app();
        // Signed in nowhere (or to another cloud): there is no door to open.
        let closed = invoke(&window, "phone_access", json!({})).expect("an answer");
        assert_eq!(
            closed,
            json!({"on": false, "addresses": [], "pairing": null})
        );
        let refused =
            invoke(&window, "set_phone_access", json!({"on": true})).expect_err("no local cloud");
        assert!(refused.to_string().contains("invalid-setting"), "{refused}");

        invoke(&window, "use_local_cloud", json!({})).expect("starts");
        let open = invoke(&window, "set_phone_access", json!({"on": true})).expect("opens");
        assert_eq!(open["on"], true);
        let addresses = open["addresses"].as_array().expect("a list").clone();
        if let Some(first) = addresses.first().and_then(Value::as_str) {
            let url = open["pairing"]["url"].as_str().expect("a sign-in address");
            assert!(url.starts_with(&format!("{first}/#pair=")), "{url}");
            assert!(
                open["pairing"]["qrSize"]
                    .as_u64()
                    .is_some_and(|size| size > 21)
            );
            let next = invoke(&window, "new_pairing", json!({})).expect("a new code");
            assert_ne!(next["pairing"]["url"], open["pairing"]["url"]);
        } else {
            eprintln!("skipped: this computer has no network address but loopback");
        }
        let closed = invoke(&window, "set_phone_access", json!({"on": false})).expect("closes");
        assert_eq!(
            closed,
            json!({"on": false, "addresses": [], "pairing": null})
        );
    }

    #[test]
    fn the_language_chosen_is_kept_and_none_follows_the_computer() {
        let (_app, window, _dir) = app();
        let first = invoke(&window, "language", json!({})).expect("the language");
        assert_eq!(first["chosen"], Value::Null);
        assert_eq!(first["current"], first["system"]);
        assert_eq!(first["available"].as_array().map(Vec::len), Some(10));
        let german = invoke(&window, "set_language", json!({"language": "de-AT"})).expect("set");
        assert_eq!(german["current"], "de-DE", "the nearest shipped");
        assert_eq!(german["chosen"], "de-DE");
        assert_eq!(german["rightToLeft"], false);
        let kept = invoke(&window, "language", json!({})).expect("the language");
        assert_eq!(kept, german);
        let arabic = invoke(&window, "set_language", json!({"language": "ar"})).expect("set");
        assert_eq!(arabic["rightToLeft"], true);
        let system = invoke(&window, "set_language", json!({"language": null})).expect("set");
        assert_eq!(system["chosen"], Value::Null);
        assert_eq!(system["current"], first["current"]);
    }

    #[test]
    fn settings_are_kept_checked_and_followed() {
        let (app, window, _dir) = app();
        let first = invoke(&window, "preferences", json!({})).expect("preferences");
        assert_eq!(first["closeToTray"], true);
        assert_eq!(first["deletions"], "ask");
        let mut changed = first.clone();
        changed["closeToTray"] = json!(false);
        changed["transfers"] = json!(2);
        changed["uploadLimit"] = json!(1_000_000);
        changed["deletions"] = json!("never");
        let kept =
            invoke(&window, "set_preferences", json!({"preferences": changed})).expect("kept");
        assert_eq!(kept, changed);
        assert_eq!(
            invoke(&window, "preferences", json!({})).expect("read"),
            changed
        );
        // The close button follows at once.
        let shell = app.state::<Shell>();
        assert!(
            !shell
                .close_to_tray
                .load(std::sync::atomic::Ordering::Relaxed)
        );
        let mut wrong = changed.clone();
        wrong["transfers"] = json!(99);
        let error = invoke(&window, "set_preferences", json!({"preferences": wrong}))
            .expect_err("out of range");
        assert_eq!(error["code"], "invalid-setting");
        assert_eq!(
            invoke(&window, "preferences", json!({})).expect("read"),
            changed
        );
        // A folder: paused, its mode changed, removed; an unknown one is named in the error.
        let photos = tempfile::tempdir().expect("temp dir");
        let path = photos.path().to_string_lossy().into_owned();
        invoke(
            &window,
            "add_folder",
            json!({"path": path, "mode": "two-way"}),
        )
        .expect("added");
        let paused = invoke(
            &window,
            "set_folder_paused",
            json!({"path": path, "paused": true}),
        )
        .expect("paused");
        assert_eq!(paused["paused"], true);
        let backup = invoke(
            &window,
            "set_folder_mode",
            json!({"path": path, "mode": "upload-only"}),
        )
        .expect("changed");
        assert_eq!(backup["mode"], "upload-only");
        assert_eq!(backup["paused"], true);
        invoke(&window, "remove_folder", json!({"path": path})).expect("removed");
        assert_eq!(
            invoke(&window, "folders", json!({})).expect("folders"),
            json!([])
        );
        let error = invoke(&window, "remove_folder", json!({"path": path})).expect_err("gone");
        assert_eq!(error["code"], "unknown-folder");
        // The thumbnail cache, sync health and the diagnostics bundle, signed out.
        assert_eq!(
            invoke(&window, "thumbnail_cache", json!({})).expect("size"),
            0
        );
        assert_eq!(
            invoke(&window, "clear_thumbnail_cache", json!({})).expect("cleared"),
            0
        );
        let health = invoke(&window, "health", json!({})).expect("health");
        assert_eq!(health["signedIn"], Value::Null);
        let out = tempfile::tempdir().expect("temp dir");
        let target = out.path().join("diagnostics.zip");
        let saved = invoke(&window, "save_diagnostics", json!({"path": target})).expect("saved");
        assert_eq!(saved["entries"][0], "about.json");
        assert!(target.is_file());
        assert_eq!(
            invoke(&window, "notices", json!({})).expect("notices"),
            json!([])
        );
    }

    #[test]
    fn errors_cross_as_code_and_message() {
        let (_app, window, _dir) = app();
        let error = invoke(&window, "space", json!({})).expect_err("signed out");
        assert_eq!(error["code"], "not-signed-in");
        assert!(error["message"].as_str().is_some_and(|m| !m.is_empty()));
        let error = invoke(
            &window,
            "sign_in",
            json!({"server": "not a url", "email": "a@b.c", "password": "x", "register": false}),
        )
        .expect_err("refused");
        assert_eq!(error["code"], "invalid-server");
    }

    /// Sample answers of every command, in the shape the UI reads (ui/test/contract.test.ts
    /// checks the fields against its types). `SKYFOLIO_UPDATE_FIXTURES=1` rewrites the file.
    #[test]
    fn the_ui_reads_what_the_shell_sends() {
        use skyfolio_core::{
            OperationKind, OperationProgress, OperationState, Place, Space, SpaceItem,
            TimelineItem, TimelinePage,
        };
        let item = TimelineItem {
            hash: "ab".repeat(32),
            kind: "photo".into(),
            sort_time: 1_700_000_000_000,
            taken_at: Some("2023-11-14T22:13:20".into()),
            width: Some(4000),
            height: Some(3000),
            duration_ms: None,
            size: 3_000_000,
            place: Place::Both,
            local_path: Some("/photos/IMG_1.jpg".into()),
            remote_id: Some("0123".into()),
            name: "IMG_1.jpg".into(),
            camera: Some("Canon EOS 7D".into()),
            latitude: Some(48.1),
            longitude: Some(11.5),
            transfer: None,
        };
        let usage = skyfolio_core::Usage {
            quota: 5 << 30,
            used: 1 << 30,
            photos: 1 << 29,
            videos: 1 << 28,
            other: 0,
            trash: 1 << 28,
            uploading: 0,
            trash_days: 30,
        };
        let health = {
            use skyfolio_core::status::{Account, FailedTransfer, FolderStatus, Pending};
            skyfolio_core::Status {
                signed_in: Some(Account {
                    server: "https://photos.example.org".into(),
                    email: "anna@example.org".into(),
                    device_name: "Laptop".into(),
                }),
                paused: false,
                last_success_at: Some(1_700_000_000_000),
                last_pass_at: Some(1_700_000_100_000),
                pending: Pending {
                    uploads: 3,
                    downloads: 1,
                    other: 0,
                    settling: 1,
                },
                failed: vec![FailedTransfer {
                    path: "/photos/IMG_2.jpg".into(),
                    direction: "upload",
                    code: "unreachable".into(),
                    message: "cannot reach the server".into(),
                    attempts: 2,
                    next_try_at: 1_700_000_200_000,
                }],
                folders: vec![FolderStatus {
                    path: "/photos".into(),
                    mode: "two-way".into(),
                    album: String::new(),
                    state: "ok".into(),
                    folder_state: skyfolio_core::FolderState::Emptied,
                    problem: None,
                    paused: false,
                    held: Some(skyfolio_core::HeldPlan {
                        reason: skyfolio_core::HeldReason::FolderEmpty,
                        deletions: vec![skyfolio_core::HeldDeletion {
                            path: "Trip/IMG_3.jpg".into(),
                            side: skyfolio_core::DeletionSide::Cloud,
                        }],
                        fingerprint: "3fa9c2d18e0b7a64".into(),
                    }),
                    settling: 1,
                    not_synced: vec![skyfolio_core::Failure {
                        path: "/photos/notes.txt".into(),
                        code: "unsupported-format".into(),
                        message: "not a photo or video".into(),
                    }],
                }],
            }
        };
        let folder = skyfolio_core::LinkedFolder {
            folder: skyfolio_core::Folder {
                id: skyfolio_core::FolderId(1),
                path: "/photos".into(),
                mode: skyfolio_core::FolderMode::TwoWay,
                state: skyfolio_core::FolderState::Ok,
                error: None,
                added_at: 1_700_000_000_000,
                last_scan_at: None,
            },
            album: String::new(),
            paused: false,
        };
        let sync_status = skyfolio_core::SyncStatus {
            state: skyfolio_core::SyncState::Error,
            uploads: 1,
            downloads: 2,
            failed: 1,
            held: 1,
            left_out: 1,
            problems: 0,
            last_success_at: None,
            problem: Some(skyfolio_core::Problem::new(
                skyfolio_core::Code::Unreachable,
                "cannot reach the server",
            )),
            progress: Some(skyfolio_core::PassProgress {
                uploads: 340,
                uploaded: 12,
                downloads: 0,
                downloaded: 0,
            }),
            said: skyfolio_core::Said::default(),
        }
        .worded();
        let sample = json!({
            "welcome": commands::Welcome {
                signed_in: true,
                server: Some("http://127.0.0.1:8420".into()),
                email: Some("anna@example.org".into()),
                device_name: Some("Laptop".into()),
                local_cloud: false,
                video_base: Some("http://127.0.0.1:41234/5ec7e7".into()),
            },
            "timelinePage": TimelinePage { items: vec![item], next: Some("1700000000000.ab".into()) },
            "album": skyfolio_core::Album { name: "Trip".into(), count: 3, cover: Some("ab".repeat(32)) },
            "operation": OperationProgress {
                id: skyfolio_core::OperationId(1),
                kind: OperationKind::Upload,
                state: OperationState::Running,
                files_done: 1,
                files_total: 2,
                bytes_done: 10,
                bytes_total: 20,
                current: Some("IMG_1.jpg".into()),
                moving: vec![skyfolio_core::FileProgress { name: "IMG_1.jpg".into(), done: 10, size: 20 }],
                failures: vec![],
                already_there: 0,
                error: None,
            },
            "trashEntry": skyfolio_core::TrashEntry {
                id: "0123".into(),
                hash: "ab".repeat(32),
                path: "Trip/IMG_1.jpg".into(),
                kind: "photo".into(),
                size: 3_000_000,
                trashed_at: Some(1_700_000_000_000),
                days_left: 30,
            },
            "space": Space {
                usage,
                largest_videos: vec![SpaceItem { id: "1".into(), hash: "cd".repeat(32), path: "Trip/VID.mp4".into(), size: 1 << 28 }],
                duplicates: vec![],
                disk_free: Some(120_000_000_000),
                uploading: vec![skyfolio_core::UploadInProgress {
                    id: "u1".into(),
                    path: "Trip/VID_2.mp4".into(),
                    size: 1 << 28,
                    offset: 1 << 26,
                    device_id: "d2".into(),
                    device_name: Some("Phone".into()),
                    expires_at: 1_700_086_400_000,
                }],
            },
            "device": skyfolio_core::Device {
                id: "d1".into(),
                name: "Laptop".into(),
                platform: "linux".into(),
                created_at: 1,
                last_seen_at: 2,
                last_sync_at: None,
                current: true,
            },
            "folder": folder,
            "syncStatus": sync_status,
            "phoneAccess": skyfolio_core::PhoneAccess {
                on: true,
                addresses: vec!["http://192.168.1.20:47470".into()],
                pairing: Some(skyfolio_core::Pairing {
                    url: "http://192.168.1.20:47470/#pair=q8Zt3v_N0dYk4Hs2Lw9Rx1".into(),
                    qr_path: "M4 4h7v1h-7z".into(),
                    qr_size: 29,
                    expires_at: 1_700_000_600_000,
                }),
            },
            "preferences": skyfolio_core::Preferences::default(),
            "health": health,
            "diagnostics": skyfolio_core::DiagnosticsReport {
                path: "/home/anna/skyfolio-diagnostics.zip".into(),
                entries: vec!["about.json".into(), "logs/skyfolio.2026-12-01.log".into()],
                bytes: 20_480,
            },
            "takeoutReport": skyfolio_core::TakeoutReport {
                sources: vec![skyfolio_core::SourceSummary {
                    path: "/home/anna/takeout-001.zip".into(),
                    kind: skyfolio_core::SourceKind::Zip,
                    entries: 2,
                    error: None,
                }],
                rows: vec![skyfolio_core::ReportRow {
                    outcome: skyfolio_core::RowOutcome::Imported,
                    kind: skyfolio_core::RowKind::Photo,
                    name: "IMG_1.jpg".into(),
                    source: Some("/home/anna/takeout-001.zip".into()),
                    entry: Some("Takeout/Google Photos/Photos from 2019/IMG_1.jpg".into()),
                    album: None,
                    cloud_path: Some("Google Photos/IMG_1.jpg".into()),
                    present_at: None,
                    earlier: false,
                    reason: None,
                    detail: None,
                    url: Some("https://photos.google.com/photo/AF1Qip".into()),
                    taken_at: Some("2019-06-01T12:00:00Z".into()),
                    sidecar: Some("Takeout/Google Photos/Photos from 2019/IMG_1.jpg.json".into()),
                    favorite: true,
                    archived: false,
                    trashed: false,
                }],
                counts: skyfolio_core::ReportCounts {
                    items: 1,
                    imported: 1,
                    entries: 2,
                    entries_by_use: [("media".to_owned(), 1), ("sidecar".to_owned(), 1)].into(),
                    ..skyfolio_core::ReportCounts::default()
                },
            },
            "language": skyfolio_core::Language {
                current: "ar".into(),
                chosen: Some("ar".into()),
                system: "en-US".into(),
                available: vec!["en-US".into(), "ar".into()],
                right_to_left: true,
            },
        });
        let text = format!("{}\n", serde_json::to_string_pretty(&sample).expect("JSON"));
        crate::contract::assert_committed("../ui/test/fixtures/shell.json", &text);
    }

    #[test]
    fn commands_the_capabilities_do_not_grant_are_refused() {
        let (_app, window, _dir) = app();
        for (cmd, args) in [
            ("plugin:dialog|message", json!({ "message": "hi" })),
            ("plugin:fs|read_file", json!({ "path": "/etc/passwd" })),
        ] {
            let error = invoke(&window, cmd, args).expect_err("the command is refused");
            assert!(error.to_string().contains("not allowed"), "{cmd}: {error}");
        }
    }
}
