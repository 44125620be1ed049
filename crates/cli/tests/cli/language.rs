//! The command in the person's language: the choice kept in the home (the one the desktop app's
//! Settings change), else the terminal's environment, else English.

use std::path::Path;
use std::process::{Command, Output};

use crate::{command, corpus, json_lines};

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The command as it runs in a German terminal (`LANG=de_DE.UTF-8`, nothing overriding it).
fn in_german() -> Command {
    let mut command = command();
    command
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANGUAGE")
        .env("LANG", "de_DE.UTF-8");
    command
}

/// What the desktop app would read as the person's choice in `home`.
fn choice_kept_in(home: &Path) -> Option<String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime");
    runtime
        .block_on(skyfolio_core::App::language_choice_in(
            &skyfolio_core::Home::at(home),
        ))
        .expect("the choice reads")
}

#[test]
fn a_language_chosen_is_kept_in_the_home_and_spoken_from_then_on() {
    let home = tempfile::tempdir().expect("home");
    let run = |args: &[&str]| {
        command()
            .arg("--home")
            .arg(home.path())
            .arg("--no-keychain")
            .args(args)
            .output()
            .expect("skyfolio runs")
    };

    // Nothing chosen: this computer's language, English here; looking creates nothing.
    let shown = run(&["language"]);
    assert!(shown.status.success(), "{}", stderr(&shown));
    let text = stdout(&shown);
    assert!(
        text.starts_with("English (en-US), this computer’s language"),
        "{text}"
    );
    assert!(text.contains("* en-US  English\n"), "{text}");
    assert!(text.contains("  de-DE  Deutsch\n"), "{text}");
    assert!(text.contains("  ar     العربية\n"), "{text}");
    assert!(!home.path().join("sync.db").exists());

    // Chosen: said in German at once, and every command speaks German after it, although the
    // environment asks for the program's own words.
    let chosen = run(&["language", "de-DE"]);
    assert!(chosen.status.success(), "{}", stderr(&chosen));
    assert_eq!(
        stdout(&chosen),
        "Skyfolio spricht ab jetzt Deutsch (de-DE), hier und in der App\n"
    );
    assert_eq!(choice_kept_in(home.path()).as_deref(), Some("de-DE"));
    let status = run(&["status"]);
    assert!(status.status.success(), "{}", stderr(&status));
    let text = stdout(&status);
    assert!(text.starts_with("nicht angemeldet\n"), "{text}");
    assert!(text.contains("zuletzt abgeglichen: nie"), "{text}");
    let shown = stdout(&run(&["language"]));
    assert!(
        shown.starts_with("Deutsch (de-DE), hier gewählt"),
        "{shown}"
    );
    assert!(shown.contains("* de-DE  Deutsch\n"), "{shown}");

    // The nearest language Skyfolio ships is taken; one it speaks nothing like is refused, in
    // the language spoken, and the choice stays.
    let nearest = run(&["language", "fr-CA"]);
    assert!(nearest.status.success(), "{}", stderr(&nearest));
    assert!(stdout(&nearest).contains("(fr-FR)"), "{}", stdout(&nearest));
    let refused = run(&["language", "tlh"]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        stderr(&refused).starts_with("skyfolio : Skyfolio ne parle pas tlh ;"),
        "{}",
        stderr(&refused)
    );
    assert_eq!(choice_kept_in(home.path()).as_deref(), Some("fr-FR"));

    // --system follows the environment again.
    let back = run(&["language", "--system"]);
    assert!(back.status.success(), "{}", stderr(&back));
    assert_eq!(
        stdout(&back),
        "Skyfolio follows this computer’s language again: English (en-US)\n"
    );
    assert_eq!(choice_kept_in(home.path()), None);
    assert!(stdout(&run(&["status"])).starts_with("not signed in\n"));
}

#[test]
fn the_terminals_language_is_spoken_and_an_error_still_names_its_file() {
    let files = [
        corpus().join("bad/zero_bytes.jpg"),
        corpus().join("jpeg/apple_iphone4.jpg"),
    ];
    let described = in_german()
        .arg("info")
        .args(&files)
        .output()
        .expect("skyfolio runs");
    assert_eq!(described.status.code(), Some(1));
    let text = stdout(&described);
    // The app's message for the code, then the detail; the file is named.
    assert!(
        text.contains("zero_bytes.jpg\n  Fehler: Diese Datei ist leer. (the file is empty)\n"),
        "{text}"
    );
    assert!(text.contains("  Foto (image/jpeg), "), "{text}");
    assert!(text.contains("2 Dateien, davon 1 nicht lesbar"), "{text}");

    // What programs read does not change with the language.
    let json = in_german()
        .args(["info", "--json"])
        .args(&files)
        .output()
        .expect("skyfolio runs");
    let lines = json_lines(&json);
    assert_eq!(lines[0]["error"]["code"], "empty-file");
    assert!(
        lines[0]["error"]["message"]
            .as_str()
            .is_some_and(|m| m.ends_with("zero_bytes.jpg: the file is empty")),
        "{}",
        lines[0]
    );
    assert_eq!(lines[1]["kind"], "photo");

    // An error that ends a command: the message in German, the folder and the cause after it.
    let home = tempfile::tempdir().expect("home");
    let missing = home.path().join("Fotos von Anna");
    let refused = in_german()
        .arg("--home")
        .arg(home.path())
        .arg("folder")
        .arg("add")
        .arg(&missing)
        .output()
        .expect("skyfolio runs");
    assert_eq!(refused.status.code(), Some(2));
    let said = stderr(&refused);
    assert!(
        said.starts_with("skyfolio: Das ist kein Ordner. ("),
        "{said}"
    );
    assert!(said.contains(&missing.display().to_string()), "{said}");

    // LC_ALL wins over LANG, and C asks for the program's own words.
    let english = in_german()
        .env("LC_ALL", "C")
        .arg("info")
        .args(&files)
        .output()
        .expect("skyfolio runs");
    assert!(
        stdout(&english).contains("  error: This file is empty. (the file is empty)\n"),
        "{}",
        stdout(&english)
    );
}
