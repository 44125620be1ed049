//! The commands the web UI calls. Each takes the shell's state, calls one `skyfolio-core`
//! function and maps the error; nothing here decides anything.

use std::path::PathBuf;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use skyfolio_core::{
    Album, CameraStorage, DiagnosticsReport, FolderMode, HeldAnswer, KindFilter, Language,
    LinkedFolder, OperationId, OperationProgress, PhoneAccess, Preferences, SavedReport, Selection,
    SignIn, Space, Status, SyncStatus, TakeoutReport, TakeoutReview, TakeoutStarted, TimelinePage,
    TrashEntry,
};
use skyfolio_core::{Device, DeviceId, MediaId, UploadId};
use tauri::{AppHandle, Runtime, State};

use crate::CommandError;
use crate::events::{self, LanguageChanged, OperationMoved, TimelineChanged};
use crate::shell::Shell;

type Answer<T> = Result<T, CommandError>;

/// Who this computer is signed in as, if anyone.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Welcome {
    pub signed_in: bool,
    pub server: Option<String>,
    pub email: Option<String>,
    pub device_name: Option<String>,
    /// The account is this computer's own local cloud.
    pub local_cloud: bool,
    /// Where videos play from: `<videoBase>/<hash>` (a loopback address; see `stream`).
    pub video_base: Option<String>,
}

async fn welcome_of(shell: &Shell) -> Answer<Welcome> {
    let account = shell.app.account().await?;
    let local_cloud = shell.app.uses_local_cloud().await?;
    Ok(Welcome {
        signed_in: account.is_some(),
        server: account.as_ref().map(|a| a.server.clone()),
        email: account.as_ref().map(|a| a.email.clone()),
        device_name: account.as_ref().map(|a| a.device_name.clone()),
        local_cloud: local_cloud && account.is_some(),
        video_base: shell.video.get().map(|v| v.base().to_owned()),
    })
}

#[tauri::command]
pub async fn welcome(shell: State<'_, Shell>) -> Answer<Welcome> {
    welcome_of(&shell).await
}

/// Runs the cloud inside the app, signs in to it and starts syncing.
#[tauri::command]
pub async fn use_local_cloud(shell: State<'_, Shell>) -> Answer<Welcome> {
    shell.sync.use_local_cloud().await?;
    welcome_of(&shell).await
}

#[tauri::command]
pub async fn sign_in(
    shell: State<'_, Shell>,
    server: String,
    email: String,
    password: String,
    register: bool,
    invite: Option<String>,
) -> Answer<Welcome> {
    shell
        .sync
        .sign_in(SignIn {
            server,
            email,
            password,
            register,
            invite,
            device_name: None,
        })
        .await?;
    welcome_of(&shell).await
}

/// Signs out; `keep_photos` false also moves what is safely in the cloud to the trash here.
#[tauri::command]
pub async fn sign_out<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    keep_photos: bool,
) -> Answer<Welcome> {
    shell.sync.sign_out(!keep_photos).await?;
    events::emit::<TimelineChanged, _>(&handle, &());
    welcome_of(&shell).await
}

/// How phones on this network reach the local cloud; while they can, with a new one-time
/// sign-in for one (the previous code stops working).
#[tauri::command]
pub async fn phone_access(shell: State<'_, Shell>) -> Answer<PhoneAccess> {
    Ok(shell.sync.phone_access().await?)
}

/// Lets phones on this network reach the local cloud, or stops it at once (connections
/// through it end too). The choice is kept for the next start.
#[tauri::command]
pub async fn set_phone_access(shell: State<'_, Shell>, on: bool) -> Answer<PhoneAccess> {
    Ok(shell.sync.set_phone_access(on).await?)
}

/// A new one-time sign-in for a phone; the one shown before stops working.
#[tauri::command]
pub async fn new_pairing(shell: State<'_, Shell>) -> Answer<PhoneAccess> {
    Ok(shell.sync.phone_access().await?)
}

#[tauri::command]
pub fn sync_status(shell: State<'_, Shell>) -> SyncStatus {
    shell.status()
}

/// One page of the timeline: everything on this computer and in the cloud, newest first.
#[tauri::command]
pub async fn timeline(
    shell: State<'_, Shell>,
    after: Option<String>,
    limit: u32,
    filter: KindFilter,
) -> Answer<TimelinePage> {
    Ok(shell.app.timeline(after.as_deref(), limit, filter).await?)
}

