//! The tray icon: how sync stands at a glance (idle, syncing, paused, error, signed out), and a
//! menu with the status in words, Sync now, Pause/Resume, Open Skyfolio, the languages and Quit.
//! It speaks the window's language and switches with it, from either side. Closing the window
//! leaves Skyfolio syncing here.

use std::sync::Mutex;

use skyfolio_i18n::{FluentValue, Strings};
use tauri::image::Image;
use tauri::menu::{CheckMenuItem, Menu, MenuEvent, MenuItem, PredefinedMenuItem, Submenu};
use tauri::tray::{TrayIcon, TrayIconBuilder};
use tauri::{AppHandle, Listener, Manager, Runtime};

use crate::commands::{language_of, switch_language};
use skyfolio_core::{SyncState, SyncStatus};

use crate::events::{Event, LanguageChanged, SyncChanged};
use crate::shell::Shell;
use skyfolio_core::Language;

const STATUS: &str = "status";
const SYNC_NOW: &str = "sync-now";
const PAUSE: &str = "pause";
const OPEN: &str = "open";
const QUIT: &str = "quit";
/// `language:<tag>`; `language:` alone follows the computer.
const LANGUAGE_PREFIX: &str = "language:";

fn icon(state: &str) -> Option<Image<'static>> {
    let bytes: &'static [u8] = match state {
        "syncing" => include_bytes!("../../icons/tray/syncing@2x.png"),
        "paused" => include_bytes!("../../icons/tray/paused@2x.png"),
        "error" => include_bytes!("../../icons/tray/error@2x.png"),
        "signed-out" => include_bytes!("../../icons/tray/signed-out@2x.png"),
        _ => include_bytes!("../../icons/tray/idle@2x.png"),
    };
    Image::from_bytes(bytes).ok()
}

/// How sync stands, in words: the core's [`SyncStatus::words`] in this language.
pub fn status_text(strings: &Strings, status: &SyncStatus) -> String {
    let said = status.words();
    let args: Vec<(&str, FluentValue<'_>)> = said
        .args
        .iter()
        .map(|(name, n)| (name.as_str(), FluentValue::from(*n as f64)))
        .collect();
    if strings.has(&said.id) {
        strings.format(&said.id, &args)
    } else {
        strings.get("error-unknown")
    }
}

/// The menu's words for a language and a sync status: what the tray shows, item by item.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct TrayText {
    pub tooltip: String,
    pub status: String,
    pub sync_now: String,
    pub pause: String,
    pub open: String,
    pub language: String,
    pub quit: String,
}

impl TrayText {
    pub fn of(strings: &Strings, status: &SyncStatus) -> TrayText {
        let words = status_text(strings, status);
        TrayText {
            tooltip: strings.format(
                "tray-tooltip",
                &[("status", FluentValue::from(words.clone()))],
            ),
            status: words,
            sync_now: strings.get("tray-sync-now"),
            pause: strings.get(if status.state == SyncState::Paused {
                "tray-resume"
            } else {
                "tray-pause"
            }),
            open: strings.get("tray-open"),
            language: strings.get("tray-language"),
            quit: strings.get("tray-quit"),
        }
    }
}

/// The tray, once it is up: its items, to change their words and marks.
pub struct Tray<R: Runtime> {
    icon: TrayIcon<R>,
    status: MenuItem<R>,
    sync_now: MenuItem<R>,
    pause: MenuItem<R>,
    open: MenuItem<R>,
    language: Submenu<R>,
    system: CheckMenuItem<R>,
    languages: Vec<(String, CheckMenuItem<R>)>,
    quit: MenuItem<R>,
    /// What it shows now, for the shell's `tray` command (and its tests).
    shown: Mutex<Shown>,
}

struct Shown {
    text: TrayText,
    state: String,
    /// The states it went through, oldest first (the last few).
    states: Vec<String>,
    /// The words of the status it went through, oldest first (the last few).
    words: Vec<String>,
}

/// How many past states the tray remembers.
const STATES_KEPT: usize = 16;

fn language_name(strings: &Strings, tag: &str) -> String {
    strings.get(&format!("language-{}", tag.to_ascii_lowercase()))
}

