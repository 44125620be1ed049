//! The cloud in memory that the sync engine's own tests run on, held to the real server: one
//! script of the calls the engine makes runs against both, and both must tell the same story
//! (answers, refusals, the change feed).

use futures_util::StreamExt;
use skyfolio_protocol::{CreateUpload, MediaId, MediaItem, UploadId};
use skyfolio_sync::testing::{MemoryCloud, announce, body};
use skyfolio_sync::{Error, Remote};

use crate::{Cloud, Device, photo};
use skyfolio_core::FolderMode;

/// What a script saw, with ids named in the order they first appear.
#[derive(Default)]
struct Story {
    lines: Vec<String>,
    ids: Vec<String>,
}

impl Story {
    fn id(&mut self, id: &str) -> String {
        let n = match self.ids.iter().position(|known| known == id) {
            Some(n) => n,
            None => {
                self.ids.push(id.to_owned());
                self.ids.len() - 1
            }
        };
        format!("#{n}")
    }

    fn item(&mut self, item: &MediaItem) -> String {
        format!(
            "{} {} {:?} {:?} {} {} bytes, taken {:?}, seq {}",
            self.id(&item.id),
            item.path,
            item.state,
            item.kind,
            &item.hash[..8],
            item.size,
            item.taken_at,
            item.seq
        )
    }

    fn tell<T>(
        &mut self,
        what: &str,
        result: Result<T, Error>,
        said: impl FnOnce(&mut Story, T) -> String,
    ) {
        let line = match result {
            Ok(answer) => said(self, answer),
            Err(Error::Server { code, .. }) => format!("refused: {code:?}"),
            Err(error) => format!("failed: {}", error.code()),
        };
        self.lines.push(format!("{what}: {line}"));
    }
}

/// Announces a file and answers its upload's id (or the item at once, when held).
async fn announced(
    remote: &impl Remote,
    story: &mut Story,
    what: &str,
    request: &CreateUpload,
) -> Option<UploadId> {
    let created = remote.create_upload(request).await;
    let mut upload = None;
    story.tell(what, created, |story, created| {
        match (created.upload, created.item) {
            (Some(status), _) => {
                upload = Some(status.id);
                format!("upload at {} of {}", status.offset, status.size)
            }
            (None, Some(item)) => format!("at once {}", story.item(&item)),
            (None, None) => "nothing".to_owned(),
        }
    });
    upload
}

async fn append(
    remote: &impl Remote,
    story: &mut Story,
    what: &str,
    id: &UploadId,
    offset: u64,
    bytes: &[u8],
) -> Option<MediaItem> {
    let accepted = remote
        .append(id, offset, bytes.len() as u64, body(bytes))
        .await;
    let mut committed = None;
    story.tell(what, accepted, |story, accepted| {
        let line = match &accepted.item {
            Some(item) => format!("at {}, {}", accepted.offset, story.item(item)),
            None => format!("at {}", accepted.offset),
        };
        committed = accepted.item;
        line
    });
    committed
}

async fn whole(
    remote: &impl Remote,
    story: &mut Story,
    what: &str,
    request: &CreateUpload,
    bytes: &[u8],
) {
    let sent = remote.upload_whole(request, body(bytes)).await;
    story.tell(what, sent, |story, item| story.item(&item));
}

async fn offset(remote: &impl Remote, story: &mut Story, what: &str, id: &UploadId) {
    let offset = remote.upload_offset(id).await;
    story.tell(what, offset, |_, offset| format!("{offset:?}"));
}

async fn download(
    remote: &impl Remote,
    story: &mut Story,
    what: &str,
    id: &MediaId,
    from: u64,
    hash: &str,
    whole: &[u8],
) {
    let download = match remote.download(id, from, hash).await {
        Ok(download) => download,
        Err(error) => return story.tell(what, Err::<(), _>(error), |_, ()| String::new()),
    };
    let partial = download.partial;
    let mut got = Vec::new();
    let mut body = download.body;
    while let Some(piece) = body.next().await {
        got.extend_from_slice(&piece.expect("a piece"));
    }
    let start = whole.len() - got.len();
    let line = format!(
        "partial {partial}, bytes {start}.. {}",
        if got == whole[start..] {
            "as stored"
        } else {
            "NOT as stored"
        }
    );
    story.lines.push(format!("{what}: {line}"));
}

