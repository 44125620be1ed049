//! What the person chose for this computer, kept in the sync state's settings.

use crate::{App, Error};

const LANGUAGE: &str = "language";

impl App {
    /// The language the person chose (a BCP 47 tag), if they did; else the OS's is followed.
    pub async fn language_choice(&self) -> Result<Option<String>, Error> {
        Ok(self
            .state
            .setting(LANGUAGE)
            .await?
            .filter(|tag| !tag.is_empty()))
    }

    /// Keeps the language chosen; `None` follows the OS again.
    pub async fn set_language_choice(&self, tag: Option<&str>) -> Result<(), Error> {
        self.state
            .set_setting(LANGUAGE, tag.unwrap_or_default())
            .await?;
        Ok(())
    }
}