impl<R: Runtime> Tray<R> {
    /// Puts the icon in the tray, in `language`, showing `status`.
    pub fn install(
        handle: &AppHandle<R>,
        language: &Language,
        status: &SyncStatus,
    ) -> tauri::Result<()> {
        let strings = Strings::new(&language.current);
        let text = TrayText::of(&strings, status);
        let words = text.status.clone();
        let item = |id: &str, words: &str, enabled: bool| {
            MenuItem::with_id(handle, id, words, enabled, None::<&str>)
        };
        let status_item = item(STATUS, &text.status, false)?;
        let sync_now = item(SYNC_NOW, &text.sync_now, true)?;
        let pause = item(PAUSE, &text.pause, true)?;
        let open = item(OPEN, &text.open, true)?;
        let quit = item(QUIT, &text.quit, true)?;
        let system = CheckMenuItem::with_id(
            handle,
            LANGUAGE_PREFIX,
            system_label(&strings, language),
            true,
            language.chosen.is_none(),
            None::<&str>,
        )?;
        let mut languages = Vec::new();
        for tag in &language.available {
            let check = CheckMenuItem::with_id(
                handle,
                format!("{LANGUAGE_PREFIX}{tag}"),
                language_name(&strings, tag),
                true,
                language.chosen.as_deref() == Some(tag.as_str()),
                None::<&str>,
            )?;
            languages.push((tag.clone(), check));
        }
        let language_menu = Submenu::with_id(handle, "language", &text.language, true)?;
        language_menu.append(&system)?;
        language_menu.append(&PredefinedMenuItem::separator(handle)?)?;
        for (_, check) in &languages {
            language_menu.append(check)?;
        }
        let menu = Menu::with_items(
            handle,
            &[
                &status_item,
                &PredefinedMenuItem::separator(handle)?,
                &sync_now,
                &pause,
                &open,
                &language_menu,
                &PredefinedMenuItem::separator(handle)?,
                &quit,
            ],
        )?;
        let mut builder = TrayIconBuilder::with_id("skyfolio")
            .menu(&menu)
            .tooltip(&text.tooltip)
            .on_menu_event(on_menu);
        if let Some(image) = icon(status.state.as_str()) {
            builder = builder.icon(image);
        }
        let icon = builder.build(handle)?;
        handle.manage(Tray {
            icon,
            status: status_item,
            sync_now,
            pause,
            open,
            language: language_menu,
            system,
            languages,
            quit,
            shown: Mutex::new(Shown {
                text,
                state: status.state.as_str().to_owned(),
                states: vec![status.state.as_str().to_owned()],
                words: vec![words],
            }),
        });
        // It follows sync and the language, whoever changed them.
        for event in [SyncChanged::NAME, LanguageChanged::NAME] {
            let handle_for_event = handle.clone();
            handle.listen_any(event, move |_| {
                let handle = handle_for_event.clone();
                tauri::async_runtime::spawn(async move { refresh(&handle).await });
            });
        }
        Ok(())
    }

    /// The words and the state it shows now, and the states it went through.
    /// What it shows: its words, its state, the states and the status words it went through.
    pub fn shown(&self) -> (TrayText, String, Vec<String>, Vec<String>) {
        let shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        (
            shown.text.clone(),
            shown.state.clone(),
            shown.states.clone(),
            shown.words.clone(),
        )
    }

    fn show(&self, language: &Language, status: &SyncStatus) -> tauri::Result<()> {
        let strings = Strings::new(&language.current);
        let text = TrayText::of(&strings, status);
        self.status.set_text(&text.status)?;
        self.sync_now.set_text(&text.sync_now)?;
        self.pause.set_text(&text.pause)?;
        self.open.set_text(&text.open)?;
        self.language.set_text(&text.language)?;
        self.quit.set_text(&text.quit)?;
        self.system.set_text(system_label(&strings, language))?;
        self.system.set_checked(language.chosen.is_none())?;
        for (tag, check) in &self.languages {
            check.set_text(language_name(&strings, tag))?;
            check.set_checked(language.chosen.as_deref() == Some(tag.as_str()))?;
        }
        self.icon.set_tooltip(Some(&text.tooltip))?;
        // Never held across the calls above and below: they wait for the main thread, which
        // may itself be waiting to read what is shown.
        let changed = self.shown().1 != status.state.as_str();
        if changed {
            self.icon.set_icon(icon(status.state.as_str()))?;
        }
        let mut shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        if changed {
            shown.states.push(status.state.as_str().to_owned());
            let excess = shown.states.len().saturating_sub(STATES_KEPT);
            shown.states.drain(..excess);
        }
        if shown.words.last() != Some(&text.status) {
            shown.words.push(text.status.clone());
            let excess = shown.words.len().saturating_sub(STATES_KEPT);
            shown.words.drain(..excess);
        }
        shown.text = text;
        shown.state = status.state.as_str().to_owned();
        Ok(())
    }
}