#[tauri::command]
pub async fn albums(shell: State<'_, Shell>) -> Answer<Vec<Album>> {
    Ok(shell.app.albums().await?)
}

fn reports<R: Runtime>(handle: &AppHandle<R>) -> skyfolio_core::ProgressReports {
    let handle = handle.clone();
    Arc::new(move |progress: OperationProgress| {
        events::emit::<OperationMoved, _>(&handle, &progress);
    })
}

/// Sends dropped (or picked) files and folders to an album; progress arrives as events.
#[tauri::command]
pub async fn upload<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    paths: Vec<PathBuf>,
    album: Option<String>,
) -> Answer<OperationId> {
    let album = album.filter(|a| !a.trim().is_empty());
    Ok(shell.app.start_upload(paths, album, reports(&handle)))
}

/// What to download.
#[derive(Debug, Clone, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", tag = "kind")]
pub enum DownloadSelection {
    All,
    Album { name: String },
    Items { ids: Vec<String> },
}

#[tauri::command]
pub async fn download<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    selection: DownloadSelection,
    to: PathBuf,
) -> Answer<OperationId> {
    let selection = match selection {
        DownloadSelection::All => Selection::All,
        DownloadSelection::Album { name } => Selection::Album(name),
        DownloadSelection::Items { ids } => Selection::Ids(ids),
    };
    Ok(shell.app.start_download(selection, to, reports(&handle)))
}

// Pause, resume and cancel are async commands on purpose: their report must reach the page
// after the reports the transfer made before them. A synchronous command runs on the main
// thread, where an event is handed to the page at once, while the transfer's own reports, from
// other threads, wait in the event loop's queue: the older report then landed last and the card
// said "Uploading" over a paused upload. From the async runtime every report takes the queue,
// in the order the operation's lock gave them.

#[tauri::command]
pub async fn pause_operation(shell: State<'_, Shell>, id: OperationId) -> Answer<bool> {
    Ok(shell.app.set_operation_running(id, false))
}

#[tauri::command]
pub async fn resume_operation(shell: State<'_, Shell>, id: OperationId) -> Answer<bool> {
    Ok(shell.app.set_operation_running(id, true))
}

#[tauri::command]
pub async fn cancel_operation(shell: State<'_, Shell>, id: OperationId) -> Answer<bool> {
    Ok(shell.app.cancel_operation(id))
}

/// The recycle bin, each item with the days it has left.
#[tauri::command]
pub async fn trash(shell: State<'_, Shell>) -> Answer<Vec<TrashEntry>> {
    Ok(shell.app.recycle_bin().await?)
}

/// Sends cloud items to the recycle bin.
#[tauri::command]
pub async fn move_to_trash<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    ids: Vec<MediaId>,
) -> Answer<usize> {
    let done = shell.app.move_to_trash(&ids).await?;
    events::emit::<TimelineChanged, _>(&handle, &());
    Ok(done)
}

#[tauri::command]
pub async fn restore<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    ids: Vec<MediaId>,
) -> Answer<usize> {
    for id in &ids {
        shell.app.restore(id).await?;
    }
    events::emit::<TimelineChanged, _>(&handle, &());
    Ok(ids.len())
}

#[tauri::command]
pub async fn delete_forever(shell: State<'_, Shell>, ids: Vec<MediaId>) -> Answer<usize> {
    for id in &ids {
        shell.app.delete_forever(id).await?;
    }
    Ok(ids.len())
}

#[tauri::command]
pub async fn empty_trash(shell: State<'_, Shell>) -> Answer<()> {
    Ok(shell.app.empty_trash().await?)
}

#[tauri::command]
pub async fn space(shell: State<'_, Shell>) -> Answer<Space> {
    Ok(shell.app.space().await?)
}

#[tauri::command]
pub async fn devices(shell: State<'_, Shell>) -> Answer<Vec<Device>> {
    Ok(shell.app.devices().await?)
}

#[tauri::command]
pub async fn rename_twin(shell: State<'_, Shell>, path: String) -> Answer<String> {
    Ok(shell.app.rename_twin(&path).await?)
}

/// Brings a file a cloud drive keeps online only onto this computer, then syncs (unless paused).
#[tauri::command]
pub async fn keep_here(shell: State<'_, Shell>, path: PathBuf) -> Answer<()> {
    shell.app.keep_here(&path).await?;
    Ok(shell.sync.restart_sync().await?)
}

#[tauri::command]
pub async fn cancel_upload(shell: State<'_, Shell>, id: UploadId) -> Answer<()> {
    Ok(shell.app.cancel_upload(&id).await?)
}

