//! The strings people see, in their language. `locales/<lang>/skyfolio.ftl` is their one home:
//! the UI reads those files, and so does Rust (the tray, notifications, the `skyfolio` command)
//! through this crate, which builds them in. It also picks the language: the person's choice
//! when they made one, else the best match for the OS's languages, else English. Where the
//! choice is kept is not its business (`skyfolio-core` keeps it).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

pub use fluent_bundle::FluentValue;

/// The language everything falls back to.
pub const ENGLISH: &str = "en-US";

macro_rules! shipped {
    ($($tag:literal),* $(,)?) => {
        /// Every language Skyfolio ships, with its Fluent source.
        const SHIPPED: &[(&str, &str)] = &[
            $(($tag, include_str!(concat!("../../../locales/", $tag, "/skyfolio.ftl")))),*
        ];
    };
}

shipped!(
    "en-US", "zh-CN", "ru-RU", "es-ES", "pt-BR", "hi-IN", "id-ID", "de-DE", "fr-FR", "ar",
);

/// The languages Skyfolio ships, by their tags (`en-US`, `ar`…), English first.
pub fn languages() -> impl Iterator<Item = &'static str> {
    SHIPPED.iter().map(|(tag, _)| *tag)
}

/// Languages written right to left, whose layout is mirrored.
pub fn is_right_to_left(language: &str) -> bool {
    let primary = language.split(['-', '_']).next().unwrap_or_default();
    matches!(primary, "ar" | "he" | "fa" | "ur")
}

/// This computer's preferred languages, most preferred first: on Linux and the BSDs what the
/// environment asks for ([`environment_languages`]), on Windows and macOS the user's list.
pub fn system_languages() -> Vec<String> {
    let names = if cfg!(all(
        unix,
        not(any(
            target_os = "macos",
            target_os = "ios",
            target_os = "android"
        ))
    )) {
        environment_languages().unwrap_or_default()
    } else {
        sys_locale::get_locales().collect()
    };
    tags(names)
}

/// The languages the environment asks for, most preferred first, read as gettext reads them:
/// the locale of messages is `LC_ALL`, else `LC_MESSAGES`, else `LANG`; `C` or `POSIX` there
/// means no translation, whatever `LANGUAGE` says; otherwise `LANGUAGE`'s list comes first.
/// `None` when none of the three is set, so that a program run from a terminal can tell "the
/// environment says nothing" from "the environment says English".
pub fn environment_languages() -> Option<Vec<String>> {
    posix_languages(|name| std::env::var(name).ok())
}

fn posix_languages(var: impl Fn(&str) -> Option<String>) -> Option<Vec<String>> {
    let set = |name: &str| var(name).filter(|value| !value.is_empty());
    let locale = set("LC_ALL")
        .or_else(|| set("LC_MESSAGES"))
        .or_else(|| set("LANG"))?;
    let mut names = Vec::new();
    if !is_untranslated(&locale) {
        if let Some(list) = set("LANGUAGE") {
            names.extend(list.split(':').map(str::to_owned));
        }
        names.push(locale);
    }
    Some(tags(names))
}

/// `C`, `POSIX` and `C.UTF-8` ask for the program's own words.
fn is_untranslated(locale: &str) -> bool {
    matches!(posix_base(locale), "C" | "POSIX")
}

fn posix_base(name: &str) -> &str {
    name.split(['.', '@']).next().unwrap_or_default()
}

/// POSIX names (`de_DE.UTF-8`, `C`) become BCP 47 tags; `C`/`POSIX` mean nothing.
fn tags(names: Vec<String>) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for name in names {
        let tag = posix_base(&name).replace('_', "-");
        if !tag.is_empty() && tag != "C" && tag != "POSIX" && !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

/// The shipped language that best matches `requested` (most preferred first): an exact match,
/// else the same language in another region (`de-AT` → `de-DE`, `pt` → `pt-BR`), else English.
pub fn negotiate<S: AsRef<str>>(requested: &[S]) -> &'static str {
    let requested: Vec<LanguageIdentifier> = requested
        .iter()
        .filter_map(|tag| tag.as_ref().parse().ok())
        .collect();
    let available: Vec<LanguageIdentifier> =
        languages().filter_map(|tag| tag.parse().ok()).collect();
    let default: LanguageIdentifier = ENGLISH.parse().unwrap_or_default();
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    let chosen = chosen.first().map(|id| id.to_string());
    languages()
        .find(|tag| Some(*tag) == chosen.as_deref())
        .unwrap_or(ENGLISH)
}