fn system_label(strings: &Strings, language: &Language) -> String {
    strings.format(
        "settings-language-system",
        &[(
            "language",
            FluentValue::from(language_name(strings, &language.system)),
        )],
    )
}

/// Refreshes take turns, so that the last one shows the latest.
static REFRESHING: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// Says everything again: in the language now chosen, with how sync stands now.
async fn refresh<R: Runtime>(handle: &AppHandle<R>) {
    let _turn = REFRESHING.lock().await;
    let shell = handle.state::<Shell>();
    let Ok(language) = language_of(&shell).await else {
        return;
    };
    let status = shell.status();
    if let Some(tray) = handle.try_state::<Tray<R>>()
        && let Err(error) = tray.show(&language, &status)
    {
        tracing::warn!("the tray could not be updated: {error}");
    }
}

fn on_menu<R: Runtime>(handle: &AppHandle<R>, event: MenuEvent) {
    let id = event.id().as_ref().to_owned();
    let handle = handle.clone();
    match id.as_str() {
        OPEN => show_window(&handle),
        QUIT => handle.exit(0),
        SYNC_NOW | PAUSE => {
            tauri::async_runtime::spawn(async move {
                let shell = handle.state::<Shell>();
                let paused = id == PAUSE && shell.status().state != SyncState::Paused;
                if let Err(error) = shell.sync.set_paused(paused).await {
                    tracing::warn!("sync could not be paused or resumed: {error}");
                }
            });
        }
        _ => {
            if let Some(tag) = id.strip_prefix(LANGUAGE_PREFIX) {
                let tag = (!tag.is_empty()).then(|| tag.to_owned());
                tauri::async_runtime::spawn(async move {
                    let shell = handle.state::<Shell>();
                    if let Err(error) = switch_language(&handle, &shell, tag.as_deref()).await {
                        tracing::warn!("the language could not be switched: {}", error.message);
                    }
                });
            }
        }
    }
}

/// Brings the window back (from the tray, or when Skyfolio is started a second time).
pub fn show_window<R: Runtime>(handle: &AppHandle<R>) {
    if let Some(window) = handle.get_webview_window("main") {
        let _ = window.show();
        let _ = window.unminimize();
        let _ = window.set_focus();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(state: &str) -> SyncStatus {
        let state = [
            SyncState::SignedOut,
            SyncState::Idle,
            SyncState::Syncing,
            SyncState::Paused,
            SyncState::Error,
        ]
        .into_iter()
        .find(|known| known.as_str() == state)
        .expect("a state");
        SyncStatus::of(state)
    }

    #[test]
    fn the_menu_says_how_sync_stands_in_the_language_chosen() {
        let english = Strings::new("en-US");
        let idle = TrayText::of(&english, &status("idle"));
        assert_eq!(idle.status, "Up to date");
        assert_eq!(idle.tooltip, "Skyfolio · Up to date");
        assert_eq!(idle.pause, "Pause syncing");
        assert_eq!(idle.quit, "Quit Skyfolio");
        let paused = TrayText::of(&english, &status("paused"));
        assert_eq!(paused.status, "Sync paused");
        assert_eq!(paused.pause, "Resume syncing");
        let mut waiting = status("idle");
        waiting.uploads = 12;
        waiting.downloads = 3;
        assert_eq!(
            TrayText::of(&english, &waiting).status,
            "12 to upload, 3 to download"
        );
        // Nothing says "Up to date" while anything waits or is left out.
        let mut held = status("idle");
        held.held = 1;
        assert_eq!(
            TrayText::of(&english, &held).status,
            "A folder waits for your answer"
        );
        let mut left_out = status("idle");
        left_out.left_out = 2;
        assert_eq!(
            TrayText::of(&english, &left_out).status,
            "2 files are left out"
        );
        let mut missing = status("idle");
        missing.problems = 1;
        assert_eq!(
            TrayText::of(&english, &missing).status,
            "A folder cannot be synced"
        );
        let mut failed = status("error");
        failed.failed = 3;
        assert_eq!(
            TrayText::of(&english, &failed).status,
            "3 files could not be synced"
        );
        failed.problem = Some(skyfolio_core::Problem::new(
            skyfolio_core::Code::Unreachable,
            "no route",
        ));
        assert!(
            TrayText::of(&english, &failed)
                .status
                .starts_with("The server cannot be reached.")
        );
        let german = TrayText::of(&Strings::new("de-DE"), &status("idle"));
        assert_eq!(german.quit, "Skyfolio beenden");
        assert_ne!(german.status, idle.status);
    }
}
