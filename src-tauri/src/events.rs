//! Every event the shell sends the page: its name and what it carries. One list, from which
//! the UI's `Events` map is generated (see `contract`), so that a listener and its sender
//! cannot disagree on either.

use tauri::{Emitter, Runtime};

/// An event the page listens to.
pub trait Event {
    const NAME: &'static str;
    type Payload: serde::Serialize + Clone;
}

macro_rules! events {
    ($($(#[doc = $doc:literal])* $event:ident = $name:literal ($payload:ty);)*) => {
        $(
            $(#[doc = $doc])*
            pub struct $event;

            impl Event for $event {
                const NAME: &'static str = $name;
                type Payload = $payload;
            }
        )*

        /// Every event's name and its payload's type in TypeScript.
        #[cfg(test)]
        pub(crate) fn declared(config: &ts_rs::Config) -> Vec<(&'static str, String)> {
            vec![$(($name, <$payload as ts_rs::TS>::name(config))),*]
        }
    };
}

events! {
    /// Sync's state and words changed.
    SyncChanged = "sync-status" (skyfolio_core::SyncStatus);
    /// An upload, download or import moved on.
    OperationMoved = "operation" (skyfolio_core::OperationProgress);
    /// What the timeline shows may have changed: a pass ended, items were trashed or restored.
    TimelineChanged = "timeline-changed" (());
    /// The language changed (from the window or the tray): everything shown switches at once.
    LanguageChanged = "language-changed" (skyfolio_core::Language);
    /// A newer version of the app was found.
    UpdateFound = "update-available" (crate::updates::AvailableUpdate);
}

/// Tells every window. A window that is gone misses nothing: what an event says, the page
/// asks again when it opens.
pub fn emit<E: Event, R: Runtime>(handle: &impl Emitter<R>, payload: &E::Payload) {
    if let Err(error) = handle.emit(E::NAME, payload) {
        tracing::debug!("the event {} was not sent: {error}", E::NAME);
    }
}
