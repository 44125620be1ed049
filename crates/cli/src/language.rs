//! The language the command speaks and its words: every message for a person comes from
//! `locales/<lang>/skyfolio.ftl` (the section "The command line" and the errors), as the desktop
//! app's do. The language is the person's choice kept in the home (the same setting the app's
//! Settings change), else what the terminal's environment asks for, else the OS's, else
//! English. `skyfolio language` shows and changes the choice.

use std::path::Path;
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::Args;
use skyfolio_core::{App, Home, Language};
use skyfolio_i18n::{FluentValue, Strings};

static STRINGS: OnceLock<Strings> = OnceLock::new();

/// The strings of the language chosen at start-up (English until then).
pub fn strings() -> &'static Strings {
    STRINGS.get_or_init(|| Strings::new(skyfolio_i18n::ENGLISH))
}

/// Speaks the person's language from now on: what the home keeps, else the system's.
pub fn speak_for(home: Option<&Path>) {
    let spoken = Language::resolve(kept_choice(home).as_deref(), &system_languages());
    let _ = STRINGS.set(Strings::new(&spoken.current));
}

/// The message `id` in the person's language.
pub fn text(id: &str) -> String {
    strings().get(id)
}

/// The message `id` with its arguments, in the person's language.
pub fn text_with(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    strings().format(id, args)
}

/// The language chosen in the home, if there is a home and a choice; nothing is created.
fn kept_choice(home: Option<&Path>) -> Option<String> {
    let home = Home::resolve(home)?;
    // The words are needed before any command opens its runtime, so this one is its own.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    // A home that cannot be read says nothing about the language; the command will tell why.
    runtime
        .block_on(App::language_choice_in(&home))
        .ok()
        .flatten()
}

/// This computer's language as Skyfolio matches it: a terminal's `LC_ALL`, `LC_MESSAGES` or
/// `LANG` first, else the OS's list.
fn system_languages() -> Vec<String> {
    skyfolio_i18n::environment_languages().unwrap_or_else(skyfolio_i18n::system_languages)
}

/// A language by its name in that language: "Deutsch", "العربية".
fn name_of(tag: &str) -> String {
    strings().get(&format!("language-{}", tag.to_ascii_lowercase()))
}

#[derive(Args)]
pub struct LanguageArgs {
    /// The language to speak from now on, as a tag: en-US, de-DE, fr-FR, zh-CN, ar… (the
    /// nearest one Skyfolio ships). Without it, says which is spoken and lists them all.
    #[arg(value_name = "TAG", conflicts_with = "system")]
    tag: Option<String>,
    /// Follow this computer's language again.
    #[arg(long)]
    system: bool,
}

/// `skyfolio language [TAG | --system]`: the same choice the desktop app's Settings keep.
pub fn language(setup: crate::cloud::Setup<'_>, args: LanguageArgs) -> anyhow::Result<ExitCode> {
    let choice = match (args.system, args.tag) {
        (true, _) => None,
        (false, Some(tag)) => Some(shipped(&tag)?),
        (false, None) => return show(setup.home),
    };
    crate::cloud::with_app(setup, async |app| {
        app.set_language_choice(choice).await?;
        Ok(())
    })?;
    let now = Language::resolve(choice, &system_languages()).current;
    // Said in the language chosen, as the app switches at once.
    let strings = Strings::new(&now);
    let args = [
        ("language", FluentValue::from(name_of(&now))),
        ("tag", FluentValue::from(now.as_str())),
    ];
    let said = match choice {
        Some(_) => strings.format("cli-language-set", &args),
        None => strings.format("cli-language-set-system", &args),
    };
    println!("{said}");
    Ok(ExitCode::SUCCESS)
}

/// The shipped language nearest to `tag`; an error when Skyfolio speaks nothing like it.
fn shipped(tag: &str) -> anyhow::Result<&'static str> {
    skyfolio_i18n::nearest_shipped(tag).ok_or_else(|| {
        let all: Vec<&str> = skyfolio_i18n::languages().collect();
        anyhow::anyhow!(text_with(
            "cli-language-unknown",
            &[
                ("tag", FluentValue::from(tag)),
                ("languages", FluentValue::from(all.join(", "))),
            ]
        ))
    })
}

/// Which language is spoken and why, then every language Skyfolio ships.
fn show(home: Option<&Path>) -> anyhow::Result<ExitCode> {
    let spoken = Language::resolve(kept_choice(home).as_deref(), &system_languages());
    let args = [
        ("language", FluentValue::from(name_of(&spoken.current))),
        ("tag", FluentValue::from(spoken.current.as_str())),
    ];
    let id = if spoken.chosen.is_some() {
        "cli-language-chosen"
    } else {
        "cli-language-system"
    };
    println!("{}", text_with(id, &args));
    println!("{}", text("cli-language-available"));
    for tag in &spoken.available {
        let marker = if *tag == spoken.current { "*" } else { " " };
        println!("{marker} {tag:<6} {}", name_of(tag));
    }
    Ok(ExitCode::SUCCESS)
}

/// A number with a fraction the way the language writes it: `1.5`, `1,5`.
pub fn decimal(value: f64, fraction_digits: usize) -> String {
    let written = format!("{value:.fraction_digits$}");
    written.replace('.', &text("cli-decimal-mark"))
}

/// `3.2 MB`, `1.1 GB`, `999 bytes`: decimal units, as drives and quotas are sold and as the
/// app writes sizes.
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["cli-size-kb", "cli-size-mb", "cli-size-gb", "cli-size-tb"];
    if bytes < 1000 {
        return text_with("cli-size-bytes", &[("count", FluentValue::from(bytes))]);
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    // Rounded to a tenth, 999.96 kB is 1 MB.
    while (value * 10.0).round() >= 10_000.0 && unit < UNITS.len() - 1 {
        value /= 1000.0;
        unit += 1;
    }
    let rounded = (value * 10.0).round() / 10.0;
    let amount = if rounded.fract() == 0.0 {
        format!("{rounded:.0}")
    } else {
        decimal(rounded, 1)
    };
    text_with(UNITS[unit], &[("amount", FluentValue::from(amount))])
}

/// A moment (ms since the epoch) on this computer's clock, `2024-05-01 14:03`; "never" when
/// there is none.
pub fn moment(ms: Option<i64>) -> String {
    let zone = jiff::tz::TimeZone::system();
    ms.and_then(|ms| jiff::Timestamp::from_millisecond(ms).ok())
        .map_or_else(
            || text("cli-never"),
            |t| {
                t.to_zoned_datetime(zone)
                    .strftime("%Y-%m-%d %H:%M")
                    .to_string()
            },
        )
}

/// A count as a Fluent argument, so that the message picks its plural form.
pub fn count(n: usize) -> FluentValue<'static> {
    FluentValue::from(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_written_in_decimal_units() {
        assert_eq!(size(0), "0 bytes");
        assert_eq!(size(1), "1 byte");
        assert_eq!(size(999), "999 bytes");
        assert_eq!(size(1000), "1 kB");
        assert_eq!(size(824_900), "824.9 kB");
        assert_eq!(size(999_960), "1 MB");
        assert_eq!(size(53_900_000), "53.9 MB");
        assert_eq!(size(2_000_000_000_000_000), "2000 TB");
    }
}
