//! The contract between the shell and the page, generated and checked: the UI's types, the map
//! of every command (what it takes and answers) and every event (what it carries), all in
//! ui/src/backend/generated.ts, and the window's permission for every command.

use std::collections::BTreeMap;

use ts_rs::{Config, TS};

use crate::{commands, events, updates};

/// Fails unless `relative` (to this crate) holds `text`; `SKYFOLIO_UPDATE_FIXTURES=1`
/// writes it first.
pub(crate) fn assert_committed(relative: &str, text: &str) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(relative);
    if std::env::var_os("SKYFOLIO_UPDATE_FIXTURES").is_some() {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(&path, text).expect("written");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == text,
        "{} is stale: run `SKYFOLIO_UPDATE_FIXTURES=1 cargo nextest run --workspace -E 'package(skyfolio-desktop)'` and commit it",
        path.display()
    );
}

/// The commands the build registers, in the order of `generate_handler!`.
fn registered() -> Vec<&'static str> {
    let source = include_str!("lib.rs");
    let start = source.find("generate_handler![").expect("the handler list");
    let end = start + source[start..].find("])").expect("its end");
    source[start..end]
        .lines()
        .filter_map(|line| line.trim().strip_prefix("commands::"))
        .map(|name| name.trim_end_matches(','))
        .collect()
}

/// Every command the page can call is listed for the build and allowed by the window's
/// capability: one left out is refused at run time, in the window only.
#[test]
fn every_command_is_allowed_to_the_window() {
    let commands = registered();
    assert!(commands.len() > 40, "{commands:?}");
    let manifest = include_str!("../build.rs");
    let capability = include_str!("../capabilities/main.json");
    for command in &commands {
        assert!(
            manifest.contains(&format!("\"{command}\"")),
            "{command} is not in build.rs"
        );
        let permission = format!("\"allow-{}\"", command.replace('_', "-"));
        assert!(
            capability.contains(&permission),
            "{permission} is not in capabilities/main.json"
        );
    }
    // And nothing is listed or allowed that no handler answers.
    let listed = manifest[manifest.find(".commands(&[").expect("the list")..]
        .lines()
        .skip(1)
        .map_while(|line| line.trim().strip_prefix('"'))
        .map(|name| name.trim_end_matches("\","));
    for name in listed {
        assert!(
            commands.contains(&name),
            "build.rs lists {name}, which no handler answers"
        );
    }
    let allowed = capability
        .lines()
        .filter_map(|line| line.trim().strip_prefix("\"allow-"))
        .map(|name| name.trim_end_matches(['"', ',']).replace('-', "_"));
    for name in allowed {
        assert!(
            commands.contains(&name.as_str()),
            "capabilities/main.json allows {name}, which no handler answers"
        );
    }
}

/// The types the UI is told of, in TypeScript, and the name each Rust type has there.
struct Declarations {
    config: Config,
    text: Vec<String>,
    /// A Rust type's own name (the last part of its path) to its name in TypeScript.
    names: BTreeMap<String, String>,
}

impl Declarations {
    fn new() -> Declarations {
        Declarations {
            // Sizes and times are u64/i64 in Rust and plain numbers in JSON: far below 2^53.
            config: Config::new().with_large_int("number"),
            text: Vec::new(),
            names: BTreeMap::new(),
        }
    }

    fn declare<T: TS + ?Sized + 'static>(&mut self) -> &mut Declarations {
        let docs = T::docs().unwrap_or_default();
        self.text
            .push(format!("{docs}export {}\n", T::decl(&self.config)));
        let rust = std::any::type_name::<T>()
            .rsplit("::")
            .next()
            .expect("a name")
            .to_owned();
        let ts = T::ident(&self.config);
        if let Some(before) = self.names.insert(rust.clone(), ts.clone()) {
            assert_eq!(
                before, ts,
                "two types named {rust} tell the UI different things"
            );
        }
        self
    }

    /// A type of a command's signature in TypeScript.
    fn typescript(&self, ty: &syn::Type) -> String {
        match ty {
            syn::Type::Reference(reference) => self.typescript(&reference.elem),
            syn::Type::Tuple(tuple) if tuple.elems.is_empty() => "null".to_owned(),
            syn::Type::Path(path) => {
                let last = path.path.segments.last().expect("a type's name");
                let inner: Vec<&syn::Type> = match &last.arguments {
                    syn::PathArguments::AngleBracketed(arguments) => arguments
                        .args
                        .iter()
                        .filter_map(|argument| match argument {
                            syn::GenericArgument::Type(ty) => Some(ty),
                            _ => None,
                        })
                        .collect(),
                    _ => Vec::new(),
                };
                let name = last.ident.to_string();
                match (name.as_str(), inner.as_slice()) {
                    ("String" | "str" | "PathBuf" | "Path", []) => "string".to_owned(),
                    ("bool", []) => "boolean".to_owned(),
                    (
                        "u8" | "u16" | "u32" | "u64" | "usize" | "i8" | "i16" | "i32" | "i64"
                        | "isize" | "f32" | "f64",
                        [],
                    ) => "number".to_owned(),
                    ("Option", [some]) => format!("{} | null", self.typescript(some)),
                    ("Vec", [item]) => format!("Array<{}>", self.typescript(item)),
                    // What a command answers when it succeeds; its error is always a `Problem`.
                    ("Answer", [ok]) | ("Result", [ok, _]) => self.typescript(ok),
                    (_, []) => self.names.get(&name).cloned().unwrap_or_else(|| {
                        panic!("{name} crosses IPC but is not declared to the UI")
                    }),
                    _ => panic!("{name}<…> crosses IPC in a shape the map cannot say"),
                }
            }
            _ => panic!("a command's type the map cannot say"),
        }
    }
}