/// The shipped language nearest to `tag`, or `None` when Skyfolio speaks nothing like it (only
/// English would be left, for a tag that is not English).
pub fn nearest_shipped(tag: &str) -> Option<&'static str> {
    let nearest = negotiate(&[tag]);
    let primary = tag
        .split(['-', '_'])
        .next()
        .unwrap_or_default()
        .to_ascii_lowercase();
    (nearest != ENGLISH || primary == "en").then_some(nearest)
}

/// The strings of one language, English where a message is missing.
pub struct Strings {
    language: &'static str,
    bundle: FluentBundle<FluentResource>,
    english: FluentBundle<FluentResource>,
}

fn bundle(language: &str) -> FluentBundle<FluentResource> {
    let source = SHIPPED
        .iter()
        .find(|(tag, _)| *tag == language)
        .map_or(SHIPPED[0].1, |(_, source)| source);
    let id: LanguageIdentifier = language.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Menus and notifications are laid out by the OS, which handles mixed directions itself;
    // isolation marks would show as boxes in some tray implementations.
    bundle.set_use_isolating(false);
    let resource = match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        // The tests parse every file; a broken one still gives what did parse.
        Err((resource, _errors)) => resource,
    };
    // A duplicate id keeps the first; the tests make sure there is none.
    let _ = bundle.add_resource(resource);
    bundle
}

impl Strings {
    /// The strings of `language`; English for a language Skyfolio does not ship.
    pub fn new(language: &str) -> Strings {
        let language = languages().find(|tag| *tag == language).unwrap_or(ENGLISH);
        Strings {
            language,
            bundle: bundle(language),
            english: bundle(ENGLISH),
        }
    }