#[tauri::command]
pub async fn unlink_device(shell: State<'_, Shell>, id: DeviceId) -> Answer<()> {
    Ok(shell.app.unlink_device(&id).await?)
}

#[tauri::command]
pub async fn folders(shell: State<'_, Shell>) -> Answer<Vec<LinkedFolder>> {
    Ok(shell.app.folders().await?)
}

#[tauri::command]
pub async fn add_folder(
    shell: State<'_, Shell>,
    path: PathBuf,
    mode: FolderMode,
) -> Answer<LinkedFolder> {
    let linked = shell.app.add_folder(&path, mode, None).await?;
    shell.sync.restart_sync().await?;
    Ok(linked)
}

/// Runs a pass now rather than at the next change.
#[tauri::command]
pub async fn sync_now(shell: State<'_, Shell>) -> Answer<()> {
    // Asked for by hand: a pause ends.
    shell.sync.set_paused(false).await?;
    Ok(())
}

/// What the tray shows now: its words and its state (`null` without a tray).
#[tauri::command]
pub async fn tray<R: Runtime>(handle: AppHandle<R>) -> Option<TrayShown> {
    let tray = tauri::Manager::try_state::<crate::tray::Tray<R>>(&handle)?;
    let (text, state, states, statuses) = tray.shown();
    Some(TrayShown {
        text,
        state,
        states,
        statuses,
    })
}

/// What the tray shows, for the window's tests.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
pub struct TrayShown {
    pub text: crate::tray::TrayText,
    pub state: String,
    /// The states it went through, oldest first.
    pub states: Vec<String>,
    /// The status words it showed, oldest first.
    pub statuses: Vec<String>,
}

/// The language of the window (and of what Rust shows: the tray, notifications): the person's
/// choice, else this computer's.
pub(crate) async fn language_of(shell: &Shell) -> Answer<Language> {
    let chosen = shell.app.language_choice().await?;
    Ok(Language::resolve(
        chosen.as_deref(),
        &skyfolio_i18n::system_languages(),
    ))
}

#[tauri::command]
pub async fn language(shell: State<'_, Shell>) -> Answer<Language> {
    language_of(&shell).await
}

/// Switches the language at once, everywhere, and keeps the choice; `null` follows this
/// computer again. A language Skyfolio does not ship is taken as its nearest, or English.
#[tauri::command]
pub async fn set_language<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    language: Option<String>,
) -> Answer<Language> {
    switch_language(&handle, &shell, language.as_deref()).await
}

/// Keeps the language chosen (its nearest shipped) and tells the window and the tray.
pub(crate) async fn switch_language<R: Runtime>(
    handle: &AppHandle<R>,
    shell: &Shell,
    tag: Option<&str>,
) -> Answer<Language> {
    let tag = tag.map(|tag| skyfolio_i18n::negotiate(&[tag]));
    shell.app.set_language_choice(tag).await?;
    let language = language_of(shell).await?;
    events::emit::<LanguageChanged, _>(handle, &language);
    Ok(language)
}

/// Settings: how the app behaves on this computer.
#[tauri::command]
pub async fn preferences(shell: State<'_, Shell>) -> Answer<Preferences> {
    Ok(shell.app.preferences().await?)
}

/// Keeps new preferences and follows them at once: start at login, closing to the tray, and a
/// running sync restarted with the new transfer settings.
#[tauri::command]
pub async fn set_preferences<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    preferences: Preferences,
) -> Answer<Preferences> {
    let before = shell.app.preferences().await?;
    shell.app.set_preferences(&preferences).await?;
    apply_preferences(&handle, &shell, &preferences);
    if preferences.changes_sync(&before) {
        shell.sync.restart_sync().await?;
    }
    Ok(preferences)
}

/// What the preferences change outside the database: the login item and the close button.
pub(crate) fn apply_preferences<R: Runtime>(
    handle: &AppHandle<R>,
    shell: &Shell,
    preferences: &Preferences,
) {
    shell.close_to_tray.store(
        preferences.close_to_tray,
        std::sync::atomic::Ordering::Relaxed,
    );
    if let Some(login) =
        tauri::Manager::try_state::<tauri_plugin_autostart::AutoLaunchManager>(handle)
    {
        let now = login.is_enabled().unwrap_or(false);
        let done = match (preferences.start_at_login, now) {
            (true, false) => login.enable(),
            (false, true) => login.disable(),
            _ => Ok(()),
        };
        if let Err(error) = done {
            tracing::warn!("starting at login could not be changed: {error}");
        }
    }
}

