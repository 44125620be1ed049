//! The cloud in memory answers as skyfolio-server does where the engine relies on it (the
//! same script runs against both in skyfolio-core's sync tests).

use futures_util::StreamExt;
use skyfolio_protocol::{ChangeOp, ErrorCode, MediaItem, MediaState};
use skyfolio_sync::testing::{MemoryCloud, announce, body};
use skyfolio_sync::{Error, Remote};

use crate::photo;

fn code<T: std::fmt::Debug>(result: Result<T, Error>) -> ErrorCode {
    match result {
        Err(Error::Server { code, .. }) => code,
        other => panic!("not refused: {other:?}"),
    }
}

/// Puts a file in the cloud as another device would: announced, then sent whole.
async fn put(cloud: &MemoryCloud, path: &str, bytes: &[u8]) -> MediaItem {
    let created = cloud.create_upload(&announce(path, bytes)).await;
    let upload = created.expect("announced").upload.expect("an upload");
    let sent = cloud
        .append(&upload.id, 0, bytes.len() as u64, body(bytes))
        .await;
    sent.expect("sent").item.expect("the last byte commits")
}

async fn read(download: skyfolio_sync::remote::Download) -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut body = download.body;
    while let Some(piece) = body.next().await {
        bytes.extend_from_slice(&piece.expect("a piece"));
    }
    bytes
}

#[tokio::test]
async fn uploads_resume_at_their_offset_and_commit_only_whole_and_checked() {
    let cloud = MemoryCloud::new();
    let bytes = photo(1);
    let half = bytes.len() / 2;
    let created = cloud.create_upload(&announce("a.png", &bytes)).await;
    let upload = created.expect("announced").upload.expect("an upload");
    let accepted = cloud
        .append(&upload.id, 0, half as u64, body(&bytes[..half]))
        .await
        .expect("appended");
    assert_eq!((accepted.offset, accepted.item), (half as u64, None));
    assert_eq!(
        code(cloud.append(&upload.id, 0, 1, body(&bytes[..1])).await),
        ErrorCode::OffsetMismatch
    );
    // The same device announcing the same file again goes on with its upload; another
    // device starts one of its own.
    let again = cloud.create_upload(&announce("a.png", &bytes)).await;
    let again = again.expect("announced").upload.expect("an upload");
    assert_eq!(
        (again.id.as_str(), again.offset),
        (upload.id.as_str(), half as u64)
    );
    let other = cloud
        .device("other")
        .create_upload(&announce("a.png", &bytes))
        .await;
    assert_eq!(
        other.expect("announced").upload.expect("an upload").offset,
        0
    );
    let rest = (bytes.len() - half) as u64;
    let accepted = cloud
        .append(&upload.id, half as u64, rest, body(&bytes[half..]))
        .await
        .expect("committed");
    let item = accepted.item.expect("the last byte commits");
    assert_eq!(cloud.upload_offset(&upload.id).await.expect("asked"), None);
    // Content the account holds is an item at once, without bytes.
    let copy = cloud.create_upload(&announce("b.png", &bytes)).await;
    let copy = copy.expect("announced").item.expect("an item at once");
    assert_eq!(copy.hash, item.hash);
    assert_ne!(copy.id, item.id);
    // A file whose bytes are not its hash is dropped whole.
    let mut wrong = announce("c.png", &photo(2));
    wrong.hash = blake3::hash(b"something else").to_hex().to_string();
    let upload = cloud.create_upload(&wrong).await.expect("announced");
    let upload = upload.upload.expect("an upload");
    let refused = cloud
        .append(&upload.id, 0, wrong.size, body(&photo(2)))
        .await;
    assert_eq!(code(refused), ErrorCode::HashMismatch);
    assert_eq!(cloud.upload_offset(&upload.id).await.expect("asked"), None);
    assert_eq!(cloud.files().len(), 2);
    // A range is served only while the content is the one it was asked for.
    let tail = cloud
        .download(&item.id, 10, &item.hash)
        .await
        .expect("tail");
    assert!(tail.partial);
    assert_eq!(read(tail).await, bytes[10..]);
    let whole = cloud.download(&item.id, 10, &"0".repeat(64)).await;
    let whole = whole.expect("whole");
    assert!(!whole.partial);
    assert_eq!(read(whole).await, bytes);
}

#[tokio::test]
async fn the_feed_tells_every_change_once_and_names_stay_one_per_place() {
    let cloud = MemoryCloud::new();
    let a = put(&cloud, "Trip/a.png", &photo(1)).await;
    let b = put(&cloud, "Trip/b.png", &photo(2)).await;
    assert_eq!(
        code(
            cloud
                .create_upload(&announce("Trip/a.png", &photo(3)))
                .await
        ),
        ErrorCode::PathTaken
    );
    // Another case, or a file where a folder is, is the same place.
    assert_eq!(
        code(
            cloud
                .create_upload(&announce("TRIP/A.PNG", &photo(3)))
                .await
        ),
        ErrorCode::PathTaken
    );
    assert_eq!(
        code(cloud.create_upload(&announce("Trip", &photo(3))).await),
        ErrorCode::PathTaken
    );
    assert_eq!(
        code(cloud.move_item(&b.id, "Trip/a.png").await),
        ErrorCode::PathTaken
    );
    let first = cloud.changes(0, None).await.expect("feed");
    assert_eq!(first.changes.len(), 2);
    cloud.move_item(&b.id, "Trip/c.png").await.expect("moved");
    cloud.trash_item(&a.id).await.expect("trashed");
    assert_eq!(code(cloud.trash_item(&a.id).await), ErrorCode::NotFound);
    let next = cloud.changes(first.next_since, None).await.expect("feed");
    let told: Vec<_> = next
        .changes
        .iter()
        .map(|c| (c.op, c.item.path.as_str(), c.item.state))
        .collect();
    assert_eq!(
        told,
        [
            (ChangeOp::Move, "Trip/c.png", MediaState::Active),
            (ChangeOp::Trash, "Trip/a.png", MediaState::Trashed)
        ]
    );
    assert!(!next.has_more);
    let none = cloud.changes(next.next_since, None).await.expect("feed");
    assert!(none.changes.is_empty());
    assert_eq!(none.next_since, next.next_since);
    // Away, the cloud answers nothing until it is back.
    cloud.go_away();
    assert!(matches!(
        cloud.changes(0, None).await,
        Err(Error::Unreachable { .. })
    ));
    cloud.come_back();
    assert_eq!(cloud.changes(0, None).await.expect("feed").changes.len(), 4);
}
