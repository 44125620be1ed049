//! Updates: a release build given an address and the public key its update files are signed
//! with (`SKYFOLIO_UPDATE_ENDPOINT`, `SKYFOLIO_UPDATE_PUBKEY` when it is compiled) looks for a
//! newer version a little after it starts and twice a day, and the page offers to install it.
//! A build without both never asks anyone anything. Nothing is installed without the person's
//! yes, and Tauri's updater refuses a file whose signature the key does not verify.

use std::sync::Mutex;
use std::time::Duration;

use serde::Serialize;
use tauri::{AppHandle, Manager, Runtime, Url};
use tauri_plugin_updater::UpdaterExt;

/// How long after the start the first look waits: the first sync comes first.
const FIRST_LOOK: Duration = Duration::from_secs(60);
/// Then how often.
const EVERY: Duration = Duration::from_secs(12 * 60 * 60);

/// Where updates come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UpdateSource {
    pub endpoint: Url,
    pub pubkey: String,
}

/// The source a build was given: both an `https` address and a key, or none at all (a build
/// for development, or one whose maker keeps no update server).
pub fn update_source(endpoint: Option<&str>, pubkey: Option<&str>) -> Option<UpdateSource> {
    let endpoint = Url::parse(endpoint?.trim()).ok()?;
    let pubkey = pubkey?.trim();
    (endpoint.scheme() == "https" && !pubkey.is_empty()).then(|| UpdateSource {
        endpoint,
        pubkey: pubkey.to_owned(),
    })
}

/// This build's source.
pub fn configured() -> Option<UpdateSource> {
    update_source(
        option_env!("SKYFOLIO_UPDATE_ENDPOINT"),
        option_env!("SKYFOLIO_UPDATE_PUBKEY"),
    )
}

/// A newer version, as the page shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct AvailableUpdate {
    pub version: String,
    /// What is new, as its maker wrote it.
    pub notes: Option<String>,
}

/// The update found, if any (managed whether updates are on or not).
#[derive(Default)]
pub struct Updates {
    found: Mutex<Option<tauri_plugin_updater::Update>>,
}

impl Updates {
    pub fn available(&self) -> Option<AvailableUpdate> {
        let found = self.found.lock().unwrap_or_else(|e| e.into_inner());
        found.as_ref().map(|update| AvailableUpdate {
            version: update.version.clone(),
            notes: update.body.clone(),
        })
    }

    fn take(&self) -> Option<tauri_plugin_updater::Update> {
        self.found.lock().unwrap_or_else(|e| e.into_inner()).take()
    }

    fn keep(&self, update: tauri_plugin_updater::Update) {
        *self.found.lock().unwrap_or_else(|e| e.into_inner()) = Some(update);
    }
}

/// The updater plugin for `source`.
pub fn plugin<R: Runtime>(
    source: &UpdateSource,
) -> tauri::plugin::TauriPlugin<R, tauri_plugin_updater::Config> {
    tauri_plugin_updater::Builder::new()
        .pubkey(source.pubkey.clone())
        .build()
}

/// Looks for a newer version now and then, in the background, and tells the page.
pub fn look_now_and_then<R: Runtime>(handle: &AppHandle<R>, source: UpdateSource) {
    let handle = handle.clone();
    tauri::async_runtime::spawn(async move {
        tokio::time::sleep(FIRST_LOOK).await;
        loop {
            match look(&handle, &source).await {
                Ok(Some(found)) => {
                    crate::events::emit::<crate::events::UpdateFound, _>(&handle, &found);
                }
                Ok(None) => {}
                Err(error) => tracing::info!("no word on updates: {error}"),
            }
            tokio::time::sleep(EVERY).await;
        }
    });
}

async fn look<R: Runtime>(
    handle: &AppHandle<R>,
    source: &UpdateSource,
) -> Result<Option<AvailableUpdate>, tauri_plugin_updater::Error> {
    let updater = handle
        .updater_builder()
        .endpoints(vec![source.endpoint.clone()])?
        .build()?;
    let Some(update) = updater.check().await? else {
        return Ok(None);
    };
    let updates = handle.state::<Updates>();
    updates.keep(update);
    Ok(updates.available())
}

/// Downloads the update found, checks its signature, installs it and starts the new version.
pub async fn install<R: Runtime>(handle: &AppHandle<R>) -> Result<(), crate::CommandError> {
    let update = handle.state::<Updates>().take().ok_or_else(|| {
        crate::CommandError::new(
            skyfolio_core::Code::NoUpdate,
            "no newer version was found to install",
        )
    })?;
    if let Err(error) = update.download_and_install(|_, _| {}, || {}).await {
        // Kept, to try again.
        let message = error.to_string();
        handle.state::<Updates>().keep(update);
        return Err(crate::CommandError::new(
            skyfolio_core::Code::UpdateFailed,
            message,
        ));
    }
    handle.restart()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn updates_need_an_https_address_and_a_key() {
        let key = "dW50cnVzdGVkIGNvbW1lbnQ6IG1pbmlzaWdu";
        let source = update_source(
            Some("https://updates.example.org/{{target}}/{{current_version}}"),
            Some(key),
        )
        .expect("both given");
        assert_eq!(source.endpoint.scheme(), "https");
        assert_eq!(source.pubkey, key);
        assert_eq!(update_source(None, Some(key)), None);
        assert_eq!(
            update_source(Some("https://updates.example.org"), None),
            None
        );
        assert_eq!(
            update_source(Some("https://updates.example.org"), Some("  ")),
            None
        );
        // Update files over plain HTTP could be swapped on the way; the signature would refuse
        // them, but nobody should be asked to try.
        assert_eq!(
            update_source(Some("http://updates.example.org"), Some(key)),
            None
        );
        assert_eq!(update_source(Some("not an address"), Some(key)), None);
        assert_eq!(update_source(Some(""), Some(key)), None);
    }

    #[test]
    fn this_build_has_no_update_source_unless_given_one() {
        let given = option_env!("SKYFOLIO_UPDATE_ENDPOINT").is_some()
            && option_env!("SKYFOLIO_UPDATE_PUBKEY").is_some();
        if !given {
            assert_eq!(configured(), None);
        }
        assert_eq!(Updates::default().available(), None);
    }
}