/// The calls the engine makes, in the situations where a cloud can answer otherwise.
async fn script(remote: &impl Remote) -> Vec<String> {
    let story = &mut Story::default();
    let (one, two, three, four) = (photo(1), photo(2), photo(3), photo(4));
    let half = one.len() / 2;

    let Some(a) = announced(remote, story, "announce a", &announce("Trip/a.png", &one)).await
    else {
        return std::mem::take(&mut story.lines);
    };
    append(remote, story, "first half", &a, 0, &one[..half]).await;
    append(remote, story, "at a wrong offset", &a, 0, &one[..half]).await;
    offset(remote, story, "offset", &a).await;
    let announced_again = announced(
        remote,
        story,
        "announce a again",
        &announce("Trip/a.png", &one),
    )
    .await;
    story.lines.push(format!(
        "the same upload: {}",
        announced_again.as_deref() == Some(a.as_str())
    ));
    let a_item = append(remote, story, "the rest", &a, half as u64, &one[half..]).await;
    offset(remote, story, "offset once committed", &a).await;
    let Some(a_item) = a_item else {
        return std::mem::take(&mut story.lines);
    };

    announced(
        remote,
        story,
        "the same content elsewhere",
        &announce("Trip/b.png", &one),
    )
    .await;
    let b_id = MediaId::new(story.ids.get(1).cloned().unwrap_or_default());
    announced(
        remote,
        story,
        "other content at a taken path",
        &announce("Trip/a.png", &two),
    )
    .await;
    announced(
        remote,
        story,
        "another case of a taken path",
        &announce("TRIP/A.png", &two),
    )
    .await;
    announced(
        remote,
        story,
        "inside a file",
        &announce("Trip/a.png/x.png", &two),
    )
    .await;
    announced(
        remote,
        story,
        "a folder's other spelling",
        &announce("trip/x.png", &two),
    )
    .await;
    announced(
        remote,
        story,
        "an invalid path",
        &announce("../x.png", &two),
    )
    .await;

    let moved = remote.move_item(&b_id, "Trip/a.png").await;
    story.tell("move onto a taken path", moved, |s, item| s.item(&item));
    let moved = remote.move_item(&b_id, "Trip/c.png").await;
    story.tell("move", moved, |s, item| s.item(&item));
    let moved = remote.move_item(&b_id, "Trip/c.png").await;
    story.tell("move where it is", moved, |s, item| s.item(&item));
    let moved = remote
        .move_item(&MediaId::new("no-such-item"), "Trip/z.png")
        .await;
    story.tell("move what is not there", moved, |s, item| s.item(&item));

    let trashed = remote.trash_item(&a_item.id).await;
    story.tell("trash", trashed, |s, item| s.item(&item));
    let trashed = remote.trash_item(&a_item.id).await;
    story.tell("trash again", trashed, |s, item| s.item(&item));

    let mut replacing = announce("Trip/c.png", &three);
    replacing.replaces = Some(b_id.clone());
    if let Some(id) = announced(remote, story, "a new version", &replacing).await {
        append(remote, story, "its bytes", &id, 0, &three).await;
    }
    let mut lying = announce("Trip/d.png", &two);
    lying.hash = blake3::hash(b"other bytes").to_hex().to_string();
    if let Some(id) = announced(remote, story, "a wrong hash", &lying).await {
        append(remote, story, "its bytes", &id, 0, &two).await;
        offset(remote, story, "offset after", &id).await;
    }
    if let Some(id) = announced(remote, story, "given up", &announce("Trip/e.png", &two)).await {
        append(remote, story, "some bytes", &id, 0, &two[..10]).await;
        let cancelled = remote.cancel_upload(&id).await;
        story.tell("cancel", cancelled, |_, ()| "done".to_owned());
        offset(remote, story, "offset after", &id).await;
    }

    let hash = a_item.hash.clone();
    download(
        remote,
        story,
        "download the trashed",
        &a_item.id,
        0,
        &hash,
        &one,
    )
    .await;
    download(remote, story, "resume", &a_item.id, 10, &hash, &one).await;
    download(
        remote,
        story,
        "resume other content",
        &a_item.id,
        10,
        &"0".repeat(64),
        &one,
    )
    .await;
    download(
        remote,
        story,
        "resume past the end",
        &a_item.id,
        one.len() as u64,
        &hash,
        &one,
    )
    .await;
    announced(
        remote,
        story,
        "back after its trash",
        &announce("Trip/a.png", &one),
    )
    .await;

    whole(
        remote,
        story,
        "sent whole",
        &announce("Trip/f.png", &four),
        &four,
    )
    .await;
    whole(
        remote,
        story,
        "sent whole where it is",
        &announce("Trip/f.png", &four),
        &four,
    )
    .await;
    whole(
        remote,
        story,
        "sent whole elsewhere, content held",
        &announce("Other/f.png", &four),
        &four,
    )
    .await;
    whole(
        remote,
        story,
        "sent whole to a taken path",
        &announce("Trip/F.png", &two),
        &two,
    )
    .await;
    let mut lying = announce("Trip/g.png", &two);
    lying.hash = blake3::hash(b"other bytes").to_hex().to_string();
    whole(remote, story, "sent whole, a wrong hash", &lying, &two).await;
    whole(
        remote,
        story,
        "sent whole, an invalid path",
        &announce("Trip/../h.png", &two),
        &two,
    )
    .await;

    let feed = remote.changes(0, None).await;
    let mut next = 0;
    story.tell("feed", feed, |story, page| {
        next = page.next_since;
        let changes: Vec<String> = page
            .changes
            .iter()
            .map(|c| format!("\n  {} {:?} {}", c.seq, c.op, story.item(&c.item)))
            .collect();
        format!(
            "next {} more {}{}",
            page.next_since,
            page.has_more,
            changes.concat()
        )
    });
    let feed = remote.changes(next, None).await;
    story.tell("feed after", feed, |_, page| {
        format!("{} changes, next {}", page.changes.len(), page.next_since)
    });
    std::mem::take(&mut story.lines)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_cloud_in_memory_answers_as_the_server_does() {
    let cloud = Cloud::start().await;
    let device = Device::new(
        &cloud,
        "Laptop",
        "anna@example.org",
        true,
        FolderMode::TwoWay,
    )
    .await;
    let client = skyfolio_core::testing::client(&device.app)
        .await
        .expect("a client");
    let server = script(&client).await;
    let memory = script(&MemoryCloud::new()).await;
    // The server's story is the one the script means to tell.
    for line in [
        "at a wrong offset: refused: OffsetMismatch",
        "the same upload: true",
        "a folder's other spelling: refused: PathTaken",
        "its bytes: refused: HashMismatch",
        "sent whole to a taken path: refused: PathTaken",
        "sent whole, a wrong hash: refused: HashMismatch",
        "resume: partial true, bytes 10.. as stored",
        "resume other content: partial false, bytes 0.. as stored",
    ] {
        assert!(server.iter().any(|l| l == line), "{line}\n{server:#?}");
    }
    assert_eq!(
        memory,
        server,
        "\nin memory:\n{}\n\nthe server:\n{}",
        memory.join("\n"),
        server.join("\n")
    );
}
