//! What the person chose for this computer, kept in the sync state's settings: the language and
//! the preferences of Settings (the window, notifications, transfers, deletions).

use serde::{Deserialize, Serialize};
use skyfolio_library::Home;
use skyfolio_sync::{DeletionPolicy, Options, State};

use crate::{App, Error};

const LANGUAGE: &str = "language";
const PREFERENCES: &str = "preferences";

/// Files at once, at most.
pub const MAX_TRANSFERS: u32 = 16;
/// The lowest bandwidth limit (bytes per second): below it transfers would only time out.
pub const MIN_LIMIT: u64 = 16 * 1024;

/// How the app behaves on this computer, as Settings shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, ts_rs::TS)]
#[serde(rename_all = "camelCase", default)]
pub struct Preferences {
    /// Closing the window leaves Skyfolio syncing in the tray.
    pub close_to_tray: bool,
    /// Skyfolio starts, in the tray, when the person logs in.
    pub start_at_login: bool,
    /// Notifications: a long sync finished, files failed, signed out, storage nearly full.
    pub notifications: bool,
    /// Files sent or fetched at once (1 to 16).
    pub transfers: u32,
    /// The most bytes per second uploads together may take; none means as fast as possible.
    pub upload_limit: Option<u64>,
    pub download_limit: Option<u64>,
    /// What to do with files deleted on one side.
    pub deletions: DeletionPolicy,
}

impl Preferences {
    /// Whether going from `before` to these preferences changes how sync runs (what it sends at
    /// once, how fast, what it does with deletions): a running sync starts again with them.
    pub fn changes_sync(&self, before: &Preferences) -> bool {
        self.transfers != before.transfers
            || self.upload_limit != before.upload_limit
            || self.download_limit != before.download_limit
            || self.deletions != before.deletions
    }
}

impl Default for Preferences {
    fn default() -> Preferences {
        let sync = Options::default();
        Preferences {
            close_to_tray: true,
            start_at_login: false,
            notifications: true,
            transfers: u32::try_from(sync.transfers).unwrap_or(4),
            upload_limit: None,
            download_limit: None,
            deletions: DeletionPolicy::Ask,
        }
    }
}

impl Preferences {
    fn check(&self) -> Result<(), Error> {
        if !(1..=MAX_TRANSFERS).contains(&self.transfers) {
            return Err(Error::InvalidSetting {
                name: "transfers",
                reason: format!("between 1 and {MAX_TRANSFERS} files at once"),
            });
        }
        for (name, limit) in [
            ("uploadLimit", self.upload_limit),
            ("downloadLimit", self.download_limit),
        ] {
            if limit.is_some_and(|rate| rate < MIN_LIMIT) {
                return Err(Error::InvalidSetting {
                    name,
                    reason: format!("at least {MIN_LIMIT} bytes per second, or no limit"),
                });
            }
        }
        Ok(())
    }
}

impl App {
    /// The language the person chose (a BCP 47 tag), if they did; else the OS's is followed.
    pub async fn language_choice(&self) -> Result<Option<String>, Error> {
        Ok(self
            .state
            .setting(LANGUAGE)
            .await?
            .filter(|tag| !tag.is_empty()))
    }

    /// The language chosen in `home`, read without opening the library or creating anything:
    /// `None` when there is no choice, or no home yet. For a shell that needs its words
    /// before (or without) opening the home.
    pub async fn language_choice_in(home: &Home) -> Result<Option<String>, Error> {
        if !State::exists_in(home.data_dir()) {
            return Ok(None);
        }
        let state = State::open(home.data_dir()).await?;
        let kept = state.setting(LANGUAGE).await;
        state.close().await;
        Ok(kept?.filter(|tag| !tag.is_empty()))
    }

    /// Keeps the language chosen; `None` follows the OS again.
    pub async fn set_language_choice(&self, tag: Option<&str>) -> Result<(), Error> {
        self.state
            .set_setting(LANGUAGE, tag.unwrap_or_default())
            .await?;
        Ok(())
    }

    /// The preferences kept, or the defaults; a value kept by a newer version that this one
    /// does not read falls back to its default.
    pub async fn preferences(&self) -> Result<Preferences, Error> {
        Ok(self
            .state
            .setting(PREFERENCES)
            .await?
            .and_then(|json| serde_json::from_str::<Preferences>(&json).ok())
            .filter(|kept| kept.check().is_ok())
            .unwrap_or_default())
    }

    /// Keeps new preferences after checking them; a running sync follows them from its next
    /// start.
    pub async fn set_preferences(&self, preferences: &Preferences) -> Result<(), Error> {
        preferences.check()?;
        let json = serde_json::to_string(preferences).map_err(|e| Error::InvalidSetting {
            name: "preferences",
            reason: e.to_string(),
        })?;
        self.state.set_setting(PREFERENCES, &json).await?;
        Ok(())
    }

    /// True only the first time it is asked about `what` in this home: for what a person is
    /// told once (closing the window leaves Skyfolio in the tray).
    pub async fn first_time(&self, what: &str) -> Result<bool, Error> {
        if self.state.setting(what).await?.is_some() {
            return Ok(false);
        }
        self.state.set_setting(what, "1").await?;
        Ok(true)
    }

    /// The sync engine's options as the preferences set them.
    pub async fn sync_options(&self) -> Result<Options, Error> {
        let preferences = self.preferences().await?;
        Ok(Options {
            transfers: usize::try_from(preferences.transfers).unwrap_or(4),
            upload_limit: preferences.upload_limit,
            download_limit: preferences.download_limit,
            deletions: preferences.deletions,
            ..Options::default()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_what_sync_uses_restarts_it() {
        let before = Preferences::default();
        let window_only = Preferences {
            close_to_tray: false,
            start_at_login: true,
            notifications: false,
            ..before.clone()
        };
        assert!(!window_only.changes_sync(&before));
        for changed in [
            Preferences {
                transfers: 8,
                ..before.clone()
            },
            Preferences {
                upload_limit: Some(1_000_000),
                ..before.clone()
            },
            Preferences {
                download_limit: Some(1_000_000),
                ..before.clone()
            },
            Preferences {
                deletions: DeletionPolicy::Never,
                ..before.clone()
            },
        ] {
            assert!(changed.changes_sync(&before), "{changed:?}");
        }
    }

    #[test]
    fn preferences_out_of_range_are_refused_with_the_setting_named() {
        assert!(Preferences::default().check().is_ok());
        let too_many = Preferences {
            transfers: 17,
            ..Preferences::default()
        };
        let error = too_many.check().expect_err("17 at once");
        assert_eq!(error.code(), crate::Code::InvalidSetting);
        assert!(error.to_string().contains("transfers"), "{error}");
        let none = Preferences {
            transfers: 0,
            ..Preferences::default()
        };
        assert!(none.check().is_err());
        let crawl = Preferences {
            download_limit: Some(1000),
            ..Preferences::default()
        };
        assert!(
            crawl
                .check()
                .expect_err("1 kB/s")
                .to_string()
                .contains("downloadLimit")
        );
    }

    #[test]
    fn preferences_kept_by_an_older_version_keep_the_rest_at_their_defaults() {
        let kept: Preferences = serde_json::from_str(r#"{"transfers": 2}"#).expect("reads");
        assert_eq!(kept.transfers, 2);
        assert!(kept.close_to_tray);
        assert_eq!(kept.deletions, DeletionPolicy::Ask);
    }
}
