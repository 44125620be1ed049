//! Errors as a person reads them: the app's message for the error's code, in their language,
//! then the technical detail (the file, the cause) so that nothing is lost.

use std::error::Error as StdError;

use skyfolio_core::describe_chain;
use skyfolio_i18n::FluentValue;

use crate::language::{strings, text_with};

/// The stable code of one of the app's errors (`not-a-folder`, `empty-file`…), if it is one.
fn code_of(error: &(dyn StdError + 'static)) -> Option<&'static str> {
    let code = if let Some(error) = error.downcast_ref::<skyfolio_core::Error>() {
        error.code()
    } else if let Some(error) = error.downcast_ref::<skyfolio_core::SyncError>() {
        error.code()
    } else if let Some(error) = error.downcast_ref::<skyfolio_core::LibraryError>() {
        error.code()
    } else if let Some(error) = error.downcast_ref::<skyfolio_media::Error>() {
        error.code()
    } else {
        return None;
    };
    Some(code.as_str())
}

/// Why something failed: the message of `code` in the person's language, with `detail` (the
/// English story, naming the file) after it. Just the detail for a code without a message.
pub fn reason(code: &str, detail: &str) -> String {
    let id = format!("error-{code}");
    if !strings().has(&id) {
        return detail.to_owned();
    }
    let message = strings().get(&id);
    if detail.is_empty() {
        return message;
    }
    text_with(
        "cli-error-detail",
        &[
            ("message", FluentValue::from(message)),
            ("detail", FluentValue::from(detail)),
        ],
    )
}

/// The reason of a failure that is printed beside its file: the detail without the file's name
/// in front, so that the name is said once.
pub fn reason_beside(path: &str, code: &str, message: &str) -> String {
    let detail = message
        .strip_prefix(path)
        .and_then(|rest| rest.strip_prefix(": "))
        .unwrap_or(message);
    reason(code, detail)
}

/// The one line `skyfolio: …` says about an error that ended a command.
pub fn describe(error: &anyhow::Error) -> String {
    let chain: Vec<&(dyn StdError + 'static)> = error.chain().collect();
    let message = match chain.first().and_then(|outer| code_of(*outer)) {
        // One of the app's errors: its message, then the whole story.
        Some(code) => reason(
            code,
            &chain
                .first()
                .map_or_else(String::new, |outer| describe_chain(*outer)),
        ),
        // The command's own words (already in the person's language), then what caused them.
        None => match chain.split_first() {
            Some((outer, [cause, ..])) => text_with(
                "cli-error-detail",
                &[
                    ("message", FluentValue::from(outer.to_string())),
                    ("detail", FluentValue::from(describe_chain(*cause))),
                ],
            ),
            _ => error.to_string(),
        },
    };
    text_with("cli-error", &[("message", FluentValue::from(message))])
}

/// The line for an error of the sync engine that a running `sync --watch` survives.
pub fn describe_sync(error: &skyfolio_core::SyncError) -> String {
    let message = reason(error.code().as_str(), &skyfolio_core::error_message(error));
    text_with("cli-error", &[("message", FluentValue::from(message))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_coded_error_says_its_message_and_keeps_the_file_and_the_cause() {
        let error = anyhow::Error::from(skyfolio_core::LibraryError::NotAFolder {
            path: "/photos/trip".into(),
            source: Some(std::io::Error::from(std::io::ErrorKind::NotFound)),
        });
        assert_eq!(
            describe(&error),
            "skyfolio: That is not a folder. (/photos/trip is not a folder: entity not found)"
        );
    }

    #[test]
    fn the_commands_own_words_lead_and_their_cause_follows() {
        let error = anyhow::Error::from(std::io::Error::from(std::io::ErrorKind::NotFound))
            .context("could not read the password");
        assert_eq!(
            describe(&error),
            "skyfolio: could not read the password (entity not found)"
        );
        assert_eq!(describe(&anyhow::anyhow!("say what")), "skyfolio: say what");
    }

    #[test]
    fn the_file_is_named_once_beside_a_failure() {
        assert_eq!(
            reason_beside(
                "/a/empty.jpg",
                "empty-file",
                "/a/empty.jpg: the file is empty"
            ),
            "This file is empty. (the file is empty)"
        );
        assert_eq!(reason_beside("x", "no-such-code", "it broke"), "it broke");
    }
}