    pub fn language(&self) -> &'static str {
        self.language
    }

    /// Whether the message `id` exists (in this language or in English).
    pub fn has(&self, id: &str) -> bool {
        [&self.bundle, &self.english]
            .iter()
            .any(|bundle| bundle.get_message(id).is_some_and(|m| m.value().is_some()))
    }

    /// The message `id`.
    pub fn get(&self, id: &str) -> String {
        self.format(id, &[])
    }

    /// The message `id` with its arguments; the id itself when no language has it (a bug, easy
    /// to spot).
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        for bundle in [&self.bundle, &self.english] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
                return text.into_owned();
            }
        }
        id.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_tag_is_shipped_as_its_nearest_or_not_at_all() {
        assert_eq!(nearest_shipped("de-AT"), Some("de-DE"));
        assert_eq!(nearest_shipped("pt"), Some("pt-BR"));
        assert_eq!(nearest_shipped("en-GB"), Some("en-US"));
        assert_eq!(nearest_shipped("ar"), Some("ar"));
        assert_eq!(nearest_shipped("tlh"), None);
        assert_eq!(nearest_shipped("not a tag"), None);
    }

    #[test]
    fn every_language_in_locales_is_shipped_and_parses() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
            .expect("locales/")
            .filter_map(Result::ok)
            .filter(|entry| entry.path().join("skyfolio.ftl").is_file())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let mut shipped: Vec<String> = languages().map(str::to_owned).collect();
        shipped.sort();
        assert_eq!(on_disk, shipped, "locales/ and the shipped list differ");
        for (tag, source) in SHIPPED {
            let parsed = FluentResource::try_new((*source).to_owned());
            assert!(parsed.is_ok(), "{tag}: {:?}", parsed.err().map(|(_, e)| e));
            let mut bundle = FluentBundle::new_concurrent(vec![tag.parse().expect("a tag")]);
            let added = bundle.add_resource(parsed.expect("parsed"));
            assert!(added.is_ok(), "{tag}: duplicate ids {:?}", added.err());
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let count = |language: &str, n: i64| {
            Strings::new(language).format("gallery-count", &[("count", FluentValue::from(n))])
        };
        assert_eq!(count("en-US", 1), "1 item");
        assert_eq!(count("en-US", 5), "5 items");
        // Russian: one (21), few (22), many (25) take three different words.
        let (one, few, many) = (count("ru-RU", 21), count("ru-RU", 22), count("ru-RU", 25));
        assert!(one.starts_with("21 ") && few.starts_with("22 ") && many.starts_with("25 "));
        let word = |text: &str| text.split(' ').nth(1).map(str::to_owned);
        assert_ne!(word(&one), word(&few));
        assert_ne!(word(&few), word(&many));
        // Arabic has a form for two.
        assert_ne!(count("ar", 2), count("ar", 3));
    }

    #[test]
    fn a_language_not_shipped_gets_the_nearest_or_english() {
        assert_eq!(negotiate(&["de-AT"]), "de-DE");
        assert_eq!(negotiate(&["pt"]), "pt-BR");
        assert_eq!(negotiate(&["fr-CA", "en-GB"]), "fr-FR");
        assert_eq!(negotiate(&["ar-EG"]), "ar");
        assert_eq!(negotiate(&["zh-CN"]), "zh-CN");
        assert_eq!(negotiate(&["ja-JP"]), ENGLISH);
        assert_eq!(negotiate::<&str>(&[]), ENGLISH);
        assert_eq!(negotiate(&["not a tag"]), ENGLISH);
    }

    #[test]
    fn a_missing_message_falls_back_to_english_then_its_id() {
        assert_eq!(Strings::new("xx").language(), ENGLISH);
        assert_eq!(Strings::new("de-DE").get("app-title"), "Skyfolio");
        assert_eq!(
            Strings::new("de-DE").get("no-such-message"),
            "no-such-message"
        );
        assert_ne!(
            Strings::new("de-DE").get("nav-trash"),
            Strings::new("en-US").get("nav-trash")
        );
    }

    #[test]
    fn the_environment_is_read_as_gettext_reads_it() {
        let read = |vars: &[(&str, &str)]| {
            posix_languages(|name| {
                vars.iter()
                    .find(|(var, _)| *var == name)
                    .map(|(_, value)| (*value).to_owned())
            })
        };
        let tags = |list: &[&str]| Some(list.iter().map(|t| (*t).to_owned()).collect());
        assert_eq!(read(&[("LANG", "de_DE.UTF-8")]), tags(&["de-DE"]));
        // LC_ALL wins over LC_MESSAGES, which wins over LANG.
        assert_eq!(
            read(&[("LANG", "de_DE.UTF-8"), ("LC_MESSAGES", "fr_FR.UTF-8")]),
            tags(&["fr-FR"])
        );
        assert_eq!(
            read(&[
                ("LANG", "de_DE"),
                ("LC_MESSAGES", "fr_FR"),
                ("LC_ALL", "pt_BR")
            ]),
            tags(&["pt-BR"])
        );
        // C means the program's own words, whatever LANGUAGE and LANG say.
        assert_eq!(
            read(&[("LC_ALL", "C"), ("LANG", "de_DE.UTF-8"), ("LANGUAGE", "de")]),
            tags(&[])
        );
        assert_eq!(read(&[("LANG", "C.UTF-8")]), tags(&[]));
        // LANGUAGE's list comes first otherwise; empty values count as unset.
        assert_eq!(
            read(&[
                ("LANG", "de_DE.UTF-8"),
                ("LANGUAGE", "ru:de_DE"),
                ("LC_ALL", "")
            ]),
            tags(&["ru", "de-DE"])
        );
        assert_eq!(read(&[("LANGUAGE", "de")]), None);
        assert_eq!(read(&[]), None);
    }

    /// The registry of error codes is the list: every code any crate answers has its message in
    /// every language shipped.
    #[test]
    fn every_error_code_has_its_message_in_every_language() {
        use strum::VariantArray;
        let mut missing = Vec::new();
        for language in languages() {
            // The language's own file, not the English fallback.
            let own = bundle(language);
            for code in skyfolio_codes::Code::VARIANTS {
                if own.get_message(&code.message_id()).is_none() {
                    missing.push(format!("{language}: {}", code.message_id()));
                }
            }
        }
        assert!(missing.is_empty(), "missing: {missing:#?}");
        assert!(skyfolio_codes::Code::VARIANTS.len() > 60);
    }

    #[test]
    fn a_message_is_there_or_not() {
        let strings = Strings::new("de-DE");
        assert!(strings.has("nav-trash"));
        assert!(strings.has("error-empty-file"));
        assert!(!strings.has("no-such-message"));
    }

    #[test]
    fn arabic_is_mirrored() {
        assert!(is_right_to_left("ar"));
        assert!(!is_right_to_left("en-US"));
        assert!(!is_right_to_left("zh-CN"));
    }
}
