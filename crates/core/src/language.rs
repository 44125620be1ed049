//! Which language Skyfolio speaks: the person's choice (kept in the home, shared by the app and
//! the command line) when there is one, else the nearest shipped to what this computer asks for.
//! One rule for every shell; the words themselves come from `skyfolio-i18n`.

use serde::Serialize;

/// The language spoken, and why.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
#[serde(rename_all = "camelCase")]
pub struct Language {
    /// The language in use, one of `available`.
    pub current: String,
    /// What the person chose (its nearest shipped); `null` follows this computer's language.
    pub chosen: Option<String>,
    /// This computer's language, as Skyfolio matches it.
    pub system: String,
    /// Every language Skyfolio ships, English first.
    pub available: Vec<String>,
    /// The layout is mirrored (Arabic).
    pub right_to_left: bool,
}

impl Language {
    /// What is spoken when the person chose `chosen` (if anything) and this computer asks for
    /// `asked`, most preferred first (a desktop's OS list; a terminal's `LC_ALL`, `LANG`...).
    pub fn resolve<S: AsRef<str>>(chosen: Option<&str>, asked: &[S]) -> Language {
        let system = skyfolio_i18n::negotiate(asked);
        let chosen = chosen.map(|tag| skyfolio_i18n::negotiate(&[tag]));
        let current = chosen.unwrap_or(system);
        Language {
            current: current.to_owned(),
            chosen: chosen.map(str::to_owned),
            system: system.to_owned(),
            available: skyfolio_i18n::languages().map(str::to_owned).collect(),
            right_to_left: skyfolio_i18n::is_right_to_left(current),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_wins_over_the_computer_and_is_taken_as_its_nearest() {
        let spoken = Language::resolve(Some("de-AT"), &["fr-CA", "en"]);
        assert_eq!(spoken.current, "de-DE");
        assert_eq!(spoken.chosen.as_deref(), Some("de-DE"));
        assert_eq!(spoken.system, "fr-FR");
        assert!(!spoken.right_to_left);
        assert_eq!(spoken.available.first().map(String::as_str), Some("en-US"));

        let follows = Language::resolve(None, &["ar-EG"]);
        assert_eq!((follows.current.as_str(), follows.chosen), ("ar", None));
        assert!(follows.right_to_left);

        let unknown = Language::resolve::<&str>(None, &[]);
        assert_eq!(unknown.current, "en-US");
    }
}
