//! The Skyfolio desktop shell.
//!
//! This crate owns the window and everything that only exists because there is one: the Tauri
//! commands the web UI calls, the `thumb` URI scheme that feeds it thumbnails, and the app's
//! start-up (which folder to show first). It holds no rules of its own: what a file is and how
//! its thumbnail looks is `skyfolio-media`'s business. Only this crate knows Tauri exists.
//!
//! The page never names a file on disk when it asks for pixels. The `list_folder` command
//! hands out an opaque token for each file it lists, and `thumb://localhost/<token>` serves
//! only those files; everything else is a 404.

mod commands;
mod error;
mod folder;
mod listing;
mod thumb;

use std::path::PathBuf;

use tauri::{Builder, Manager, Runtime};

pub use error::CommandError;
pub use folder::GridItem;
pub use listing::{Listing, Token};

#[cfg(test)]
mod test_corpus {
    use std::path::PathBuf;

    /// A file or folder of the shared photo corpus: `$SKYFOLIO_CORPUS`, or `../shared/corpus`
    /// beside the repository.
    pub fn corpus(path: &str) -> PathBuf {
        let root = std::env::var_os("SKYFOLIO_CORPUS").map_or_else(
            || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/corpus"),
            PathBuf::from,
        );
        root.join(path)
    }
}

/// The folder named on the command line (`skyfolio-desktop /some/dir`), shown at start-up
/// instead of the empty state.
#[derive(Debug, Clone, Default)]
pub struct StartupFolder(pub Option<PathBuf>);

impl StartupFolder {
    /// Reads the first argument after the program name, made absolute.
    pub fn from_args(mut args: impl Iterator<Item = std::ffi::OsString>) -> Self {
        let folder = args
            .nth(1)
            .map(PathBuf::from)
            .map(|path| std::path::absolute(&path).unwrap_or(path));
        StartupFolder(folder)
    }
}

/// Puts the shell together on any runtime, so the real window and the mock runtime of the
/// tests run the same app. The caller manages a [`StartupFolder`].
pub fn build_app<R: Runtime>(builder: Builder<R>) -> Builder<R> {
    builder
        .plugin(tauri_plugin_dialog::init())
        .manage(Listing::default())
        .invoke_handler(tauri::generate_handler![
            commands::list_folder,
            commands::startup_folder
        ])
        .register_asynchronous_uri_scheme_protocol(thumb::SCHEME, |ctx, request, responder| {
            let app = ctx.app_handle().clone();
            // Decoding is slow: keep it off the main thread, on a pool no wider than the CPU.
            rayon::spawn(move || {
                let response = thumb::respond(&app.state::<Listing>(), &request);
                responder.respond(response);
            });
        })
}

/// Runs the desktop app until its last window closes.
pub fn run() -> anyhow::Result<()> {
    let startup = StartupFolder::from_args(std::env::args_os());
    build_app(tauri::Builder::default().manage(startup))
        .run(tauri::generate_context!())
        .map_err(|error| anyhow::anyhow!(error).context("while running the Skyfolio window"))
}

#[cfg(test)]
mod tests {
    use serde_json::{Value, json};
    use tauri::ipc::{CallbackFn, InvokeBody};
    use tauri::test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder};
    use tauri::webview::InvokeRequest;
    use tauri::{App, WebviewWindow, WebviewWindowBuilder};

    use super::*;

    /// The real app (config, capabilities and all) on the mock runtime, with its main window.
    fn app(startup: Option<PathBuf>) -> (App<MockRuntime>, WebviewWindow<MockRuntime>) {
        let app = build_app(mock_builder().manage(StartupFolder(startup)))
            .build(tauri::generate_context!())
            .expect("the app builds on the mock runtime");
        let window = WebviewWindowBuilder::new(&app, "main", Default::default())
            .build()
            .expect("the main window opens");
        (app, window)
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
    fn list_folder_lists_photos_with_tokens_the_thumb_scheme_knows() {
        let (app, window) = app(None);
        let folder = crate::test_corpus::corpus("orientation");
        let items =
            invoke(&window, "list_folder", json!({ "path": folder })).expect("the folder lists");
        let items = items.as_array().expect("an array of items");
        assert_eq!(items.len(), 18);
        assert_eq!(items[0]["name"], "landscape_0.jpg");
        assert_eq!(items[0]["kind"], "photo");
        let token = items[0]["token"].as_str().expect("a token string");
        assert_eq!(
            app.state::<Listing>().path(token),
            Some(folder.join("landscape_0.jpg"))
        );
    }

    #[test]
    fn list_folder_reports_a_missing_folder_by_code() {
        let (_app, window) = app(None);
        let error = invoke(&window, "list_folder", json!({ "path": "/no/such/folder" }))
            .expect_err("a missing folder is an error");
        assert_eq!(error["code"], "folder-unreadable");
    }

    #[test]
    fn startup_folder_answers_the_command_line_folder() {
        let (_app, window) = app(Some(PathBuf::from("/photos/trip")));
        assert_eq!(
            invoke(&window, "startup_folder", json!({})),
            Ok(json!("/photos/trip"))
        );
        let (_app, window) = app(None);
        assert_eq!(
            invoke(&window, "startup_folder", json!({})),
            Ok(Value::Null)
        );
    }

    #[test]
    fn commands_the_capabilities_do_not_grant_are_refused() {
        let (_app, window) = app(None);
        for (cmd, args) in [
            ("plugin:dialog|save", json!({ "options": {} })),
            ("plugin:dialog|message", json!({ "message": "hi" })),
            ("plugin:fs|read_file", json!({ "path": "/etc/passwd" })),
        ] {
            let error = invoke(&window, cmd, args).expect_err("the command is refused");
            assert!(error.to_string().contains("not allowed"), "{cmd}: {error}");
        }
    }

    #[test]
    fn the_first_argument_is_the_startup_folder() {
        let args = ["skyfolio-desktop", "/photos/trip", "ignored"].map(std::ffi::OsString::from);
        assert_eq!(
            StartupFolder::from_args(args.into_iter()).0,
            Some(PathBuf::from("/photos/trip"))
        );
        let args = ["skyfolio-desktop"].map(std::ffi::OsString::from);
        assert_eq!(StartupFolder::from_args(args.into_iter()).0, None);
    }
}