/// `keep_photos` as the page passes it: `keepPhotos` (Tauri's default).
fn camel(name: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

/// A command as the page sees it.
struct Command {
    name: String,
    /// Each argument's name as the page passes it, and its type.
    arguments: Vec<(String, String)>,
    answer: String,
}

/// Each command of commands.rs.
fn commands(declared: &Declarations) -> Vec<Command> {
    /// What Tauri hands a command itself, never the page.
    const INJECTED: [&str; 5] = ["State", "AppHandle", "Window", "WebviewWindow", "Webview"];
    let file = syn::parse_file(include_str!("commands.rs")).expect("commands.rs parses");
    let mut found = Vec::new();
    for item in file.items {
        let syn::Item::Fn(function) = item else {
            continue;
        };
        let is_command = function.attrs.iter().any(|attr| {
            attr.path()
                .segments
                .last()
                .is_some_and(|segment| segment.ident == "command")
        });
        if !is_command {
            continue;
        }
        let mut arguments = Vec::new();
        for input in &function.sig.inputs {
            let syn::FnArg::Typed(typed) = input else {
                panic!("{}: a command takes no self", function.sig.ident);
            };
            let injected = matches!(&*typed.ty, syn::Type::Path(path)
                if path.path.segments.last().is_some_and(|s| INJECTED.iter().any(|i| s.ident == i)));
            if injected {
                continue;
            }
            let syn::Pat::Ident(name) = &*typed.pat else {
                panic!("{}: an argument without a plain name", function.sig.ident);
            };
            arguments.push((
                camel(&name.ident.to_string()),
                declared.typescript(&typed.ty),
            ));
        }
        // A command that answers `()` answers nothing the page reads.
        let answer = match &function.sig.output {
            syn::ReturnType::Default => "void".to_owned(),
            syn::ReturnType::Type(_, ty) => match declared.typescript(ty) {
                unit if unit == "null" => "void".to_owned(),
                answer => answer,
            },
        };
        found.push(Command {
            name: function.sig.ident.to_string(),
            arguments,
            answer,
        });
    }
    found
}

/// The UI's types, commands and events (ui/src/backend/generated.ts) are the Rust ones: types
/// rendered by ts-rs, commands read from commands.rs, events from events.rs.
/// `SKYFOLIO_UPDATE_FIXTURES=1` rewrites the file.
#[test]
fn the_ui_types_commands_and_events_are_the_rust_ones() {
    use commands::{DownloadSelection, Welcome};
    use skyfolio_core::{
        Album, FileProgress, FolderMode, KindFilter, LinkedFolder, OperationKind,
        OperationProgress, OperationState, Place, Space, SpaceItem, TimelineItem, TimelinePage,
        TrashEntry,
    };

    let mut declared = Declarations::new();
    declared
        .declare::<skyfolio_core::Code>()
        .declare::<Welcome>()
        .declare::<Place>()
        .declare::<KindFilter>()
        .declare::<TimelineItem>()
        .declare::<TimelinePage>()
        .declare::<Album>()
        .declare::<OperationKind>()
        .declare::<OperationState>()
        .declare::<skyfolio_core::Failure>()
        .declare::<FileProgress>()
        .declare::<skyfolio_core::OperationId>()
        .declare::<skyfolio_core::MediaId>()
        .declare::<skyfolio_core::DeviceId>()
        .declare::<skyfolio_core::UploadId>()
        .declare::<OperationProgress>()
        .declare::<DownloadSelection>()
        .declare::<TrashEntry>()
        .declare::<skyfolio_core::Usage>()
        .declare::<SpaceItem>()
        .declare::<Space>()
        .declare::<skyfolio_core::Device>()
        .declare::<skyfolio_core::UploadInProgress>()
        .declare::<FolderMode>()
        .declare::<skyfolio_core::FolderId>()
        .declare::<skyfolio_core::FolderState>()
        .declare::<skyfolio_core::Folder>()
        .declare::<LinkedFolder>()
        .declare::<skyfolio_core::SyncState>()
        .declare::<skyfolio_core::Problem>()
        .declare::<skyfolio_core::Said>()
        .declare::<skyfolio_core::SyncStatus>()
        .declare::<skyfolio_core::Language>()
        .declare::<skyfolio_core::PassProgress>()
        .declare::<skyfolio_core::DeletionPolicy>()
        .declare::<skyfolio_core::Preferences>()
        .declare::<skyfolio_core::status::Account>()
        .declare::<skyfolio_core::status::Pending>()
        .declare::<skyfolio_core::status::FailedTransfer>()
        .declare::<skyfolio_core::HeldReason>()
        .declare::<skyfolio_core::DeletionSide>()
        .declare::<skyfolio_core::HeldDeletion>()
        .declare::<skyfolio_core::HeldPlan>()
        .declare::<skyfolio_core::HeldAnswer>()
        .declare::<skyfolio_core::status::FolderStatus>()
        .declare::<skyfolio_core::Status>()
        .declare::<skyfolio_core::DiagnosticsReport>()
        .declare::<skyfolio_core::Pairing>()
        .declare::<skyfolio_core::PhoneAccess>()
        .declare::<skyfolio_core::CameraStorage>()
        .declare::<commands::DeviceSpace>()
        .declare::<commands::FreeChoice>()
        .declare::<skyfolio_core::SourceKind>()
        .declare::<skyfolio_core::SourceError>()
        .declare::<skyfolio_core::SourceSummary>()
        .declare::<skyfolio_core::SkipCount>()
        .declare::<skyfolio_core::TakeoutReview>()
        .declare::<skyfolio_core::TakeoutStarted>()
        .declare::<skyfolio_core::RowOutcome>()
        .declare::<skyfolio_core::RowKind>()
        .declare::<skyfolio_core::ReportRow>()
        .declare::<skyfolio_core::ReportCounts>()
        .declare::<skyfolio_core::TakeoutReport>()
        .declare::<skyfolio_core::SavedReport>()
        .declare::<updates::AvailableUpdate>()
        .declare::<crate::tray::TrayText>()
        .declare::<commands::TrayShown>()
        .declare::<crate::notices::Notice>()
        .declare::<crate::notices::Shown>();

    let commands = commands(&declared);
    let names: Vec<&str> = commands
        .iter()
        .map(|command| command.name.as_str())
        .collect();
    let mut registered = registered();
    registered.sort_unstable();
    let mut sorted = names.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted, registered,
        "the commands of commands.rs are those generate_handler! registers"
    );
    let map: Vec<String> = commands
        .iter()
        .map(
            |Command {
                 name,
                 arguments,
                 answer,
             }| {
                let arguments: Vec<String> = arguments
                    .iter()
                    .map(|(name, ty)| format!("{name}: {ty}"))
                    .collect();
                let arguments = if arguments.is_empty() {
                    "{}".to_owned()
                } else {
                    format!("{{ {} }}", arguments.join("; "))
                };
                format!("  {name}: {{ args: {arguments}; answer: {answer} }};\n")
            },
        )
        .collect();
    let event_types: Vec<String> = events::declared(&declared.config)
        .into_iter()
        .map(|(name, payload)| format!("  \"{name}\": {payload};\n"))
        .collect();
    let quoted = |names: &mut dyn Iterator<Item = String>| {
        names
            .map(|name| format!("\"{name}\""))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let text = format!(
        "// Generated from the Rust types, commands and events by the shell's test\n\
         // `the_ui_types_commands_and_events_are_the_rust_ones` (src-tauri/src/contract.rs):\n\
         // `SKYFOLIO_UPDATE_FIXTURES=1 cargo nextest run --workspace -E 'package(skyfolio-desktop)'`.\n\
         // Do not edit by hand.\n\n{}\n\
         /** Every code of the registry, to tell a known code from one only a newer version knows. */\n\
         export const CODES: readonly Code[] = [{}];\n\n\
         /** Every command the desktop shell answers: what it takes and what it answers (a failure\n \
         * is a `Problem`). */\n\
         export interface Commands {{\n{}}}\n\n\
         /** Every command and the names of its arguments, for what checks them at run time. */\n\
         export const COMMANDS = {{\n{}}} as const satisfies Record<keyof Commands, readonly string[]>;\n\n\
         /** Every event the shell sends the page, and what it carries. */\n\
         export interface Events {{\n{}}}\n\n\
         /** Every event's name. */\n\
         export const EVENTS: readonly (keyof Events)[] = [{}];\n",
        declared.text.join("\n"),
        quoted(&mut skyfolio_core::Code::ALL.iter().map(ToString::to_string)),
        map.concat(),
        commands
            .iter()
            .map(
                |Command {
                     name, arguments, ..
                 }| format!(
                    "  {name}: [{}],\n",
                    quoted(&mut arguments.iter().map(|(argument, _)| argument.clone()))
                )
            )
            .collect::<String>(),
        event_types.concat(),
        quoted(
            &mut events::declared(&declared.config)
                .into_iter()
                .map(|(name, _)| name.to_owned())
        ),
    );
    assert_committed("../ui/src/backend/generated.ts", &text);
}
