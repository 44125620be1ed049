//! Background sync as a shell that stays open runs it: on the local cloud, paused and resumed,
//! the pause kept across a restart, many restarts at once, and signing out.

use std::time::Duration;

use skyfolio_core::{
    App, AppOptions, Clock, FolderMode, Home, ManualClock, SharedClock, Supervisor,
    SupervisorEvent, SyncState, SyncStatus, SystemClock,
};
use tokio::sync::mpsc::{UnboundedReceiver, unbounded_channel};

use crate::{photo, put};

async fn open(home: &std::path::Path) -> (Supervisor, UnboundedReceiver<SupervisorEvent>) {
    open_with_clock(home, SystemClock::shared()).await
}

async fn open_with_clock(
    home: &std::path::Path,
    clock: SharedClock,
) -> (Supervisor, UnboundedReceiver<SupervisorEvent>) {
    let app = App::open(
        &Home::at(home),
        AppOptions {
            use_keychain: false,
            os_trash: false,
        },
    )
    .await
    .expect("opens")
    .with_clock(clock);
    let (told, events) = unbounded_channel();
    let supervisor = Supervisor::new(app, move |event| {
        let _ = told.send(event);
    });
    (supervisor, events)
}

/// Waits for a status that `wanted` accepts, and says whether a pass that ended on the way
/// sent files up.
async fn until(
    events: &mut UnboundedReceiver<SupervisorEvent>,
    wanted: impl Fn(&SyncStatus) -> bool,
) -> (SyncStatus, bool) {
    let mut uploaded = false;
    let found = tokio::time::timeout(Duration::from_secs(60), async {
        loop {
            let event = events.recv().await.expect("the supervisor is open");
            match event {
                SupervisorEvent::Status(status) if wanted(&status) => return status,
                SupervisorEvent::Status(_) => {}
                SupervisorEvent::PassEnded { uploaded: up } => uploaded |= up,
            }
        }
    })
    .await
    .expect("the status came in time");
    (found, uploaded)
}

fn in_step(status: &SyncStatus) -> bool {
    status.state == SyncState::Idle && status.last_success_at.is_some()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn background_sync_runs_pauses_resumes_and_stops_as_the_person_says() {
    let dir = tempfile::tempdir().expect("temp dir");
    let home = dir.path().join("home");
    let folder = dir.path().join("Photos");
    put(&folder.join("a.png"), &photo(1));
    // The app's clock stands an hour ahead: every file written here has rested by it.
    let clock = ManualClock::at_system_time();
    clock.advance(Duration::from_secs(3600));
    let (supervisor, mut events) = open_with_clock(&home, clock.shared()).await;

    // Nobody signed in: nothing starts.
    supervisor.start_up().await;
    assert_eq!(supervisor.status().state, SyncState::SignedOut);
    supervisor.restart_sync().await.expect("nothing to restart");
    assert_eq!(supervisor.status().state, SyncState::SignedOut);

    supervisor
        .app()
        .add_folder(&folder, FolderMode::TwoWay, None)
        .await
        .expect("a folder");
    supervisor.use_local_cloud().await.expect("the local cloud");
    let (status, uploaded) = until(&mut events, in_step).await;
    assert!(uploaded, "the photo went up");
    assert_eq!((status.uploads, status.failed), (0, 0));
    assert_eq!(
        status.last_success_at,
        Some(clock.now_ms()),
        "in step as of the app's clock"
    );
    assert_eq!(supervisor.status(), status, "the status is kept");
    assert!(
        supervisor
            .app()
            .uses_local_cloud()
            .await
            .expect("a setting")
    );

    // Paused: a new photo waits, and a restart (a folder changed) does not end the pause.
    supervisor.set_paused(true).await.expect("pauses");
    assert_eq!(supervisor.status().state, SyncState::Paused);
    put(&folder.join("b.png"), &photo(2));
    supervisor.restart_sync().await.expect("stays paused");
    tokio::time::sleep(Duration::from_secs(2)).await;
    while let Ok(event) = events.try_recv() {
        if let SupervisorEvent::Status(status) = event {
            assert_eq!(status.state, SyncState::Paused, "nothing ran while paused");
        }
    }
    assert_eq!(supervisor.status().state, SyncState::Paused);

    // Many resumes and restarts at once end in one sync that brings the photo up.
    let mut racing = Vec::new();
    for n in 0..16 {
        let supervisor = supervisor.clone();
        racing.push(tokio::spawn(async move {
            if n % 2 == 0 {
                supervisor.set_paused(false).await
            } else {
                supervisor.restart_sync().await
            }
        }));
    }
    for task in racing {
        task.await.expect("joins").expect("resumes");
    }
    let (_, uploaded) = until(&mut events, in_step).await;
    assert!(uploaded, "the photo that waited went up");
    let items = supervisor
        .app()
        .timeline(None, 100, Default::default())
        .await
        .expect("the timeline");
    assert_eq!(items.items.len(), 2);

    // The pause is kept for the next start.
    supervisor.set_paused(true).await.expect("pauses");
    drop(supervisor);
    drop(events);
    let (supervisor, mut events) = open(&home).await;
    supervisor.start_up().await;
    assert_eq!(supervisor.status().state, SyncState::Paused);
    supervisor.set_paused(false).await.expect("resumes");
    until(&mut events, in_step).await;

    // Signing out stops sync and the local cloud; the photos stay.
    supervisor.sign_out(false).await.expect("signs out");
    assert_eq!(supervisor.status().state, SyncState::SignedOut);
    assert!(
        !supervisor
            .app()
            .uses_local_cloud()
            .await
            .expect("a setting")
    );
    assert!(supervisor.app().account().await.expect("a row").is_none());
    assert!(folder.join("a.png").is_file() && folder.join("b.png").is_file());
}