#[tauri::command]
pub async fn set_folder_mode(
    shell: State<'_, Shell>,
    path: PathBuf,
    mode: FolderMode,
) -> Answer<LinkedFolder> {
    let linked = shell.app.set_folder_mode(&path, mode).await?;
    shell.sync.restart_sync().await?;
    Ok(linked)
}

#[tauri::command]
pub async fn set_folder_paused(
    shell: State<'_, Shell>,
    path: PathBuf,
    paused: bool,
) -> Answer<LinkedFolder> {
    let linked = shell.app.set_folder_paused(&path, paused).await?;
    shell.sync.restart_sync().await?;
    Ok(linked)
}

/// Stops syncing a folder; its files stay where they are, and in the cloud.
#[tauri::command]
pub async fn remove_folder<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    path: PathBuf,
) -> Answer<()> {
    shell.app.remove_folder(&path).await?;
    shell.sync.restart_sync().await?;
    events::emit::<TimelineChanged, _>(&handle, &());
    Ok(())
}

/// Bytes the thumbnail cache takes.
#[tauri::command]
pub async fn thumbnail_cache(shell: State<'_, Shell>) -> Answer<u64> {
    Ok(shell.app.thumbnail_cache_size().await)
}

#[tauri::command]
pub async fn clear_thumbnail_cache(shell: State<'_, Shell>) -> Answer<u64> {
    shell.app.clear_thumbnail_cache().await?;
    Ok(shell.app.thumbnail_cache_size().await)
}

/// Sync health: what waits, what failed and why, what is held, when all was last in step.
#[tauri::command]
pub async fn health(shell: State<'_, Shell>) -> Answer<Status> {
    Ok(shell.app.status().await?)
}

/// Tries every failed file again now.
#[tauri::command]
pub async fn retry_failed(shell: State<'_, Shell>) -> Answer<u64> {
    let count = shell.app.retry_failed().await?;
    shell.sync.set_paused(false).await?;
    Ok(count)
}

/// The person answers what sync held back in one folder, as it was shown to them (its
/// fingerprint): exactly those deletions are carried out, or those files brought back. The
/// background sync waits meanwhile.
#[tauri::command]
pub async fn answer_held<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    folder: PathBuf,
    fingerprint: String,
    answer: HeldAnswer,
) -> Answer<Status> {
    let answered = shell
        .sync
        .without_sync(shell.app.answer_held(&folder, &fingerprint, answer))
        .await?;
    events::emit::<TimelineChanged, _>(&handle, &());
    answered?;
    Ok(shell.app.status().await?)
}

/// Saves the diagnostics bundle where the person chose.
#[tauri::command]
pub async fn save_diagnostics(shell: State<'_, Shell>, path: PathBuf) -> Answer<DiagnosticsReport> {
    Ok(shell
        .app
        .save_diagnostics(&path, env!("CARGO_PKG_VERSION"))
        .await?)
}

/// The notifications this run showed (or would have, with notifications off), oldest first.
#[tauri::command]
pub fn notices(shell: State<'_, Shell>) -> Vec<crate::notices::Shown> {
    shell.notices.shown()
}

/// Camera cards, USB sticks and phones mounted now that show a `DCIM` folder.
#[tauri::command]
pub async fn camera_storage(shell: State<'_, Shell>) -> Answer<Vec<CameraStorage>> {
    let app = shell.app.clone();
    Ok(
        tauri::async_runtime::spawn_blocking(move || app.camera_storage())
            .await
            .unwrap_or_default(),
    )
}

/// Starts backing up a phone or camera card; progress arrives as events.
#[tauri::command]
pub async fn import_device<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    path: PathBuf,
) -> Answer<OperationId> {
    Ok(shell.app.start_device_import(path, reports(&handle)))
}

/// What freeing a phone, a card or a backup folder would remove (the files whose content the
/// cloud confirms), or what it removed.
#[derive(Debug, Clone, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct DeviceSpace {
    /// Files that may go (`device_space`, `folder_space`) or went (`free_device`,
    /// `free_folder`), and their bytes.
    pub files: usize,
    pub bytes: u64,
    /// Files kept (changed since, or not confirmed), and why.
    pub kept: Vec<skyfolio_core::Failure>,
}

impl DeviceSpace {
    fn of(confirmed: &[skyfolio_core::Confirmed]) -> DeviceSpace {
        DeviceSpace {
            files: confirmed.len(),
            bytes: confirmed.iter().map(|c| c.size).sum(),
            kept: Vec::new(),
        }
    }

    async fn free(shell: &Shell, confirmed: Vec<skyfolio_core::Confirmed>) -> Answer<DeviceSpace> {
        let paths: Vec<PathBuf> = confirmed.into_iter().map(|c| c.path).collect();
        let report = shell.app.free_device(&paths).await?;
        Ok(DeviceSpace {
            files: report.removed.len(),
            bytes: report.bytes,
            kept: report.kept,
        })
    }
}

#[tauri::command]
pub async fn device_space(shell: State<'_, Shell>, path: PathBuf) -> Answer<DeviceSpace> {
    Ok(DeviceSpace::of(
        &shell.app.confirmed_on_device(&path).await?,
    ))
}

/// Removes from a phone or card the files whose content the cloud confirms now.
#[tauri::command]
pub async fn free_device(shell: State<'_, Shell>, path: PathBuf) -> Answer<DeviceSpace> {
    let confirmed = shell.app.confirmed_on_device(&path).await?;
    DeviceSpace::free(&shell, confirmed).await
}

/// Which files of a backup folder may go to free this computer's space.
#[derive(Debug, Clone, Copy, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct FreeChoice {
    /// Only files not changed for this many days.
    pub older_than_days: Option<u32>,
    /// Only files larger than this many bytes.
    pub larger_than: Option<u64>,
}

impl FreeChoice {
    async fn confirmed(
        self,
        shell: &Shell,
        folder: &std::path::Path,
    ) -> Answer<Vec<skyfolio_core::Confirmed>> {
        let older = self
            .older_than_days
            .map(|days| std::time::Duration::from_secs(u64::from(days) * 86_400));
        Ok(shell
            .app
            .confirmed_in_folder(folder, older, self.larger_than)
            .await?)
    }
}

/// What freeing space in a backup folder would remove: its files the cloud confirms, by age
/// or size.
#[tauri::command]
pub async fn folder_space(
    shell: State<'_, Shell>,
    path: PathBuf,
    choice: FreeChoice,
) -> Answer<DeviceSpace> {
    Ok(DeviceSpace::of(&choice.confirmed(&shell, &path).await?))
}

/// Removes from a backup folder the files the cloud confirms now (by age or size), through
/// the OS trash: they stay in the timeline as cloud items.
#[tauri::command]
pub async fn free_folder(
    shell: State<'_, Shell>,
    path: PathBuf,
    choice: FreeChoice,
) -> Answer<DeviceSpace> {
    let confirmed = choice.confirmed(&shell, &path).await?;
    DeviceSpace::free(&shell, confirmed).await
}

/// What importing a Google Takeout would bring, read from its names and JSON alone.
#[tauri::command]
pub async fn review_takeout(shell: State<'_, Shell>, paths: Vec<PathBuf>) -> Answer<TakeoutReview> {
    Ok(shell.app.plan_takeout_import(&paths).await?)
}

/// Starts importing a Google Takeout; progress arrives as events, and the report (every item
/// and what became of it) is saved when it ends, for `takeout_report`.
#[tauri::command]
pub async fn import_takeout<R: Runtime>(
    handle: AppHandle<R>,
    shell: State<'_, Shell>,
    paths: Vec<PathBuf>,
) -> Answer<TakeoutStarted> {
    Ok(shell.app.start_takeout_import(paths, reports(&handle))?)
}

/// The report of an ended Takeout import, by the name `import_takeout` answered.
#[tauri::command]
pub async fn takeout_report(shell: State<'_, Shell>, name: String) -> Answer<TakeoutReport> {
    Ok(shell.app.takeout_report(&name).await?)
}

/// The reports of earlier Takeout imports, newest first.
#[tauri::command]
pub async fn takeout_reports(shell: State<'_, Shell>) -> Answer<Vec<SavedReport>> {
    Ok(shell.app.takeout_reports().await?)
}

/// A newer version of Skyfolio found and not installed yet, if any (never, in a build without an
/// update source).
#[tauri::command]
pub fn update_available(
    updates: State<'_, crate::updates::Updates>,
) -> Option<crate::updates::AvailableUpdate> {
    updates.available()
}

/// Installs the newer version found, once its signature is verified, and starts it.
#[tauri::command]
pub async fn install_update<R: Runtime>(handle: AppHandle<R>) -> Answer<()> {
    crate::updates::install(&handle).await
}
